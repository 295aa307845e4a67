// Scores and availability for one set of profile values: the arithmetic every analysis shares.
import type { CompiledRules } from './compiled-rules.ts';
import type { ProfileValues } from './profile-values.ts';

/** Base points are reported with this factor index. */
export const BASE = -1;

/** Called for every non-zero part of a score; the explaining path listens, the what-if path does not. */
export type OnPoints = (option: number, factorIndex: number, points: number) => void;

/** Ratings per [rated factor][option], shifted by the rating modifiers and held under the caps whose circumstances hold. */
export function effectiveRatings(compiled: CompiledRules, values: ProfileValues): number[][] {
  const effective = compiled.rated.map((r) => [...r.ratings]);
  for (const m of compiled.ratingModifiers) {
    if (!m.when(values)) continue;
    const row = effective[m.rated]!;
    for (let o = 0; o < row.length; o++) row[o]! += m.adjust[o]!;
  }
  applyCaps(compiled, values, effective);
  return effective;
}

/** Holds capped ratings at their cap, in place: a cap says a sign can never count *for* an option. */
function applyCaps(compiled: CompiledRules, values: ProfileValues, ratings: number[][]): void {
  for (const cap of compiled.caps) {
    if (!cap.when(values)) continue;
    for (const i of cap.rated) {
      const row = ratings[i]!;
      for (let o = 0; o < row.length; o++) if (cap.applies[o] && row[o]! > cap.max) row[o] = cap.max;
    }
  }
}

/** Base plus goal and impediment points: weight x effective rating x level for each answered one. */
export function ratedScores(compiled: CompiledRules, values: ProfileValues, onPoints?: OnPoints): number[] {
  const { base, rated, ratingModifiers } = compiled;
  const n = base.length;
  const scores = base.slice();
  if (onPoints) for (let o = 0; o < n; o++) if (base[o] !== 0) onPoints(o, BASE, base[o]!);
  const active = ratingModifiers.filter((m) => m.when(values));
  const caps = compiled.caps.length ? compiled.caps.filter((c) => c.when(values)) : [];
  for (let i = 0; i < rated.length; i++) {
    const r = rated[i]!;
    const level = values[r.index];
    if (typeof level !== 'number' || level === 0) continue;
    const factor = r.weight * level;
    const shifts = active.length ? active.filter((m) => m.rated === i).map((m) => m.adjust) : [];
    const held = caps.length ? caps.filter((c) => c.rated.includes(i)) : [];
    for (let o = 0; o < n; o++) {
      let rating = r.ratings[o]!;
      for (let k = 0; k < shifts.length; k++) rating += shifts[k]![o]!;
      for (let k = 0; k < held.length; k++) if (held[k]!.applies[o] && rating > held[k]!.max) rating = held[k]!.max;
      const points = factor * rating;
      if (points === 0) continue;
      scores[o]! += points;
      if (onPoints) onPoints(o, r.index, points);
    }
  }
  return scores;
}

/** Adds the points of every modifier whose circumstances hold, in place. */
export function addModifierPoints(
  compiled: CompiledRules,
  values: ProfileValues,
  scores: number[],
  onPoints?: OnPoints,
): number[] {
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

/** Per option, what places it before scores count: a safety lead, and how many essential goals it cannot deliver. */
export type Standing = { readonly leads: readonly boolean[]; readonly lacks: readonly number[] };

export function standing(compiled: CompiledRules, values: ProfileValues): Standing {
  const n = compiled.options.length;
  const leads: boolean[] = new Array(n).fill(false);
  for (const l of compiled.leads) if (l.when(values)) for (let o = 0; o < n; o++) if (l.applies[o]) leads[o] = true;
  const lacks: number[] = new Array(n).fill(0);
  for (const e of compiled.essentials) {
    if (values[e.index] !== 3) continue;
    const also = e.also.filter((a) => a.when(values));
    for (let o = 0; o < n; o++) if (!e.delivers[o] && !also.some((a) => a.applies[o])) lacks[o]!++;
  }
  return { leads, lacks };
}

/** Negative when option a ranks before b: available, then a safety lead, then fewer essentials missed, then score, then id. */
export function compareOptions(
  compiled: CompiledRules,
  st: Standing,
  scores: readonly number[],
  available: readonly boolean[],
  a: number,
  b: number,
): number {
  // Unavailable options are ordered by what they would have scored only: stages are for what can be used.
  const staged = available[a] && available[b];
  return (
    Number(available[b]) - Number(available[a]) ||
    (staged ? Number(st.leads[b]) - Number(st.leads[a]) || st.lacks[a]! - st.lacks[b]! : 0) ||
    scores[b]! - scores[a]! ||
    (compiled.options[a]! < compiled.options[b]! ? -1 : compiled.options[a]! > compiled.options[b]! ? 1 : 0)
  );
}

/** Index of the best available option, or -1 when none is available. */
export function topAvailable(
  compiled: CompiledRules,
  st: Standing,
  scores: readonly number[],
  available: readonly boolean[],
): number {
  let best = -1;
  for (let o = 0; o < scores.length; o++) {
    if (!available[o]) continue;
    if (best < 0 || compareOptions(compiled, st, scores, available, o, best) < 0) best = o;
  }
  return best;
}
