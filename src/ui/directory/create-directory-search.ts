import { useSearchParams } from '@solidjs/router';
import { createMemo, createResource, createSignal } from 'solid-js';
import { filtersFromParams, FACETS, type Facet, type Filters } from '../../domain/matching/filters.ts';
import { isStaleSearch, type SearchAnswer } from '../../search/search-client.ts';
import { createOpenedSearch, type OpenedDirectory } from './create-opened-search.ts';
import type { DirectoryEntry } from '../../domain/matching/filters.ts';

const QUERY_KEY = 'ole.directory.query';
/** Results asked of the worker at a time: a phone shows a few; "Show more" asks for the next page. */
export const RESULTS_PAGE = 12;
/** Found nothing: what a failed search shows, as an empty registry would. */
const NOTHING: SearchAnswer = {
  ids: [],
  shown: [],
  total: 0,
  counts: Object.fromEntries(FACETS.map((f) => [f, new Map()])) as SearchAnswer['counts'],
  relaxations: [],
  processes: [],
};

/** An answer with what it was asked for: the page's filters, and the directory as opened, may have moved on since. */
type Answer = { readonly filters: Filters; readonly opened: OpenedDirectory; readonly results: SearchAnswer };

/**
 * Query and filters for the directory. Filters are codes and live in the URL, so a search can be bookmarked;
 * the typed words stay out of it (they may be a name) and are kept for this tab only. The search worker holds
 * the directory: it matches the words, applies the filters and counts each facet value.
 */
export function createDirectorySearch() {
  const [params, setParams] = useSearchParams<Record<Facet, string>>();
  const { client, opened } = createOpenedSearch();
  const [query, setQueryState] = createSignal(sessionStorage.getItem(QUERY_KEY) ?? '');

  const filters = createMemo<Filters>(() => filtersFromParams(params));
  // "Show more" belongs to one search: new words or filters start again at the first page (no effect resets it).
  const searchKey = () => JSON.stringify([query(), filters()]);
  const [more, setMore] = createSignal({ key: '', limit: RESULTS_PAGE });
  const limit = () => (more().key === searchKey() ? more().limit : RESULTS_PAGE);

  // Typing fast overtakes searches: the client rejects those (stale) and the resource keeps only the latest.
  let answered: Answer | undefined;
  const [answer] = createResource(
    () => {
      const directory = opened();
      return directory ? { query: query(), filters: filters(), limit: limit(), opened: directory } : null;
    },
    async (key) => {
      try {
        // Only the page shown crosses from the worker, with the counts: never every matching id.
        const results = await client.search(key.query, key.filters, { limit: key.limit });
        answered = { filters: key.filters, opened: key.opened, results };
      } catch (error) {
        if (!isStaleSearch(error)) answered = { filters: key.filters, opened: key.opened, results: NOTHING };
      }
      return answered;
    },
  );
  const latest = () => answer.latest?.results ?? NOTHING;

  // Best match first; with no words, everyone listed in name order (the worker's order). An entry already shown
  // keeps its object, so a card whose mediator stays in place is not filled again for every keystroke.
  const shown = createMemo<{ of: unknown; list: readonly DirectoryEntry[] }>(
    (before) => {
      const of = answer.latest?.opened;
      const kept = new Map(before.of === of ? before.list.map((e) => [e.profile.id, e]) : []);
      return { of, list: latest().shown.map((e) => kept.get(e.profile.id) ?? e) };
    },
    { of: undefined, list: [] },
  );
  const results = () => shown().list;

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
    /** The page of results shown (at most `limit`). */
    results,
    /** How many match the words and filters, shown or not. */
    matches: () => latest().total,
    showMore: () => setMore({ key: searchKey(), limit: limit() + RESULTS_PAGE }),
    counts: () => latest().counts,
    // Until the worker answers a change, only the filters still chosen may be offered for dropping.
    relaxations: () => latest().relaxations.filter((r) => filters()[r.facet] === answer.latest?.filters[r.facet]),
    /** Processes the words name ("arbitration"): the page says what the directory holds instead. */
    processes: () => latest().processes,
    /** Why nothing matches, for the words of the latest answer. */
    empty: () => latest().empty,
    /** An answer for the words and filters now shown is still on its way (aria-busy on the results). */
    searching: () => answer.loading,
    /** The worker has answered once: counts and results mean something. */
    ready: () => answer.latest !== undefined,
    // Of the directory the answer came from, so "N of M" never mixes two editions; nothing before the first answer.
    total: () => answer.latest?.opened.listed ?? 0,
  };
}
