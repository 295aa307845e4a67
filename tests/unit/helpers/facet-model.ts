// The directory's filters and counts by their definition, entry by entry: what the bitset engine
// (src/domain/matching/directory-search.ts) is held to in the tests.
import {
  FACETS,
  relaxationsFromTotals,
  valuesOf,
  type DirectoryEntry,
  type Facet,
  type FacetCounts,
  type Filters,
  type Relaxation,
} from '../../../src/domain/matching/filters.ts';

/** Has every chosen value, leaving out the filter on `except`. */
const passes = (entry: DirectoryEntry, filters: Filters, except?: Facet) =>
  FACETS.every((f) => f === except || filters[f] === undefined || valuesOf(entry, f).includes(filters[f]));

export const modelFilter = <E extends DirectoryEntry>(entries: readonly E[], filters: Filters): E[] =>
  entries.filter((e) => passes(e, filters));

/** Per facet, how many entries each value would give with the other filters kept. */
export function modelCounts(entries: readonly DirectoryEntry[], filters: Filters): FacetCounts {
  const counts = {} as FacetCounts;
  for (const facet of FACETS) {
    counts[facet] = new Map();
    for (const e of entries.filter((e) => passes(e, filters, facet)))
      for (const value of valuesOf(e, facet)) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  }
  return counts;
}

/** Each single filter whose removal brings results back, with how many. */
export function modelRelaxations(entries: readonly DirectoryEntry[], filters: Filters): Relaxation[] {
  const without = Object.fromEntries(
    FACETS.filter((f) => filters[f] !== undefined).map((f) => [f, entries.filter((e) => passes(e, filters, f)).length]),
  );
  return relaxationsFromTotals(filters, without);
}
