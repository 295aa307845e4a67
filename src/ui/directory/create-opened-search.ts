import { createMemo, createResource } from 'solid-js';
import { createSearchClient, type SearchClient } from '../../search/search-client.ts';
import type { OpenResponse } from '../../search/search-protocol.ts';
import { createToday } from '../app/create-today.ts';
import { useFeedSync } from './create-feed-sync.ts';

/** What the pages read of an open directory. */
export type OpenedDirectory = Pick<OpenResponse, 'listed' | 'languages' | 'countries'>;
/** The worker could not open it (no storage, a crash): every ask then fails, and pages show an empty directory. */
const NOT_OPENED: OpenedDirectory = { listed: 0, languages: [], countries: [] };

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
  // A new day reopens it too: the worker reads today's statuses (certifications lapse, "from" months arrive).
  const today = createToday();
  // Asked again only when the edition, the data or the day really changed: a check that found nothing new makes a
  // new `held` object with the same sequence, which must not reopen the directory (and remake every card).
  const feed = createMemo(
    () => {
      const held = sync.held();
      return held ? { sequence: held.sequence, version: sync.dataVersion(), day: today() } : null;
    },
    null,
    { equals: (a, b) => a?.sequence === b?.sequence && a?.version === b?.version && a?.day === b?.day },
  );
  const [opened] = createResource(
    feed,
    (key): Promise<OpenedDirectory> => client.open(key.sequence, key.version).catch(() => ({ ...NOT_OPENED })),
  );
  return { client, opened };
}
