// A flipped answer, as it travels in a URL fragment: "#flip=q.relationship:0" (a question id and a choice value only).
import type { AnswerValue, Answers, Questionnaire } from '../questions.ts';

export type Flip = { readonly questionId: string; readonly value: AnswerValue };

/** The flip named by a fragment, if the question exists and the value is one of its choices; anything else is ignored. */
export function parseFlip(fragment: string, questionnaire: Questionnaire): Flip | undefined {
  const match = /(?:^|[#&])flip=([^&]*)/.exec(fragment);
  if (!match) return undefined;
  let raw: string;
  try {
    raw = decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
  const colon = raw.lastIndexOf(':');
  if (colon < 1) return undefined;
  const question = questionnaire.questions.find((q) => q.id === raw.slice(0, colon));
  const choice = question?.choices.find((c) => String(c.value) === raw.slice(colon + 1));
  return question && choice ? { questionId: question.id, value: choice.value } : undefined;
}

export function flipFragment(flip: Flip | undefined): string {
  return flip ? `#flip=${encodeURIComponent(`${flip.questionId}:${String(flip.value)}`)}` : '';
}

export function applyFlip(answers: Answers, flip: Flip | undefined): Answers {
  return flip ? { ...answers, [flip.questionId]: flip.value } : answers;
}
