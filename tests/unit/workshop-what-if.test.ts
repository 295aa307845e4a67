// A flipped answer in the presenter: what moved and why, and the fragment that carries the flip to phones.
import { describe, expect, it } from 'vitest';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import { answersToProfile, type Answers } from '../../src/domain/questions.ts';
import { applyFlip, flipFragment, parseFlip, type Flip } from '../../src/domain/workshop/flip.ts';
import { findScenario, scenarioLibrary } from '../../src/domain/workshop/scenario-library.ts';
import { compareRankings, flipLesson, movedOptions, reasonsShown } from '../../src/domain/workshop/what-if.ts';
import fc from 'fast-check';

const run = (answers: Answers) =>
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

describe('flipLesson', () => {
  const bridge = findScenario('harbour-bridge')!;
  const lessonOf = (answers: Answers, flip: Flip) =>
    flipLesson(movedOptions(compareRankings(run(answers), run(applyFlip(answers, flip)))));

  it('harbour bridge: "project under way → No" leads with the dispute board ruled out, with the gate’s reason', () => {
    const lesson = lessonOf(bridge.answers, bridge.suggestedFlip);
    expect(lesson.ruledOut.map((m) => m.id)).toEqual(['dispute-board']);
    expect(lesson.ruledOut[0]!.before.rank).toBe(1);
    expect(lesson.ruledOut[0]!.gatesAdded[0]!.reason).toMatch(/project is under way/);
    expect(lesson.ruledIn).toEqual([]);
    expect(lesson.moves.map((m) => m.id)).not.toContain('dispute-board');
    // By size: the options whose own points changed come before those that only shifted a place.
    expect(lesson.moves.slice(0, 2).map((m) => Math.abs(m.points))).toEqual([2, 2]);
    expect(lesson.moves.slice(2).every((m) => m.points === 0)).toBe(true);
  });

  it('the flip back names the dispute board as opened again', () => {
    const flipped = applyFlip(bridge.answers, bridge.suggestedFlip);
    const lesson = lessonOf(flipped, { questionId: 'q.construction', value: true });
    expect(lesson.ruledIn.map((m) => m.id)).toEqual(['dispute-board']);
    expect(lesson.ruledIn[0]!.gatesLifted.map((g) => g.gateId)).toEqual(['dispute-board-project-only']);
  });

  it('moves are sorted by size, and never repeat an option ruled out or in', () => {
    for (const s of scenarioLibrary) {
      const lesson = lessonOf(s.answers, s.suggestedFlip);
      const sizes = lesson.moves.map((m) => Math.abs(m.points));
      expect(sizes, s.id).toEqual([...sizes].sort((a, b) => b - a));
      const ids = [...lesson.ruledOut, ...lesson.ruledIn, ...lesson.moves].map((m) => m.id);
      expect(new Set(ids).size, s.id).toBe(ids.length);
    }
  });

  it('the reasons shown plus the hidden ones add up to every move, for every scenario and every one-answer flip', () => {
    for (const s of scenarioLibrary) {
      const before = run(s.answers);
      for (const q of defaultQuestionnaire.questions.filter((q) => q.id in s.answers))
        for (const c of q.choices) {
          if (c.value === s.answers[q.id]) continue;
          for (const move of compareRankings(before, run(applyFlip(s.answers, { questionId: q.id, value: c.value })))) {
            for (const limit of [0, 1, 2, 5]) {
              const r = reasonsShown(move, limit);
              expect(r.shown.length).toBeLessThanOrEqual(limit);
              expect(r.shown.length + r.hidden).toBe(move.reasons.length);
              expect(
                r.shown.reduce((sum, x) => sum + x.points, 0) + r.hiddenPoints,
                `${s.id} ${q.id}=${String(c.value)} ${move.id}`,
              ).toBe(move.points);
            }
          }
        }
    }
  }, 30_000); // over a thousand analyses

  it('counts the smaller reasons left out across two different scenarios', () => {
    const a = run(findScenario('late-deliveries')!.answers);
    const b = run(bridge.answers);
    const many = compareRankings(a, b).find((m) => m.reasons.length > 2)!;
    const r = reasonsShown(many, 2);
    expect(r.hidden).toBe(many.reasons.length - 2);
    expect(Math.abs(r.shown[0]!.points)).toBeGreaterThanOrEqual(Math.abs(r.shown[1]!.points));
  });
});

describe('flip fragment', () => {
  it('round-trips every question and choice', () => {
    for (const q of defaultQuestionnaire.questions)
      for (const c of q.choices)
        expect(parseFlip(flipFragment({ questionId: q.id, value: c.value }), defaultQuestionnaire)).toEqual({
          questionId: q.id,
          value: c.value,
        });
  });

  it('ignores unknown questions, values that are not choices, and junk, without throwing (1000 strings)', () => {
    expect(parseFlip('#flip=q.nope:1', defaultQuestionnaire)).toBeUndefined();
    expect(parseFlip('#flip=q.privacy:9', defaultQuestionnaire)).toBeUndefined();
    expect(parseFlip('#flip=%E0%A4%A', defaultQuestionnaire)).toBeUndefined();
    expect(parseFlip('', defaultQuestionnaire)).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const flip = parseFlip(s, defaultQuestionnaire);
        if (flip)
          expect(
            defaultQuestionnaire.questions
              .find((q) => q.id === flip.questionId)!
              .choices.some((c) => c.value === flip.value),
          ).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('applyFlip changes that one answer only', () => {
    expect(applyFlip({ 'q.privacy': 3, 'q.cost': 1 }, { questionId: 'q.privacy', value: 0 })).toEqual({
      'q.privacy': 0,
      'q.cost': 1,
    });
    expect(applyFlip({ 'q.privacy': 3 }, undefined)).toEqual({ 'q.privacy': 3 });
  });
});
