import { createResource } from 'solid-js';
import { createSearchClient, type SearchClient } from '../../search/search-client.ts';
import { useFeedSync } from './create-feed-sync.ts';

// One worker for the page's lifetime: coming back to the directory finds its registry and index still in memory.
let sharedClient: SearchClient | undefined;
const searchClient = () => {
  sharedClient ??= createSearchClient();
  return sharedClient;
};

/**
 * The search worker with this device's directory open in it, for the directory page and a case's matches alike: one
 * path for both. The worker reads the stored registry itself, so the page never holds every profile; `opened` is
 * its answer (how many are listed, their languages and countries), asked again when new data is applied.
 */
export function createOpenedSearch() {
  const sync = useFeedSync();
  const client = searchClient();
  const [opened] = createResource(
    () => {
      const held = sync.held();
      return held ? { sequence: held.sequence, version: sync.dataVersion() } : null;
    },
    // A failed open leaves `opened` unset: the page then says it is loading, as before the first sync.
    (key) => client.open(key.sequence, key.version).catch(() => undefined),
  );
  return { client, opened };
}
