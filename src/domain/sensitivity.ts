// "What would change the top option?": every single-factor change that puts another option first.
import type { Sensitivity } from './analysis.ts';
import type { CompiledRules } from './compiled-rules.ts';
import { AMOUNTS, FACTOR_IDS, factorKind, factorValues, type Amount, type FactorId, type FactorValue } from './factors.ts';
import type { ProfileValues } from './profile-values.ts';
import { availability, effectiveRatings, scoreOptions, topAvailable } from './scoring.ts';

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

export function sensitivity(
  compiled: CompiledRules,
  values: ProfileValues,
  scores: readonly number[],
  top: number,
): Sensitivity[] {
  const available = availability(compiled, values);
  const effective = effectiveRatings(compiled, values);
  const ratedAt = new Map(compiled.rated.map((r, i) => [r.index, i]));
  const scratch = [...values];
  const moved = [...scores];
  const found: Found[] = [];
  FACTOR_IDS.forEach((factor, f) => {
    const from = values[f];
    factorValues(factor).forEach((to, order) => {
      if (to === from) return;
      let newTop: number;
      const rated = ratedAt.get(f);
      if (compiled.linear[f] && rated !== undefined) {
        // A goal or impediment no gate reads: only its own points change, by weight x rating x level delta.
        const r = compiled.rated[rated]!;
        const delta = Number(to) - Number(from ?? 0);
        const row = effective[rated]!;
        for (let o = 0; o < moved.length; o++) moved[o] = scores[o]! + r.weight * row[o]! * delta;
        newTop = topAvailable(compiled, moved, available);
      } else {
        scratch[f] = to;
        newTop = topAvailable(compiled, scoreOptions(compiled, scratch), availability(compiled, scratch));
        scratch[f] = from;
      }
      if (newTop < 0 || newTop === top) return;
      const size = changeSize(factor, from, to);
      found.push({ factor, from, to, newTop: compiled.options[newTop]!, size, order });
    });
  });
  found.sort((a, b) => a.size - b.size || (a.factor < b.factor ? -1 : a.factor > b.factor ? 1 : a.order - b.order));
  const seen = new Set<string>();
  const result: Sensitivity[] = [];
  for (const { factor, from, to, newTop } of found) {
    const key = `${factor} ${newTop}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ factor, from, to, newTop });
  }
  return result;
}
