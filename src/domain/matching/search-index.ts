// The MiniSearch index over the registry: what is searched, how terms are folded, how fuzzy a match may be.
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { MediatorProfile } from '../registry/types.ts';
import { foldText } from './fold.ts';
import { areaWords, certificationWords, countryWord, languageWord } from './words.ts';

/** Changes whenever the fields or term processing change: a saved index with another version is rebuilt. */
export const INDEX_OPTIONS_VERSION = 'v1';

type IndexedDoc = { id: string; name: string; places: string; languages: string; areas: string; badges: string };

export function toIndexedDoc(p: MediatorProfile): IndexedDoc {
  return {
    id: p.id,
    name: p.name,
    places: p.locations.map((l) => `${l.city ?? ''} ${countryWord(l.country)} ${l.country}`).join(' '),
    languages: p.languages.map((code) => `${languageWord(code)} ${code}`).join(' '),
    areas: p.practiceAreas.map(areaWords).join(' '),
    badges: [...p.certifications.map((c) => certificationWords(c.kind)), ...p.styles, ...p.formats].join(' '),
  };
}

// Bios are not indexed: they tripled query time at 10k profiles and matched mostly noise (see tests/bench).
export const INDEX_OPTIONS: Options<IndexedDoc> = {
  fields: ['name', 'places', 'languages', 'areas', 'badges'],
  storeFields: [],
  processTerm: (term) => {
    const folded = foldText(term);
    return folded.length > 1 ? folded : null;
  },
};

export const SEARCH_OPTIONS: SearchOptions = {
  boost: { name: 3, areas: 1.5, languages: 1.5, places: 1.2 },
  prefix: (term) => term.length >= 2,
  // One typo in a word of 5+ letters; shorter words must be exact or a prefix.
  fuzzy: (term) => (term.length >= 5 ? 1 : false),
  combineWith: 'AND',
};

export function createSearchIndex(profiles: readonly MediatorProfile[]): MiniSearch<IndexedDoc> {
  const index = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
  index.addAll(profiles.map(toIndexedDoc));
  return index;
}

export function loadSearchIndex(json: string): MiniSearch<IndexedDoc> {
  return MiniSearch.loadJSON<IndexedDoc>(json, INDEX_OPTIONS);
}

/** Ids of matching profiles, best first; an empty query matches nothing (the caller lists everyone). */
export function searchIds(index: MiniSearch<IndexedDoc>, query: string): string[] {
  return index.search(query, SEARCH_OPTIONS).map((r) => String(r.id));
}
