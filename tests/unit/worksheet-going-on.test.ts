import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discountFactor, valueOfGoingOn } from '../../src/domain/worksheet/going-on.ts';
import { assessWorksheet, settlementZone } from '../../src/domain/worksheet/settlement-zone.ts';
import type { SideSheet, Worksheet } from '../../src/domain/worksheet/types.ts';
import { sampleWorksheet } from './helpers/worksheet-sample.ts';

const codes = (side: SideSheet | undefined) => valueOfGoingOn(side).notes.map((n) => n.code);

describe('value of going on', () => {
  it('weighs the outcomes by probability and takes off the costs to come', () => {
    const self = valueOfGoingOn(sampleWorksheet.sides!.self);
    expect(self.expected).toBe(60_000); // 0.3 × 100k + 0.5 × 60k + 0.2 × 0
    expect(self.value).toBe(45_000);
    const other = valueOfGoingOn(sampleWorksheet.sides!.other);
    expect(other.expected).toBe(-45_000);
    expect(other.value).toBe(-65_000);
  });

  it('discounts the expected outcome for the months to a decision, not the costs', () => {
    expect(discountFactor(5, 12)).toBeCloseTo(1 / 1.05, 12);
    expect(discountFactor(undefined, 12)).toBe(1);
    expect(discountFactor(5, undefined)).toBe(1);
    const self = valueOfGoingOn(sampleWorksheet.sides!.self, { ratePercent: 10 });
    expect(self.discountFactor).toBeCloseTo(1 / 1.1 ** 1.5, 12);
    expect(self.value).toBeCloseTo(60_000 / 1.1 ** 1.5 - 15_000, 6);
    expect(self.expectedToday).toBeCloseTo(60_000 / 1.1 ** 1.5, 6);
    expect(self.costsDiscounted).toBe(false);
    expect(self.costsToComeToday).toBe(15_000);
  });

  it('discounts the costs to come too when asked, and only when there is time to discount', () => {
    const self = valueOfGoingOn(sampleWorksheet.sides!.self, { ratePercent: 10, costsToo: true });
    expect(self.costsDiscounted).toBe(true);
    expect(self.costsToComeToday).toBeCloseTo(15_000 / 1.1 ** 1.5, 6);
    expect(self.value).toBeCloseTo((60_000 - 15_000) / 1.1 ** 1.5, 6);
    const noRate = valueOfGoingOn(sampleWorksheet.sides!.self, { costsToo: true });
    expect(noRate.costsDiscounted).toBe(false);
    expect(noRate.value).toBe(45_000);
  });

  it('warns in a note when going on is worth less than nothing, and whether the costs alone made it so', () => {
    const flipped = valueOfGoingOn({
      money: { costsToCome: 150_000 },
      outcomes: { probable: { amount: 100_000, probability: 100 } },
    });
    expect(flipped.value).toBe(-50_000);
    expect(flipped.notes).toEqual([{ code: 'negative-value', flipped: true }]);
    expect(valueOfGoingOn(sampleWorksheet.sides!.other).notes).toEqual([{ code: 'negative-value', flipped: false }]);
    expect(codes(sampleWorksheet.sides!.self)).toEqual([]);
  });

  it('refuses to compute when probabilities do not sum to 100 %, and says the sum', () => {
    const side: SideSheet = {
      outcomes: { best: { amount: 10, probability: 40 }, worst: { amount: 0, probability: 40 } },
    };
    const result = valueOfGoingOn(side);
    expect(result.value).toBeUndefined();
    expect(result.notes).toContainEqual({ code: 'probabilities-sum', sum: 80 });
  });

  it('accepts 33 + 33 + 33 as 100 % and weighs the three equally', () => {
    const side: SideSheet = {
      money: { costsToCome: 0 },
      outcomes: {
        best: { amount: 90, probability: 33 },
        probable: { amount: 30, probability: 33 },
        worst: { amount: 0, probability: 33 },
      },
    };
    expect(valueOfGoingOn(side).value).toBeCloseTo(40, 10);
  });

  it('says which number is missing instead of guessing', () => {
    expect(codes({ outcomes: { best: { amount: 10 }, worst: { amount: 0, probability: 100 } } })).toContain(
      'missing-probability',
    );
    expect(codes({ outcomes: { best: { probability: 50 }, worst: { amount: 0, probability: 50 } } })).toContain(
      'missing-amount',
    );
    expect(codes(undefined)).toEqual(['no-outcomes', 'costs-to-come-missing']);
    expect(valueOfGoingOn({ outcomes: { best: { amount: 10 } } }).value).toBeUndefined();
  });

  it('computes with stated assumptions: no costs to come means 0, no months means no discount', () => {
    const result = valueOfGoingOn({ outcomes: { probable: { amount: 100, probability: 100 } } }, { ratePercent: 5 });
    expect(result.value).toBe(100);
    expect(result.notes.map((n) => n.code)).toEqual(['costs-to-come-missing', 'months-missing']);
  });

  it('flags a best outcome below the worst as a likely slip, and still computes', () => {
    const result = valueOfGoingOn({
      money: { costsToCome: 0 },
      outcomes: { best: { amount: 0, probability: 50 }, worst: { amount: 10, probability: 50 } },
    });
    expect(result.notes).toEqual([{ code: 'outcomes-out-of-order' }]);
    expect(result.value).toBe(5);
  });
});

describe('settlement zone', () => {
  it('finds the overlap of the sample case: between 45,000 and 65,000 paid to self', () => {
    const assessment = assessWorksheet(sampleWorksheet);
    expect(assessment.selfAccepts).toBe(45_000);
    expect(assessment.otherAccepts).toBe(65_000);
    expect(assessment.zone).toEqual({ kind: 'overlap', low: 45_000, high: 65_000 });
  });

  it('reports a gap when each side expects more than the other will give', () => {
    expect(settlementZone(70_000, -50_000)).toEqual({ kind: 'gap', low: 50_000, high: 70_000, gap: 20_000 });
  });

  it('says which side is missing', () => {
    expect(settlementZone(undefined, 3)).toEqual({ kind: 'unknown', missing: ['self'] });
    expect(assessWorksheet({ version: 1 }).zone).toEqual({ kind: 'unknown', missing: ['self', 'other'] });
  });
});

// Ordered outcomes (best ≥ probable ≥ worst) with probabilities in whole percent summing to 100.
const amount = fc.integer({ min: -1_000_000, max: 1_000_000 });
const orderedSide = fc
  .record({
    amounts: fc.tuple(amount, amount, amount).map((a) => [...a].sort((x, y) => y - x) as [number, number, number]),
    cut: fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)]),
    costsToCome: fc.integer({ min: 0, max: 500_000 }),
    months: fc.integer({ min: 0, max: 120 }),
  })
  .map(
    ({ amounts, cut, costsToCome, months }): SideSheet => ({
      money: { costsToCome, monthsToDecision: months },
      outcomes: {
        best: { amount: amounts[0], probability: cut[0]! },
        probable: { amount: amounts[1], probability: cut[1]! - cut[0]! },
        worst: { amount: amounts[2], probability: 100 - cut[1]! },
      },
    }),
  );
const rate = fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined });

describe('laws', () => {
  it('raising the probability of the best outcome (taken from another) never lowers the value of going on', () => {
    fc.assert(
      fc.property(
        orderedSide,
        rate,
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom('probable', 'worst' as const),
        (side, r, shift, from) => {
          const outcomes = side.outcomes!;
          const moved = Math.min(shift, outcomes[from]!.probability!);
          const raised: SideSheet = {
            ...side,
            outcomes: {
              ...outcomes,
              best: { ...outcomes.best, probability: outcomes.best!.probability! + moved },
              [from]: { ...outcomes[from], probability: outcomes[from]!.probability! - moved },
            },
          };
          expect(valueOfGoingOn(raised, { ratePercent: r }).value!).toBeGreaterThanOrEqual(
            valueOfGoingOn(side, { ratePercent: r }).value! - 1e-6,
          );
        },
      ),
    );
  });

  it('more costs to come never raise the value of going on', () => {
    fc.assert(
      fc.property(orderedSide, rate, fc.integer({ min: 0, max: 100_000 }), (side, r, extra) => {
        const costlier = { ...side, money: { ...side.money, costsToCome: side.money!.costsToCome! + extra } };
        const time = { ratePercent: r };
        expect(valueOfGoingOn(costlier, time).value!).toBeLessThanOrEqual(valueOfGoingOn(side, time).value!);
      }),
    );
  });

  it('discounting the costs to come too never lowers the value of going on', () => {
    fc.assert(
      fc.property(orderedSide, rate, (side, r) => {
        const plain = valueOfGoingOn(side, { ratePercent: r }).value!;
        expect(valueOfGoingOn(side, { ratePercent: r, costsToo: true }).value!).toBeGreaterThanOrEqual(plain - 1e-6);
      }),
    );
  });

  it('the value lies between the worst and the best outcome, net of costs (without discounting)', () => {
    fc.assert(
      fc.property(orderedSide, (side) => {
        const { value } = valueOfGoingOn(side);
        const costs = side.money!.costsToCome!;
        expect(value!).toBeLessThanOrEqual(side.outcomes!.best!.amount! - costs + 1e-6);
        expect(value!).toBeGreaterThanOrEqual(side.outcomes!.worst!.amount! - costs - 1e-6);
      }),
    );
  });

  it('the overlap is symmetric: swapping the sides mirrors the zone', () => {
    fc.assert(
      fc.property(orderedSide, orderedSide, rate, (self, other, r) => {
        const a = assessWorksheet({
          version: 1,
          discountRatePercent: r,
          sides: { self, other },
        } satisfies Worksheet).zone;
        const b = assessWorksheet({ version: 1, discountRatePercent: r, sides: { self: other, other: self } }).zone;
        expect(b.kind).toBe(a.kind);
        if (a.kind !== 'unknown' && b.kind !== 'unknown') {
          expect(b.low).toBeCloseTo(-a.high, 6);
          expect(b.high).toBeCloseTo(-a.low, 6);
        }
      }),
    );
  });

  it('ranges overlap exactly when the two values of going on sum to at most zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e9, max: 1e9 }), (self, other) => {
        expect(settlementZone(self, other).kind).toBe(self + other <= 0 ? 'overlap' : 'gap');
      }),
    );
  });
});
