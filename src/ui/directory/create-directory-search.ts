import { useSearchParams } from '@solidjs/router';
import { createMemo, createResource, createSignal } from 'solid-js';
import type { DirectoryResults } from '../../domain/matching/directory-search.ts';
import { filtersFromParams, FACETS, type Facet, type Filters } from '../../domain/matching/filters.ts';
import { createSearchClient, isStaleSearch, type SearchClient } from '../../search/search-client.ts';
import { useFeedSync } from './create-feed-sync.ts';
import { createRegistryView, type RegistryEntry } from './create-registry-view.ts';

const QUERY_KEY = 'ole.directory.query';
// One collator for the whole sort: String#localeCompare builds one per call, slow on a phone for hundreds of names.
const byName = new Intl.Collator(undefined, { sensitivity: 'base' });
/** Found nothing: what a failed search shows, as an empty registry would. */
const NOTHING: DirectoryResults = {
  ids: [],
  total: 0,
  counts: Object.fromEntries(FACETS.map((f) => [f, new Map()])) as DirectoryResults['counts'],
  relaxations: [],
  processes: [],
};

/** An answer with the filters it was asked for: the page's filters may have moved on since. */
type Answer = { readonly filters: Filters; readonly results: DirectoryResults };

// One worker for the page's lifetime: coming back to the directory finds its index still in memory.
let sharedClient: SearchClient | undefined;
const searchClient = () => {
  sharedClient ??= createSearchClient();
  return sharedClient;
};

/**
 * Query and filters for the directory. Filters are codes and live in the URL, so a search can be bookmarked;
 * the typed words stay out of it (they may be a name) and are kept for this tab only. The search worker holds
 * the directory: it matches the words, applies the filters and counts each facet value.
 */
export function createDirectorySearch() {
  const [params, setParams] = useSearchParams<Record<Facet, string>>();
  const sync = useFeedSync();
  const registry = createRegistryView();
  const client = searchClient();
  const [query, setQueryState] = createSignal(sessionStorage.getItem(QUERY_KEY) ?? '');

  const filters = createMemo<Filters>(() => filtersFromParams(params));
  const listed = createMemo(() =>
    [...(registry()?.values() ?? [])]
      .filter((e) => e.status.listed)
      .sort((a, b) => byName.compare(a.profile.name, b.profile.name)),
  );

  // Sent again with new data, or today's statuses: the worker keeps the index of a feed and rebuilds the facets.
  const [opened] = createResource(
    () => {
      const entries = registry();
      const held = sync.held();
      return entries && held ? { entries, sequence: held.sequence } : null;
    },
    async (key) => {
      await client.open(key.sequence, [...key.entries.values()]).catch(() => undefined); // then every search fails
      return key;
    },
  );

  // Typing fast overtakes searches: the client rejects those (stale) and the resource keeps only the latest.
  let answered: Answer | undefined;
  const [answer] = createResource(
    () => (opened() ? { query: query(), filters: filters(), opened: opened() } : null),
    async (key) => {
      try {
        answered = { filters: key.filters, results: await client.search(key.query, key.filters) };
      } catch (error) {
        if (!isStaleSearch(error)) answered = { filters: key.filters, results: NOTHING };
      }
      return answered;
    },
  );
  const latest = () => answer.latest?.results ?? NOTHING;

  const results = createMemo<RegistryEntry[]>(() => {
    const ids = latest().ids;
    // No words: everyone listed, alphabetically for this language; with words, best match first.
    if (!query().trim()) {
      const shown = new Set(ids);
      return listed().filter((e) => shown.has(e.profile.id));
    }
    const entries = registry();
    return ids.flatMap((id) => entries?.get(id) ?? []);
  });

  return {
    query,
    setQuery(text: string) {
      setQueryState(text);
      sessionStorage.setItem(QUERY_KEY, text);
    },
    filters,
    setFilter(facet: Facet, value: string | undefined) {
      setParams({ [facet]: value || undefined });
    },
    clearFilters: () => setParams(Object.fromEntries(FACETS.map((f) => [f, undefined]))),
    results,
    counts: () => latest().counts,
    // Until the worker answers a change, only the filters still chosen may be offered for dropping.
    relaxations: () => latest().relaxations.filter((r) => filters()[r.facet] === answer.latest?.filters[r.facet]),
    /** Processes the words name ("arbitration"): the page says what the directory holds instead. */
    processes: () => latest().processes,
    /** Why nothing matches, for the words of the latest answer. */
    empty: () => latest().empty,
    /** The worker has answered once: counts and results mean something. */
    ready: () => answer.latest !== undefined,
    // Before the worker's first answer there is nothing to count, as before the registry is read.
    total: () => (answer.latest ? listed().length : 0),
  };
}
