// A workshop scenario's ranking, and with a flipped answer the new ranking, what moved, and the factors shown.
import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import type { Analysis } from '../../src/domain/analysis.ts';
import * as engine from '../../src/domain/engine.ts';
import { answersToProfile, type Answers } from '../../src/domain/questions.ts';
import { applyFlip, type Flip } from '../../src/domain/workshop/flip.ts';
import { scenarioLibrary } from '../../src/domain/workshop/scenario-library.ts';
import type { Scenario } from '../../src/domain/workshop/scenario.ts';
import { compareRankings, movedOptions } from '../../src/domain/workshop/what-if.ts';
import { createScenarioAnalysis } from '../../src/ui/workshop/create-scenario-analysis.ts';

const rank = (answers: Answers) =>
  engine.analyse(answersToProfile(defaultQuestionnaire, answers), defaultRules, { sensitivity: false });
const order = (analysis: Analysis) => analysis.options.map((o) => o.id);

function setup(first: Scenario) {
  const [scenario, setScenario] = createSignal(first);
  const [flip, setFlip] = createSignal<Flip>();
  return createRoot((dispose) => ({
    dispose,
    setScenario,
    setFlip,
    analysis: createScenarioAnalysis(scenario, flip),
  }));
}

describe('createScenarioAnalysis', () => {
  const scenario = scenarioLibrary[0]!;
  const flipped = applyFlip(scenario.answers, scenario.suggestedFlip);

  it('ranks the answers as the engine does, with nothing flipped and nothing moved', () => {
    const { analysis, dispose } = setup(scenario);
    expect(order(analysis.before())).toEqual(order(rank(scenario.answers)));
    expect(analysis.after()).toBeUndefined();
    expect(analysis.moves()).toEqual([]);
    expect(analysis.current()).toBe(analysis.before());
    expect(analysis.profile()).toEqual(answersToProfile(defaultQuestionnaire, scenario.answers));
    dispose();
  });

  it('with a flip, shows the flipped ranking and what moved, and goes back when the flip is undone', () => {
    const { analysis, setFlip, dispose } = setup(scenario);
    const before = analysis.before();
    setFlip(scenario.suggestedFlip);
    expect(analysis.before()).toBe(before); // the unflipped ranking is not worked out again
    expect(order(analysis.after()!)).toEqual(order(rank(flipped)));
    expect(analysis.current()).toBe(analysis.after());
    const expected = movedOptions(compareRankings(rank(scenario.answers), rank(flipped)));
    expect(expected.length).toBeGreaterThan(0); // the suggested flip moves something: that is what it is for
    expect(analysis.moves().map((m) => [m.id, m.places])).toEqual(expected.map((m) => [m.id, m.places]));
    expect(analysis.profile()).toEqual(answersToProfile(defaultQuestionnaire, flipped));

    setFlip(undefined);
    expect(analysis.after()).toBeUndefined();
    expect(analysis.moves()).toEqual([]);
    expect(analysis.current()).toBe(before);
    expect(analysis.profile()).toEqual(answersToProfile(defaultQuestionnaire, scenario.answers));
    dispose();
  });

  it('follows a change of scenario, keeping the flip', () => {
    const other = scenarioLibrary.find((s) => order(rank(s.answers))[0] !== order(rank(scenario.answers))[0])!;
    expect(other).toBeDefined();
    const { analysis, setScenario, setFlip, dispose } = setup(scenario);
    setFlip(scenario.suggestedFlip);
    setScenario(other);
    expect(order(analysis.before())).toEqual(order(rank(other.answers)));
    const otherFlipped = applyFlip(other.answers, scenario.suggestedFlip);
    expect(order(analysis.after()!)).toEqual(order(rank(otherFlipped)));
    expect(analysis.profile()).toEqual(answersToProfile(defaultQuestionnaire, otherFlipped));
    dispose();
  });

  it('works each ranking out once, when its inputs change, however often it is read', () => {
    const analyse = vi.spyOn(engine, 'analyse');
    const { analysis, setFlip, dispose } = setup(scenario);
    for (let i = 0; i < 3; i++) analysis.current();
    expect(analyse).toHaveBeenCalledTimes(1);
    setFlip(scenario.suggestedFlip);
    for (let i = 0; i < 3; i++) analysis.current();
    analysis.moves();
    expect(analyse).toHaveBeenCalledTimes(2);
    dispose();
    analyse.mockRestore();
  });
});
