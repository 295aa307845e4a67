// The rules pack and questionnaire in one locale: English from data/, other languages as overlays from
// data/i18n/<locale>/ (the page loads a locale's files when it is asked for), validated like the source.
import rawQuestions from '../../../data/questions.json' with { type: 'json' };
import { checkedCostTables, defaultCosts, rawCostTables } from '../costs/default-costs.ts';
import type { CostTables } from '../costs/types.ts';
import { assembleDefaultPack, defaultRules } from '../default-rules.ts';
import { defaultQuestionnaire } from '../default-questionnaire.ts';
import { parseQuestionnaire, type Questionnaire } from '../questions.ts';
import { parseRulesPack, type RulesPack } from '../rules-pack.ts';
import { applyTexts, COSTS_TEXTS, QUESTIONNAIRE_TEXTS, RULES_TEXTS, type TextMap } from './data-texts.ts';

export type DataOverlays = { readonly rules: TextMap; readonly questions: TextMap; readonly costs: TextMap };

/** The rules pack with a locale's texts, checked by the same parser as the English one. */
export function localizeRules(overlay: TextMap): RulesPack {
  const result = parseRulesPack(applyTexts(assembleDefaultPack(), overlay, RULES_TEXTS));
  if (!result.ok) throw new Error(`translated rules pack is invalid:\n${result.problems.join('\n')}`);
  return result.rules;
}

export function localizeQuestionnaire(overlay: TextMap): Questionnaire {
  return parseQuestionnaire(applyTexts(rawQuestions, overlay, QUESTIONNAIRE_TEXTS));
}

/** The cost tables with a locale's populations, citations and scale names; the figures are the same. */
export function localizeCosts(overlay: TextMap): CostTables {
  return checkedCostTables(applyTexts(rawCostTables, overlay, COSTS_TEXTS));
}

export type LocalizedData = {
  readonly rules: RulesPack;
  readonly questionnaire: Questionnaire;
  readonly costs: CostTables;
};

export const englishData: LocalizedData = {
  rules: defaultRules,
  questionnaire: defaultQuestionnaire,
  costs: defaultCosts,
};

/** A locale's pack, questionnaire and cost tables from its overlays; an invalid translation throws, as English would. */
export function localizeData(overlays: DataOverlays): LocalizedData {
  return {
    rules: localizeRules(overlays.rules),
    questionnaire: localizeQuestionnaire(overlays.questions),
    costs: localizeCosts(overlays.costs),
  };
}
