// Scores and availability for one set of profile values: the arithmetic every analysis shares.
import type { FactorId } from './factors.ts';
import type { CompiledRules } from './compiled-rules.ts';
import type { ProfileValues } from './profile-values.ts';

/** Called for every non-zero part of a score; the explaining path listens, the what-if path does not. */
export type OnPoints = (option: number, source: FactorId | 'base', points: number) => void;

/** Ratings per [rated factor][option], shifted by the rating modifiers whose circumstances hold. */
export function effectiveRatings(compiled: CompiledRules, values: ProfileValues): number[][] {
  const effective = compiled.rated.map((r) => [...r.ratings]);
  for (const m of compiled.ratingModifiers) {
    if (!m.when(values)) continue;
    const row = effective[m.rated]!;
    for (let o = 0; o < row.length; o++) row[o]! += m.adjust[o]!;
  }
  return effective;
}

/** Score of each option: base + weight x effective rating x level per goal/impediment + modifier points. */
export function scoreOptions(compiled: CompiledRules, values: ProfileValues, onPoints?: OnPoints): number[] {
  const scores = [...compiled.base];
  if (onPoints) scores.forEach((points, o) => points && onPoints(o, 'base', points));
  const effective = effectiveRatings(compiled, values);
  compiled.rated.forEach((r, i) => {
    const level = values[r.index];
    if (typeof level !== 'number' || level === 0) return;
    const row = effective[i]!;
    for (let o = 0; o < scores.length; o++) {
      const points = r.weight * row[o]! * level;
      if (points === 0) continue;
      scores[o]! += points;
      onPoints?.(o, r.factor, points);
    }
  });
  for (const m of compiled.pointModifiers) {
    if (!m.when(values)) continue;
    for (let o = 0; o < scores.length; o++) {
      const points = m.points[o]!;
      if (points === 0) continue;
      scores[o]! += points;
      onPoints?.(o, m.factor, points);
    }
  }
  return scores;
}

export function availability(compiled: CompiledRules, values: ProfileValues): boolean[] {
  const available = compiled.options.map(() => true);
  for (const g of compiled.gates) {
    if (!g.when(values)) continue;
    g.applies.forEach((applies, o) => applies && (available[o] = false));
  }
  return available;
}

/** Index of the best available option (score, then id), or -1 when none is available. */
export function topAvailable(compiled: CompiledRules, scores: readonly number[], available: readonly boolean[]): number {
  let best = -1;
  for (let o = 0; o < scores.length; o++) {
    if (!available[o]) continue;
    if (best < 0 || scores[o]! > scores[best]! || (scores[o] === scores[best] && compiled.options[o]! < compiled.options[best]!)) best = o;
  }
  return best;
}
