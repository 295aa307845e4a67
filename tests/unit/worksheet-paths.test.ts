import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePaths, zoneMiddle } from '../../src/domain/worksheet/paths.ts';
import { assessWorksheet, settlementZone } from '../../src/domain/worksheet/settlement-zone.ts';
import type { SideSheet } from '../../src/domain/worksheet/types.ts';
import { sampleWorksheet } from './helpers/worksheet-sample.ts';

const self = sampleWorksheet.sides!.self!;
const noZone = undefined;
const codes = (notes: readonly { code: string }[]) => notes.map((n) => n.code);

describe('comparePaths', () => {
  it('values the court path from the going-on figures when it has none of its own', () => {
    const paths = comparePaths(self, {}, noZone, undefined);
    expect(paths.court.from).toBe('going-on');
    expect(paths.court.value).toEqual({ low: 45_000, high: 45_000, atLeast: false }); // 60,000 − 15,000
    expect(paths.arbitration).toEqual({ id: 'arbitration', from: 'none', notes: [{ code: 'not-entered' }] });
  });

  it('court falls back field by field: its own months keep the costs typed for going on', () => {
    const side: SideSheet = { ...self, paths: { court: { monthsToDecision: 24 } } };
    const court = comparePaths(side, {}, noZone, undefined).court;
    expect(court.from).toBe('path');
    expect(court.money).toEqual({ costsToCome: 15_000, monthsToDecision: 24 });
    expect(court.value!.low).toBe(45_000); // the costs were not dropped to 0
    expect(codes(court.notes)).toEqual([]);
  });

  it('mediation first without court figures asks for them, and shows no months it does not know', () => {
    const side: SideSheet = { outcomes: self.outcomes, paths: { mediation: { costs: 2_000, settlePercent: 50 } } };
    const paths = comparePaths(side, {}, noZone, undefined);
    expect(codes(paths.mediationFirst.notes)).toContain('court-needed');
    expect(codes(paths.mediationFirst.notes)).not.toContain('not-entered');
    expect(paths.mediationFirst.months).toBeUndefined();
    const noMonths = comparePaths({ ...self, paths: { mediation: { costs: 1 } } }, {}, noZone, { low: 50, high: 50 });
    expect(noMonths.mediationFirst.months).toBeUndefined(); // not "0 months if it settles"
  });

  it('mediation first, discounted: court after the mediation is discounted over both, the settlement over the mediation', () => {
    const side: SideSheet = {
      ...self,
      paths: { mediation: { costs: 3_000, months: 6, settlePercent: 70, settlement: 55_000 } },
    };
    const value = comparePaths(side, { ratePercent: 10 }, noZone, undefined).mediationFirst.value!;
    const court = 60_000 / 1.1 ** ((18 + 6) / 12) - 15_000;
    const settlement = 55_000 / 1.1 ** (6 / 12);
    expect(value.low).toBeCloseTo(-3_000 + 0.7 * Math.max(settlement, court) + 0.3 * court, 6);
  });

  it('values arbitration with its own costs and months, the outcomes unchanged', () => {
    const side: SideSheet = { ...self, paths: { arbitration: { costsToCome: 40_000, monthsToDecision: 12 } } };
    const paths = comparePaths(side, { ratePercent: 10 }, noZone, undefined);
    expect(paths.arbitration.value!.low).toBeCloseTo(60_000 / 1.1 - 40_000, 6);
    expect(paths.arbitration.months).toBe(12);
  });

  it('mediation first: the chance weighs a settlement against court after the mediation', () => {
    const side: SideSheet = {
      ...self,
      paths: { mediation: { costs: 3_000, months: 2, settlePercent: 70, settlement: 55_000 } },
    };
    const paths = comparePaths(side, {}, noZone, undefined);
    // −3,000 + 0.7 × 55,000 + 0.3 × 45,000
    expect(paths.mediationFirst.value).toEqual({ low: 49_000, high: 49_000, atLeast: false });
    expect(paths.mediationFirst.months).toEqual({ low: 2, high: 20 });
    expect(codes(paths.mediationFirst.notes)).toEqual([]);
  });

  it('uses the published rate as a range when the side gives no chance, and says so', () => {
    const side: SideSheet = { ...self, paths: { mediation: { costs: 3_000, months: 2, settlement: 55_000 } } };
    const paths = comparePaths(side, {}, noZone, { low: 50, high: 90 });
    expect(paths.mediationFirst.value!.low).toBeCloseTo(-3_000 + 0.5 * 55_000 + 0.5 * 45_000, 6);
    expect(paths.mediationFirst.value!.high).toBeCloseTo(-3_000 + 0.9 * 55_000 + 0.1 * 45_000, 6);
    expect(paths.mediationFirst.notes).toContainEqual({ code: 'chance-published', rate: { low: 50, high: 90 } });
  });

  it('mediation first with no figure of its own is not entered, even where a published rate exists', () => {
    const paths = comparePaths(self, {}, noZone, { low: 70, high: 90 });
    expect(paths.mediationFirst).toEqual({ id: 'mediation-first', notes: [{ code: 'not-entered' }] });
  });

  it('without a chance of its own or a published one, gives no value and says why', () => {
    const paths = comparePaths({ ...self, paths: { mediation: { costs: 1 } } }, {}, noZone, undefined);
    expect(paths.mediationFirst.value).toBeUndefined();
    expect(codes(paths.mediationFirst.notes)).toContain('chance-missing');
  });

  it('takes the middle of the zone as the settlement when none is given, and says so', () => {
    const zone = assessWorksheet(sampleWorksheet).zone; // self ≥ 45,000, other pays ≤ 65,000
    expect(zoneMiddle(zone, 'self')).toBe(55_000);
    expect(zoneMiddle(zone, 'other')).toBe(-55_000);
    expect(zoneMiddle(settlementZone(0, 10), 'self')).toBeUndefined(); // a gap has no middle
    const side: SideSheet = { ...self, paths: { mediation: { costs: 0, months: 0, settlePercent: 100 } } };
    const paths = comparePaths(side, {}, zoneMiddle(zone, 'self'), undefined);
    expect(paths.mediationFirst.notes).toContainEqual({ code: 'settlement-from-zone', settlement: 55_000 });
    expect(paths.mediationFirst.value!.low).toBe(55_000);
    // The other side pays: in its own terms the same settlement is −55,000, worth more than its −65,000 in court.
    const other = sampleWorksheet.sides!.other!;
    const theirs = comparePaths(
      { ...other, paths: { mediation: { settlePercent: 100 } } },
      {},
      zoneMiddle(zone, 'other'),
      undefined,
    );
    expect(theirs.mediationFirst.value!.low).toBe(-55_000);
  });

  it('without a settlement or a zone, gives the least the path is worth', () => {
    const side: SideSheet = { ...self, paths: { mediation: { costs: 2_000, months: 0, settlePercent: 60 } } };
    const value = comparePaths(side, {}, noZone, undefined).mediationFirst.value!;
    expect(value).toEqual({ low: 43_000, high: 43_000, atLeast: true });
  });

  it('a settlement below going on is one the side would refuse: it counts as court, and is said', () => {
    const side: SideSheet = {
      ...self,
      paths: { mediation: { costs: 0, months: 0, settlePercent: 80, settlement: 10_000 } },
    };
    const paths = comparePaths(side, {}, noZone, undefined);
    expect(paths.mediationFirst.value!.low).toBe(45_000);
    expect(codes(paths.mediationFirst.notes)).toContain('settlement-below-going-on');
  });

  it('blocks every path when the outcomes cannot be weighed', () => {
    const side: SideSheet = {
      money: { costsToCome: 1 },
      outcomes: { best: { amount: 1, probability: 40 } },
      paths: { mediation: { costs: 1 } },
    };
    const paths = comparePaths(side, {}, noZone, { low: 50, high: 60 });
    expect(codes(paths.court.notes)).toContain('outcomes-blocked');
    expect(paths.court.costs).toBe(1); // what was typed is still shown
    expect(codes(paths.mediationFirst.notes)).toContain('outcomes-blocked');
  });
});

const money = fc.integer({ min: -500_000, max: 500_000 });
const cost = fc.integer({ min: 0, max: 200_000 });
const months = fc.integer({ min: 0, max: 60 });
const percent = fc.integer({ min: 0, max: 100 });
const sideArb = fc.record({
  best: money,
  worst: money,
  pBest: percent,
  courtCosts: cost,
  courtMonths: months,
  medCosts: cost,
  medMonths: months,
  chance: percent,
  settlement: fc.option(money, { nil: undefined }),
  rate: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
});
type Arb = typeof sideArb extends fc.Arbitrary<infer T> ? T : never;

function sideOf(a: Arb, change: Partial<Arb> = {}): SideSheet {
  const x = { ...a, ...change };
  return {
    money: { costsToCome: x.courtCosts, monthsToDecision: x.courtMonths },
    outcomes: {
      best: { amount: Math.max(x.best, x.worst), probability: x.pBest },
      worst: { amount: Math.min(x.best, x.worst), probability: 100 - x.pBest },
    },
    paths: {
      mediation: {
        costs: x.medCosts,
        months: x.medMonths,
        settlePercent: x.chance,
        ...(x.settlement === undefined ? {} : { settlement: x.settlement }),
      },
      arbitration: { costsToCome: x.courtCosts, monthsToDecision: x.courtMonths },
    },
  };
}
const pathsOf = (a: Arb, change: Partial<Arb> = {}) =>
  comparePaths(sideOf(a, change), { ratePercent: a.rate }, noZone, undefined);

describe('comparePaths properties', () => {
  it('more cost never raises the value of any path', () => {
    fc.assert(
      fc.property(sideArb, cost, (a, more) => {
        const before = pathsOf(a);
        const court = pathsOf(a, { courtCosts: a.courtCosts + more });
        const med = pathsOf(a, { medCosts: a.medCosts + more });
        expect(court.court.value!.low).toBeLessThanOrEqual(before.court.value!.low + 1e-6);
        expect(court.arbitration.value!.low).toBeLessThanOrEqual(before.arbitration.value!.low + 1e-6);
        expect(court.mediationFirst.value!.low).toBeLessThanOrEqual(before.mediationFirst.value!.low + 1e-6);
        expect(med.mediationFirst.value!.low).toBeLessThanOrEqual(before.mediationFirst.value!.low + 1e-6);
      }),
    );
  });

  it('a higher chance of settling never lowers the value of mediating first', () => {
    fc.assert(
      fc.property(sideArb, percent, (a, other) => {
        const [low, high] = [Math.min(a.chance, other), Math.max(a.chance, other)];
        const lower = pathsOf(a, { chance: low }).mediationFirst.value!.low;
        const higher = pathsOf(a, { chance: high }).mediationFirst.value!.low;
        expect(higher).toBeGreaterThanOrEqual(lower - 1e-6);
      }),
    );
  });

  it('a published range gives low ≤ high, each the value at that chance', () => {
    fc.assert(
      fc.property(sideArb, percent, percent, (a, x, y) => {
        const rate = { low: Math.min(x, y), high: Math.max(x, y) };
        const side = sideOf(a);
        const { settlePercent: _, ...rest } = side.paths!.mediation!;
        const ranged = comparePaths({ ...side, paths: { mediation: rest } }, { ratePercent: a.rate }, noZone, rate);
        expect(ranged.mediationFirst.value!.low).toBeCloseTo(
          pathsOf(a, { chance: rate.low }).mediationFirst.value!.low,
          6,
        );
        expect(ranged.mediationFirst.value!.high).toBeCloseTo(
          pathsOf(a, { chance: rate.high }).mediationFirst.value!.low,
          6,
        );
      }),
    );
  });
});
