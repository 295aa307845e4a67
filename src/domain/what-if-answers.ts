// A what-if is a copy of the stored answers with some tried instead: what differs, and how to try one more.
import type { AnswerValue, Answers } from './questions.ts';

/** One answer a what-if changes: what is stored, and what is tried instead (undefined: never answered). */
export type TriedAnswer = {
  readonly questionId: string;
  readonly stored: AnswerValue | null | undefined;
  readonly tried: AnswerValue | null | undefined;
};

const storedValue = (answers: Answers, id: string) => (Object.hasOwn(answers, id) ? answers[id] : undefined);

/** The answers `tried` changes against `stored`, in the order they were first tried. */
export function triedAnswers(stored: Answers, tried: Answers): TriedAnswer[] {
  const ids = [...new Set([...Object.keys(tried), ...Object.keys(stored)])];
  return ids
    .map((questionId) => ({
      questionId,
      stored: storedValue(stored, questionId),
      tried: storedValue(tried, questionId),
    }))
    .filter((change) => (change.stored ?? null) !== (change.tried ?? null));
}

/** `answers` with one more answer tried; trying the stored answer again takes it out of the what-if. */
export function withTried(answers: Answers, questionId: string, value: AnswerValue | null): Answers {
  return { ...answers, [questionId]: value };
}
