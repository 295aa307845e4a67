// The names of registry codes and places in every interface language, as a search reads them. Names of countries
// and languages in the app's own languages come from the runtime's CLDR (Intl.DisplayNames); what it lacks comes
// from vocabulary-data.json, generated from CLDR's JSON by src/cli/vocabulary-build.ts (see README.md here).
import { LOCALES } from '../../i18n/locale.ts';
import type { CertificationKind, PracticeArea } from '../registry/types.ts';
import { foldText } from './fold.ts';
import { isRegion } from './regions.ts';
import data from './vocabulary-data.json' with { type: 'json' };

type Names = Readonly<Record<string, readonly string[]>>;
const REGION_NAMES = data.regions as Readonly<Record<string, Names>>;
const COUNTRY_NAMES = data.countries as Names;
const LANGUAGE_NAMES = data.languages as Names;

const cache = new Map<string, Intl.DisplayNames>();
function displayNames(type: 'region' | 'language', locale: string): Intl.DisplayNames {
  const key = `${type}.${locale}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DisplayNames([locale], { type, fallback: 'none' });
    cache.set(key, found);
  }
  return found;
}

/** Intl's name, or nothing where it only knows the code back (this Chromium for "150") or not at all. */
function intlName(type: 'region' | 'language', locale: string, code: string): string | undefined {
  try {
    const name = displayNames(type, locale).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined; // a code Intl refuses to parse
  }
}

/** Every name of a country or UN M49 region: in each interface language, and its own names ("Deutschland", "UK"). */
export function countryNames(code: string): string[] {
  const table = isRegion(code)
    ? LOCALES.flatMap((l) => REGION_NAMES[code]?.[l] ?? [])
    : [...(COUNTRY_NAMES[code.toUpperCase()] ?? [])];
  return [...LOCALES.flatMap((l) => intlName('region', l, code) ?? []), ...table];
}

/** Every name of a language: in each interface language and in itself ("German", "allemand", "Deutsch"). */
export function languageNames(code: string): string[] {
  return [...LOCALES.flatMap((l) => intlName('language', l, code) ?? []), ...(LANGUAGE_NAMES[code] ?? [])];
}

let placeIndex: Map<string, readonly string[]> | undefined;
/** A city's names in the interface languages and its own ("Köln", "Cologne", "Colonia"), the given one first. */
export function placeNames(country: string, city: string): readonly string[] {
  if (!placeIndex) {
    placeIndex = new Map();
    for (const [code, ...names] of data.places as string[][])
      for (const name of names) placeIndex.set(`${code} ${foldText(name)}`, names);
  }
  const names = placeIndex.get(`${country.toUpperCase()} ${foldText(city)}`);
  return names ? [city, ...names.filter((n) => foldText(n) !== foldText(city))] : [city];
}

const ARTICLES = (data.articles as string[]).map(foldText);
/** A folded word without the article a language writes on it (Arabic "الأسرة" is "أسرة"), if it has one. */
export function withoutArticle(word: string): string | undefined {
  for (const a of ARTICLES) if (word.length - a.length >= 2 && word.startsWith(a)) return word.slice(a.length);
  return undefined;
}
/** A folded word and, when it carries an article, the word without it. */
export function articleForms(word: string): string[] {
  const bare = withoutArticle(word);
  return bare ? [word, bare] : [word];
}

/** Changes whenever the city names or the articles change: an index built with others is rebuilt. */
export const PLACE_NAMES_VERSION = data.placesVersion;

/** English, for the benchmark's peers, which index one name per code. */
export const countryWord = (code: string) => intlName('region', 'en', code) ?? REGION_NAMES[code]?.['en']?.[0] ?? code;
export const languageWord = (code: string) => intlName('language', 'en', code) ?? code;
export const areaWords = (area: PracticeArea) => area.replace(/-/g, ' ');
export const certificationWords = (kind: CertificationKind) => kind.replace(/-/g, ' ');
