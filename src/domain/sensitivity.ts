// "What would change the top option?": every single-factor change that puts another option first.
import type { Sensitivity } from './analysis.ts';
import type { CompiledRules } from './compiled-rules.ts';
import { AMOUNTS, FACTOR_IDS, factorKind, type Amount, type FactorId, type FactorValue } from './factors.ts';
import type { ProfileValues } from './profile-values.ts';
import { addModifierPoints, availability, effectiveRatings, ratedScores, scoreOptions, topAvailable } from './scoring.ts';

/**
 * How big a change is, to sort the smallest first. Goals and impediments count levels (unanswered scores
 * as 0); yes/no is 1; other levels and amounts count steps, and answering an unanswered one is 1.
 */
export function changeSize(factor: FactorId, from: FactorValue | undefined, to: FactorValue): number {
  const kind = factorKind(factor);
  if (kind === 'flag') return 1;
  if (kind === 'goal' || kind === 'impediment') return Math.abs(Number(to) - Number(from ?? 0));
  if (from === undefined) return 1;
  if (kind === 'amount') return Math.abs(AMOUNTS.indexOf(to as Amount) - AMOUNTS.indexOf(from as Amount));
  return Math.abs(Number(to) - Number(from));
}

type Found = Sensitivity & { readonly size: number; readonly order: number };

type Current = {
  readonly scores: readonly number[];
  /** Base plus goal and impediment points, before modifier points. */
  readonly rated: readonly number[];
  readonly available: readonly boolean[];
  readonly effective: readonly (readonly number[])[];
  /** Reused buffer for the linear case. */
  readonly moved: number[];
};

/** The top option after one change, recomputing only the parts of the score that change can move. */
function topAfter(compiled: CompiledRules, scratch: ProfileValues, f: number, now: Current, to: FactorValue, from: FactorValue | undefined): number {
  const ratedAt = compiled.ratedAt[f]!;
  if (compiled.linear[f]) {
    // A goal or impediment no gate reads: only its own points move, by weight x rating x level change.
    const step = compiled.rated[ratedAt]!.weight * (Number(to) - Number(from ?? 0));
    const row = now.effective[ratedAt]!;
    for (let o = 0; o < now.moved.length; o++) now.moved[o] = now.scores[o]! + step * row[o]!;
    return topAvailable(compiled, now.moved, now.available);
  }
  const scores = compiled.shiftsRatings[f] || ratedAt >= 0
    ? scoreOptions(compiled, scratch)
    : addModifierPoints(compiled, scratch, now.rated.slice());
  return topAvailable(compiled, scores, availability(compiled, scratch));
}

export function sensitivity(
  compiled: CompiledRules,
  values: ProfileValues,
  scores: readonly number[],
  top: number,
): Sensitivity[] {
  const now: Current = {
    scores,
    rated: ratedScores(compiled, values),
    available: availability(compiled, values),
    effective: effectiveRatings(compiled, values),
    moved: [...scores],
  };
  const scratch = [...values];
  // One entry per (factor, new top): the smallest change, then the earliest value in factorValues order.
  const best = new Map<number, Found>();
  for (let f = 0; f < FACTOR_IDS.length; f++) {
    const factor = FACTOR_IDS[f]!;
    const from = values[f];
    compiled.values[f]!.forEach((to, order) => {
      if (to === from) return;
      scratch[f] = to;
      const newTop = topAfter(compiled, scratch, f, now, to, from);
      scratch[f] = from;
      if (newTop < 0 || newTop === top) return;
      const size = changeSize(factor, from, to);
      const key = f * compiled.options.length + newTop;
      const held = best.get(key);
      if (held && (held.size < size || (held.size === size && held.order < order))) return;
      best.set(key, { factor, from, to, newTop: compiled.options[newTop]!, size, order });
    });
  }
  return [...best.values()]
    .sort((a, b) => a.size - b.size || (a.factor < b.factor ? -1 : a.factor > b.factor ? 1 : a.order - b.order) || (a.newTop < b.newTop ? -1 : 1))
    .map(({ factor, from, to, newTop }) => ({ factor, from, to, newTop }));
}
