import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import type { FactorProfile } from '../../src/domain/factors.ts';
import {
  caseNeedsFromAnalysis,
  fitParts,
  rankMediatorsForCase,
  type CaseNeeds,
} from '../../src/domain/matching/fit.ts';
import { makeProfile } from './helpers/make-feed.ts';
import { demoEntries, entry, peopleEntries, revoked } from './helpers/directory-entries.ts';

const needs: CaseNeeds = {
  area: 'family',
  languages: ['es'],
  countries: ['ES'],
  online: true,
  certifications: [],
  style: 'evaluative',
  wantsEvaluation: true,
  multiParty: false,
  partyNationalities: [],
};
const needsOf = (profile: FactorProfile, extra: Parameters<typeof caseNeedsFromAnalysis>[2] = {}) =>
  caseNeedsFromAnalysis(profile, analyse(profile, defaultRules), extra);
const part = (e: ReturnType<typeof entry>, n: CaseNeeds, id: string) => fitParts(e, n).find((p) => p.id === id);

describe('fit for a case', () => {
  it('puts the mediator who fits first, with named parts that add up to the total', () => {
    const ranked = rankMediatorsForCase(peopleEntries, needs);
    expect(ranked[0]!.entry.profile.id).toBe('m-nunez');
    for (const fit of ranked) expect(fit.parts.reduce((s, p) => s + p.points, 0)).toBe(fit.total);
    expect(ranked[0]!.parts).toContainEqual({
      id: 'language.es',
      points: 10,
      reason: { code: 'speaks-needed', codes: ['es'] },
    });
  });
  it('leaves out revoked mediators and those past grace with no digest', () => {
    const lapsed = entry(makeProfile('m-lapsed', { languages: ['es'], practiceAreas: ['family'] }), null);
    const ids = rankMediatorsForCase([...peopleEntries, lapsed, revoked(makeProfile('m-revoked'))], needs).map(
      (f) => f.entry.profile.id,
    );
    expect(ids).not.toContain('m-lapsed');
    expect(ids).not.toContain('m-revoked');
  });
  it('weighs the digest: current, newly certified, stale', () => {
    expect(part(entry(makeProfile('a')), needs, 'digest')!.points).toBeGreaterThan(0);
    expect(
      part(
        entry(
          makeProfile('b', { certifications: [{ kind: 'certified-mediator', qapId: 'q', certifiedOn: '2026-10-01' }] }),
          null,
        ),
        needs,
        'digest',
      )!.points,
    ).toBe(1);
    expect(part(entry(makeProfile('c'), '2023-01-01'), needs, 'digest')!.points).toBeLessThan(0);
  });
  it('languages matter: speaking none of those needed costs more than any single gain', () => {
    const speaks = entry(makeProfile('s', { languages: ['es'] }));
    const not = entry(makeProfile('n', { languages: ['fr'] }));
    const [first] = rankMediatorsForCase([not, speaks], { ...needs, area: undefined, countries: [] });
    expect(first!.entry.profile.id).toBe('s');
    expect(part(not, needs, 'language')!.points).toBe(-20);
  });
  it('counts experience only when stated: missing is not zero', () => {
    const silent = part(entry(makeProfile('x')), needs, 'experience')!;
    expect(silent).toMatchObject({ points: 0 });
    expect(silent.reason).toEqual({ code: 'experience-unknown' });
    expect(part(entry(makeProfile('y', { yearsPractising: 12 })), needs, 'experience')!.points).toBe(6);
    expect(part(entry(makeProfile('z', { mediationsCount: 150 })), needs, 'mediations')!.points).toBe(4);
  });
  it("prefers a nationality that is neither party's when asked", () => {
    const n = { ...needs, partyNationalities: ['ES', 'FR'] };
    expect(part(entry(makeProfile('es', { nationality: 'ES' })), n, 'nationality')!.points).toBeLessThan(0);
    expect(part(entry(makeProfile('ch', { nationality: 'CH' })), n, 'nationality')!.points).toBeGreaterThan(0);
    expect(part(entry(makeProfile('none')), n, 'nationality')).toBeUndefined();
  });
});

describe('what the case asks for, from the analysis', () => {
  it('flips the style with the analysis: evaluative when parties differ on facts, facilitative when the relationship matters', () => {
    expect(needsOf({ 'imp.facts': 3 }).style).toBe('evaluative');
    expect(needsOf({ 'goal.relationship': 3, 'imp.communication': 2 }).style).toBe('facilitative');
    const chosen = (p: FactorProfile) =>
      rankMediatorsForCase(
        [entry(makeProfile('f', { styles: ['facilitative'] })), entry(makeProfile('e', { styles: ['evaluative'] }))],
        needsOf(p),
      )[0]!.entry.profile.id;
    expect(chosen({ 'imp.facts': 3, 'imp.law': 3 })).toBe('e');
    expect(chosen({ 'goal.relationship': 3, 'imp.communication': 2 })).toBe('f');
  });
  it('asks for the certifications the case calls for', () => {
    expect(needsOf({ 'ctx.cross-border': true }, { lookingFor: 'advocate' }).certifications).toEqual([
      'intercultural',
      'mediation-advocate',
    ]);
    expect(needsOf({}, { partyNationalities: ['DE', 'TR'] }).certifications).toContain('intercultural');
    expect(needsOf({ 'ctx.investor-state': true }).certifications).toContain('investor-state');
    expect(needsOf({}, { area: 'investor-state' }).certifications).toContain('investor-state');
    expect(needsOf({}).certifications).toEqual([]);
  });
  it('takes wantOnline as online', () => {
    expect(needsOf({}, { wantOnline: false }).online).toBe(false);
  });
});

describe('fit over the demo registry (properties)', () => {
  const all = demoEntries();
  const needsArb = fc.record({
    profile: fc.record(
      {
        'imp.facts': fc.constantFrom(0, 3),
        'goal.relationship': fc.constantFrom(0, 3),
        'ctx.cross-border': fc.boolean(),
        'ctx.investor-state': fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    languages: fc.subarray(['en', 'es', 'fr', 'de', 'zh', 'ar']),
    countries: fc.subarray(['GB', 'ES', 'FR', 'SG', 'US']),
    wantOnline: fc.boolean(),
    lookingFor: fc.constantFrom('mediator' as const, 'advocate' as const),
    partyNationalities: fc.subarray(['GB', 'ES', 'FR', 'CN']),
  });
  it('every total is the sum of its parts, every part has an id and words, and nobody unlisted or revoked ranks', () => {
    fc.assert(
      fc.property(needsArb, ({ profile, ...extra }) => {
        const ranked = rankMediatorsForCase(all, needsOf(profile as FactorProfile, extra), { limit: 50 });
        expect(ranked.length).toBe(50);
        for (let i = 0; i < ranked.length; i++) {
          const fit = ranked[i]!;
          expect(fit.entry.status.listed && !fit.entry.status.revoked).toBe(true);
          expect(fit.parts.reduce((s, p) => s + p.points, 0)).toBe(fit.total);
          for (const p of fit.parts) expect(p.id && p.reason.code).toBeTruthy();
          if (i) expect(ranked[i - 1]!.total).toBeGreaterThanOrEqual(fit.total);
        }
      }),
      { numRuns: 30 },
    );
  });
});
