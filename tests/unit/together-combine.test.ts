// Choosing together: the combination is symmetric, ranks by the lower score of the two sides, and keeps every gate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import { FACTOR_IDS, factorValues, type FactorProfile, type FactorValue } from '../../src/domain/factors.ts';
import { agreement, combine, type Together } from '../../src/domain/together/combine.ts';

const RUNS = 300;
const anyProfile = fc
  .record(
    Object.fromEntries(
      FACTOR_IDS.map((id) => [id, fc.constantFrom<FactorValue | undefined>(undefined, ...factorValues(id))]),
    ),
  )
  .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as FactorProfile);

/** The same result seen from the other side: every a and b swapped. */
function swapped(t: Together): Together {
  const flip = (side: 'a' | 'b' | 'both') => (side === 'a' ? 'b' : side === 'b' ? 'a' : 'both');
  return {
    priorities: t.priorities.map((p) => ({ ...p, a: p.b, b: p.a })),
    shared: t.shared.map((s) => ({ ...s, a: s.b, b: s.a, limitedBy: flip(s.limitedBy) })),
    excluded: t.excluded.map((e) => ({ ...e, a: e.b, b: e.a })),
  };
}

describe('combine', () => {
  it(`is symmetric in the two parties (${RUNS} pairs)`, () => {
    fc.assert(
      fc.property(anyProfile, anyProfile, (a, b) => {
        expect(combine(b, a, defaultRules)).toEqual(swapped(combine(a, b, defaultRules)));
      }),
      { numRuns: RUNS },
    );
  });

  it(`ranks shared options by the lower of the two scores, and excludes what either side's gate rules out (${RUNS} pairs)`, () => {
    fc.assert(
      fc.property(anyProfile, anyProfile, (a, b) => {
        const together = combine(a, b, defaultRules);
        const ra = analyse(a, defaultRules, { sensitivity: false }).options;
        const rb = analyse(b, defaultRules, { sensitivity: false }).options;
        expect(together.shared.length + together.excluded.length).toBe(ra.length);
        for (let i = 1; i < together.shared.length; i++)
          expect(together.shared[i - 1]!.score).toBeGreaterThanOrEqual(together.shared[i]!.score);
        for (const s of together.shared) expect(s.score).toBe(Math.min(s.a.score, s.b.score));
        for (const e of together.excluded) {
          const ga = ra.find((o) => o.id === e.id)!;
          const gb = rb.find((o) => o.id === e.id)!;
          expect(!ga.available || !gb.available).toBe(true);
          expect(e.a).toEqual(ga.unavailable);
          expect(e.b).toEqual(gb.unavailable);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("with the same profile on both sides gives that side's own ranking", () => {
    const profile: FactorProfile = { 'goal.relationship': 3, 'goal.privacy': 2, 'imp.communication': 2 };
    const own = analyse(profile, defaultRules, { sensitivity: false })
      .options.filter((o) => o.available)
      .map((o) => o.id);
    expect(combine(profile, profile, defaultRules).shared.map((s) => s.id)).toEqual(own);
  });

  it('says who limits each option, and sorts ties by the sum', () => {
    const a: FactorProfile = { 'goal.precedent': 3, 'goal.vindication': 3 };
    const b: FactorProfile = { 'goal.relationship': 3, 'goal.privacy': 3 };
    const litigation = combine(a, b, defaultRules).shared.find((s) => s.id === 'litigation')!;
    expect(litigation.limitedBy).toBe('b');
    expect(litigation.score).toBe(litigation.b.score);
  });

  it('an option one side gates out is excluded, with that side named', () => {
    const refuses: FactorProfile = { 'ctx.other-party-willing': 0 };
    const together = combine(refuses, {}, defaultRules);
    const mediation = together.excluded.find((e) => e.id === 'mediation-facilitative')!;
    expect(mediation.a.map((g) => g.gateId)).toContain('refusal-mediation');
    expect(mediation.b).toEqual([]);
    expect(together.shared.some((s) => s.id === 'mediation-facilitative')).toBe(false);
  });

  it('compares each goal and impediment: agree, close, differ or unknown', () => {
    expect([agreement(2, 2), agreement(1, 2), agreement(0, 3), agreement(undefined, 1)]).toEqual([
      'agree',
      'close',
      'differ',
      'unknown',
    ]);
    const rows = combine(
      { 'goal.speed': 3, 'goal.privacy': 3 },
      { 'goal.speed': 3, 'goal.privacy': 0 },
      defaultRules,
    ).priorities;
    expect(rows.find((r) => r.factor === 'goal.speed')!.agreement).toBe('agree');
    expect(rows.find((r) => r.factor === 'goal.privacy')!.agreement).toBe('differ');
    expect(rows.find((r) => r.factor === 'goal.cost')!.agreement).toBe('unknown');
  });
});
