import { createResource } from 'solid-js';
import { registryEntries } from '../../domain/registry/registry-entries.ts';
import { loadRegistry } from '../../storage/registry-store.ts';
import { createToday } from '../app/create-today.ts';
import { useDb } from '../app/db.ts';
import { yieldToBrowser } from '../app/yield-to-browser.ts';
import { useFeedSync } from './create-feed-sync.ts';

export type { RegistryEntry } from '../../domain/registry/registry-entries.ts';

/** The cached registry with today's certification status of everyone: recomputed from dates, reloaded on new data. */
export function createRegistryView() {
  const sync = useFeedSync();
  const today = createToday();
  // Read again on new data and on a new day, when statuses change by date alone.
  const [entries] = createResource(
    () => ({ version: sync.dataVersion(), day: today() }),
    async () => {
      const registry = await loadRegistry(await useDb());
      await yieldToBrowser(); // reading hundreds of records and rating each are two tasks, not one long one
      return new Map(registryEntries(registry, new Date().toISOString()).map((e) => [e.profile.id, e]));
    },
  );
  return entries;
}
