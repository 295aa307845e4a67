// The page's language: a signal read in JSX, so switching re-renders text without a reload.
import { createRoot, createSignal } from 'solid-js';
import { isLocale, LOCALES, pickLocale, textDirection, type Locale } from '../../i18n/locale.ts';
import type { Catalogue, Messages } from '../../i18n/messages.ts';

const STORAGE_KEY = 'ole.locale';

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

function applyToDocument(next: Locale): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = next;
  document.documentElement.dir = textDirection(next);
}
applyToDocument(locale());

/** Switches the interface language and remembers the choice on this device. */
export function setLocale(next: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not remembered, but this page still switches
  }
  applyToDocument(next);
  setLocaleSignal(next);
}

/** The current locale's messages of a catalogue; call it inside JSX or a memo so it follows a switch. */
export function t<T extends Messages>(catalogue: Catalogue<T>): T {
  return catalogue[locale()];
}
