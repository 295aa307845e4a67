// How much of the score bar an option fills: the lowest available score shows a sliver, the highest a full bar.
import type { RankedOption } from '../../domain/analysis.ts';

export function makeScoreShare(available: readonly RankedOption[], score: number): number {
  const scores = available.map((o) => o.score);
  const [min, max] = [Math.min(...scores), Math.max(...scores)];
  return max === min ? 1 : (score - min) / (max - min);
}
