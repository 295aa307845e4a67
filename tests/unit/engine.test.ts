// Example cases following the directions of the literature (process-choice.md §2 and §4).
import { describe, expect, it } from 'vitest';
import type { Analysis, RankedOption } from '../../src/domain/analysis.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import { reasonSentence } from '../../src/domain/explain.ts';
import { FACTOR_IDS, type FactorProfile } from '../../src/domain/factors.ts';
import type { OptionId } from '../../src/domain/options.ts';

const run = (profile: FactorProfile) => analyse(profile, defaultRules);
const option = (a: Analysis, id: OptionId): RankedOption => a.options.find((o) => o.id === id)!;
const top = (a: Analysis) => a.options[0]!.id;
const CONSENSUAL: OptionId[] = [
  'negotiation',
  'mediation-facilitative',
  'mediation-evaluative',
  'conciliation',
  'mini-trial',
  'med-arb',
  'expert-determination',
];

describe('analyse: cases from the literature', () => {
  it('relationship, privacy and poor communication: mediation first, court low', () => {
    const a = run({ 'goal.relationship': 3, 'goal.privacy': 3, 'imp.communication': 3 });
    expect(top(a)).toBe('mediation-facilitative');
    const available = a.options.filter((o) => o.available);
    expect(available.findIndex((o) => o.id === 'litigation')).toBeGreaterThanOrEqual(available.length / 2);
    expect(option(a, 'litigation').score).toBeLessThan(0);
  });

  it('precedent and vindication: court first', () => {
    const a = run({ 'goal.precedent': 3, 'goal.vindication': 3 });
    expect(top(a)).toBe('litigation');
  });

  it('enforcement abroad, cross-border, arbitration clause: arbitration first', () => {
    const a = run({ 'goal.enforce-abroad': 3, 'ctx.cross-border': true, 'ctx.arbitration-clause': true });
    expect(top(a)).toBe('arbitration');
    expect(option(a, 'litigation').score).toBeLessThan(0);
  });

  it('a technical valuation question: expert determination first', () => {
    const a = run({ 'ctx.technical-question': true, 'imp.facts': 2, 'goal.expertise': 2 });
    expect(top(a)).toBe('expert-determination');
  });

  it('investor-state: investor-state mediation available and first; consumer schemes ruled out', () => {
    const a = run({ 'ctx.investor-state': true, 'ctx.cross-border': true });
    expect(option(a, 'investor-state-mediation').available).toBe(true);
    expect(top(a)).toBe('investor-state-mediation');
    expect(option(a, 'ombudsman').available).toBe(false);
  });

  it('investor-state mediation is unavailable otherwise, with a reason', () => {
    const ism = option(run({}), 'investor-state-mediation');
    expect(ism.available).toBe(false);
    expect(ism.unavailable[0]!.reason).toMatch(/investor/);
  });

  it('a construction project under way opens the dispute board; a construction contract opens adjudication, at any time', () => {
    const a = run({ 'ctx.construction-project-ongoing': true, 'ctx.construction-contract': true, 'goal.speed': 2 });
    expect(option(a, 'dispute-board').available).toBe(true);
    expect(option(a, 'adjudication').available).toBe(true);
    expect(['dispute-board', 'adjudication']).toContain(top(a));
    for (const profile of [{}, { 'ctx.construction-project-ongoing': false }] as FactorProfile[]) {
      expect(option(run(profile), 'dispute-board').unavailable.map((g) => g.gateId)).toEqual([
        'dispute-board-project-only',
      ]);
      expect(option(run(profile), 'adjudication').available).toBe(false);
    }
    // HGCRA 1996 s.108(2)(a): "at any time", not only while the work goes on.
    expect(
      option(run({ 'ctx.construction-contract': true, 'ctx.construction-project-ongoing': false }), 'adjudication')
        .available,
    ).toBe(true);
  });

  it('a refusing other side rules out consensual processes, with a reason; court stays', () => {
    const a = run({ 'ctx.other-party-willing': 0, 'goal.relationship': 3 });
    for (const id of CONSENSUAL) {
      expect(option(a, id).available).toBe(false);
      expect(option(a, id).unavailable[0]!.reason).toMatch(/refuses/);
    }
    expect(option(a, 'arbitration').available).toBe(false);
    expect(top(a)).toBe('litigation');
    expect(a.options.filter((o) => o.available).every((o) => o.rank < a.options.find((x) => !x.available)!.rank)).toBe(
      true,
    );
  });

  it('an arbitration clause keeps arbitration open when the other side refuses', () => {
    const a = run({ 'ctx.other-party-willing': 0, 'ctx.arbitration-clause': true });
    expect(option(a, 'arbitration').available).toBe(true);
    expect(top(a)).toBe('arbitration');
  });

  it('willingness not answered is not a refusal', () => {
    const a = run({ 'goal.relationship': 2 });
    expect(a.unanswered).toContain('ctx.other-party-willing');
    for (const id of CONSENSUAL) expect(option(a, id).available).toBe(true);
  });

  it('a safety risk: mediation carries a caution with safeguards', () => {
    const a = run({ 'ctx.safety-risk': true, 'goal.relationship': 2 });
    const caution = option(a, 'mediation-facilitative').cautions.find((c) => c.cautionId === 'safety-risk-safeguards');
    expect(caution?.safeguards.join(' ')).toMatch(/[Ss]huttle/);
    expect(caution?.safeguards.join(' ')).toMatch(/[Ss]creening/);
    // Court is where protection comes from; its caution is about hearings that keep you apart.
    expect(option(a, 'litigation').cautions.map((c) => c.cautionId)).toEqual(['safety-at-hearings']);
    expect(option(a, 'negotiation').available).toBe(false);
  });

  it('a severe power imbalance: negotiation carries a caution', () => {
    const a = run({ 'imp.power-imbalance': 2 });
    expect(option(a, 'negotiation').cautions.map((c) => c.cautionId)).toContain('power-imbalance-safeguards');
    expect(option(run({ 'imp.power-imbalance': 1 }), 'negotiation').cautions).toEqual([]);
  });

  it('court with privacy important: a caution that court is public; med-arb: the same neutral', () => {
    const a = run({ 'goal.privacy': 2 });
    expect(option(a, 'litigation').cautions.map((c) => c.cautionId)).toEqual(['court-is-public']);
    expect(option(a, 'med-arb').cautions.map((c) => c.cautionId)).toContain('same-neutral-decides');
  });

  it('a consumer with an online purchase: online dispute resolution and the ombudsman lead', () => {
    const a = run({ 'ctx.consumer': true, 'ctx.online-transaction': true, 'ctx.amount': 'small', 'goal.cost': 3 });
    expect(
      a.options
        .slice(0, 2)
        .map((o) => o.id)
        .sort(),
    ).toEqual(['ombudsman', 'online-dispute-resolution']);
  });

  it('urgent interim relief: court first, and other processes say so', () => {
    const a = run({ 'ctx.urgent-interim-relief': true, 'goal.speed': 3 });
    expect(top(a)).toBe('litigation');
    expect(option(a, 'mediation-facilitative').cautions.map((c) => c.cautionId)).toContain('urgent-relief-from-court');
  });

  it('high escalation moves away from negotiation toward decision', () => {
    const low = run({ 'ctx.escalation': 2 });
    const high = run({ 'ctx.escalation': 8 });
    expect(option(high, 'negotiation').score).toBeLessThan(option(low, 'negotiation').score);
    expect(option(high, 'litigation').score).toBeGreaterThan(option(low, 'litigation').score);
  });

  it('explains each contribution in English with its points', () => {
    const a = run({ 'goal.privacy': 3 });
    const mediation = option(a, 'mediation-facilitative');
    expect(mediation.reasons.map((r) => reasonSentence(defaultRules, mediation.id, r))).toContain(
      'because privacy is essential to you (+18)',
    );
    const court = option(a, 'litigation');
    expect(reasonSentence(defaultRules, court.id, court.reasons[0]!)).toBe(
      'because privacy is essential to you (\u221218)',
    );
  });

  it('reports the rules version and the unanswered factors', () => {
    const a = run({ 'goal.cost': 1, 'ctx.amount': 'large' });
    expect(a.rulesVersion).toBe(defaultRules.version);
    expect(a.unanswered).not.toContain('goal.cost');
    expect(a.unanswered).toHaveLength(FACTOR_IDS.length - 2);
  });

  it('sensitivity names the smallest change first and each change really moves the top', () => {
    const profile: FactorProfile = { 'goal.relationship': 3, 'goal.privacy': 3, 'imp.communication': 3 };
    const a = run(profile);
    expect(a.sensitivity.length).toBeGreaterThan(0);
    for (const s of a.sensitivity) {
      expect(top(run({ ...profile, [s.factor]: s.to }))).toBe(s.newTop);
    }
    expect(a.sensitivity).toContainEqual({
      factor: 'ctx.other-party-willing',
      from: undefined,
      to: 0,
      newTop: 'litigation',
    });
  });
});
