// The scenarios with their texts in every interface language: a trainer switches language mid-workshop, offline.
import { buildScenarioLibrary } from '../../domain/workshop/scenario-library.ts';
import type { Scenario, ScenarioTranslations } from '../../domain/workshop/scenario.ts';
import { isolateAll } from '../../i18n/bidi.ts';
import { isLocale, textDirection } from '../../i18n/locale.ts';

const files = import.meta.glob<unknown>('../../../data/i18n/*/scenarios.json', { eager: true, import: 'default' });
// Only the locales the app speaks: a directory being translated is left out until its locale joins the list.
const translations: ScenarioTranslations = Object.fromEntries(
  Object.entries(files)
    .map(([path, texts]) => [path.split('/').at(-2)!, texts] as const)
    .filter(([locale]) => isLocale(locale))
    .map(([locale, texts]) => [locale, textDirection(locale) === 'rtl' ? isolateAll(texts) : texts]),
);

export const scenarioLibrary: readonly Scenario[] = buildScenarioLibrary(translations);

export function findScenario(id: string): Scenario | undefined {
  return scenarioLibrary.find((s) => s.id === id);
}
