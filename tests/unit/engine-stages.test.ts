// Properties of the stages before scores: safety first, essentials honoured, willingness monotone, "not sure" rules nothing out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RankedOption } from '../../src/domain/analysis.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import { FACTOR_IDS, factorValues, JURISDICTIONS, type FactorProfile, type Level } from '../../src/domain/factors.ts';
import { factsFor } from '../../src/domain/option-facts.ts';
import type { OptionId } from '../../src/domain/options.ts';

const rules = defaultRules;
const profiles: fc.Arbitrary<FactorProfile> = fc.record(
  Object.fromEntries(FACTOR_IDS.map((id) => [id, fc.constantFrom(...factorValues(id))])),
  { requiredKeys: [] },
) as fc.Arbitrary<FactorProfile>;
const byId = (options: readonly RankedOption[]) => new Map(options.map((o) => [o.id, o]));
const JOINT: OptionId[] = [
  'negotiation',
  'mediation-facilitative',
  'mediation-evaluative',
  'conciliation',
  'early-neutral-evaluation',
  'mini-trial',
  'med-arb',
  'arb-med-arb',
  'online-dispute-resolution',
];
const CONSENSUAL = (Object.keys(rules.options) as OptionId[]).filter((id) =>
  ['consensual', 'advisory'].includes(rules.options[id].family),
);

describe('engine stages: properties', () => {
  it('with a safety risk and urgent protection needed, court ranks above every joint process, and the protection step says to act now', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const a = analyse({ ...p, 'ctx.safety-risk': true, 'ctx.urgent-interim-relief': true }, rules, {
          sensitivity: false,
        });
        const court = a.options.find((o) => o.id === 'litigation')!;
        expect(court.available).toBe(true);
        for (const o of a.options) if (JOINT.includes(o.id) && o.available) expect(court.rank).toBeLessThan(o.rank);
        expect(a.protection?.urgent).toBe(true);
      }),
    );
  });

  it('with a safety risk, emotions, broken communication and a power gap never add points to a joint process', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const a = analyse({ ...p, 'ctx.safety-risk': true }, rules, { sensitivity: false });
        for (const o of a.options) {
          if (!JOINT.includes(o.id)) continue;
          for (const r of o.reasons)
            if (['imp.emotions', 'imp.communication', 'imp.power-imbalance'].includes(r.source))
              expect(r.points).toBeLessThanOrEqual(0);
        }
        expect(a.protection).not.toBeNull();
      }),
    );
  });

  it('an option that delivers every essential goal ranks above every option that lacks one (safety leads aside)', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const shown = analyse(p, rules, { sensitivity: false }).options.filter((o) => o.available && !o.leads);
        for (const a of shown)
          for (const b of shown) if (a.lacks.length === 0 && b.lacks.length > 0) expect(a.rank).toBeLessThan(b.rank);
      }),
    );
  });

  it('names every essential goal an option lacks, and only goals answered essential', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        for (const o of analyse(p, rules, { sensitivity: false }).options)
          for (const g of o.lacks) expect(p[g]).toBe(3);
      }),
    );
  });

  it('more willingness never lowers a consensual option', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const scores = ([0, 1, 2, 3] as Level[]).map((w) =>
          byId(analyse({ ...p, 'ctx.other-party-willing': w }, rules, { sensitivity: false }).options),
        );
        for (const id of CONSENSUAL)
          for (let w = 1; w < 4; w++)
            expect(scores[w]!.get(id)!.score).toBeGreaterThanOrEqual(scores[w - 1]!.get(id)!.score);
      }),
    );
  });

  it('not sure where: rules out nothing that some known place would keep, and "another country" is the same as not sure', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const { ['ctx.jurisdiction']: _, ...unsure } = p;
        const out = (q: FactorProfile) =>
          new Set(
            analyse(q, rules, { sensitivity: false })
              .options.filter((o) => !o.available)
              .map((o) => o.id),
          );
        const unknown = out(unsure);
        for (const j of JURISDICTIONS)
          for (const id of unknown)
            expect(out({ ...unsure, 'ctx.jurisdiction': j }).has(id), `${id} in ${j}`).toBe(true);
        expect([...out({ ...unsure, 'ctx.jurisdiction': 'other' })].sort()).toEqual([...unknown].sort());
      }),
      { numRuns: 40 },
    );
  });

  it('ties share a rank only within one stage and within the margin of the first of their group', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const options = analyse(p, rules, { sensitivity: false }).options;
        for (const o of options) {
          const leader = options[o.sharedRank - 1]!;
          expect(leader.score - o.score).toBeLessThanOrEqual(rules.scoring.tieMargin ?? 0);
          expect([leader.available, leader.leads, leader.lacks.length]).toEqual([o.available, o.leads, o.lacks.length]);
          for (const id of o.tiedWith) expect(options.find((x) => x.id === id)!.sharedRank).toBe(o.sharedRank);
        }
      }),
    );
  });

  it('firmness: robust exactly when no unanswered factor, at any value, changes the top option', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const a = analyse(p, rules);
        const top = a.options[0]!;
        fc.pre(top.available);
        let moved = false;
        for (const id of a.unanswered) {
          for (const v of factorValues(id))
            if (analyse({ ...p, [id]: v }, rules, { sensitivity: false }).options[0]!.id !== top.id) moved = true;
        }
        expect(a.firmness!.robust).toBe(!moved);
        expect(a.firmness!.checked).toBe(a.unanswered.length);
      }),
      { numRuns: 25 },
    );
  });
});

describe('engine stages: cases', () => {
  const option = (p: FactorProfile, id: OptionId) => analyse(p, rules).options.find((o) => o.id === id)!;
  it('an essential precedent puts court first even when many small pluses favour settling', () => {
    const p: FactorProfile = {
      'goal.precedent': 3,
      'goal.cost': 3,
      'goal.speed': 3,
      'goal.relationship': 3,
      'imp.communication': 3,
    };
    const a = analyse(p, rules);
    expect(a.options[0]!.id).toBe('litigation');
    expect(option(p, 'mediation-facilitative').lacks).toEqual(['goal.precedent']);
  });

  it('a state that refuses to talk cannot block treaty arbitration; a mediation clause or a court order keeps mediation open', () => {
    expect(
      option({ 'ctx.investor-state': true, 'ctx.investment-treaty': true, 'ctx.other-party-willing': 0 }, 'arbitration')
        .available,
    ).toBe(true);
    expect(option({ 'ctx.other-party-willing': 0 }, 'mediation-facilitative').available).toBe(false);
    expect(
      option({ 'ctx.other-party-willing': 0, 'ctx.mediation-clause': true }, 'mediation-facilitative').available,
    ).toBe(true);
    expect(
      option({ 'ctx.other-party-willing': 0, 'ctx.court-ordered-adr': true }, 'mediation-facilitative').cautions.map(
        (c) => c.cautionId,
      ),
    ).toContain('obliged-not-to-settle');
  });

  it('statutory adjudication: open in England, ruled out in France and for a homeowner in England, "depends on where" when not sure', () => {
    const base: FactorProfile = { 'ctx.construction-contract': true };
    expect(option({ ...base, 'ctx.jurisdiction': 'gb-eng' }, 'adjudication').available).toBe(true);
    expect(option({ ...base, 'ctx.jurisdiction': 'fr' }, 'adjudication').unavailable.map((g) => g.gateId)).toEqual([
      'adjudication-not-here',
    ]);
    expect(
      option({ ...base, 'ctx.jurisdiction': 'gb-eng', 'ctx.residential-occupier': true }, 'adjudication').available,
    ).toBe(false);
    const unsure = option(base, 'adjudication');
    expect(unsure.available).toBe(true);
    expect(unsure.cautions.map((c) => c.cautionId)).toContain('adjudication-depends-on-place');
  });

  it('CEDR figures are shown only to civil and commercial cases that could be in England and Wales', () => {
    const facts = (p: FactorProfile) =>
      factsFor(rules, 'mediation-facilitative', p).filter((f) => f.source === 'CEDR Mediation Audit 2023');
    expect(facts({ 'ctx.area': 'commercial-contracts' }).length).toBeGreaterThan(0);
    expect(facts({ 'ctx.area': 'family' })).toEqual([]);
    expect(facts({ 'ctx.area': 'commercial-contracts', 'ctx.jurisdiction': 'fr' })).toEqual([]);
  });
});
