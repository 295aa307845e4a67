// Every catalogue and every locale's translations, loaded at once, for tests that read texts in all languages.
import { LOCALES, SOURCE_LOCALE, type Locale } from '../../src/i18n/locale.ts';
import type { Catalogue, Messages } from '../../src/i18n/messages.ts';
import type { LocaleBundle } from '../../src/ui/locales/bundle.ts';

const modules = import.meta.glob<Record<string, unknown>>('../../src/**/*.messages.ts', { eager: true });
const bundleFiles = import.meta.glob<LocaleBundle>('../../src/ui/locales/*/index.ts', {
  import: 'default',
  eager: true,
});

function isCatalogue(value: unknown): value is Catalogue<Messages> {
  const candidate = value as Partial<Catalogue<Messages>> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.id === 'string' && !!candidate.en;
}

export const catalogues = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isCatalogue(value))
    .map(([name, value]) => ({
      name: `${file.replace('../../', '')}#${name}`,
      catalogue: value as Catalogue<Messages>,
    })),
);

/** The locales that have a bundle directory, by code. */
export const bundles = new Map<string, Readonly<Record<string, Messages>>>(
  Object.entries(bundleFiles).map(([file, bundle]) => [file.split('/').at(-2)!, bundle as Record<string, Messages>]),
);

/** A catalogue's messages in a locale, exactly as translated (undefined when the locale lacks the catalogue). */
export function messagesIn<T extends Messages>(catalogue: Catalogue<T>, locale: Locale): T {
  if (locale === SOURCE_LOCALE) return catalogue.en;
  return bundles.get(locale)?.[catalogue.id] as T;
}

export const TRANSLATED_LOCALES = LOCALES.filter((l) => l !== SOURCE_LOCALE);
