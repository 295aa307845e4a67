import { createResource } from 'solid-js';
import { createSearchClient, type SearchClient } from '../../search/search-client.ts';
import { useFeedSync } from './create-feed-sync.ts';
import { createRegistryView } from './create-registry-view.ts';

// One worker for the page's lifetime: coming back to the directory finds its index still in memory.
let sharedClient: SearchClient | undefined;
const searchClient = () => {
  sharedClient ??= createSearchClient();
  return sharedClient;
};

/**
 * The search worker with this device's directory in it, for the directory page and a case's matches alike: one
 * path for both. `opened` is set once the worker holds the registry as read now (sent again with new data, or
 * today's statuses: the worker keeps the index of a feed and rebuilds the facets).
 */
export function createOpenedSearch() {
  const sync = useFeedSync();
  const registry = createRegistryView();
  const client = searchClient();
  const [opened] = createResource(
    () => {
      const entries = registry();
      const held = sync.held();
      return entries && held ? { entries, sequence: held.sequence } : null;
    },
    async (key) => {
      await client.open(key.sequence, [...key.entries.values()]).catch(() => undefined); // then every ask fails
      return key;
    },
  );
  return { client, registry, opened };
}
