// `npm run vocabulary:build`: writes src/domain/matching/vocabulary-data.json, the data the directory search reads
// the user's words with, for every locale of src/i18n/locale.ts. From maintained sources only:
// - CLDR 48 (npm cldr-*): names of UN M49 regions, other names of countries and languages (short and variant forms,
//   and each one's name in its own official languages), the cities that name time zones (exemplar cities);
// - the stopword package: each language's function words ("in", "de", "für");
// - the app's own texts: the filter labels (labels.messages.ts) and the rules pack's process names;
// - data/search/<locale>.json: everyday synonyms, filler words, process words, reviewed city names and articles
//   written on the word (Arabic "ال").
// `npm run vocabulary:build -- --check` fails when the committed file differs (a test does the same).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { foldText } from '../domain/matching/fold.ts';
import { REGIONS } from '../domain/matching/regions.ts';
import { COUNTRY_CODES, LANGUAGE_CODES } from '../domain/registry/iso-codes.ts';
import { LOCALES } from '../i18n/locale.ts';
import { labelMessages } from '../ui/directory/labels.messages.ts';
import { weighedLabelMessages } from '../ui/directory/weighed-labels.messages.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const VOCABULARY_DATA_PATH = join(ROOT, 'src/domain/matching/vocabulary-data.json');
const require = createRequire(import.meta.url);

type Json = Record<string, unknown>;
const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const versionOf = (name: string) => String(readJson(join(packageDir(name), 'package.json'))['version']);
const at = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), value);

/** What a translator files in data/search/<locale>.json. */
type SearchWords = {
  /** An article written on the word (Arabic "ال"): each word is also read without it. */
  readonly articles: readonly string[];
  readonly fillers: readonly string[];
  readonly synonyms: Readonly<Record<string, readonly string[]>>;
  readonly processes: Readonly<Record<string, readonly string[]>>;
  readonly places: Readonly<Record<string, string>>;
};

function searchWords(locale: string): SearchWords {
  const path = join(ROOT, `data/search/${locale}.json`);
  if (!existsSync(path)) throw new Error(`data/search/${locale}.json is missing: every locale needs its search words`);
  const raw = readJson(path);
  return {
    articles: (raw['articles'] as string[] | undefined) ?? [],
    fillers: (raw['fillers'] as string[] | undefined) ?? [],
    synonyms: (raw['synonyms'] as Record<string, string[]> | undefined) ?? {},
    processes: (raw['processes'] as Record<string, string[]> | undefined) ?? {},
    places: (raw['places'] as Record<string, string> | undefined) ?? {},
  };
}

/** A locale's texts of a label catalogue: beside English in it, or in a locale's own texts (src/ui/locales/). */
async function catalogueIn(
  catalogue: object,
  file: string,
  locale: string,
): Promise<Readonly<Record<string, unknown>>> {
  const inCatalogue = (catalogue as Record<string, Record<string, unknown> | undefined>)[locale];
  if (inCatalogue) return inCatalogue;
  const own = join(ROOT, `src/ui/locales/${locale}/${file}.ts`);
  if (existsSync(own)) return ((await import(pathToFileURL(own).href)) as { default: Record<string, unknown> }).default;
  throw new Error(`no ${file} texts for ${locale}`);
}
/** The filter labels, and the words for what users weigh (a professional background is typed: "engineer"). */
const labelsIn = (locale: string) => catalogueIn(labelMessages, 'label', locale);
const weighedIn = (locale: string) => catalogueIn(weighedLabelMessages, 'weighed-label', locale);

// CLDR's JSON, one locale at a time; a locale CLDR lacks gives nothing.
const localenames = packageDir('cldr-localenames-full');
const dates = packageDir('cldr-dates-full');
const cldrLocale = (code: string) => code.replace(/_/g, '-');
function cldrFile(dir: string, locale: string, file: string, ...path: string[]): Json {
  const full = join(dir, 'main', cldrLocale(locale), file);
  return existsSync(full) ? ((at(readJson(full), 'main', cldrLocale(locale), ...path) as Json | undefined) ?? {}) : {};
}
const territories = (l: string) => cldrFile(localenames, l, 'territories.json', 'localeDisplayNames', 'territories');
const languages = (l: string) => cldrFile(localenames, l, 'languages.json', 'localeDisplayNames', 'languages');
const zones = (l: string) => cldrFile(dates, l, 'timeZoneNames.json', 'dates', 'timeZoneNames', 'zone');

const territoryInfo = at(
  readJson(join(packageDir('cldr-core'), 'supplemental/territoryInfo.json')),
  'supplemental',
  'territoryInfo',
) as Record<string, { languagePopulation?: Record<string, { _officialStatus?: string }> }>;

/** A country's official languages (CLDR territoryInfo: official or de facto official), as CLDR locale ids. */
function officialLanguages(country: string): string[] {
  const population = territoryInfo[country]?.languagePopulation ?? {};
  return Object.entries(population)
    .filter(([, p]) => p._officialStatus === 'official' || p._officialStatus === 'de_facto_official')
    .map(([code]) => code);
}

/** Distinct by their folded form, first spelling kept, in code point order so the file is stable. */
function distinct(names: Iterable<string | undefined>, except: Iterable<string> = []): string[] {
  const seen = new Set([...except].map(foldText));
  const out: string[] = [];
  for (const name of names) {
    const trimmed = name?.trim();
    if (!trimmed || seen.has(foldText(trimmed))) continue;
    seen.add(foldText(trimmed));
    out.push(trimmed);
  }
  return out.sort();
}

const ALT = ['', '-alt-short', '-alt-variant'];

/** UN M49 regions in every locale, by locale: this Chromium's Intl.DisplayNames answers "150" with "150". */
export function regionNames(locales: readonly string[] = LOCALES): Record<string, Record<string, string[]>> {
  return Object.fromEntries(
    REGIONS.map((code) => [
      code,
      Object.fromEntries(locales.map((l) => [l, distinct(ALT.map((alt) => territories(l)[code + alt] as string))])),
    ]),
  );
}

/** A short name a search can use: "UK", not "R.-U." or "EE. UU." (read as letters) nor "RU" (Russia's code). */
const usableAlias = (name: string | undefined, own: string) =>
  name !== undefined && !name.includes('.') && !(COUNTRY_CODES.has(name.toUpperCase()) && name.toUpperCase() !== own);

/**
 * What Intl.DisplayNames does not give for a country: its short and variant names in the app's locales ("UK",
 * "Turkey", "Czech Republic") and its names in its own official languages ("Deutschland", "Ελλάδα"), which a
 * browser lacks when it ships only some locales (this Chromium has no Irish, Basque or Maltese).
 */
function countryNames(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const code of [...COUNTRY_CODES].sort()) {
    const standard = LOCALES.map((l) => territories(l)[code] as string | undefined).filter((n) => n !== undefined);
    const names = distinct(
      [
        ...LOCALES.flatMap((l) =>
          ALT.slice(1)
            .map((alt) => territories(l)[code + alt] as string | undefined)
            .filter((n) => usableAlias(n, code)),
        ),
        ...officialLanguages(code).map((l) => territories(l)[code] as string | undefined),
      ],
      standard,
    );
    if (names.length) out[code] = names;
  }
  return out;
}

/** A language's name in itself ("Deutsch", "español", "Ελληνικά") and its other names in the app's locales. */
function languageNames(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const code of [...LANGUAGE_CODES].sort()) {
    const standard = LOCALES.map((l) => languages(l)[code] as string | undefined).filter((n) => n !== undefined);
    const names = distinct(
      [
        languages(code)[code] as string | undefined,
        ...LOCALES.flatMap((l) => ALT.slice(1).map((alt) => languages(l)[code + alt] as string | undefined)),
      ],
      standard,
    );
    if (names.length) out[code] = names;
  }
  return out;
}

/** Time zones by country: CLDR's BCP 47 zone keys start with the country ("grath" is Athens, Greece). */
function zonesByCountry(): Map<string, string[]> {
  const keys = at(readJson(join(packageDir('cldr-bcp47'), 'bcp47/timezone.json')), 'keyword', 'u', 'tz') as Record<
    string,
    { _alias?: string; _description?: string } | string
  >;
  const english = territories('en');
  const byCountry = new Map<string, string[]>();
  for (const [key, value] of Object.entries(keys)) {
    if (typeof value !== 'object' || !value._alias || !value._description) continue;
    const country = key.slice(0, 2).toUpperCase();
    if (!COUNTRY_CODES.has(country)) continue;
    // The description names the country ("Athens, Greece", or "Andorra"): a key like "jeruslm" is not Jersey's.
    const named = value._description.split(', ').pop();
    if (!ALT.some((alt) => english[country + alt] === named)) continue;
    byCountry.set(country, [...(byCountry.get(country) ?? []), value._alias.split(' ')[0]!]);
  }
  return byCountry;
}

/**
 * One list per city: the country, then every name of it. From CLDR's exemplar cities (in the app's locales and
 * the country's official languages) and data/search/<locale>.json for cities CLDR does not name; a city named
 * in both is one list.
 */
function placeNames(words: ReadonlyMap<string, SearchWords>): string[][] {
  const groups: { country: string; names: Set<string> }[] = [];
  const byZone = zonesByCountry();
  for (const [country, ids] of [...byZone].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const locales = [...new Set([...LOCALES, ...officialLanguages(country)])];
    for (const id of ids) {
      const names = new Set([id.split('/').pop()!.replace(/_/g, ' ')]);
      for (const l of locales) {
        const city = at(zones(l), ...id.split('/'), 'exemplarCity');
        if (typeof city === 'string') names.add(city);
      }
      groups.push({ country, names });
    }
  }
  for (const [l, w] of words) {
    for (const [key, name] of Object.entries(w.places)) {
      const [country, ...rest] = key.split(' ');
      if (!country || !rest.length) throw new Error(`data/search/${l}.json: place "${key}" needs "<country> <city>"`);
      groups.push({ country, names: new Set([rest.join(' '), name]) });
    }
  }
  // Lists of one country that share a name are one city ("Athína" with "Athens" and CLDR's Athens).
  const merged: { country: string; names: Set<string> }[] = [];
  for (const group of groups) {
    const folded = new Set([...group.names].map(foldText));
    const same = merged.filter((m) => m.country === group.country && [...m.names].some((n) => folded.has(foldText(n))));
    const target = same[0] ?? { country: group.country, names: new Set<string>() };
    if (!same.length) merged.push(target);
    for (const m of same.slice(1)) {
      for (const n of m.names) target.names.add(n);
      merged.splice(merged.indexOf(m), 1);
    }
    for (const n of group.names) target.names.add(n);
  }
  return merged
    .map((m) => [m.country, ...distinct(m.names)])
    .filter((g) => g.length > 2)
    .sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1));
}

/** Each locale's function words, from the stopword package (keyed by ISO 639-3, found through CLDR's aliases). */
export function functionWords(locales: readonly string[] = LOCALES): string[] {
  const lists = require('stopword') as Record<string, unknown>;
  const aliases = at(
    readJson(join(packageDir('cldr-core'), 'supplemental/aliases.json')),
    'supplemental',
    'metadata',
    'alias',
    'languageAlias',
  ) as Record<string, { _reason?: string; _replacement?: string }>;
  return distinct(
    locales.flatMap((locale) => {
      const long = Object.keys(aliases).find(
        (k) => aliases[k]!._reason === 'overlong' && aliases[k]!._replacement === locale,
      );
      const list = long ? lists[long] : undefined;
      if (!Array.isArray(list)) throw new Error(`the stopword package has no list for ${locale} (${long})`);
      return (list as string[]).filter((w) => foldText(w).length >= 1 && !/[\s\d.,]/.test(w));
    }),
  );
}

/** Label keys ("area.family") become facet keys ("area:family"); regions are countries' values ("country:150"). */
const FACET_OF: Record<string, string> = {
  area: 'area',
  cert: 'cert',
  style: 'style',
  format: 'format',
  region: 'country',
  mentor: 'mentor',
  background: 'background',
};
const facetKey = (labelKey: string) => {
  const [kind, ...code] = labelKey.split('.');
  const facet = FACET_OF[kind ?? ''];
  return facet ? `${facet}:${code.join('.')}` : undefined;
};

/** The filter labels in every locale and the everyday synonyms, per facet value. */
async function facetWords(words: ReadonlyMap<string, SearchWords>): Promise<Record<string, string[]>> {
  const out = new Map<string, string[]>();
  const add = (labelKey: string, list: readonly unknown[]) => {
    const key = facetKey(labelKey);
    if (key) out.set(key, [...(out.get(key) ?? []), ...list.filter((w): w is string => typeof w === 'string')]);
  };
  for (const locale of LOCALES) {
    const labels = await labelsIn(locale);
    for (const labelKey of Object.keys(labelMessages.en)) add(labelKey, [labels[labelKey]]);
    const weighed = await weighedIn(locale);
    for (const labelKey of Object.keys(weighedLabelMessages.en))
      if (labelKey.startsWith('background.')) add(labelKey, [weighed[labelKey]]);
    for (const [labelKey, list] of Object.entries(words.get(locale)!.synonyms)) {
      if (!facetKey(labelKey)) throw new Error(`data/search/${locale}.json: synonyms for unknown "${labelKey}"`);
      add(labelKey, list);
    }
  }
  return Object.fromEntries([...out].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, distinct(v)]));
}

const split = (text: string) =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Words that name a process the directory does not list (arbitration, court): the single-word process names of
 * the rules pack in every locale ("Arbitraje", "Tribunal") and data/search's process words. Mediation is what the
 * directory holds, so its options name none; a word that is a filter label or a filler is not a process word.
 */
function processWords(
  words: ReadonlyMap<string, SearchWords>,
  facet: Record<string, string[]>,
  soft: ReadonlySet<string>,
  articles: readonly string[],
): Record<string, string[]> {
  const options = readJson(join(ROOT, 'data/rules/options.json')) as Record<string, { name: string }>;
  const taken = new Set(Object.values(facet).flatMap((list) => list.flatMap(split)));
  // A word is taken or soft with or without its article ("المنازعات" is the filler "منازعات").
  const bare = (w: string) => articles.map(foldText).find((a) => w.startsWith(a) && w.length - a.length >= 2);
  const is = (set: ReadonlySet<string>, w: string) => set.has(w) || set.has(w.slice(bare(w)?.length ?? 0));
  // A word names the first option that uses it alone ("التحكيم" is arbitration, not med-arb's last word).
  const claimed = new Set<string>();
  const out: Record<string, string[]> = {};
  for (const id of Object.keys(options).sort()) {
    if (id.includes('mediation')) continue;
    const names = LOCALES.map((l) => {
      if (l === 'en') return options[id]!.name;
      const overlay = join(ROOT, `data/i18n/${l}/rules.json`);
      return existsSync(overlay) ? (readJson(overlay)[`options/${id}/name`] as string | undefined) : undefined;
    });
    const single = names.flatMap((name) =>
      (name ?? '').split(/[()]/).flatMap((part) => {
        const meaningful = split(part).filter((w) => !is(soft, w) && !is(taken, w));
        return meaningful.length === 1 ? meaningful : [];
      }),
    );
    const extra = LOCALES.flatMap((l) => words.get(l)!.processes[id] ?? []);
    const list = distinct([...single, ...extra]).filter((w) => !is(taken, foldText(w)) && !claimed.has(foldText(w)));
    for (const w of list) claimed.add(foldText(w));
    if (list.length) out[id] = list;
  }
  for (const [l, w] of words)
    for (const id of Object.keys(w.processes))
      if (!options[id]) throw new Error(`data/search/${l}.json: process words for unknown option "${id}"`);
  return out;
}

/** One entry a line, so a change reads as a diff of the names it touches. */
function serialize(data: Record<string, unknown>): string {
  const entries = Object.entries(data).map(([key, value]) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = Object.entries(value).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
      return `  ${JSON.stringify(key)}: {\n${inner.join(',\n')}\n  }`;
    }
    if (Array.isArray(value) && value.every(Array.isArray))
      return `  ${JSON.stringify(key)}: [\n${value.map((v) => `    ${JSON.stringify(v)}`).join(',\n')}\n  ]`;
    return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

/** The file's text: the same inputs always give the same bytes. */
export async function buildVocabularyData(): Promise<string> {
  const words = new Map(LOCALES.map((l) => [l as string, searchWords(l)]));
  const facet = await facetWords(words);
  const fillers = distinct(LOCALES.flatMap((l) => words.get(l)!.fillers));
  const functions = functionWords();
  const soft = new Set([...fillers, ...functions].map(foldText));
  const places = placeNames(words);
  const articles = distinct(LOCALES.flatMap((l) => words.get(l)!.articles));
  const body = {
    locales: [...LOCALES],
    sources: [
      ...['cldr-localenames-full', 'cldr-dates-full', 'cldr-core', 'cldr-bcp47', 'stopword'].map(
        (p) => `${p} ${versionOf(p)}`,
      ),
      'src/ui/directory/labels.messages.ts',
      'data/rules/options.json and data/i18n/*/rules.json',
      'data/search/*.json',
    ],
    words: facet,
    regions: regionNames(),
    countries: countryNames(),
    languages: languageNames(),
    places,
    articles,
    fillers,
    functionWords: functions,
    processes: processWords(words, facet, soft, articles),
  };
  const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
  return serialize({
    about: 'Generated by src/cli/vocabulary-build.ts: do not edit.',
    version: hash(body),
    placesVersion: hash({ places, articles }),
    ...body,
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await buildVocabularyData();
  if (process.argv.includes('--check')) {
    const same = existsSync(VOCABULARY_DATA_PATH) && readFileSync(VOCABULARY_DATA_PATH, 'utf8') === text;
    if (!same) {
      console.error(
        'vocabulary-build: src/domain/matching/vocabulary-data.json is out of date: npm run vocabulary:build',
      );
      process.exit(1);
    }
  } else {
    writeFileSync(VOCABULARY_DATA_PATH, text);
    console.log(`vocabulary-build: wrote ${VOCABULARY_DATA_PATH} (${(text.length / 1024).toFixed(0)} KiB)`);
  }
}
