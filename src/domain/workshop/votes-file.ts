// The trainer's record of a workshop's votes, as a JSON file: format "ole-workshop-votes", version 1. Per scenario: each
// question the room voted on, with the hands per choice, the case's and the room's answer; and both rankings' top options.
import { withoutIsolates } from '../../i18n/bidi.ts';
import type { Analysis } from '../analysis.ts';
import type { OptionId } from '../options.ts';
import { choiceLabel, type AnswerValue, type Answers, type Questionnaire } from '../questions.ts';
import { handsFor, roomResult, type RoomAnswer, type RoomVotes } from './room-votes.ts';
import type { Scenario } from './scenario.ts';

export const VOTES_FILE_FORMAT = 'ole-workshop-votes';
export const VOTES_FILE_VERSION = 1;
/** Options of each ranking written to the file. */
export const RANKING_WRITTEN = 5;

/** A choice as written: its value (as in the questionnaire) and its label in the file's language. */
type WrittenChoice = { readonly value: AnswerValue | null; readonly label: string };
type WrittenOption = { readonly id: OptionId; readonly name: string; readonly rank: number; readonly score: number };

export type VotesFile = {
  readonly format: typeof VOTES_FILE_FORMAT;
  readonly version: typeof VOTES_FILE_VERSION;
  readonly exportedAt: string;
  /** The interface language the labels and names are written in. */
  readonly language: string;
  readonly questionnaireVersion: string;
  readonly scenarios: readonly {
    readonly id: string;
    readonly title: string;
    /** When the first and the last hand were recorded. */
    readonly startedAt: string;
    readonly updatedAt: string;
    readonly hands: number;
    readonly questions: readonly {
      readonly id: string;
      readonly text: string;
      readonly hands: number;
      /** "most-voted": the room's answer is its most-voted choice; "tie": the most hands were tied, the case's answer stands. */
      readonly outcome: RoomAnswer['outcome'];
      readonly caseAnswer: WrittenChoice;
      readonly roomAnswer: WrittenChoice;
      readonly choices: readonly (WrittenChoice & { readonly hands: number })[];
    }[];
    readonly caseRanking: readonly WrittenOption[];
    readonly roomRanking: readonly WrittenOption[];
  }[];
};

/** One scenario's stored votes, with what the file needs to write them in words. */
export type VotesEntry = {
  readonly scenario: Scenario;
  readonly title: string;
  readonly votes: RoomVotes;
  readonly startedAt: string;
  readonly updatedAt: string;
};

type Words = {
  readonly language: string;
  readonly questionnaire: Questionnaire;
  readonly rank: (answers: Answers) => Analysis;
  readonly optionName: (id: OptionId) => string;
  /** The label of "not sure" (a prepared answer may be null). */
  readonly notSure: string;
};

export function votesFile(entries: readonly VotesEntry[], words: Words, now = new Date()): VotesFile {
  const top = (analysis: Analysis): WrittenOption[] =>
    analysis.options
      .filter((o) => o.available)
      .slice(0, RANKING_WRITTEN)
      .map((o) => ({ id: o.id, name: words.optionName(o.id), rank: o.sharedRank, score: o.score }));
  return {
    format: VOTES_FILE_FORMAT,
    version: VOTES_FILE_VERSION,
    exportedAt: now.toISOString(),
    language: words.language,
    questionnaireVersion: words.questionnaire.version,
    scenarios: entries.map((entry) => {
      const result = roomResult(entry.scenario, words.questionnaire, entry.votes);
      const written = (answer: RoomAnswer, value: AnswerValue | null): WrittenChoice => ({
        value,
        label: choiceLabel(answer.question, value) ?? words.notSure,
      });
      return {
        id: entry.scenario.id,
        title: entry.title,
        startedAt: entry.startedAt,
        updatedAt: entry.updatedAt,
        hands: result.hands,
        questions: result.questions
          .filter((q) => q.hands > 0)
          .map((q) => ({
            id: q.question.id,
            text: q.question.text,
            hands: q.hands,
            outcome: q.outcome,
            caseAnswer: written(q, q.prepared),
            roomAnswer: written(q, q.room),
            choices: q.question.choices.map((c) => ({
              value: c.value,
              label: c.label,
              hands: handsFor(entry.votes, q.question.id, c.value),
            })),
          })),
        caseRanking: top(words.rank(entry.scenario.answers)),
        roomRanking: top(words.rank(result.answers)),
      };
    }),
  };
}

/** The file as written: the isolates right-to-left text carries on screen are left out of a record for other tools. */
export const serializeVotesFile = (file: VotesFile): string => withoutIsolates(`${JSON.stringify(file, null, 2)}\n`);

/** A file name that says what the file is and when. */
export const votesFileName = (now = new Date()): string => `ole-workshop-votes-${now.toISOString().slice(0, 10)}.json`;
