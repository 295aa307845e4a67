import { createResource } from 'solid-js';
import {
  certificationStatus,
  indexRevocations,
  type CertificationStatus,
} from '../../domain/registry/certification-status.ts';
import type { FeedbackDigest, MediatorProfile } from '../../domain/registry/types.ts';
import { loadRegistry } from '../../storage/registry-store.ts';
import { useDb } from '../app/db.ts';
import { yieldToBrowser } from '../app/yield-to-browser.ts';
import { useFeedSync } from './create-feed-sync.ts';

export type RegistryEntry = {
  readonly profile: MediatorProfile;
  readonly digest?: FeedbackDigest;
  readonly status: CertificationStatus;
};

/** The cached registry with today's certification status of everyone: recomputed from dates, reloaded on new data. */
export function createRegistryView() {
  const sync = useFeedSync();
  const [entries] = createResource(
    () => sync.dataVersion() + 1,
    async () => {
      const registry = await loadRegistry(await useDb());
      await yieldToBrowser(); // reading hundreds of records and rating each are two tasks, not one long one
      const revocations = indexRevocations(registry.revocations);
      const today = new Date().toISOString();
      const byId = new Map<string, RegistryEntry>();
      for (const profile of registry.profiles) {
        const digest = registry.digests.get(profile.id);
        byId.set(profile.id, { profile, digest, status: certificationStatus(profile, digest, revocations, today) });
      }
      return byId;
    },
  );
  return entries;
}
