import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import { COSTS, SPEEDS } from '../../src/domain/option-traits.ts';
import { orderOptions } from '../../src/domain/option-order.ts';

const options = analyse({ 'ctx.jurisdiction': 'gb-eng', 'ctx.amount': 'large', 'goal.speed': 3 }, defaultRules).options;

describe('orderOptions', () => {
  it('by fit keeps the ranking', () => {
    expect(orderOptions(options, defaultRules, 'fit')).toBe(options);
  });
  it('by cost: low before medium before high, fit breaking ties', () => {
    const ordered = orderOptions(options, defaultRules, 'cost');
    const costs = ordered.map((o) => COSTS.indexOf(defaultRules.options[o.id].cost));
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    for (let i = 1; i < ordered.length; i++)
      if (costs[i] === costs[i - 1]) expect(ordered[i]!.rank).toBeGreaterThanOrEqual(ordered[i - 1]!.rank);
  });
  it('by time: by speed band, fit breaking ties', () => {
    const ordered = orderOptions(options, defaultRules, 'time');
    const bands = ordered.map((o) => SPEEDS.indexOf(defaultRules.options[o.id].speed));
    expect(bands).toEqual([...bands].sort((a, b) => a - b));
    for (let i = 1; i < ordered.length; i++)
      if (bands[i] === bands[i - 1]) expect(ordered[i]!.rank).toBeGreaterThanOrEqual(ordered[i - 1]!.rank);
    expect(defaultRules.options[ordered[0]!.id].speed).toBe('days');
  });
  it('is a permutation of the options, whatever the order', () => {
    fc.assert(
      fc.property(fc.constantFrom('fit' as const, 'cost' as const, 'time' as const), (order) => {
        const ordered = orderOptions(options, defaultRules, order);
        expect(ordered.map((o) => o.id).sort()).toEqual(options.map((o) => o.id).sort());
      }),
    );
  });
});
