import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RankedOption } from '../../src/domain/analysis.ts';
import { makeScoreBar } from '../../src/ui/results/score-share.ts';

const options = (scores: readonly number[]) => scores.map((score) => ({ score }) as RankedOption);

describe('score bars', () => {
  it('are as long as their scores, from one zero line; negative ones point the other way', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -40, max: 60 }), { minLength: 1, maxLength: 16 }), (scores) => {
        const shown = options(scores);
        const bars = scores.map((score) => makeScoreBar(shown, score));
        const low = Math.min(0, ...scores);
        const span = Math.max(0, ...scores) - low || 1;
        const zero = -low / span;
        scores.forEach((score, i) => {
          const bar = bars[i]!;
          expect(bar.length).toBeCloseTo(Math.abs(score) / span, 9);
          expect(bar.negative).toBe(score < 0);
          // Every bar touches the zero line: positive ones start there, negative ones end there.
          expect(score >= 0 ? bar.start : bar.start + bar.length).toBeCloseTo(zero, 9);
          expect(bar.start).toBeGreaterThanOrEqual(-1e-9);
          expect(bar.start + bar.length).toBeLessThanOrEqual(1 + 1e-9);
        });
      }),
    );
  });

  it('do not stretch a close second into a sliver: 30 against 46 is most of the way', () => {
    const shown = options([46, 30]);
    expect(makeScoreBar(shown, 30).length).toBeCloseTo(30 / 46, 9);
  });
});
