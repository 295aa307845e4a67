// A scenario's ranking in the interface's language, and, with a flipped answer, the new ranking and what moved.
import { createMemo } from 'solid-js';
import { analyse } from '../../domain/engine.ts';
import { answersToProfile, type Answers } from '../../domain/questions.ts';
import { applyFlip, type Flip } from '../../domain/workshop/flip.ts';
import type { Scenario } from '../../domain/workshop/scenario.ts';
import { compareRankings, movedOptions } from '../../domain/workshop/what-if.ts';
import { localizedData } from '../app/localized-data.ts';

/** The ranking for a set of answers, in the interface's language. */
export const rankAnswers = (answers: Answers) =>
  analyse(answersToProfile(localizedData().questionnaire, answers), localizedData().rules, { sensitivity: false });

export function createScenarioAnalysis(scenario: () => Scenario, flip: () => Flip | undefined) {
  const before = createMemo(() => rankAnswers(scenario().answers));
  const after = createMemo(() => {
    const current = flip();
    return current ? rankAnswers(applyFlip(scenario().answers, current)) : undefined;
  });
  const moves = createMemo(() => {
    const flipped = after();
    return flipped ? movedOptions(compareRankings(before(), flipped)) : [];
  });
  /** The ranking to show now: the flipped one when there is a flip. */
  const current = () => after() ?? before();
  /** The factors behind the ranking shown now, for facts that depend on the case. */
  const profile = createMemo(() => {
    const f = flip();
    return answersToProfile(localizedData().questionnaire, f ? applyFlip(scenario().answers, f) : scenario().answers);
  });
  return { before, after, moves, current, profile };
}
