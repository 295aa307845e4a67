// A flipped answer in the presenter: what moved and why, and the fragment that carries the flip to phones.
import { describe, expect, it } from 'vitest';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import { answersToProfile } from '../../src/domain/questions.ts';
import { applyFlip, flipFragment, parseFlip } from '../../src/domain/workshop/flip.ts';
import { compareRankings, movedOptions } from '../../src/domain/workshop/what-if.ts';
import fc from 'fast-check';

const run = (answers: Record<string, string | number | boolean>) =>
  analyse(answersToProfile(defaultQuestionnaire, answers), defaultRules, { sensitivity: false });

describe('compareRankings', () => {
  const answers = { 'q.area': 'construction', 'q.construction': true, 'q.relationship': 3 };
  const before = run(answers);
  const after = run({ ...answers, 'q.construction': false });
  const moves = compareRankings(before, after);

  it('lists every option in the new order with ranks and points before and after', () => {
    expect(moves.map((m) => m.id)).toEqual(after.options.map((o) => o.id));
    for (const m of moves) {
      expect(m.places).toBe(m.before.rank - m.after.rank);
      expect(m.points).toBe(m.after.score - m.before.score);
    }
  });

  it('names the gate that closed the dispute board', () => {
    const board = moves.find((m) => m.id === 'dispute-board')!;
    expect(board.before.available).toBe(true);
    expect(board.gatesAdded.map((g) => g.gateId)).toEqual(['dispute-board-project-only']);
    expect(movedOptions(moves)).toContain(board);
  });

  it('names the reasons whose points changed, and only those', () => {
    const rel = run({ 'q.relationship': 3, 'q.privacy': 2 });
    const relOff = run({ 'q.relationship': 0, 'q.privacy': 2 });
    const mediation = compareRankings(rel, relOff).find((m) => m.id === 'mediation-facilitative')!;
    expect(mediation.reasons.map((r) => r.source)).toEqual(['goal.relationship']);
    expect(mediation.reasons[0]!.before!.points).toBeGreaterThan(mediation.reasons[0]!.after?.points ?? 0);
    expect(mediation.points).toBeLessThan(0);
  });

  it('an unchanged answer moves nothing', () => {
    expect(movedOptions(compareRankings(before, before))).toEqual([]);
  });
});

describe('flip fragment', () => {
  it('round-trips every question and choice', () => {
    for (const q of defaultQuestionnaire.questions)
      for (const c of q.choices) expect(parseFlip(flipFragment({ questionId: q.id, value: c.value }), defaultQuestionnaire)).toEqual({ questionId: q.id, value: c.value });
  });

  it('ignores unknown questions, values that are not choices, and junk, without throwing (1000 strings)', () => {
    expect(parseFlip('#flip=q.nope:1', defaultQuestionnaire)).toBeUndefined();
    expect(parseFlip('#flip=q.privacy:9', defaultQuestionnaire)).toBeUndefined();
    expect(parseFlip('#flip=%E0%A4%A', defaultQuestionnaire)).toBeUndefined();
    expect(parseFlip('', defaultQuestionnaire)).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const flip = parseFlip(s, defaultQuestionnaire);
        if (flip) expect(defaultQuestionnaire.questions.find((q) => q.id === flip.questionId)!.choices.some((c) => c.value === flip.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('applyFlip changes that one answer only', () => {
    expect(applyFlip({ 'q.privacy': 3, 'q.cost': 1 }, { questionId: 'q.privacy', value: 0 })).toEqual({ 'q.privacy': 0, 'q.cost': 1 });
    expect(applyFlip({ 'q.privacy': 3 }, undefined)).toEqual({ 'q.privacy': 3 });
  });
});
