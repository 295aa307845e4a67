// Everyone in the cached registry with their digest and today's certification status: what the directory, the search
// worker and a case's matches read. Statuses follow the date, so they are worked out when read, never stored.
import type { DirectoryEntry } from '../matching/filters.ts';
import { certificationStatus, indexRevocations } from './certification-status.ts';
import type { FeedbackDigest, MediatorProfile, Revocation } from './types.ts';

export type RegistryRecords = {
  readonly profiles: readonly MediatorProfile[];
  readonly digests: ReadonlyMap<string, FeedbackDigest>;
  readonly revocations: readonly Revocation[];
};

export function registryEntries(registry: RegistryRecords, today: string): DirectoryEntry[] {
  const revocations = indexRevocations(registry.revocations);
  const month = today.slice(0, 7);
  return registry.profiles.map((profile) => {
    const digest = registry.digests.get(profile.id);
    return { profile, digest, status: certificationStatus(profile, digest, revocations, today), month };
  });
}
