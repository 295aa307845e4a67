import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorksheet } from '../../src/domain/worksheet/parse.ts';
import { sampleWorksheet } from './helpers/worksheet-sample.ts';

const RUNS = 500;

describe('parseWorksheet', () => {
  it('returns a valid worksheet unchanged', () => {
    expect(parseWorksheet(structuredClone(sampleWorksheet))).toEqual({ ok: true, worksheet: sampleWorksheet });
    expect(parseWorksheet({ version: 1 })).toEqual({ ok: true, worksheet: { version: 1 } });
  });

  it('keeps the choice to discount the costs to come; a worksheet stored before it existed still reads', () => {
    const withChoice = { ...structuredClone(sampleWorksheet), discountRatePercent: 5, discountCostsToCome: true };
    expect(parseWorksheet(withChoice)).toEqual({ ok: true, worksheet: withChoice });
    const before = structuredClone(sampleWorksheet);
    expect(parseWorksheet(before)).toEqual({ ok: true, worksheet: sampleWorksheet });
    expect(parseWorksheet({ version: 1, discountCostsToCome: 'yes' })).toEqual({
      ok: false,
      problems: [{ path: 'discountCostsToCome', code: 'not-boolean' }],
    });
  });

  it('keeps the ways on (court, arbitration, mediation) and checks each figure', () => {
    const paths = {
      court: { costsToCome: 20_000, monthsToDecision: 18 },
      arbitration: { costsToCome: 45_000 },
      mediation: { costs: 3_000, months: 2, settlePercent: 70, settlement: -5_000 },
    };
    const withPaths = { version: 1, sides: { self: { paths } } };
    expect(parseWorksheet(structuredClone(withPaths))).toEqual({ ok: true, worksheet: withPaths });
    const bad = { version: 1, sides: { self: { paths: { mediation: { settlePercent: 120, costs: -1 } } } } };
    expect(parseWorksheet(bad)).toEqual({
      ok: false,
      problems: [
        { path: 'sides.self.paths.mediation.costs', code: 'out-of-range' },
        { path: 'sides.self.paths.mediation.settlePercent', code: 'out-of-range' },
      ],
    });
  });

  it('drops unknown keys, including __proto__', () => {
    const input = JSON.parse(
      '{"version":1,"extra":1,"__proto__":{"polluted":true},"sides":{"self":{"x":1,"label":"A"}}}',
    );
    const result = parseWorksheet(input);
    expect(result).toEqual({ ok: true, worksheet: { version: 1, sides: { self: { label: 'A' } } } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('names every problem by path and code', () => {
    const result = parseWorksheet({
      version: 2,
      currency: 'euro',
      discountRatePercent: 300,
      sides: { self: { outcomes: { best: { amount: 'lots', probability: 120 } } }, other: [] },
      parties: [
        { id: 'p', name: 'A', kind: 'boss' },
        { id: 'p', name: 'B', kind: 'party' },
      ],
      actions: [{ id: 'a', step: 'x', due: '2027-02-30' }, 'step'],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'version', code: 'bad-version' },
        { path: 'currency', code: 'bad-currency' },
        { path: 'discountRatePercent', code: 'out-of-range' },
        { path: 'sides.self.outcomes.best.amount', code: 'not-number' },
        { path: 'sides.self.outcomes.best.probability', code: 'out-of-range' },
        { path: 'sides.other', code: 'not-object' },
        { path: 'parties.0.kind', code: 'bad-choice' },
        { path: 'actions.0.due', code: 'bad-date' },
        { path: 'actions.1', code: 'not-object' },
      ]),
    );
  });

  it('refuses duplicate ids, missing required fields, too long text and too many items', () => {
    const problems = (input: unknown) => {
      const result = parseWorksheet(input);
      return result.ok ? [] : result.problems;
    };
    expect(
      problems({
        version: 1,
        parties: [
          { id: 'p', name: 'A', kind: 'party' },
          { id: 'p', name: 'B', kind: 'party' },
        ],
      }),
    ).toEqual([{ path: 'parties.1.id', code: 'duplicate-id' }]);
    expect(problems({ version: 1, actions: [{ id: 'a' }] })).toEqual([{ path: 'actions.0.step', code: 'missing' }]);
    expect(problems({ version: 1, facts: 'x'.repeat(5001) })).toEqual([{ path: 'facts', code: 'too-long' }]);
    expect(
      problems({ version: 1, actions: Array.from({ length: 101 }, (_, i) => ({ id: `a${i}`, step: 's' })) }),
    ).toEqual([{ path: 'actions', code: 'too-many' }]);
    expect(problems([])).toEqual([{ path: '', code: 'not-object' }]);
    expect(problems({ version: 1, sides: { self: { money: { costsToCome: Number.NaN } } } })).toEqual([
      { path: 'sides.self.money.costsToCome', code: 'not-number' },
    ]);
  });

  it('gives 0 for -0, so an accepted worksheet survives a trip through JSON', () => {
    const result = parseWorksheet({ version: 1, sides: { self: { money: { claim: -0 } } } });
    expect(result.ok && Object.is(result.worksheet.sides?.self?.money?.claim, 0)).toBe(true);
  });

  it(`never throws on random or mutated input, and what it accepts parses again to itself (${RUNS} inputs each)`, () => {
    const anyJson = fc.jsonValue({ maxDepth: 5 });
    const mutated = fc.tuple(fc.nat(), anyJson).map(([pick, replacement]) => {
      const copy = structuredClone(sampleWorksheet) as unknown as Record<string, unknown>;
      const paths: string[][] = [];
      const walk = (node: unknown, path: string[]) => {
        paths.push(path);
        if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
      };
      walk(copy, []);
      const path = paths[pick % paths.length]!;
      if (path.length === 0) return replacement;
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
      parent[path[path.length - 1]!] = replacement;
      return copy;
    });
    fc.assert(
      fc.property(fc.oneof(anyJson, mutated), (input) => {
        const result = parseWorksheet(input);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        else expect(parseWorksheet(JSON.parse(JSON.stringify(result.worksheet)))).toEqual(result);
      }),
      { numRuns: RUNS },
    );
  });
});
