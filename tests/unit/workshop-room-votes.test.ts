// The room's show of hands: counts per choice, the room's answers (the most-voted choice; a tie or no hand keeps the
// prepared answer), and the trainer's record of them as a file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import { answersToProfile, type Answers } from '../../src/domain/questions.ts';
import { preparedQuestions } from '../../src/domain/workshop/presenter-steps.ts';
import {
  addHands,
  choiceKey,
  handsFor,
  MAX_HANDS,
  parseRoomVotes,
  questionHands,
  roomAnswer,
  roomResult,
  totalHands,
  type RoomVotes,
} from '../../src/domain/workshop/room-votes.ts';
import { findScenario, scenarioLibrary } from '../../src/domain/workshop/scenario-library.ts';
import {
  serializeVotesFile,
  VOTES_FILE_FORMAT,
  VOTES_FILE_VERSION,
  votesFile,
  votesFileName,
} from '../../src/domain/workshop/votes-file.ts';

const bridge = findScenario('harbour-bridge')!;
const rank = (answers: Answers) =>
  analyse(answersToProfile(defaultQuestionnaire, answers), defaultRules, { sensitivity: false });

/** A scenario, one of its prepared questions, and hands (0 to 30) for each of that question's choices. */
const questionVote = fc
  .constantFrom(...scenarioLibrary)
  .chain((scenario) =>
    fc
      .constantFrom(...preparedQuestions(scenario, defaultQuestionnaire))
      .chain((question) =>
        fc
          .array(fc.nat({ max: 30 }), { minLength: question.choices.length, maxLength: question.choices.length })
          .map((counts) => ({ scenario, question, counts })),
      ),
  );

function votesOf(questionId: string, values: readonly (string | number | boolean)[], counts: readonly number[]) {
  return values.reduce<RoomVotes>((votes, value, i) => addHands(votes, questionId, value, counts[i]!), {});
}

describe('the room’s answers', () => {
  it('are the prepared answers when no hand went up, for every scenario', () => {
    for (const scenario of scenarioLibrary) {
      const result = roomResult(scenario, defaultQuestionnaire, {});
      expect(result.answers, scenario.id).toEqual(scenario.answers);
      expect(result.differs).toEqual([]);
      expect(result.ties).toEqual([]);
      expect(result.hands).toBe(0);
      expect(result.questions.every((q) => q.outcome === 'no-votes' && q.room === q.prepared)).toBe(true);
    }
  });

  it('take the most-voted choice, and a tie for the most keeps the prepared answer and says so', () => {
    fc.assert(
      fc.property(questionVote, ({ scenario, question, counts }) => {
        const votes = votesOf(
          question.id,
          question.choices.map((c) => c.value),
          counts,
        );
        const result = roomResult(scenario, defaultQuestionnaire, votes);
        const said = result.questions.find((q) => q.question.id === question.id)!;
        const most = Math.max(...counts);
        const leaders = question.choices.filter((_, i) => counts[i] === most).map((c) => c.value);
        const prepared = scenario.answers[question.id];
        expect(said.hands).toBe(counts.reduce((a, b) => a + b, 0));
        if (most === 0) {
          expect(said.outcome).toBe('no-votes');
          expect(said.room).toBe(prepared);
        } else if (leaders.length === 1) {
          expect(said.outcome).toBe('most-voted');
          expect(said.room).toBe(leaders[0]);
          expect(result.answers[question.id]).toBe(leaders[0]);
        } else {
          expect(said.outcome).toBe('tie');
          expect(said.leaders).toEqual(leaders);
          expect(said.room).toBe(prepared);
          expect(result.ties).toContain(said);
        }
        // Only this question was voted on: every other answer is the prepared one.
        for (const [id, value] of Object.entries(scenario.answers))
          if (id !== question.id) expect(result.answers[id]).toBe(value);
        expect(result.differs.map((q) => q.question.id)).toEqual(said.room === prepared ? [] : [question.id]);
      }),
      { numRuns: 500 },
    );
  });

  it('count for nothing on unknown choices or questions that are not prepared answers', () => {
    const votes: RoomVotes = { 'q.construction': { maybe: 9 }, 'q.no-such-question': { true: 4 } };
    expect(roomResult(bridge, defaultQuestionnaire, votes).answers).toEqual(bridge.answers);
    expect(roomAnswer(defaultQuestionnaire.questions[0]!, null, {}).room).toBeNull();
  });

  it('names a room’s answer that its other answers skip: a family dispute is asked nothing about a construction project', () => {
    let votes = addHands({}, 'q.area', 'family', 5);
    votes = addHands(votes, 'q.construction', false, 3);
    const result = roomResult(bridge, defaultQuestionnaire, votes);
    expect(result.differs.map((q) => q.question.id)).toEqual(['q.area', 'q.construction']);
    expect(result.skipped.map((q) => q.question.id)).toContain('q.construction');
    expect(result.skipped.map((q) => q.question.id)).not.toContain('q.area');
  });
});

describe('hands', () => {
  it('add up, never go below zero, and leave no empty entry behind', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('q.a', 'q.b'),
            fc.constantFrom<string | number | boolean>(0, 1, true, 'x'),
            fc.integer({ min: -3, max: 3 }),
          ),
        ),
        (presses) => {
          let votes: RoomVotes = {};
          const expected = new Map<string, number>();
          for (const [q, value, by] of presses) {
            votes = addHands(votes, q, value, by);
            const key = `${q}|${choiceKey(value)}`;
            expected.set(key, Math.max(0, (expected.get(key) ?? 0) + by));
          }
          for (const [key, n] of expected) {
            const [q, value] = key.split('|') as [string, string];
            expect(votes[q]?.[value] ?? 0).toBe(n);
          }
          for (const choices of Object.values(votes)) {
            expect(Object.keys(choices).length).toBeGreaterThan(0);
            for (const n of Object.values(choices)) expect(n).toBeGreaterThan(0);
          }
          expect(totalHands(votes)).toBe([...expected.values()].reduce((a, b) => a + b, 0));
        },
      ),
    );
  });

  it('of one question are counted on their own, up to the most any room holds', () => {
    let votes = addHands({}, 'q.speed', 3, 4);
    votes = addHands(votes, 'q.cost', 0, 2);
    expect(handsFor(votes, 'q.speed', 3)).toBe(4);
    expect(questionHands(votes, 'q.cost')).toBe(2);
    expect(addHands({}, 'q.speed', 3, MAX_HANDS + 5)).toEqual({ 'q.speed': { '3': MAX_HANDS } });
  });

  it('read from storage or a file keep only whole counts from 1 to the maximum, and never throw', () => {
    expect(
      parseRoomVotes({ 'q.a': { '0': 2, '1': 0, '2': -1, '3': 1.5, '4': '7', '5': MAX_HANDS + 1 }, 'q.b': 3 }),
    ).toEqual({
      'q.a': { '0': 2 },
    });
    fc.assert(
      fc.property(fc.jsonValue(), (junk) => {
        const votes = parseRoomVotes(junk);
        for (const choices of Object.values(votes))
          for (const n of Object.values(choices)) expect(Number.isSafeInteger(n) && n > 0).toBe(true);
      }),
    );
    fc.assert(
      fc.property(questionVote, ({ question, counts }) => {
        const votes = votesOf(
          question.id,
          question.choices.map((c) => c.value),
          counts,
        );
        expect(parseRoomVotes(JSON.parse(JSON.stringify(votes)))).toEqual(votes);
      }),
    );
  });
});

describe('the votes file', () => {
  const votes = addHands(
    addHands(addHands({}, 'q.construction', false, 3), 'q.construction', true, 1),
    'q.relationship',
    0,
    2,
  );
  const tied = addHands(votes, 'q.relationship', 1, 2);
  const now = new Date('2026-03-02T10:00:00Z');
  const file = votesFile(
    [{ scenario: bridge, title: 'The harbour bridge variations', votes: tied, startedAt: 'a', updatedAt: 'b' }],
    {
      language: 'en',
      questionnaire: defaultQuestionnaire,
      rank,
      optionName: (id) => defaultRules.options[id].name,
      notSure: 'Not sure',
    },
    now,
  );

  it('names its format and version, and when it was made', () => {
    expect(file).toMatchObject({
      format: VOTES_FILE_FORMAT,
      version: VOTES_FILE_VERSION,
      exportedAt: '2026-03-02T10:00:00.000Z',
      language: 'en',
      questionnaireVersion: defaultQuestionnaire.version,
    });
    expect(votesFileName(now)).toBe('ole-workshop-votes-2026-03-02.json');
    expect(JSON.parse(serializeVotesFile(file))).toEqual(file);
    // Arabic texts reach the page with bidi isolates around Latin names; the file leaves them out.
    const arabic = { ...file, language: 'ar', questionnaireVersion: '\u2068v1\u2069' } as typeof file;
    expect(serializeVotesFile(arabic)).not.toMatch(/[\u2068\u2069]/);
  });

  it('writes each question voted on with its hands per choice, the case’s answer and the room’s', () => {
    const [scenario] = file.scenarios;
    expect(scenario!.hands).toBe(8);
    expect(scenario!.questions.map((q) => q.id)).toEqual(['q.relationship', 'q.construction']);
    const [relationship, construction] = scenario!.questions;
    expect(relationship).toMatchObject({
      outcome: 'tie',
      caseAnswer: { value: 3, label: 'Essential' },
      roomAnswer: { value: 3, label: 'Essential' },
    });
    expect(construction).toMatchObject({
      outcome: 'most-voted',
      hands: 4,
      caseAnswer: { value: true, label: 'Yes' },
      roomAnswer: { value: false, label: 'No' },
      choices: [
        { value: true, label: 'Yes', hands: 1 },
        { value: false, label: 'No', hands: 3 },
      ],
    });
  });

  it('writes both rankings’ top options: the room’s without the dispute board, ruled out by its answer', () => {
    const [scenario] = file.scenarios;
    expect(scenario!.caseRanking[0]!.id).toBe('dispute-board');
    expect(scenario!.roomRanking.map((o) => o.id)).not.toContain('dispute-board');
    expect(scenario!.roomRanking).toHaveLength(5);
    expect(scenario!.roomRanking[0]!.name).toBe(defaultRules.options[scenario!.roomRanking[0]!.id].name);
  });
});
