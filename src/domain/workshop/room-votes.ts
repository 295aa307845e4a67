// The room's show of hands: per prepared answer of a scenario, how many hands went up for each choice, and the answers
// the room gave (each question's most-voted choice; with no hands, or a tie for the most, the prepared answer stands).
import { visibleQuestions, type AnswerValue, type Answers, type Question, type Questionnaire } from '../questions.ts';
import { preparedQuestions } from './presenter-steps.ts';
import type { Scenario } from './scenario.ts';

/** Hands per choice of one question, by the choice's value written as text ("0", "false", "commercial"). */
export type QuestionVotes = Readonly<Record<string, number>>;
/** A scenario's show of hands, by question id. Choices and questions without a hand are left out. */
export type RoomVotes = Readonly<Record<string, QuestionVotes>>;

/** More hands than any room holds: a stored count above it is damage, not a vote. */
export const MAX_HANDS = 10_000;

export const choiceKey = (value: AnswerValue): string => String(value);

export const handsFor = (votes: RoomVotes, questionId: string, value: AnswerValue): number =>
  votes[questionId]?.[choiceKey(value)] ?? 0;

/** All hands on one question. */
export const questionHands = (votes: RoomVotes, questionId: string): number =>
  Object.values(votes[questionId] ?? {}).reduce((sum, n) => sum + n, 0);

export const totalHands = (votes: RoomVotes): number =>
  Object.keys(votes).reduce((sum, id) => sum + questionHands(votes, id), 0);

/** One hand more (or, with a negative `by`, fewer) for a choice; a count never goes below zero, and zero is left out. */
export function addHands(votes: RoomVotes, questionId: string, value: AnswerValue, by = 1): RoomVotes {
  const key = choiceKey(value);
  const next = Math.min(MAX_HANDS, Math.max(0, handsFor(votes, questionId, value) + by));
  const { [key]: _old, ...others } = votes[questionId] ?? {};
  const question: QuestionVotes = next > 0 ? { ...others, [key]: next } : others;
  const { [questionId]: _was, ...rest } = votes;
  return Object.keys(question).length ? { ...rest, [questionId]: question } : rest;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0 && (v as number) <= MAX_HANDS;

/** Votes as read from storage or a file: only whole positive counts under text keys survive; anything else is dropped. */
export function parseRoomVotes(raw: unknown): RoomVotes {
  if (!isRecord(raw)) return {};
  const out: Record<string, QuestionVotes> = {};
  for (const [questionId, choices] of Object.entries(raw)) {
    if (!isRecord(choices)) continue;
    const kept = Object.fromEntries(Object.entries(choices).filter(([, n]) => isCount(n)));
    if (Object.keys(kept).length) out[questionId] = kept as QuestionVotes;
  }
  return out;
}

/** What the room said on one prepared answer. */
export type RoomAnswer = {
  readonly question: Question;
  readonly prepared: AnswerValue | null;
  /** The room's answer: the most-voted choice; the prepared answer when no hand went up or the most hands are tied. */
  readonly room: AnswerValue | null;
  readonly outcome: 'no-votes' | 'most-voted' | 'tie';
  /** The choices that share the most hands, in the question's order (one when the room decided, none without votes). */
  readonly leaders: readonly AnswerValue[];
  /** Hands on the most-voted choice(s). */
  readonly most: number;
  readonly hands: number;
};

export function roomAnswer(question: Question, prepared: AnswerValue | null, votes: RoomVotes): RoomAnswer {
  const counts = question.choices.map((c) => ({ value: c.value, hands: handsFor(votes, question.id, c.value) }));
  const most = Math.max(0, ...counts.map((c) => c.hands));
  const hands = counts.reduce((sum, c) => sum + c.hands, 0);
  const leaders = most > 0 ? counts.filter((c) => c.hands === most).map((c) => c.value) : [];
  const outcome = leaders.length === 0 ? 'no-votes' : leaders.length === 1 ? 'most-voted' : 'tie';
  const room = outcome === 'most-voted' ? leaders[0]! : prepared;
  return { question, prepared, room, outcome, leaders, most, hands };
}

export type RoomResult = {
  /** Every prepared answer, in the questionnaire's order, with what the room said. */
  readonly questions: readonly RoomAnswer[];
  /** The scenario's answers with the room's in place of the prepared ones. */
  readonly answers: Answers;
  /** Questions where the room's answer is not the prepared one. */
  readonly differs: readonly RoomAnswer[];
  /** Questions whose most hands were tied, so the prepared answer was kept. */
  readonly ties: readonly RoomAnswer[];
  /** Questions the room answered differently that its other answers skip: their answer counts for nothing. */
  readonly skipped: readonly RoomAnswer[];
  readonly hands: number;
};

/** The room's answers for a scenario: votes on questions that are not prepared answers, or on unknown choices, count for nothing. */
export function roomResult(scenario: Scenario, questionnaire: Questionnaire, votes: RoomVotes): RoomResult {
  const questions = preparedQuestions(scenario, questionnaire).map((q) =>
    roomAnswer(q, scenario.answers[q.id] ?? null, votes),
  );
  const answers: Record<string, AnswerValue | null> = { ...scenario.answers };
  for (const q of questions) answers[q.question.id] = q.room;
  const differs = questions.filter((q) => q.room !== q.prepared);
  const asked = new Set(visibleQuestions(questionnaire, answers).map((q) => q.id));
  return {
    questions,
    answers,
    differs,
    ties: questions.filter((q) => q.outcome === 'tie'),
    skipped: differs.filter((q) => !asked.has(q.question.id)),
    hands: questions.reduce((sum, q) => sum + q.hands, 0),
  };
}
