// A directory query: words (AND, each from names, cities, bio keywords or controlled words, in any interface
// language), then filters, facet counts and relaxations; all ids and counts, no profile text, so the worker's answer
// is small. Fillers ("law", "in") and process names ("arbitration") rank but do not narrow; a process name is
// reported, so the page can say what the directory holds; an empty answer says why and what to relax.
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
import { queryWords, searchName, searchTerm } from './search-index.ts';
import { matchVocabulary, processOf, softWord, startsSoftWord } from './vocabulary.ts';

/** A typed word that names a process the directory does not list, and the rules pack's option it names. */
export type ProcessMention = { readonly word: string; readonly option: string };

/** Why nothing matches, and what to relax (filters to drop are `relaxations`). Words are as typed. */
export type EmptyReasons = {
  /** Words no listed mediator matches, even alone: a name, place or word the directory does not have. */
  readonly unmatched: readonly string[];
  /** Each word that, dropped, gives results (with the filters kept), most results first. */
  readonly withoutWord: readonly { readonly word: string; readonly results: number }[];
  /** How many match the words with no filter at all (0 when no filter is on). */
  readonly withoutFilters: number;
};

export type DirectoryResults = {
  /** Best first (by relevance, then name); with no words, everyone in name order. Capped by `limit`. */
  readonly ids: readonly string[];
  /** How many match the words and the filters. */
  readonly total: number;
  readonly counts: FacetCounts;
  /** Filled only when nothing matches: single filters to drop, most results first. */
  readonly relaxations: readonly Relaxation[];
  /** Processes the words name ("arbitration", "court"): not who the directory lists. */
  readonly processes: readonly ProcessMention[];
  /** Only when nothing matches but someone is listed. */
  readonly empty?: EmptyReasons;
};

/** The results with the slots of `ids`, for the worker to send their entries without a lookup. */
export type DirectoryAnswer = DirectoryResults & { readonly slots: readonly number[] };

/**
 * A controlled word counts like a fair name match: enough to rank by, never above the person named. Every weight
 * is above 0: rank() bounds a slot's score by the points of the words it may hold, which a negative one breaks.
 */
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

type TermMatch = {
  typed: string;
  term: string;
  /** False for a word that only ranks: its slots are then everyone listed. */
  narrows: boolean;
  slots: Bitset;
  textScores: Map<number, number>;
  keys: { points: number; bits: Bitset }[];
};

/** A word that does not narrow: a name that carries it scores when it `ranks`, nobody is left out for lacking it. */
function rankingTerm(directory: Directory, typed: string, term: string, ranks: boolean): TermMatch {
  const textScores = new Map<number, number>();
  for (const hit of ranks ? searchName(directory.index, term) : []) textScores.set(hit.id, hit.score);
  return { typed, term, narrows: false, slots: directory.listed, textScores, keys: [] };
}

function matchTerm(directory: Directory, typed: string, term: string, prefix: boolean): TermMatch {
  const slots = emptyBitset(directory.entries.length);
  const textScores = new Map<number, number>();
  let asTyped = false;
  for (const hit of searchTerm(directory.index, term, { prefix })) {
    const slot: number = hit.id;
    setBit(slots, slot);
    textScores.set(slot, hit.score);
    asTyped ||= hit.terms.includes(term);
  }
  // A word found as typed (a surname, a city) is not also read as a typo of a controlled word.
  const keys = matchVocabulary(directory.vocabulary, term, { prefix, typos: !asTyped }).flatMap(({ key, weight }) => {
    const bits = directory.bits.get(key);
    return bits ? [{ points: FACET_WEIGHT[key.slice(0, key.indexOf(':')) as Facet] * weight, bits }] : [];
  });
  for (const k of keys) orInto(slots, k.bits);
  return { typed, term, narrows: true, slots, textScores, keys };
}

const countWith = (base: Bitset, sets: Iterable<Bitset>) => {
  const bits = base.slice();
  for (const set of sets) andInto(bits, set);
  return countBits(bits);
};

/** Nothing matches: which words match nobody, which word or filters to drop. Run only then, so it may loop. */
function emptyReasons(
  directory: Directory,
  hard: readonly TermMatch[],
  filterBits: ReadonlyMap<Facet, Bitset>,
  matched: Bitset,
): EmptyReasons {
  // A process name matching nobody is explained by `processes`, not as a word the directory lacks.
  const unmatched = hard
    .filter((t) => !processOf(t.term) && countWith(directory.listed, [t.slots]) === 0)
    .map((t) => t.typed);
  const withoutWord =
    hard.length > 1
      ? hard
          .map((t) => ({
            word: t.typed,
            results: countWith(directory.listed, [
              ...hard.filter((o) => o !== t).map((o) => o.slots),
              ...filterBits.values(),
            ]),
          }))
          .filter((w) => w.results > 0)
          .sort((a, b) => b.results - a.results)
      : [];
  return { unmatched, withoutWord, withoutFilters: filterBits.size ? countBits(matched) : 0 };
}

/** The points a slot's controlled words give (its text scores are summed apart, in `rank`). */
function keyPoints(slot: number, terms: readonly TermMatch[]): number {
  let points = 0;
  for (const t of terms) for (const k of t.keys) if (hasBit(k.bits, slot)) points += k.points;
  return points;
}

/** Score and slot packed in one number: the smaller, the better (higher score, then earlier in name order). */
const packed = (score: number, slot: number) => -Math.round(score * 1000) * 2 ** 21 + slot;
const slotOfKey = (key: number) => ((key % 2 ** 21) + 2 ** 21) % 2 ** 21;

/**
 * Best score first, then name order; only the first `limit` are kept, in a sorted buffer. A two-letter prefix
 * matches half of 100,000 profiles: the slots the text index found are scored first; every other match holds some
 * controlled word, so the words are walked from the most points down, each in name order, and a walk stops once
 * what its slots could still score (its points and those of the words after it) cannot make the page.
 */
function rank(results: Bitset, terms: readonly TermMatch[], limit: number): number[] {
  const text = new Map<number, number>();
  for (const t of terms)
    for (const [slot, score] of t.textScores) if (hasBit(results, slot)) text.set(slot, (text.get(slot) ?? 0) + score);
  const keyOf = (slot: number) => packed((text.get(slot) ?? 0) + keyPoints(slot, terms), slot);
  if (limit === 0) return [];
  if (limit >= countBits(results)) {
    const keys = Float64Array.from(slotsOf(results), keyOf).sort();
    return Array.from(keys, slotOfKey);
  }
  const best = new Float64Array(limit);
  let kept = 0;
  const misses = (key: number) => kept === limit && key >= best[limit - 1]!;
  const offer = (key: number) => {
    if (misses(key)) return;
    let at = kept < limit ? kept++ : limit - 1;
    for (; at > 0 && best[at - 1]! > key; at--) best[at] = best[at - 1]!;
    best[at] = key;
  };
  for (const slot of text.keys()) offer(keyOf(slot));
  const words = terms.flatMap((t) => t.keys).sort((a, b) => b.points - a.points);
  // Slots already scored: the text hits, then each word's slots once walked.
  const scored = emptyBitset(results.length * 32);
  for (const slot of text.keys()) setBit(scored, slot);
  let after = words.reduce((sum, w) => sum + w.points, 0);
  for (const word of words) {
    // A slot first met here holds this word and maybe later ones, never an earlier one.
    const most = after;
    after -= word.points;
    if (misses(packed(most, 0))) break;
    walk: for (let i = 0; i < results.length; i++) {
      for (let bits = results[i]! & word.bits[i]! & ~scored[i]!; bits !== 0; bits &= bits - 1) {
        const slot = (i << 5) + 31 - Math.clz32(bits & -bits);
        // Slots only grow from here: once the best this one could score misses the page, so do the rest.
        if (misses(packed(most, slot))) break walk;
        offer(keyOf(slot));
      }
    }
    orInto(scored, word.bits);
  }
  return Array.from(best.subarray(0, kept), slotOfKey);
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
): DirectoryAnswer {
  // Whole and at least 0: it sizes the page's buffer, and comes from another thread.
  const limit = Math.max(0, Math.floor(options.limit ?? Infinity));
  const words = queryWords(query);
  const processes = words.flatMap(({ typed, term }) => {
    const option = processOf(term);
    return option ? [{ word: typed, option }] : [];
  });
  // Fillers and process names only rank, unless they are all there is ("law" may be a surname, "court" in a bio).
  const soft = words.map((w) => softWord(w.term));
  const allSoft = soft.every(Boolean);
  // Only the last word may be half typed, from two letters.
  const last = words.length - 1;
  const terms = words.map(({ typed, term }, i) =>
    soft[i] && !allSoft
      ? rankingTerm(directory, typed, term, soft[i] === 'ranks')
      : matchTerm(directory, typed, term, i === last),
  );
  const hard = terms.filter((t) => t.narrows);
  let matched = directory.listed.slice();
  for (const t of hard) andInto(matched, t.slots);
  // A last word on its way to a filler or a process ("dispu", "arbitra") that empties the list only ranks, for now.
  const typing = words[last];
  if (typing && hard.length > 1 && terms[last]!.narrows && !countBits(matched) && startsSoftWord(typing.term)) {
    hard.splice(hard.indexOf(terms[last]!), 1);
    terms[last] = rankingTerm(directory, typing.typed, typing.term, true);
    matched = directory.listed.slice();
    for (const t of hard) andInto(matched, t.slots);
  }

  const filterBits = new Map(
    FACETS.filter((f) => filters[f] !== undefined).map((f) => [f, facetBits(directory, f, filters[f]!)] as const),
  );
  const results = matched.slice();
  for (const bits of filterBits.values()) andInto(results, bits);
  const { counts, totalWithout } = countFacets(directory, matched, filterBits);

  const total = countBits(results);
  const shown = terms.length ? rank(results, terms, limit) : firstSlots(results, limit);
  const nobody = total === 0 && countBits(directory.listed) > 0;
  return {
    ids: shown.map((s) => directory.entries[s]!.profile.id),
    slots: shown,
    total,
    counts,
    relaxations: total ? [] : relaxationsFromTotals(filters, totalWithout),
    processes,
    ...(nobody ? { empty: emptyReasons(directory, hard, filterBits, matched) } : {}),
  };
}
