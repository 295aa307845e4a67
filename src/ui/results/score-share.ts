// Where an option's score bar sits: a length proportional to the score, from a zero line, to the left when negative.
import type { RankedOption } from '../../domain/analysis.ts';

/** Start and length as shares (0..1) of the bar, on one scale for every option shown. */
export type ScoreBar = { readonly start: number; readonly length: number; readonly negative: boolean };

export function makeScoreBar(available: readonly RankedOption[], score: number): ScoreBar {
  const scores = available.map((o) => o.score);
  // The scale always includes zero, so a bar's length is its score and a negative one points the other way.
  const low = Math.min(0, ...scores);
  const high = Math.max(0, ...scores);
  const span = high - low || 1;
  const zero = -low / span;
  return score >= 0
    ? { start: zero, length: score / span, negative: false }
    : { start: zero + score / span, length: -score / span, negative: true };
}
