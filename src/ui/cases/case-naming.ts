// A new case is named from its dispute once the first question is answered, and renamed when that answer changes,
// as long as the name is still one Olé gave it (a name the person chose is never touched).
import { FIRST_QUESTION_ID } from '../../domain/first-question.ts';
import type { AnswerValue, Question } from '../../domain/questions.ts';
import type { CaseRecord } from '../../storage/db.ts';
import { caseTitleAbout, defaultCaseTitle } from '../app/format.ts';

// "Something else" says nothing about the dispute: the case keeps its dated name.
const SAYS_NOTHING = new Set<AnswerValue>(['other']);

/** The case's new name for this answer, or undefined to leave the name alone. */
export function nameForAnswer(record: CaseRecord, question: Question, value: AnswerValue | null): string | undefined {
  if (question.id !== FIRST_QUESTION_ID) return undefined;
  const label = (v: AnswerValue | null | undefined) => question.choices.find((c) => c.value === v)?.label;
  const previous = label(record.answers[question.id]);
  const givenByOle =
    record.title === defaultCaseTitle(new Date(record.createdAt)) ||
    (previous !== undefined && record.title === caseTitleAbout(previous, record.createdAt));
  if (!givenByOle) return undefined;
  const next = value === null || SAYS_NOTHING.has(value) ? undefined : label(value);
  return next ? caseTitleAbout(next, record.createdAt) : defaultCaseTitle(new Date(record.createdAt));
}
