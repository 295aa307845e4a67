// Where the factors sit in a case file: the one place to change when the saved-case shape changes.
import { defaultQuestionnaire } from '../domain/default-questionnaire.ts';
import { answersToProfile, type Answers } from '../domain/questions.ts';
import { isRecord } from '../domain/validate.ts';

/** Answers of a saved or exported case (question id → value, null for "not sure"), checked against the questionnaire. */
function factorsFromAnswers(answers: unknown): { ok: true; factors: unknown } | { ok: false; message: string } {
  if (!isRecord(answers)) return { ok: false, message: 'answers must be an object of question id: value' };
  for (const [id, value] of Object.entries(answers)) {
    const question = defaultQuestionnaire.questions.find((q) => q.id === id);
    if (!question) return { ok: false, message: `unknown question id "${id}" in answers` };
    if (value !== null && !question.choices.some((c) => c.value === value)) {
      return {
        ok: false,
        message: `answers.${id} is ${JSON.stringify(value)}; expected one of ${question.choices.map((c) => JSON.stringify(c.value)).join(', ')} or null`,
      };
    }
  }
  return { ok: true, factors: answersToProfile(defaultQuestionnaire, answers as Answers) };
}

/** Returns the raw factors object of a case file, or a message saying what the file lacks. */
export function caseFactors(json: unknown): { ok: true; factors: unknown } | { ok: false; message: string } {
  const body = isRecord(json) && isRecord(json['case']) ? json['case'] : json;
  if (isRecord(body) && 'factors' in body) return { ok: true, factors: body['factors'] };
  if (isRecord(body) && 'answers' in body) return factorsFromAnswers(body['answers']);
  return { ok: false, message: 'expected {"factors": {...}}, {"answers": {...}} or either inside {"case": ...}' };
}
