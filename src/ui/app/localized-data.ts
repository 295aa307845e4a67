// The rules pack and questionnaire in the interface's language; English until a locale's overlay has loaded.
import { createSignal } from 'solid-js';
import type { Locale } from '../../i18n/locale.ts';
import { englishData, loadLocalizedData, type LocalizedData } from '../../domain/i18n/localized-data.ts';
import { locale } from './i18n.ts';

const loaded = new Map<Locale, LocalizedData>([['en', englishData]]);
const loading = new Set<Locale>();
const [arrivals, setArrivals] = createSignal(0);

/** Read in a memo or JSX: it follows a language switch, and re-runs once the locale's texts arrive. */
export function localizedData(): LocalizedData {
  arrivals();
  const current = locale();
  const hit = loaded.get(current);
  if (hit) return hit;
  if (!loading.has(current)) {
    loading.add(current);
    void loadLocalizedData(current)
      .then((data) => {
        loaded.set(current, data);
        setArrivals((n) => n + 1);
      })
      .catch(() => undefined) // offline before this language's texts were cached: English stays
      .finally(() => loading.delete(current));
  }
  return englishData;
}
