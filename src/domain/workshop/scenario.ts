// A workshop scenario: a fictional case with its story in English (data/scenarios) and in each other interface language
// (data/i18n/<locale>/scenarios.json), and a prepared answer set.
import { SOURCE_LOCALE, type Locale } from '../../i18n/locale.ts';
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

/** A text in English and in each locale whose translations were given. */
export type LocalText = { readonly en: string } & { readonly [L in Locale]?: string };

/** Each locale's scenarios.json as read: scenario id → { title, narrative, teachingPoints[], speakerNotes[] }, checked
 * against the English by `parseScenario`. */
export type ScenarioTranslations = Readonly<Partial<Record<Locale, unknown>>>;

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

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The English text at `path` with its translation in each locale given; a missing or empty one is a problem. */
function localText(
  english: unknown,
  translated: (locale: Locale) => unknown,
  locales: readonly Locale[],
  where: string,
  problems: string[],
): LocalText {
  if (!isText(english)) problems.push(`${where}: expected the English text`);
  const out: Record<string, string> = { en: isText(english) ? english : '' };
  for (const locale of locales) {
    const text = translated(locale);
    if (isText(text)) out[locale] = text;
    else problems.push(`${where}: missing its ${locale} translation (data/i18n/${locale}/scenarios.json)`);
  }
  return out as LocalText;
}

/** Checks a scenario against the questionnaire: every question id known, every value one of its choices, every answered question shown. */
export function parseScenario(
  raw: unknown,
  questionnaire: Questionnaire,
  translations: ScenarioTranslations = {},
): { ok: true; scenario: Scenario } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(raw)) return { ok: false, problems: ['a scenario must be an object'] };
  const id = typeof raw['id'] === 'string' && ID.test(raw['id']) ? raw['id'] : '';
  if (!id) problems.push(`id: expected lower-case words joined by "-", got ${JSON.stringify(raw['id'])}`);
  const where = (path: string) => `${id || '?'}.${path}`;
  if (!(WORKSHOP_AREAS as readonly unknown[]).includes(raw['area']))
    problems.push(`${where('area')}: unknown area ${JSON.stringify(raw['area'])}`);
  if (raw['fictional'] !== true) problems.push(`${where('fictional')}: every scenario must be marked fictional: true`);
  const locales = (Object.keys(translations) as Locale[]).filter((l) => l !== SOURCE_LOCALE);
  const entry = (locale: Locale): Record<string, unknown> => {
    const file = translations[locale];
    const texts = isRecord(file) ? file[id] : undefined;
    return isRecord(texts) ? texts : {};
  };
  const field = (key: 'title' | 'narrative') => (locale: Locale) => entry(locale)[key];
  const item = (key: 'teachingPoints' | 'speakerNotes', i: number) => (locale: Locale) => {
    const list = entry(locale)[key];
    return Array.isArray(list) ? list[i] : undefined;
  };
  const title = localText(raw['title'], field('title'), locales, where('title'), problems);
  const narrative = localText(raw['narrative'], field('narrative'), locales, where('narrative'), problems);
  const points = Array.isArray(raw['teachingPoints']) ? raw['teachingPoints'] : [];
  if (points.length === 0) problems.push(`${where('teachingPoints')}: at least one`);
  const teachingPoints = points.map((p, i) =>
    localText(p, item('teachingPoints', i), locales, where(`teachingPoints.${i}`), problems),
  );
  if (raw['speakerNotes'] !== undefined && !Array.isArray(raw['speakerNotes']))
    problems.push(`${where('speakerNotes')}: expected a list of texts`);
  const notes = Array.isArray(raw['speakerNotes']) ? raw['speakerNotes'] : [];
  const speakerNotes = notes.map((n, i) =>
    localText(n, item('speakerNotes', i), locales, where(`speakerNotes.${i}`), problems),
  );
  for (const locale of locales) {
    const texts = entry(locale);
    for (const [key, english] of [
      ['teachingPoints', points],
      ['speakerNotes', notes],
    ] as const) {
      const list = texts[key];
      if (Array.isArray(list) && list.length !== english.length)
        problems.push(`${where(key)}: ${locale} has ${list.length} texts, English ${english.length}`);
    }
  }

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
