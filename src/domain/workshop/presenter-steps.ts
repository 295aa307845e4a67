// The presenter's slides in order: the story, each prepared answer on its own (with the room's show of hands), the
// ranking, a flipped answer, then the room's ranking beside the case's.
import { visibleQuestions, type Questionnaire } from '../questions.ts';
import type { Scenario } from './scenario.ts';

export type PresenterStep =
  | { readonly kind: 'narrative' }
  | { readonly kind: 'answer'; readonly questionId: string; readonly number: number; readonly of: number }
  | { readonly kind: 'ranking' }
  | { readonly kind: 'flip' }
  | { readonly kind: 'room' };

/** The prepared answers in the questionnaire's order, only those a person would have been asked. */
export function preparedQuestions(scenario: Scenario, questionnaire: Questionnaire) {
  return visibleQuestions(questionnaire, scenario.answers).filter((q) => scenario.answers[q.id] !== undefined);
}

export function presenterSteps(scenario: Scenario, questionnaire: Questionnaire): PresenterStep[] {
  const questions = preparedQuestions(scenario, questionnaire);
  return [
    { kind: 'narrative' },
    ...questions.map(
      (q, i): PresenterStep => ({ kind: 'answer', questionId: q.id, number: i + 1, of: questions.length }),
    ),
    { kind: 'ranking' },
    { kind: 'flip' },
    { kind: 'room' },
  ];
}

/** Index of the first step of a kind (the ranking, the flip and the room are always there). */
export function stepIndex(steps: readonly PresenterStep[], kind: PresenterStep['kind']): number {
  return steps.findIndex((s) => s.kind === kind);
}
