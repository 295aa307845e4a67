// The page's language: a signal read in JSX, so switching re-renders text without a reload. Each locale's texts are
// one chunk (src/ui/locales/<locale>/index.ts), loaded before the first paint and before a switch takes effect.
import { createRoot, createSignal } from 'solid-js';
import { isLocale, LOCALES, pickLocale, SOURCE_LOCALE, textDirection, type Locale } from '../../i18n/locale.ts';
import type { Catalogue, Messages } from '../../i18n/messages.ts';
import type { LocaleBundle } from '../locales/bundle.ts';

const STORAGE_KEY = 'ole.locale';

// One lazy chunk per locale directory; the source locale has none, its texts are the catalogues themselves.
const bundleLoaders = import.meta.glob<LocaleBundle>('../locales/*/index.ts', { import: 'default' });
const bundles = new Map<Locale, LocaleBundle>();

// Storage can be missing (tests without a DOM) or refuse access (some private modes): the browser's languages decide then.
function savedLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function initialLocale(): Locale {
  const saved = savedLocale();
  if (isLocale(saved)) return saved;
  const nav = globalThis.navigator;
  return pickLocale(nav?.languages ?? (nav?.language ? [nav.language] : []));
}

const [locale, setLocaleSignal] = createRoot(() => createSignal<Locale>(initialLocale()));
export { locale, LOCALES };

/** Fetches a locale's texts once; resolves false when they cannot be had (offline before they were cached). */
export async function loadLocale(next: Locale): Promise<boolean> {
  if (next === SOURCE_LOCALE || bundles.has(next)) return true;
  const load = bundleLoaders[`../locales/${next}/index.ts`];
  if (!load) return false;
  try {
    const bundle = await load();
    // Right to left, the Latin names and numbers inside a message keep their own order and brackets.
    const rtl = textDirection(next) === 'rtl';
    bundles.set(next, rtl ? (await import('../../i18n/bidi.ts')).isolateAll(bundle) : bundle);
    return true;
  } catch {
    return false;
  }
}

function applyToDocument(next: Locale): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = next;
  document.documentElement.dir = textDirection(next);
}

/** Before the first paint: the saved or browser language's texts, or English when they cannot load. */
export async function startLocale(): Promise<void> {
  const wanted = locale();
  if (!(await loadLocale(wanted))) setLocaleSignal(SOURCE_LOCALE);
  applyToDocument(locale());
}

function remember(next: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not remembered, but this page still switches
  }
}

function switchTo(next: Locale): void {
  applyToDocument(next);
  setLocaleSignal(next);
}

/**
 * Switches the interface language once its texts are here (at once if they are). The choice is remembered at once,
 * so a page opened before they arrive opens in it too.
 */
export function setLocale(next: Locale): Promise<boolean> {
  remember(next);
  if (next === SOURCE_LOCALE || bundles.has(next)) {
    switchTo(next);
    return Promise.resolve(true);
  }
  return loadLocale(next).then((ok) => {
    if (ok) switchTo(next);
    return ok;
  });
}

/** The current locale's messages of a catalogue; call it inside JSX or a memo so it follows a switch. */
export function t<T extends Messages>(catalogue: Catalogue<T>): T {
  const bundle = bundles.get(locale()) as Readonly<Record<string, T>> | undefined;
  return bundle?.[catalogue.id] ?? catalogue.en;
}
