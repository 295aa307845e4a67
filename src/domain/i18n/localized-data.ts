// The rules pack and questionnaire in one locale: English from data/, other languages as overlays from
// data/i18n/<locale>/, each loaded only when that locale is asked for and validated like the source.
import rawQuestions from '../../../data/questions.json' with { type: 'json' };
import type { Locale } from '../../i18n/locale.ts';
import { assembleDefaultPack, defaultRules } from '../default-rules.ts';
import { defaultQuestionnaire } from '../default-questionnaire.ts';
import { parseQuestionnaire, type Questionnaire } from '../questions.ts';
import { parseRulesPack, type RulesPack } from '../rules-pack.ts';
import { applyTexts, QUESTIONNAIRE_TEXTS, RULES_TEXTS, type TextMap } from './data-texts.ts';

export type DataOverlays = { readonly rules: TextMap; readonly questions: TextMap };

async function loadOverlays(locale: Exclude<Locale, 'en'>): Promise<DataOverlays> {
  const [rules, questions] =
    locale === 'fr'
      ? await Promise.all([
          import('../../../data/i18n/fr/rules.json', { with: { type: 'json' } }),
          import('../../../data/i18n/fr/questions.json', { with: { type: 'json' } }),
        ])
      : await Promise.all([
          import('../../../data/i18n/es/rules.json', { with: { type: 'json' } }),
          import('../../../data/i18n/es/questions.json', { with: { type: 'json' } }),
        ]);
  return { rules: rules.default, questions: questions.default };
}

/** The rules pack with a locale's texts, checked by the same parser as the English one. */
export function localizeRules(overlay: TextMap): RulesPack {
  const result = parseRulesPack(applyTexts(assembleDefaultPack(), overlay, RULES_TEXTS));
  if (!result.ok) throw new Error(`translated rules pack is invalid:\n${result.problems.join('\n')}`);
  return result.rules;
}

export function localizeQuestionnaire(overlay: TextMap): Questionnaire {
  return parseQuestionnaire(applyTexts(rawQuestions, overlay, QUESTIONNAIRE_TEXTS));
}

export type LocalizedData = { readonly rules: RulesPack; readonly questionnaire: Questionnaire };

export const englishData: LocalizedData = { rules: defaultRules, questionnaire: defaultQuestionnaire };

export async function loadLocalizedData(locale: Locale): Promise<LocalizedData> {
  if (locale === 'en') return englishData;
  const overlays = await loadOverlays(locale);
  return { rules: localizeRules(overlays.rules), questionnaire: localizeQuestionnaire(overlays.questions) };
}
