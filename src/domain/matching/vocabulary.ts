// The directory's controlled words, in every interface language: names of countries, regions and languages (and
// their own names: "Deutschland", "Deutsch"), the filter labels of areas, badges, styles and formats ("Familia")
// with everyday synonyms ("divorcio"), and mentoring. A typed word is matched here and answered with facet bitsets,
// so "commercial" never scores 50,000 postings. Filler words ("law", "in", "de") and process names ("arbitration")
// are known here too: they rank but never narrow. The words come from vocabulary-data.json (see README.md).
import type { Facet } from './filters.ts';
import { foldText } from './fold.ts';
import data from './vocabulary-data.json' with { type: 'json' };
import { articleForms, countryNames, languageNames } from './words.ts';

/** A facet value as one key, e.g. "area:family". */
export type FacetKey = `${Facet}:${string}`;
/**
 * Folded word → the facet values it names, with two look-ups made once: the words in order (a prefix is a range
 * found by binary search) and each word with one letter deleted (a word one edit away shares a deletion with the
 * typed one, or is one): a few map reads per typed word instead of a walk over every word.
 */
export type Vocabulary = {
  readonly keysOf: ReadonlyMap<string, readonly FacetKey[]>;
  readonly sorted: readonly string[];
  readonly deletions: ReadonlyMap<string, readonly string[]>;
};
/** How a typed word met a controlled word: exact counts fully, a prefix or one typo less (as in MiniSearch). */
export type VocabularyHit = { readonly key: FacetKey; readonly weight: number };

/**
 * Words as the search index sees them: folded, split on anything but letters and digits, two characters or more;
 * with an article written on the word also without it ("الأسرة" and "أسرة").
 */
export const wordsOf = (text: string) =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap(articleForms)
    .filter((w) => w.length > 1);

// Words that say nothing about whom one wants: "family law", "mediator in Madrid", "droit de la famille".
const FILLERS: ReadonlySet<string> = new Set(data.fillers.flatMap(wordsOf));
// Each interface language's function words ("in", "de", "à", "für"), from the stopword package.
const FUNCTION_WORDS: ReadonlySet<string> = new Set(data.functionWords.flatMap(wordsOf));
const PROCESS_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(data.processes as Record<string, string[]>).flatMap(([id, words]) =>
    words.flatMap(wordsOf).map((w) => [w, id] as const),
  ),
);
const LABEL_WORDS = data.words as Readonly<Record<string, readonly string[]>>;

/**
 * A word that does not narrow: a filler or a process name ranks the names that carry it ("law" may be a surname);
 * a function word ranks nothing ("de" in "mediador de familia" must not lift "de Jong").
 */
export function softWord(word: string): 'ranks' | 'ignored' | undefined {
  if (FILLERS.has(word) || PROCESS_OF.has(word)) return 'ranks';
  return FUNCTION_WORDS.has(word) ? 'ignored' : undefined;
}
/** The rules pack's option a word names, when it names a process the directory does not list ("arbitraje"). */
export const processOf = (word: string): string | undefined => PROCESS_OF.get(word);

const softPrefixes = [...FILLERS, ...PROCESS_OF.keys()];
/** "lawy" or "arbitra" on the way to a filler or a process name: half typed, it should not empty the list. */
export const startsSoftWord = (prefix: string) => softPrefixes.some((w) => w.startsWith(prefix));

function namesOf(key: FacetKey): string[] {
  const [facet, value] = key.split(/:(.*)/s) as [Facet, string];
  switch (facet) {
    case 'country':
      // A country's ISO code is typed too ("UK", "UAE", "NZ"), unless it is a word like "in" or "it".
      return [...countryNames(value), ...(LABEL_WORDS[key] ?? []), ...(value.length === 2 ? [value] : [])];
    case 'language':
      return languageNames(value);
    case 'evaluations':
      return []; // a filter, not something one types
    default:
      // Area, badge, style and format ids are English words too ("real-estate", "in-person").
      return [...(LABEL_WORDS[key] ?? []), value.replace(/-/g, ' ')];
  }
}

/** The words that name a facet value, fillers and function words left out ("Construction et ingénierie"). */
export function vocabularyWords(key: FacetKey): string[] {
  return [...new Set(namesOf(key).flatMap(wordsOf))].filter((w) => !FILLERS.has(w) && !FUNCTION_WORDS.has(w));
}

const deletionsOf = (word: string) => Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1));

/** Words for the facet values present in the directory. */
export function buildVocabulary(keys: Iterable<FacetKey>): Vocabulary {
  const keysOf = new Map<string, FacetKey[]>();
  for (const key of keys) {
    for (const word of vocabularyWords(key)) {
      const list = keysOf.get(word);
      if (!list) keysOf.set(word, [key]);
      else if (!list.includes(key)) list.push(key);
    }
  }
  const deletions = new Map<string, string[]>();
  for (const word of keysOf.keys())
    for (const d of new Set(deletionsOf(word))) {
      const list = deletions.get(d);
      if (list) list.push(word);
      else deletions.set(d, [word]);
    }
  return { keysOf, sorted: [...keysOf.keys()].sort(), deletions };
}

/** The words one insertion, deletion or substitution from `term`, itself left out. */
function oneEditFrom(vocabulary: Vocabulary, term: string): Set<string> {
  const found = new Set<string>();
  const add = (words: readonly string[] | undefined) => {
    for (const w of words ?? []) if (w !== term && withinOneEdit(term, w)) found.add(w);
  };
  add(vocabulary.deletions.get(term)); // a word with one letter more
  for (const d of deletionsOf(term)) {
    if (vocabulary.keysOf.has(d)) found.add(d); // a word with one letter less
    add(vocabulary.deletions.get(d)); // one letter changed (or swapped for one deleted elsewhere)
  }
  return found;
}

/** The sorted words that start with `prefix`. */
function* startingWith(sorted: readonly string[], prefix: string): Generator<string> {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) yield sorted[i]!;
}

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Same rules as the text index: a prefix when the caller allows, one typo from 4 letters; the typo only when
 * `typos` (the caller's word is nowhere as typed: "asante" is a surname, not a typo of "santé").
 */
export function matchVocabulary(
  vocabulary: Vocabulary,
  term: string,
  options: { prefix: boolean; typos?: boolean },
): VocabularyHit[] {
  const best = new Map<FacetKey, number>();
  const hit = (keys: readonly FacetKey[], weight: number) => {
    for (const k of keys) best.set(k, Math.max(best.get(k) ?? 0, weight));
  };
  const exact = vocabulary.keysOf.get(term);
  if (exact) hit(exact, 1);
  if (options.prefix)
    for (const word of startingWith(vocabulary.sorted, term)) if (word !== term) hit(vocabulary.keysOf.get(word)!, 0.4);
  if (term.length >= 4 && options.typos !== false && !best.size)
    for (const word of oneEditFrom(vocabulary, term)) hit(vocabulary.keysOf.get(word)!, 0.45);
  return [...best].map(([key, weight]) => ({ key, weight }));
}
