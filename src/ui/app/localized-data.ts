// The rules pack and questionnaire in the interface's language; English until a locale's overlay has loaded.
import { createSignal } from 'solid-js';
import type { TextMap } from '../../domain/i18n/data-texts.ts';
import { englishData, localizeData, type LocalizedData } from '../../domain/i18n/localized-data.ts';
import { isolateAll } from '../../i18n/bidi.ts';
import { SOURCE_LOCALE, textDirection, type Locale } from '../../i18n/locale.ts';
import { locale } from './i18n.ts';

// One lazy chunk per locale and file: data/i18n/<locale>/rules.json, questions.json and costs.json.
const overlayFiles = import.meta.glob<TextMap>('../../../data/i18n/*/{rules,questions,costs}.json', {
  import: 'default',
});

/** A locale's pack and questionnaire; English for the source locale or a locale without overlays. */
export async function loadLocalizedData(wanted: Locale): Promise<LocalizedData> {
  const rules = overlayFiles[`../../../data/i18n/${wanted}/rules.json`];
  const questions = overlayFiles[`../../../data/i18n/${wanted}/questions.json`];
  const costs = overlayFiles[`../../../data/i18n/${wanted}/costs.json`];
  if (wanted === SOURCE_LOCALE || !rules || !questions || !costs) return englishData;
  const [rulesTexts, questionTexts, costTexts] = await Promise.all([rules(), questions(), costs()]);
  const rtl = textDirection(wanted) === 'rtl';
  return localizeData({
    rules: rtl ? isolateAll(rulesTexts) : rulesTexts,
    questions: rtl ? isolateAll(questionTexts) : questionTexts,
    costs: rtl ? isolateAll(costTexts) : costTexts,
  });
}

const loaded = new Map<Locale, LocalizedData>([[SOURCE_LOCALE, englishData]]);
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
