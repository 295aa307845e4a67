// Scores and availability for one set of profile values: the arithmetic every analysis shares.
import type { CompiledRules } from './compiled-rules.ts';
import type { ProfileValues } from './profile-values.ts';

/** Base points are reported with this factor index. */
export const BASE = -1;

/** Called for every non-zero part of a score; the explaining path listens, the what-if path does not. */
export type OnPoints = (option: number, factorIndex: number, points: number) => void;

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

/** Base plus goal and impediment points: weight x effective rating x level for each answered one. */
export function ratedScores(compiled: CompiledRules, values: ProfileValues, onPoints?: OnPoints): number[] {
  const { base, rated, ratingModifiers } = compiled;
  const n = base.length;
  const scores = base.slice();
  if (onPoints) for (let o = 0; o < n; o++) if (base[o] !== 0) onPoints(o, BASE, base[o]!);
  const active = ratingModifiers.filter((m) => m.when(values));
  for (let i = 0; i < rated.length; i++) {
    const r = rated[i]!;
    const level = values[r.index];
    if (typeof level !== 'number' || level === 0) continue;
    const factor = r.weight * level;
    const shifts = active.length ? active.filter((m) => m.rated === i).map((m) => m.adjust) : [];
    for (let o = 0; o < n; o++) {
      let rating = r.ratings[o]!;
      for (let k = 0; k < shifts.length; k++) rating += shifts[k]![o]!;
      const points = factor * rating;
      if (points === 0) continue;
      scores[o]! += points;
      if (onPoints) onPoints(o, r.index, points);
    }
  }
  return scores;
}

/** Adds the points of every modifier whose circumstances hold, in place. */
export function addModifierPoints(compiled: CompiledRules, values: ProfileValues, scores: number[], onPoints?: OnPoints): number[] {
  for (const m of compiled.pointModifiers) {
    if (!m.when(values)) continue;
    for (let o = 0; o < scores.length; o++) {
      const points = m.points[o]!;
      if (points === 0) continue;
      scores[o]! += points;
      if (onPoints) onPoints(o, m.index, points);
    }
  }
  return scores;
}

/** Score of each option: base + weight x effective rating x level per goal/impediment + modifier points. */
export function scoreOptions(compiled: CompiledRules, values: ProfileValues, onPoints?: OnPoints): number[] {
  return addModifierPoints(compiled, values, ratedScores(compiled, values, onPoints), onPoints);
}

export function availability(compiled: CompiledRules, values: ProfileValues): boolean[] {
  const available: boolean[] = new Array(compiled.options.length).fill(true);
  for (const g of compiled.gates) {
    if (!g.when(values)) continue;
    for (let o = 0; o < available.length; o++) if (g.applies[o]) available[o] = false;
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
