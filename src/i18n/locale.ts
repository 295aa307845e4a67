// The interface languages, as data: adding one is adding its files (see data/README.md) and one line here.
// Pure, so domain code and Node tools can name a locale too; numbers and dates follow the code through Intl.

type LocaleEntry = {
  readonly code: string;
  /** The language's name in itself, as the language switch shows it. */
  readonly name: string;
  readonly direction: 'ltr' | 'rtl';
  /** The digits numbers are written and read in, when not the language's default (Unicode `nu` key). */
  readonly digits?: string;
  /** Nouns keep their capital inside a sentence (German): a label set into a sentence is not lower-cased. */
  readonly capitalisedNouns?: boolean;
};

export const LOCALE_LIST = [
  { code: 'en', name: 'English', direction: 'ltr' },
  { code: 'fr', name: 'Français', direction: 'ltr' },
  { code: 'es', name: 'Español', direction: 'ltr' },
  { code: 'de', name: 'Deutsch', direction: 'ltr', capitalisedNouns: true },
  // Western digits, as the rules of Arab arbitration centres and the figures Olé cites write them.
  { code: 'ar', name: 'العربية', direction: 'rtl', digits: 'latn' },
] as const satisfies readonly LocaleEntry[];

export type Locale = (typeof LOCALE_LIST)[number]['code'];
export const LOCALES: readonly Locale[] = LOCALE_LIST.map((entry) => entry.code);
/** The source language: its texts live beside the code and stand in for a text another locale lacks at runtime. */
export const SOURCE_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A label as it reads inside a sentence: "Family" becomes "family" in English, "Familiensachen" stays in German. */
export function inSentence(locale: Locale, label: string): string {
  const entry: LocaleEntry | undefined = LOCALE_LIST.find((e) => e.code === locale);
  return entry?.capitalisedNouns ? label : label.toLocaleLowerCase(locale);
}

export function localeName(locale: Locale): string {
  return LOCALE_LIST.find((entry) => entry.code === locale)?.name ?? locale;
}

/** The first of the browser's languages we speak ("fr-CA" counts as French), else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return SOURCE_LOCALE;
}

/** How a locale of the list is written; a tag we do not speak is left to right like the English it falls back to. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const base = locale.toLowerCase().split('-')[0];
  return LOCALE_LIST.find((entry) => entry.code === base)?.direction ?? 'ltr';
}

/** The interface language with the browser's region ("es" and "de-DE" give "es-DE"): how numbers are written and read. */
export function withRegion(locale: Locale, browserLanguage: string | undefined): string {
  const entry: LocaleEntry | undefined = LOCALE_LIST.find((e) => e.code === locale);
  const digits = entry?.digits ? `-u-nu-${entry.digits}` : '';
  try {
    const region = browserLanguage ? new Intl.Locale(browserLanguage).region : undefined;
    return `${region ? `${locale}-${region}` : locale}${digits}`;
  } catch {
    return `${locale}${digits}`; // not a language tag: the language alone
  }
}
