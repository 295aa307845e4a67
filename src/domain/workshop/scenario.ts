// A workshop scenario: a fictional case with its story in every interface language and a prepared answer set.
import { LOCALES, type Locale } from '../../i18n/locale.ts';
import { isShown, type AnswerValue, type Answers, type Questionnaire } from '../questions.ts';
import type { Flip } from './flip.ts';

export const WORKSHOP_AREAS = [
  'commercial',
  'construction',
  'employment',
  'family',
  'consumer',
  'cross-border',
  'investor-state',
  'intellectual-property',
  'community',
  'real-estate',
  'inheritance',
  'corporate',
  'professional-negligence',
  'public',
] as const;
export type WorkshopArea = (typeof WORKSHOP_AREAS)[number];

export type LocalText = Readonly<Record<Locale, string>>;

export type Scenario = {
  readonly id: string;
  readonly area: WorkshopArea;
  readonly title: LocalText;
  readonly narrative: LocalText;
  readonly teachingPoints: readonly LocalText[];
  /** For the trainer's eyes only (the notes view): misconceptions to expect, the literature behind the points. */
  readonly speakerNotes: readonly LocalText[];
  readonly answers: Answers;
  /** The answer a trainer is invited to flip first. */
  readonly suggestedFlip: Flip;
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function localText(value: unknown, where: string, problems: string[]): LocalText {
  const out = {} as Record<Locale, string>;
  if (!isRecord(value)) {
    problems.push(`${where}: expected a text per language (${LOCALES.join(', ')})`);
    return out;
  }
  for (const locale of LOCALES) {
    const text = value[locale];
    if (typeof text !== 'string' || text.trim() === '') problems.push(`${where}.${locale}: missing translation`);
    else out[locale] = text;
  }
  for (const key of Object.keys(value))
    if (!(LOCALES as readonly string[]).includes(key)) problems.push(`${where}.${key}: not a language of the app`);
  return out;
}

/** Checks a scenario against the questionnaire: every question id known, every value one of its choices, every answered question shown. */
export function parseScenario(
  raw: unknown,
  questionnaire: Questionnaire,
): { ok: true; scenario: Scenario } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(raw)) return { ok: false, problems: ['a scenario must be an object'] };
  const id = typeof raw['id'] === 'string' && ID.test(raw['id']) ? raw['id'] : '';
  if (!id) problems.push(`id: expected lower-case words joined by "-", got ${JSON.stringify(raw['id'])}`);
  const where = (path: string) => `${id || '?'}.${path}`;
  if (!(WORKSHOP_AREAS as readonly unknown[]).includes(raw['area']))
    problems.push(`${where('area')}: unknown area ${JSON.stringify(raw['area'])}`);
  if (raw['fictional'] !== true) problems.push(`${where('fictional')}: every scenario must be marked fictional: true`);
  const title = localText(raw['title'], where('title'), problems);
  const narrative = localText(raw['narrative'], where('narrative'), problems);
  const points = Array.isArray(raw['teachingPoints']) ? raw['teachingPoints'] : [];
  if (points.length === 0) problems.push(`${where('teachingPoints')}: at least one`);
  const teachingPoints = points.map((p, i) => localText(p, where(`teachingPoints.${i}`), problems));
  if (raw['speakerNotes'] !== undefined && !Array.isArray(raw['speakerNotes']))
    problems.push(`${where('speakerNotes')}: expected a list of texts`);
  const notes = Array.isArray(raw['speakerNotes']) ? raw['speakerNotes'] : [];
  const speakerNotes = notes.map((n, i) => localText(n, where(`speakerNotes.${i}`), problems));

  const answers: Record<string, AnswerValue | null> = {};
  if (!isRecord(raw['answers'])) problems.push(`${where('answers')}: expected question id: value`);
  else
    for (const [questionId, value] of Object.entries(raw['answers'])) {
      const question = questionnaire.questions.find((q) => q.id === questionId);
      if (!question) problems.push(`${where(`answers.${questionId}`)}: unknown question id`);
      else if (value !== null && !question.choices.some((c) => c.value === value))
        problems.push(`${where(`answers.${questionId}`)}: ${JSON.stringify(value)} is not one of its choices`);
      else answers[questionId] = value as AnswerValue | null;
    }
  for (const question of questionnaire.questions)
    if (answers[question.id] !== undefined && !isShown(question, answers))
      problems.push(`${where(`answers.${question.id}`)}: answered but not shown for these answers`);

  const flip = isRecord(raw['suggestedFlip']) ? raw['suggestedFlip'] : {};
  const flipQuestion = questionnaire.questions.find((q) => q.id === flip['question']);
  if (!flipQuestion?.choices.some((c) => c.value === flip['value']))
    problems.push(`${where('suggestedFlip')}: not a question and one of its choices`);
  else if (answers[flipQuestion.id] === flip['value'])
    problems.push(`${where('suggestedFlip')}: same as the prepared answer`);

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    scenario: {
      id,
      area: raw['area'] as WorkshopArea,
      title,
      narrative,
      teachingPoints,
      speakerNotes,
      answers,
      suggestedFlip: { questionId: flipQuestion!.id, value: flip['value'] as AnswerValue },
    },
  };
}
