// "What would change the top option?": every single-factor change that puts another option first.
import type { Firmness, Sensitivity } from './analysis.ts';
import type { OptionId } from './options.ts';
import type { CompiledRules } from './compiled-rules.ts';
import {
  AMOUNTS,
  FACTOR_IDS,
  factorKind,
  NEVER_SUGGESTED_AWAY,
  type Amount,
  type FactorId,
  type FactorValue,
} from './factors.ts';
import type { ProfileValues } from './profile-values.ts';
import {
  addModifierPoints,
  availability,
  effectiveRatings,
  ratedScores,
  scoreOptions,
  standing,
  topAvailable,
  type Standing,
} from './scoring.ts';

/**
 * How big a change is, to sort the smallest first. Goals and impediments count levels (unanswered scores
 * as 0); yes/no is 1; other levels and amounts count steps, and answering an unanswered one is 1.
 */
export function changeSize(factor: FactorId, from: FactorValue | undefined, to: FactorValue): number {
  const kind = factorKind(factor);
  if (kind === 'flag' || kind === 'choice') return 1;
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
  readonly standing: Standing;
  readonly effective: readonly (readonly number[])[];
  /** Reused buffer for the linear case. */
  readonly moved: number[];
};

/** The top option after one change, recomputing only the parts of the score that change can move. */
function topAfter(
  compiled: CompiledRules,
  scratch: ProfileValues,
  f: number,
  now: Current,
  to: FactorValue,
  from: FactorValue | undefined,
): number {
  const ratedAt = compiled.ratedAt[f]!;
  if (compiled.linear[f]) {
    // A goal or impediment: only its own points move, by weight x rating x level change; stages only if a stage reads it.
    const step = compiled.rated[ratedAt]!.weight * (Number(to) - Number(from ?? 0));
    const row = now.effective[ratedAt]!;
    for (let o = 0; o < now.moved.length; o++) now.moved[o] = now.scores[o]! + step * row[o]!;
    if (!compiled.staged[f]) return topAvailable(compiled, now.standing, now.moved, now.available);
    return topAvailable(compiled, standing(compiled, scratch), now.moved, availability(compiled, scratch));
  }
  const scores =
    compiled.shiftsRatings[f] || ratedAt >= 0
      ? scoreOptions(compiled, scratch)
      : addModifierPoints(compiled, scratch, now.rated.slice());
  return topAvailable(compiled, standing(compiled, scratch), scores, availability(compiled, scratch));
}

/** What sensitivity found: the smallest changes, and for each unanswered factor every value that would move the top. */
export type Exploration = { readonly changes: Sensitivity[]; readonly firmness: Firmness };

export function sensitivity(
  compiled: CompiledRules,
  values: ProfileValues,
  scores: readonly number[],
  top: number,
): Exploration {
  const now: Current = {
    scores,
    rated: ratedScores(compiled, values),
    available: availability(compiled, values),
    standing: standing(compiled, values),
    effective: effectiveRatings(compiled, values),
    moved: [...scores],
  };
  const scratch = [...values];
  // One entry per (factor, new top): the smallest change, then the earliest value in factorValues order.
  const best = new Map<number, Found>();
  const open = new Map<FactorId, { to: FactorValue[]; newTops: Set<string> }>();
  let checked = 0;
  for (let f = 0; f < FACTOR_IDS.length; f++) {
    const factor = FACTOR_IDS[f]!;
    const from = values[f];
    if (from === undefined) checked++;
    if (from !== undefined && NEVER_SUGGESTED_AWAY.has(factor)) continue;
    compiled.values[f]!.forEach((to, order) => {
      if (to === from) return;
      scratch[f] = to;
      const newTop = topAfter(compiled, scratch, f, now, to, from);
      scratch[f] = from;
      if (newTop < 0 || newTop === top) return;
      if (from === undefined) {
        const entry = open.get(factor) ?? { to: [], newTops: new Set<string>() };
        entry.to.push(to);
        entry.newTops.add(compiled.options[newTop]!);
        open.set(factor, entry);
      }
      const size = changeSize(factor, from, to);
      const key = f * compiled.options.length + newTop;
      const held = best.get(key);
      if (held && (held.size < size || (held.size === size && held.order < order))) return;
      best.set(key, { factor, from, to, newTop: compiled.options[newTop]!, size, order });
    });
  }
  const changes = [...best.values()]
    .sort(
      (a, b) =>
        a.size - b.size ||
        (a.factor < b.factor ? -1 : a.factor > b.factor ? 1 : a.order - b.order) ||
        (a.newTop < b.newTop ? -1 : 1),
    )
    .map(({ factor, from, to, newTop }) => ({ factor, from, to, newTop }));
  const unsure = [...open].map(([factor, { to, newTops }]) => ({
    factor,
    to,
    newTops: [...newTops].sort() as OptionId[],
  }));
  return { changes, firmness: { checked, robust: top >= 0 && unsure.length === 0, unsure } };
}
