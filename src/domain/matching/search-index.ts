// The MiniSearch index over the registry's free text: names, cities (with their names in other languages, so
// "Munich" finds München) and the rarer words of each bio. Controlled words (countries, languages, areas, badges,
// styles) are matched by vocabulary.ts instead.
import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import type { MediatorProfile } from '../registry/types.ts';
import { inDirectoryOrder } from './directory-order.ts';
import { foldText, WORD_SEPARATORS } from './fold.ts';
import { PLACE_NAMES_VERSION, placeNames, withoutArticle } from './words.ts';

/**
 * Changes whenever the fields, the bio keywords, term processing, city names or the directory order (documents are
 * named by slot) change: a saved index is rebuilt.
 */
export const INDEX_OPTIONS_VERSION = `v4-slots-name-city-biokw5-places-${PLACE_NAMES_VERSION}`;

/** `id` is the profile's slot in directory order (directory-order.ts), not its registry id. */
export type IndexedDoc = { id: number; name: string; places: string; bio: string };

const SPLIT = WORD_SEPARATORS;
const BIO_STOP = new Set(
  'also based been from have into more much only over that their them then they this those through very were what when where which while with within work works would your'.split(
    ' ',
  ),
);
/** A bio word kept only if at most this share of profiles (or 50) use it: rare words say something, common ones cost time. */
const BIO_MAX_SHARE = 0.05;
const BIO_MAX_WORDS = 40;

/** "Müller" is also written "Mueller": index both, so either spelling finds the person. */
function germanSpelling(term: string): string | undefined {
  const lower = term.toLowerCase();
  return /[äöü]/.test(lower) ? foldText(lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')) : undefined;
}

/** "O'Brien" and "Jean-Pierre" are also typed "obrien" and "jeanpierre". */
function joinedNames(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((w) => /['’-]/.test(w))
    .map((w) => w.replace(/['’-]/g, ''));
}

function bioWords(bio: string): string[] {
  return [...new Set(foldText(bio).split(SPLIT))].filter((w) => w.length >= 4 && !BIO_STOP.has(w) && !/^\d+$/.test(w));
}

/** The documents to index, in directory order; bio keywords depend on the whole registry, so they are chosen here. */
function toIndexedDocs(registry: readonly MediatorProfile[]): IndexedDoc[] {
  const profiles = inDirectoryOrder(registry, (p) => p);
  const words = profiles.map((p) => bioWords(p.bio));
  const share = new Map<string, number>();
  for (const list of words) for (const w of list) share.set(w, (share.get(w) ?? 0) + 1);
  const limit = Math.max(50, profiles.length * BIO_MAX_SHARE);
  return profiles.map((p, i) => ({
    id: i,
    name: [p.name, ...joinedNames(p.name)].join(' '),
    places: p.locations.map((l) => (l.city ? placeNames(l.country, l.city).join(' ') : '')).join(' '),
    bio: words[i]!.filter((w) => share.get(w)! <= limit)
      .slice(0, BIO_MAX_WORDS)
      .join(' '),
  }));
}

export const INDEX_OPTIONS: Options<IndexedDoc> = {
  fields: ['name', 'places', 'bio'],
  storeFields: [], // the slot is kept anyway; the directory holds the profiles
  tokenize: (text) => text.split(SPLIT),
  processTerm: (term) => {
    const folded = foldText(term);
    if (folded.length < 2) return null;
    // "Müller" is also "Mueller"; "الحسن" is also "حسن" (an article written on the word).
    const german = germanSpelling(term);
    const bare = withoutArticle(folded);
    if (!bare) return german && german !== folded ? [folded, german] : folded;
    return german && german !== folded ? [folded, bare, german] : [folded, bare];
  },
};

const fuzzyFor = (term: string) => (term.length >= 4 ? 1 : false);

/** One typed word (already folded): names and cities forgive a typo and, when `prefix`, a half word; bios need the word. */
function termQuery(term: string, options: { prefix: boolean }): SearchOptions & { queries: string[] } {
  return {
    queries: [term],
    combineWith: 'OR',
    processTerm: (t) => (t.length < 2 ? null : t),
    boost: { name: 3, places: 1.5, bio: 0.5 },
    prefix: options.prefix,
    fuzzy: fuzzyFor(term),
  };
}

export function createSearchIndex(profiles: readonly MediatorProfile[]): MiniSearch<IndexedDoc> {
  const index = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
  index.addAll(toIndexedDocs(profiles));
  return index;
}

export function loadSearchIndex(json: string): MiniSearch<IndexedDoc> {
  return MiniSearch.loadJSON<IndexedDoc>(json, INDEX_OPTIONS);
}

/** Matches of one typed word, bios matched exactly (fuzzy bios were most of the time and most of the noise). */
export function searchTerm(index: MiniSearch<IndexedDoc>, term: string, options: { prefix: boolean }): SearchResult[] {
  const q = termQuery(term, options);
  return index.search({
    combineWith: 'OR',
    queries: [
      { ...q, fields: ['name', 'places'] },
      { ...q, fields: ['bio'], fuzzy: false, prefix: q.prefix && term.length >= 5 },
    ],
  });
}

/** A word that only ranks (a filler such as "law" may be a surname): the whole word, in names only. */
export function searchName(index: MiniSearch<IndexedDoc>, term: string): SearchResult[] {
  return index.search(term, { fields: ['name'], boost: { name: 3 }, prefix: false, fuzzy: false });
}

/** A typed query's words as written (for messages) and folded (as the index sees them). */
export function queryWords(query: string): { typed: string; term: string }[] {
  return query
    .split(SPLIT)
    .map((typed) => ({ typed, term: foldText(typed) }))
    .filter((w) => w.term.length >= 2);
}
