// A directory query: words (AND, each from names, cities, bio keywords or controlled words), then filters,
// facet counts and relaxations; all ids and counts, no profile text, so the worker's answer is small.
import {
  andInto,
  countBits,
  countBothAt,
  emptyBitset,
  firstSlots,
  hasBit,
  nonZeroWords,
  orInto,
  setBit,
  slotsOf,
  type Bitset,
} from './bitset.ts';
import { facetBits, type Directory } from './directory.ts';
import {
  FACETS,
  relaxationsFromTotals,
  type Facet,
  type FacetCounts,
  type Filters,
  type Relaxation,
} from './filters.ts';
import { queryTerms, searchTerm } from './search-index.ts';
import { matchVocabulary } from './vocabulary.ts';

export type DirectoryResults = {
  /** Best first (by relevance, then name); with no words, everyone in name order. Capped by `limit`. */
  readonly ids: readonly string[];
  /** How many match the words and the filters. */
  readonly total: number;
  readonly counts: FacetCounts;
  /** Filled only when nothing matches: single filters to drop, most results first. */
  readonly relaxations: readonly Relaxation[];
};

/** A controlled word counts like a fair name match: enough to rank by, never above the person named. */
const FACET_WEIGHT: Record<Facet, number> = {
  country: 3,
  language: 3,
  area: 3,
  cert: 2,
  style: 2,
  format: 1.5,
  evaluations: 1,
  mentor: 2,
  availability: 1,
  fees: 1,
  background: 2,
  safeguarding: 1,
};

type TermMatch = { slots: Bitset; textScores: Map<number, number>; keys: { points: number; bits: Bitset }[] };

function matchTerm(directory: Directory, term: string, prefix: boolean): TermMatch {
  const slots = emptyBitset(directory.entries.length);
  const textScores = new Map<number, number>();
  for (const hit of searchTerm(directory.index, term, { prefix })) {
    const slot = directory.slotOf.get(String(hit.id));
    if (slot === undefined) continue;
    setBit(slots, slot);
    textScores.set(slot, hit.score);
  }
  const keys = matchVocabulary(directory.vocabulary, term, { prefix }).flatMap(({ key, weight }) => {
    const bits = directory.bits.get(key);
    return bits ? [{ points: FACET_WEIGHT[key.slice(0, key.indexOf(':')) as Facet] * weight, bits }] : [];
  });
  for (const k of keys) orInto(slots, k.bits);
  return { slots, textScores, keys };
}

function scoreOf(slot: number, terms: readonly TermMatch[]): number {
  let score = 0;
  for (const t of terms) {
    score += t.textScores.get(slot) ?? 0;
    for (const k of t.keys) if (hasBit(k.bits, slot)) score += k.points;
  }
  return score;
}

/** Best score first, then name order; sorting packed numbers keeps 50,000 results to a few milliseconds. */
function rank(slots: readonly number[], terms: readonly TermMatch[], limit: number): number[] {
  const keys = new Float64Array(slots.length);
  slots.forEach((slot, i) => {
    keys[i] = -Math.round(scoreOf(slot, terms) * 1000) * 2 ** 21 + slot;
  });
  keys.sort();
  return Array.from(keys.subarray(0, Math.min(limit, keys.length)), (k) => ((k % 2 ** 21) + 2 ** 21) % 2 ** 21);
}

function countFacets(directory: Directory, matched: Bitset, filterBits: ReadonlyMap<Facet, Bitset>) {
  const counts = {} as FacetCounts;
  const totalWithout: Partial<Record<Facet, number>> = {};
  for (const facet of FACETS) {
    // Each facet's counts keep every filter but its own.
    const base = matched.slice();
    for (const [f, bits] of filterBits) if (f !== facet) andInto(base, bits);
    const words = nonZeroWords(base);
    if (filterBits.has(facet)) totalWithout[facet] = countBits(base);
    const map = new Map<string, number>();
    for (const value of directory.values[facet]) {
      const n = words.length ? countBothAt(base, facetBits(directory, facet, value), words) : 0;
      if (n > 0) map.set(value, n);
    }
    counts[facet] = map;
  }
  return { counts, totalWithout };
}

export function searchDirectory(
  directory: Directory,
  query: string,
  filters: Filters,
  options: { limit?: number } = {},
): DirectoryResults {
  const limit = options.limit ?? Infinity;
  const words = queryTerms(query);
  // Only the last word may be half typed; alone it needs 3 letters ("li" and "ng" are whole surnames).
  const terms = words.map((w, i) =>
    matchTerm(directory, w, i === words.length - 1 && (w.length >= 3 || words.length > 1)),
  );
  const matched = directory.listed.slice();
  for (const t of terms) andInto(matched, t.slots);

  const filterBits = new Map(
    FACETS.filter((f) => filters[f] !== undefined).map((f) => [f, facetBits(directory, f, filters[f]!)] as const),
  );
  const results = matched.slice();
  for (const bits of filterBits.values()) andInto(results, bits);
  const { counts, totalWithout } = countFacets(directory, matched, filterBits);

  const total = countBits(results);
  const shown = terms.length ? rank(slotsOf(results), terms, limit) : firstSlots(results, limit);
  return {
    ids: shown.map((s) => directory.entries[s]!.profile.id),
    total,
    counts,
    relaxations: total ? [] : relaxationsFromTotals(filters, totalWithout),
  };
}
