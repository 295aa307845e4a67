// The interface languages; pure, so domain code and Node tools can name a locale too.
export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's languages we speak ("fr-CA" counts as French), else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** Right-to-left scripts; none of our languages yet, but the layout follows `dir` so one can be added. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return ['ar', 'fa', 'he', 'ur'].includes(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** The interface language with the browser's region ("es" and "de-DE" give "es-DE"): how numbers are written and read. */
export function withRegion(locale: Locale, browserLanguage: string | undefined): string {
  try {
    const region = browserLanguage ? new Intl.Locale(browserLanguage).region : undefined;
    return region ? `${locale}-${region}` : locale;
  } catch {
    return locale; // not a language tag: the language alone
  }
}
