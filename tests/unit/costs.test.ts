import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCosts } from '../../src/domain/costs/default-costs.ts';
import { type CostCase, estimateCosts, scaleFee } from '../../src/domain/costs/estimate.ts';
import { parseCostTable } from '../../src/domain/costs/parse.ts';
import type { FeeScale } from '../../src/domain/costs/types.ts';
import { AMOUNTS, JURISDICTIONS } from '../../src/domain/factors.ts';
import { OPTION_IDS } from '../../src/domain/options.ts';
import gbEng from '../../data/costs/gb-eng.json' with { type: 'json' };

const courtScale = defaultCosts.find((t) => t.id === 'gb-eng')!.scales[0]! as FeeScale;
const parts = ['fees', 'partyCosts', 'time', 'settles'] as const;

const arbCase = fc.record({
  jurisdiction: fc.option(fc.constantFrom(...JURISDICTIONS), { nil: undefined }),
  amount: fc.option(fc.constantFrom(...AMOUNTS), { nil: undefined }),
  claim: fc.option(
    fc.record({ value: fc.double({ min: 0, max: 1e9, noNaN: true }), currency: fc.constantFrom('GBP', 'EUR', 'USD') }),
    { nil: undefined },
  ),
});
const asCase = (c: {
  jurisdiction: CostCase['jurisdiction'];
  amount: CostCase['amount'];
  claim: CostCase['claim'] | undefined;
}): CostCase =>
  c.claim
    ? { jurisdiction: c.jurisdiction, amount: c.amount, claim: c.claim }
    : { jurisdiction: c.jurisdiction, amount: c.amount };

describe('the shipped cost tables', () => {
  it('parse without problems', () => {
    expect(defaultCosts.map((t) => t.id).sort()).toEqual(['any', 'fr', 'gb-eng', 'us']);
  });
  it('refuse a figure without a known source, and a falling scale', () => {
    const bad = structuredClone(gbEng) as Record<string, unknown> & typeof gbEng;
    bad.figures[0]!.source = 'nowhere';
    (bad.scales[0]!.bands[7] as Record<string, unknown>) = { upTo: 200000, percent: 1 };
    const problems: string[] = [];
    expect(parseCostTable(bad, 'gb-eng', problems)).toBe(false);
    expect(problems.join('\n')).toContain('costs.gb-eng.figures[0].source');
    expect(problems.join('\n')).toContain('the fee falls');
  });
});

describe('estimateCosts', () => {
  it('England and Wales, a £50,000 claim: the court issue fee from the Fees Order, time from the official statistics', () => {
    const e = estimateCosts(defaultCosts, 'litigation', {
      jurisdiction: 'gb-eng',
      amount: 'medium',
      claim: { value: 50000, currency: 'GBP' },
    });
    expect(e.fees).toMatchObject({ known: true, ranges: [{ low: 2500, high: 2500, unit: 'GBP' }] });
    expect(e.time.known && e.time.ranges[0]!.used.map((u) => u.id)).toEqual(['court-time-multi-track']);
    expect(e.time.known && e.time.ranges[0]!.used[0]!.source.citation).toMatch(/Civil Justice Statistics/);
    expect(e.partyCosts).toEqual({ known: false, why: 'no-source' });
  });
  it('England and Wales, a small claim without a figure: the small-claims time only, the fee needs the amount', () => {
    const e = estimateCosts(defaultCosts, 'litigation', { jurisdiction: 'gb-eng', amount: 'small' });
    expect(e.fees).toEqual({ known: false, why: 'needs-amount' });
    expect(e.time.known && [Math.floor(e.time.ranges[0]!.low), Math.ceil(e.time.ranges[0]!.high)]).toEqual([11, 12]);
  });
  it('a small claim is not shown the international arbitration figures, which are for high-value cases', () => {
    const arb = estimateCosts(defaultCosts, 'arbitration', { jurisdiction: 'gb-eng', amount: 'small' });
    expect(arb.fees.known).toBe(false);
    expect(arb.partyCosts.known).toBe(false);
  });
  it('France: court time from the budget report by court, by what the dispute is about; no court fee known', () => {
    const commercial = estimateCosts(defaultCosts, 'litigation', {
      jurisdiction: 'fr',
      amount: 'large',
      area: 'commercial-contracts',
    });
    expect(commercial.fees).toEqual({ known: false, why: 'no-source' });
    // A commercial case goes to the tribunal de commerce or the tribunal judiciaire: both figures, as a range.
    expect(commercial.time).toMatchObject({ known: true, ranges: [{ low: 9.5, high: 12.1, unit: 'months' }] });
    const employment = estimateCosts(defaultCosts, 'litigation', {
      jurisdiction: 'fr',
      amount: 'large',
      area: 'employment',
    });
    expect(employment.time).toMatchObject({ known: true, ranges: [{ low: 16.7, high: 16.7 }] });
    expect(employment.time.known && employment.time.ranges[0]!.used[0]!.source.citation).toMatch(/programme 166/);
    const arb = estimateCosts(defaultCosts, 'arbitration', { jurisdiction: 'fr', amount: 'large' });
    expect(arb.time).toMatchObject({ known: true, ranges: [{ low: 16, high: 16, unit: 'months' }] });
    expect(arb.partyCosts).toMatchObject({ known: true, ranges: [{ low: 83, high: 83, unit: 'percent' }] });
  });
  it('a place with no table at all: "we don’t know for this jurisdiction"', () => {
    const court = estimateCosts(defaultCosts, 'litigation', { jurisdiction: 'de', amount: 'large' });
    expect(court.fees).toEqual({ known: false, why: 'place-not-covered' });
    expect(court.time).toEqual({ known: false, why: 'place-not-covered' });
  });
  it('a flat fee needs no claim: the US federal filing fee', () => {
    const court = estimateCosts(defaultCosts, 'litigation', { jurisdiction: 'us', amount: 'medium' });
    expect(court.fees).toMatchObject({ known: true, ranges: [{ low: 402, high: 402, unit: 'USD' }] });
  });
  it('England and Wales: how often a mediation settles, from CEDR, never for a family case or a small claim', () => {
    const mediation = estimateCosts(defaultCosts, 'mediation-facilitative', {
      jurisdiction: 'gb-eng',
      amount: 'medium',
      area: 'construction',
    });
    expect(mediation.settles).toMatchObject({ known: true, ranges: [{ low: 72, high: 93, unit: 'percent' }] });
    const family = estimateCosts(defaultCosts, 'mediation-facilitative', {
      jurisdiction: 'gb-eng',
      amount: 'medium',
      area: 'family',
    });
    // The place has figures, but for other kinds of case: said as such, not as "we don't know for this place".
    expect(family.settles).toEqual({ known: false, why: 'not-for-this-case' });
    const small = estimateCosts(defaultCosts, 'mediation-facilitative', { jurisdiction: 'gb-eng', amount: 'small' });
    expect(small.settles).toEqual({ known: false, why: 'not-for-this-case' });
    const conciliation = estimateCosts(defaultCosts, 'conciliation', { jurisdiction: 'gb-eng', amount: 'small' });
    expect(conciliation.settles).toEqual({ known: false, why: 'no-source' });
  });
  it('"not sure" where: no court figure at all, even with a claim in pounds', () => {
    const e = estimateCosts(defaultCosts, 'litigation', {
      jurisdiction: undefined,
      amount: 'small',
      claim: { value: 800, currency: 'GBP' },
    });
    expect(e.fees).toEqual({ known: false, why: 'place-unknown' });
    expect(e.time).toEqual({ known: false, why: 'place-unknown' });
  });

  it('ranges are ordered and every figure carries its source, year and population', () => {
    fc.assert(
      fc.property(arbCase, fc.constantFrom(...OPTION_IDS), (c, option) => {
        const e = estimateCosts(defaultCosts, option, asCase(c));
        for (const part of parts) {
          const p = e[part];
          if (!p.known) continue;
          for (const r of p.ranges) {
            expect(r.low).toBeLessThanOrEqual(r.high);
            expect(r.used.length).toBeGreaterThan(0);
            for (const u of r.used) {
              expect(u.source.citation.length).toBeGreaterThan(0);
              expect(Number.isInteger(u.year)).toBe(true);
              expect(u.population.length).toBeGreaterThan(0);
            }
          }
        }
      }),
    );
  });
  it('a larger amount never lowers a scale-based fee', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(scaleFee(courtScale, lo)).toBeLessThanOrEqual(scaleFee(courtScale, hi));
        },
      ),
    );
  });
  it('"not sure" never invents a figure: everything used then comes from the place-free table', () => {
    const placeFree = new Set(defaultCosts.find((t) => t.id === 'any')!.figures.map((f) => f.id));
    fc.assert(
      fc.property(arbCase, fc.constantFrom(...OPTION_IDS), (c, option) => {
        const e = estimateCosts(defaultCosts, option, asCase({ ...c, jurisdiction: undefined }));
        for (const part of parts) {
          const p = e[part];
          if (p.known) for (const r of p.ranges) for (const u of r.used) expect(placeFree.has(u.id)).toBe(true);
        }
      }),
    );
  });
});

describe('npm run analyse', () => {
  it('prints each option’s estimate in the table, with its source', async () => {
    const { analysisTable } = await import('../../src/cli/analysis-table.ts');
    const { analyse } = await import('../../src/domain/engine.ts');
    const { defaultRules } = await import('../../src/domain/default-rules.ts');
    const { placeNotes } = await import('../../src/domain/place-notes.ts');
    const { costCase } = await import('../../src/domain/costs/estimate.ts');
    const profile = { 'ctx.jurisdiction': 'gb-eng', 'ctx.amount': 'large' } as const;
    const analysis = analyse(profile, defaultRules);
    const c = costCase(profile);
    const costs = Object.fromEntries(analysis.options.map((o) => [o.id, estimateCosts(defaultCosts, o.id, c)]));
    const table = analysisTable(analysis, defaultRules, placeNotes(defaultRules, profile), costs);
    expect(table).toMatch(/time: 17-18 months \[mean, Ministry of Justice, Civil Justice Statistics Quarterly/);
    expect(table).toContain('fees: needs the amount claimed in figures');
    expect(table).toMatch(/own costs: 83% of the total \[share, ICC Commission/);
    expect(table).toMatch(/settles: 72-93% of cases \[share, CEDR, The Ninth Mediation Audit/);
  });
});

describe('likelihood of settling', () => {
  it('gives the published rate for a mediation as a range, and none where no source applies', async () => {
    const { publishedSettleRate } = await import('../../src/domain/costs/settle-likelihood.ts');
    expect(
      publishedSettleRate(defaultCosts, { jurisdiction: 'gb-eng', amount: 'large', area: 'banking-finance' }),
    ).toEqual({
      low: 72,
      high: 93,
    });
    expect(publishedSettleRate(defaultCosts, { jurisdiction: 'fr', amount: 'large' })).toBeUndefined();
    expect(publishedSettleRate(defaultCosts, { jurisdiction: undefined, amount: 'large' })).toBeUndefined();
  });
  it('names only the directions the literature supports: a reluctant side and a late stage of escalation', async () => {
    const { settleLeans } = await import('../../src/domain/costs/settle-likelihood.ts');
    expect(settleLeans({})).toEqual([]);
    expect(settleLeans({ 'ctx.other-party-willing': 3, 'ctx.escalation': 4 })).toEqual([]);
    expect(settleLeans({ 'ctx.other-party-willing': 1, 'ctx.escalation': 7 })).toEqual(['reluctant-side', 'escalated']);
  });
});
