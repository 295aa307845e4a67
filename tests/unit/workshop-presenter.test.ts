// The presenter's slides and the compare view's fragment: what a trainer steps through and what a link can carry.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { isShown } from '../../src/domain/questions.ts';
import { compareFragment, parseCompare, type CompareState } from '../../src/domain/workshop/compare-fragment.ts';
import { preparedQuestions, presenterSteps, stepIndex } from '../../src/domain/workshop/presenter-steps.ts';
import { findScenario, scenarioLibrary } from '../../src/domain/workshop/scenario-library.ts';

const ids = scenarioLibrary.map((s) => s.id);

describe('presenterSteps', () => {
  it('tells the story, then every prepared answer once in questionnaire order, the ranking, the flip, the room', () => {
    for (const scenario of scenarioLibrary) {
      const steps = presenterSteps(scenario, defaultQuestionnaire);
      expect(steps[0]).toEqual({ kind: 'narrative' });
      expect(steps.at(-3)).toEqual({ kind: 'ranking' });
      expect(steps.at(-2)).toEqual({ kind: 'flip' });
      expect(steps.at(-1)).toEqual({ kind: 'room' });
      const answered = steps.flatMap((s) => (s.kind === 'answer' ? [s.questionId] : []));
      const order = defaultQuestionnaire.questions.map((q) => q.id);
      expect(answered, scenario.id).toEqual(order.filter((id) => answered.includes(id)));
      expect(answered.sort(), scenario.id).toEqual(Object.keys(scenario.answers).sort());
      expect(steps.filter((s) => s.kind === 'answer').map((s) => (s.kind === 'answer' ? s.number : 0))).toEqual(
        answered.map((_, i) => i + 1),
      );
    }
  });

  it('leaves out an answer to a question the other answers skip', () => {
    const scenario = findScenario('late-deliveries')!;
    const hidden = defaultQuestionnaire.questions.find((q) => q.showIf && !isShown(q, scenario.answers))!;
    const withStale = { ...scenario, answers: { ...scenario.answers, [hidden.id]: hidden.choices[0]!.value } };
    expect(preparedQuestions(withStale, defaultQuestionnaire).map((q) => q.id)).not.toContain(hidden.id);
  });

  it('finds the ranking, the flip and the room', () => {
    const steps = presenterSteps(scenarioLibrary[0]!, defaultQuestionnaire);
    expect(stepIndex(steps, 'ranking')).toBe(steps.length - 3);
    expect(stepIndex(steps, 'flip')).toBe(steps.length - 2);
    expect(stepIndex(steps, 'room')).toBe(steps.length - 1);
  });
});

describe('compare fragment', () => {
  const side = fc.record(
    {
      scenarioId: fc.constantFrom(...ids),
      flip: fc
        .constantFrom(...defaultQuestionnaire.questions)
        .chain((q) => fc.constantFrom(...q.choices).map((c) => ({ questionId: q.id, value: c.value }))),
    },
    { requiredKeys: ['scenarioId'] },
  );

  it('round-trips any two sides, with or without a flip', () => {
    fc.assert(
      fc.property(fc.record({ a: side, b: side }, { requiredKeys: [] }), (state) => {
        expect(parseCompare(compareFragment(state as CompareState), ids, defaultQuestionnaire)).toEqual(state);
      }),
    );
  });

  it('keeps only known scenarios and valid flips, and never throws on junk', () => {
    expect(parseCompare('#a=nope&b=late-deliveries&bf=q.privacy:9', ids, defaultQuestionnaire)).toEqual({
      b: { scenarioId: 'late-deliveries' },
    });
    expect(parseCompare('#a=late-deliveries&af=q.relationship%3A0', ids, defaultQuestionnaire)).toEqual({
      a: { scenarioId: 'late-deliveries', flip: { questionId: 'q.relationship', value: 0 } },
    });
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const state = parseCompare(junk, ids, defaultQuestionnaire);
        for (const s of [state.a, state.b]) if (s) expect(ids).toContain(s.scenarioId);
      }),
      { numRuns: 1000 },
    );
  });

  it('is empty for no sides', () => {
    expect(compareFragment({})).toBe('');
    expect(parseCompare('', ids, defaultQuestionnaire)).toEqual({});
  });
});
