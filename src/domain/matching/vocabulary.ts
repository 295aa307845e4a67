// The directory's controlled words (countries, regions, languages, areas, badges, styles, formats, mentoring):
// matched against a typed word here and answered with facet bitsets, so "commercial" never scores 50,000 postings.
import type { Facet } from './filters.ts';
import { foldText } from './fold.ts';
import { countryWord, languageWord } from './words.ts';

/** A facet value as one key, e.g. "area:family". */
export type FacetKey = `${Facet}:${string}`;
export type Vocabulary = ReadonlyMap<string, readonly FacetKey[]>;
/** How a typed word met a controlled word: exact counts fully, a prefix or one typo less (as in MiniSearch). */
export type VocabularyHit = { readonly key: FacetKey; readonly weight: number };

const STOP = new Set(['and', 'the', 'of', 'sar', 'in', 'st']);

// Everyday words people type for an area or a badge.
const SYNONYMS: Partial<Record<string, readonly string[]>> = {
  'area:family': ['divorce', 'custody', 'children'],
  'area:employment': ['labour', 'labor', 'dismissal'],
  'area:workplace': ['harassment', 'team'],
  'area:real-estate': ['property', 'landlord', 'tenant', 'lease'],
  'area:wills-estates': ['inheritance', 'probate', 'trusts'],
  'area:intellectual-property': ['ip', 'patent', 'trademark', 'copyright'],
  'area:shipping': ['maritime'],
  'area:community': ['neighbour', 'neighbor'],
  'area:technology': ['telecoms', 'software'],
  'area:healthcare': ['medical', 'health'],
  'area:banking-finance': ['financial', 'bank'],
  'area:corporate': ['shareholder', 'partnership'],
  'area:trade': ['commodities'],
  'cert:mediation-advocate': ['advisor', 'counsel'],
  'format:online': ['remote', 'video'],
  'format:in-person': ['inperson', 'face'],
  'mentor:yes': ['mentor', 'mentors', 'mentoring', 'mentee', 'mentees', 'ymi'],
};

function wordsOf(key: FacetKey): string[] {
  const [facet, value] = key.split(/:(.*)/s) as [Facet, string];
  // Country and region names come from Intl; area, badge, style and format ids are words joined by hyphens.
  const text =
    facet === 'country'
      ? `${countryWord(value)} ${value.length === 2 ? value : ''}`
      : facet === 'language'
        ? `${languageWord(value)} ${value}`
        : facet === 'evaluations' || facet === 'mentor'
          ? ''
          : value.replace(/-/g, ' ');
  return [...foldText(text).split(/[^\p{L}\p{N}]+/u), ...(SYNONYMS[key] ?? [])].filter(
    (w) => w.length > 1 && !STOP.has(w),
  );
}

/** Words for the facet values present in the directory (evaluations are a filter, not something one types). */
export function buildVocabulary(keys: Iterable<FacetKey>): Vocabulary {
  const vocabulary = new Map<string, FacetKey[]>();
  for (const key of keys) {
    for (const word of new Set(wordsOf(key))) {
      const list = vocabulary.get(word) ?? [];
      if (!list.includes(key)) list.push(key);
      vocabulary.set(word, list);
    }
  }
  return vocabulary;
}

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Same rules as the text index: a prefix when the caller allows, one typo from 4 letters. */
export function matchVocabulary(vocabulary: Vocabulary, term: string, options: { prefix: boolean }): VocabularyHit[] {
  const best = new Map<FacetKey, number>();
  const hit = (keys: readonly FacetKey[], weight: number) => {
    for (const k of keys) best.set(k, Math.max(best.get(k) ?? 0, weight));
  };
  for (const [word, keys] of vocabulary) {
    if (word === term) hit(keys, 1);
    else if (options.prefix && word.startsWith(term)) hit(keys, 0.4);
    else if (term.length >= 4 && withinOneEdit(term, word)) hit(keys, 0.45);
  }
  return [...best].map(([key, weight]) => ({ key, weight }));
}
