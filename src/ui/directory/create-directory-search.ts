import { useSearchParams } from '@solidjs/router';
import { createMemo, createResource, createSignal } from 'solid-js';
import {
  applyFilters,
  facetCounts,
  filtersFromParams,
  suggestRelaxations,
  FACETS,
  type Facet,
  type Filters,
} from '../../domain/matching/filters.ts';
import { useSearchClient } from '../../search/search-client.ts';
import { useFeedSync } from './create-feed-sync.ts';
import { createRegistryView, type RegistryEntry } from './create-registry-view.ts';

const QUERY_KEY = 'ole.directory.query';
// One collator for the whole sort: String#localeCompare builds one per call, slow on a phone for hundreds of names.
const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * Query and filters for the directory. Filters are codes and live in the URL, so a search can be bookmarked;
 * the typed words stay out of it (they may be a name) and are kept for this tab only.
 */
export function createDirectorySearch() {
  const [params, setParams] = useSearchParams<Record<Facet, string>>();
  const sync = useFeedSync();
  const registry = createRegistryView();
  const client = useSearchClient();
  const [query, setQueryState] = createSignal(sessionStorage.getItem(QUERY_KEY) ?? '');

  const filters = createMemo<Filters>(() => filtersFromParams(params));
  const listed = createMemo(() =>
    [...(registry()?.values() ?? [])]
      .filter((e) => e.status.listed)
      .sort((a, b) => byName.compare(a.profile.name, b.profile.name)),
  );

  // Worker answers arrive out of order when typing fast; a resource keyed by the query keeps only the latest.
  const [matchedIds] = createResource(
    () =>
      query().trim() && sync.held()
        ? { query: query(), sequence: sync.held()!.sequence, version: sync.dataVersion() }
        : null,
    async (key) => {
      const response = await client.search(key.query, key.sequence);
      return response.ok ? response.ids : [];
    },
  );

  const matched = createMemo<RegistryEntry[]>(() => {
    if (!query().trim()) return listed();
    const byId = new Map(listed().map((e) => [e.profile.id, e]));
    return (matchedIds.latest ?? []).flatMap((id) => byId.get(id) ?? []);
  });
  const results = createMemo(() => applyFilters(matched(), filters()));
  const counts = createMemo(() => facetCounts(matched(), filters()));
  const relaxations = createMemo(() => (results().length ? [] : suggestRelaxations(matched(), filters())));

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
    counts,
    relaxations,
    total: () => listed().length,
  };
}
