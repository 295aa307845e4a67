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
  it('by time: by speed band, then by the published months for this case', () => {
    const months = (id: string) => (id === 'litigation' ? 12 : id === 'arbitration' ? 16 : undefined);
    const ordered = orderOptions(options, defaultRules, 'time', months).map((o) => o.id);
    expect(ordered[0]).toBe(ordered.find((id) => defaultRules.options[id].speed === 'days'));
    expect(ordered.indexOf('litigation')).toBeLessThan(ordered.indexOf('arbitration'));
    const bands = ordered.map((id) => SPEEDS.indexOf(defaultRules.options[id].speed));
    expect(bands).toEqual([...bands].sort((a, b) => a - b));
  });
  it('is a permutation whatever the months', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...options.map((o) => o.id)), fc.nat(100)), (table) => {
        const ordered = orderOptions(options, defaultRules, 'time', (id) => table[id]);
        expect(ordered.map((o) => o.id).sort()).toEqual(options.map((o) => o.id).sort());
      }),
    );
  });
});
