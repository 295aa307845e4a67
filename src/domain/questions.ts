// The questionnaire layer: words a person sees, mapped onto factors. Branching lives here, not in the engine.
import { isFactorId, factorValues, type FactorId, type FactorProfile, type FactorValue } from './factors.ts';

export type AnswerValue = string | number | boolean;
/** A question's answer: a value, or null for "not sure". A missing key means not reached yet. */
export type Answers = Readonly<Record<string, AnswerValue | null>>;

export type Choice = {
  readonly value: AnswerValue;
  readonly label: string;
  readonly sets?: Readonly<Record<string, FactorValue>>;
};

export type ShowIf =
  | { readonly answer: string; readonly in: readonly AnswerValue[] }
  | { readonly answer: string; readonly notIn: readonly AnswerValue[] }
  | { readonly any: readonly ShowIf[] }
  | { readonly all: readonly ShowIf[] };

export type Question = {
  readonly id: string;
  readonly section: string;
  readonly text: string;
  readonly why: string;
  /** The factor this question answers, or a case attribute (e.g. the area) the matcher uses. */
  readonly factor?: FactorId;
  readonly case?: string;
  readonly choices: readonly Choice[];
  readonly showIf?: ShowIf;
};

export type Section = { readonly id: string; readonly title: string; readonly intro: string };
export type Questionnaire = {
  readonly version: string;
  readonly sections: readonly Section[];
  readonly questions: readonly Question[];
};

type RawQuestion = Omit<Question, 'choices'> & { choices?: Choice[]; scale?: string };
type RawQuestionnaire = {
  version: string;
  sections: Section[];
  questions: RawQuestion[];
  scales: Record<string, Choice[]>;
};

/** Expands shared scales and checks every reference, so a typo in the data fails at load, not in front of a user. */
export function parseQuestionnaire(raw: unknown): Questionnaire {
  const data = raw as RawQuestionnaire;
  const problems: string[] = [];
  const sectionIds = new Set(data.sections.map((s) => s.id));
  const seen = new Set<string>();
  const questions = data.questions.map((q): Question => {
    const where = `questions.${q.id}`;
    if (seen.has(q.id)) problems.push(`${where}: duplicate id`);
    seen.add(q.id);
    if (!sectionIds.has(q.section)) problems.push(`${where}: unknown section "${q.section}"`);
    if (q.factor !== undefined && !isFactorId(q.factor)) problems.push(`${where}: unknown factor "${q.factor}"`);
    if (q.factor === undefined && q.case === undefined) problems.push(`${where}: maps to no factor and no case field`);
    const choices = q.choices ?? (q.scale ? data.scales[q.scale] : undefined);
    if (!choices?.length) problems.push(`${where}: no choices (scale "${q.scale ?? ''}")`);
    for (const choice of choices ?? []) {
      if (q.factor && !factorValues(q.factor).includes(choice.value as FactorValue)) {
        problems.push(`${where}: choice ${JSON.stringify(choice.value)} is not a value of ${q.factor}`);
      }
      for (const [factor, value] of Object.entries(choice.sets ?? {})) {
        if (!isFactorId(factor) || !factorValues(factor).includes(value))
          problems.push(`${where}: choice sets ${factor}=${String(value)}`);
      }
    }
    return { ...q, choices: choices ?? [] };
  });
  for (const q of questions)
    for (const id of showIfAnswers(q.showIf))
      if (!seen.has(id)) problems.push(`questions.${q.id}: showIf names unknown question "${id}"`);
  if (problems.length) throw new Error(`The questionnaire data is invalid:\n${problems.join('\n')}`);
  return { version: data.version, sections: data.sections, questions };
}

function showIfAnswers(rule: ShowIf | undefined): string[] {
  if (!rule) return [];
  if ('any' in rule) return rule.any.flatMap(showIfAnswers);
  if ('all' in rule) return rule.all.flatMap(showIfAnswers);
  return [rule.answer];
}

/** We skip only what we know does not apply: an unanswered controlling question shows the dependent one. */
export function isShown(question: Question, answers: Answers): boolean {
  return matches(question.showIf, answers);
}

function matches(rule: ShowIf | undefined, answers: Answers): boolean {
  if (!rule) return true;
  if ('any' in rule) return rule.any.some((r) => matches(r, answers));
  if ('all' in rule) return rule.all.every((r) => matches(r, answers));
  const value = answers[rule.answer];
  if (value === undefined || value === null) return true;
  return 'in' in rule ? rule.in.includes(value) : !rule.notIn.includes(value);
}

/**
 * The questions that apply, in order. A question that depends on one that does not apply does not apply either
 * (a dispute board clause is not asked in a family case, whose construction question is skipped): the hidden
 * question's answer is read as ruling its dependants out.
 */
export function visibleQuestions(questionnaire: Questionnaire, answers: Answers): Question[] {
  const hidden = new Set<string>();
  return questionnaire.questions.filter((q) => {
    const shown =
      isShown(q, answers) && !showIfAnswers(q.showIf).some((id) => hidden.has(id) && dependsOnlyThrough(q.showIf!, id));
    if (!shown) hidden.add(q.id);
    return shown;
  });
}

/** True when every way the rule can hold goes through `id` (in an `any`, another branch may still show it). */
function dependsOnlyThrough(rule: ShowIf, id: string): boolean {
  if ('any' in rule) return rule.any.every((r) => dependsOnlyThrough(r, id));
  if ('all' in rule) return rule.all.some((r) => dependsOnlyThrough(r, id));
  return rule.answer === id;
}

/** Answers of visible questions become factors; choices may imply further factors, which a direct answer overrides. */
export function answersToProfile(questionnaire: Questionnaire, answers: Answers): FactorProfile {
  const implied: Record<string, FactorValue> = {};
  const direct: Record<string, FactorValue> = {};
  for (const q of visibleQuestions(questionnaire, answers)) {
    const value = answers[q.id];
    if (value === undefined || value === null) continue;
    const choice = q.choices.find((c) => c.value === value);
    if (!choice) continue; // stale answer from an older questionnaire: treat as not answered
    Object.assign(implied, choice.sets);
    if (q.factor) direct[q.factor] = value as FactorValue;
  }
  return { ...implied, ...direct } as FactorProfile;
}

export function questionForFactor(questionnaire: Questionnaire, factor: FactorId): Question | undefined {
  return questionnaire.questions.find((q) => q.factor === factor);
}

export function choiceLabel(question: Question, value: AnswerValue | null | undefined): string | undefined {
  return question.choices.find((c) => c.value === value)?.label;
}

/** Same answers to the same questions (key order aside), so a re-read of a saved case can be told from a change. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}
