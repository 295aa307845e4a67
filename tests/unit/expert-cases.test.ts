// The expert case library (tests/expert-cases/cases.json), written from the literature before running the engine.
import { describe, expect, it } from 'vitest';
import { describeCheck, EXPERT_CASES, runCase } from '../expert-cases/check.ts';

describe('expert case library', () => {
  it('holds at least 40 cases, each check with a source and a reason', () => {
    expect(EXPERT_CASES.length).toBeGreaterThanOrEqual(40);
    for (const c of EXPERT_CASES)
      for (const check of c.expect) expect(check.source.length * check.why.length, c.id).toBeGreaterThan(0);
  });

  for (const c of EXPERT_CASES) {
    it(`${c.id}: ${c.title}`, () => {
      for (const v of runCase(c).verdicts)
        expect(v.ok, `${describeCheck(v.check)}; the engine: ${v.said} (${v.check.source})`).toBe(true);
    });
  }
});
