// How a code is shown and how a level is said in words.
import type { FactorId, FactorValue } from '../../domain/factors.ts';
import { choiceLabel, questionForFactor, type Questionnaire } from '../../domain/questions.ts';

/** "AbCd EfGh …": groups of four are easier to read aloud and to check than twenty letters in a row. */
export function groupCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

/** A factor's value in the words of its question's choice, e.g. "Very important"; undefined when there is no such choice. */
export function valueWords(
  questionnaire: Questionnaire,
  factor: FactorId,
  value: FactorValue | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  const question = questionForFactor(questionnaire, factor);
  return question ? choiceLabel(question, value) : undefined;
}
