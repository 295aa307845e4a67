import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import type { FactorProfile } from '../../src/domain/factors.ts';
import { caseNeedsFromAnalysis, type CaseNeeds } from '../../src/domain/matching/case-needs.ts';
import { fitParts, matchesForCase, rankMediatorsForCase } from '../../src/domain/matching/fit.ts';
import { FIT_POINTS } from '../../src/domain/matching/fit-points.ts';
import type { MediatorProfile } from '../../src/domain/registry/types.ts';
import { makeProfile } from './helpers/make-feed.ts';
import { demoEntries, entry, peopleEntries, revoked } from './helpers/directory-entries.ts';

const needs: CaseNeeds = {
  area: 'family',
  languages: ['es'],
  countries: ['ES'],
  online: true,
  certification: 'certified-mediator',
  specialisations: [],
  styles: ['evaluative'],
  multiParty: false,
  crossCultural: false,
  partyNationalities: [],
  technical: false,
  legalQuestion: false,
  costMatters: false,
};
/** Needs nothing but the certification: a plain case, to vary one thing at a time. */
const plain: CaseNeeds = { ...needs, area: undefined, languages: [], countries: [], styles: [] };
const needsOf = (profile: FactorProfile, extra: Parameters<typeof caseNeedsFromAnalysis>[2] = {}) =>
  caseNeedsFromAnalysis(profile, analyse(profile, defaultRules), extra);
const part = (e: ReturnType<typeof entry>, n: CaseNeeds, id: string) => fitParts(e, n).find((p) => p.id === id);
const order = (entries: ReturnType<typeof entry>[], n: CaseNeeds) =>
  rankMediatorsForCase(entries, n).map((f) => f.entry.profile.id);

describe('fit for a case', () => {
  it('puts the mediator who fits first, with named parts that add up to the total', () => {
    const ranked = rankMediatorsForCase(peopleEntries, needs);
    expect(ranked[0]!.entry.profile.id).toBe('m-nunez');
    for (const fit of ranked) expect(fit.parts.reduce((s, p) => s + p.points, 0)).toBe(fit.total);
    expect(ranked[0]!.parts).toContainEqual({
      id: 'language.es',
      points: 10,
      reason: { code: 'speaks-needed', codes: ['es'] },
      need: 'met',
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
  it('weighs the digest: current, newly certified, stale (which already fails the certification)', () => {
    expect(part(entry(makeProfile('a')), needs, 'digest')!.points).toBe(FIT_POINTS.digest.current);
    const fresh = makeProfile('b', {
      certifications: [{ kind: 'certified-mediator', qapId: 'q', certifiedOn: '2026-10-01' }],
    });
    expect(part(entry(fresh, null), needs, 'digest')!.points).toBe(FIT_POINTS.digest.grace);
    const stale = entry(makeProfile('c'), '2023-01-01');
    expect(part(stale, needs, 'digest')).toMatchObject({ points: 0, reason: { code: 'digest-stale' } });
    expect(part(stale, needs, 'cert.certified-mediator')).toMatchObject({ need: 'missing' });
  });
});

describe('what the case needs is a requirement', () => {
  it('a mediator who speaks both languages the parties need ranks above any who speaks one, and the others say which', () => {
    const both = entry(makeProfile('both', { name: 'Zoe Both', languages: ['es', 'de'] }));
    const germanOnly = ['g1', 'g2', 'g3'].map((id) =>
      entry(makeProfile(id, { name: `Aa ${id}`, languages: ['de'], yearsPractising: 30, mediationsCount: 900 })),
    );
    const n = { ...plain, languages: ['es', 'de'] };
    const ranked = rankMediatorsForCase([...germanOnly, both], n);
    expect(ranked[0]!.entry.profile.id).toBe('both');
    expect(ranked[0]!.missing).toEqual([]);
    expect(ranked[1]!.missing).toEqual([
      {
        id: 'language.es',
        points: FIT_POINTS.need.missing,
        reason: { code: 'speaks-missing', codes: ['es'] },
        need: 'missing',
      },
    ]);
  });
  it('in person only: whoever works online only partly fits, and says so', () => {
    const online = entry(makeProfile('online', { name: 'Aa Online', formats: ['online'], yearsPractising: 30 }));
    const hybrid = entry(makeProfile('hybrid', { name: 'Zz Hybrid', formats: ['hybrid', 'online'] }));
    const ranked = rankMediatorsForCase([online, hybrid], { ...plain, online: false });
    expect(ranked.map((f) => f.entry.profile.id)).toEqual(['hybrid', 'online']);
    expect(ranked[1]!.missing.map((p) => p.reason.code)).toEqual(['online-only']);
    expect(part(hybrid, { ...plain, online: false }, 'format')).toMatchObject({
      need: 'met',
      reason: { code: 'meets-in-person' },
    });
    // With online fine, the format is not a requirement at all.
    expect(part(online, plain, 'format')).toBeUndefined();
  });
  it('needs an IMI Certified Mediator unless the user seeks an advocate: specialisations alone do not rank first', () => {
    const advocate = entry(
      makeProfile('adv', {
        name: 'Aa Advocate',
        certifications: [
          { kind: 'mediation-advocate', qapId: 'q', certifiedOn: '2015-01-01' },
          { kind: 'intercultural', qapId: 'q', certifiedOn: '2016-01-01' },
        ],
        yearsPractising: 25,
      }),
    );
    const mediator = entry(makeProfile('med', { name: 'Zz Mediator' }));
    const crossBorder = needsOf({ 'ctx.cross-border': true });
    expect(order([advocate, mediator], crossBorder)).toEqual(['med', 'adv']);
    expect(rankMediatorsForCase([advocate], crossBorder)[0]!.missing[0]!.reason).toEqual({
      code: 'not-certified',
      codes: ['certified-mediator'],
    });
    expect(order([advocate, mediator], needsOf({ 'ctx.cross-border': true }, { lookingFor: 'advocate' }))).toEqual([
      'adv',
      'med',
    ]);
  });
  it('nobody missing a requirement ranks above anyone who meets them all (property, over the demo registry)', () => {
    const all = demoEntries();
    fc.assert(
      fc.property(
        fc.subarray(['en', 'es', 'fr', 'de', 'it', 'zh', 'ar'], { maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom('mediator' as const, 'advocate' as const),
        fc.subarray(['GB', 'ES', 'FR', 'DE']),
        (languages, online, lookingFor, countries) => {
          const n = needsOf({ 'imp.emotions': 2 }, { languages, wantOnline: online, lookingFor, countries });
          const ranked = rankMediatorsForCase(all, n);
          const firstPartly = ranked.findIndex((f) => f.missing.length > 0);
          if (firstPartly < 0) return;
          expect(ranked.slice(firstPartly).every((f) => f.missing.length > 0)).toBe(true);
          for (const f of ranked.slice(0, firstPartly)) {
            for (const l of languages) expect(f.entry.profile.languages).toContain(l);
            if (!online) expect(f.entry.profile.formats.some((x) => x !== 'online')).toBe(true);
            expect(f.entry.profile.certifications.map((c) => c.kind)).toContain(
              lookingFor === 'advocate' ? 'mediation-advocate' : 'certified-mediator',
            );
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('what a case page shows', () => {
  it('up to 15 who fit, then at least 5 who partly fit (more when few fit), each with its parts in shown order', () => {
    const all = demoEntries();
    const n = needsOf({}, { languages: ['ca', 'eu'], wantOnline: false, today: '2026-11-28' });
    const ranking = rankMediatorsForCase(all, n);
    const page = matchesForCase(all, n, { fits: 15, partly: 5 });
    const fitting = ranking.filter((f) => !f.missing.length);
    expect(page.fitsTotal).toBe(fitting.length);
    expect(page.fits).toEqual(fitting.slice(0, 15));
    expect(page.partly).toEqual(ranking.slice(fitting.length, fitting.length + Math.max(5, 15 - fitting.length)));
    expect(page.partly.every((f) => f.missing.length > 0)).toBe(true);
    for (const f of [...page.fits, ...page.partly]) expect(f.parts).toEqual(fitParts(f.entry, n));
    const many = matchesForCase(all, needsOf({}), { fits: 15, partly: 5 });
    expect(many.fits).toHaveLength(15);
    expect(many.partly.length).toBeLessThanOrEqual(5);
  });
});

describe('what the case calls for is weighed, each signal once', () => {
  it('a French domestic case does not fire the nationality preference, and experience decides', () => {
    const veteran = entry(
      makeProfile('vet', { name: 'Zz Veteran', nationality: 'FR', yearsPractising: 20, mediationsCount: 400 }),
    );
    const novice = entry(makeProfile('new', { name: 'Aa Novice', nationality: 'FR', yearsPractising: 1 }));
    const n = needsOf({}, { partyNationalities: ['FR', 'FR'], countries: ['FR'], languages: ['fr'] });
    expect(n.crossCultural).toBe(false);
    expect(part(veteran, n, 'nationality')).toBeUndefined();
    expect(order([novice, veteran], n)).toEqual(['vet', 'new']);
    const both = rankMediatorsForCase([novice, veteran], n);
    expect(both[0]!.total - both[1]!.total).toBe(15);
  });
  it("prefers a nationality that is neither party's when the parties' differ", () => {
    const n = { ...needs, partyNationalities: ['ES', 'FR'] };
    expect(part(entry(makeProfile('es', { nationality: 'ES' })), n, 'nationality')!.points).toBeLessThan(0);
    expect(part(entry(makeProfile('ch', { nationality: 'CH' })), n, 'nationality')!.points).toBeGreaterThan(0);
    expect(part(entry(makeProfile('none')), n, 'nationality')).toBeUndefined();
  });
  it('experience is worth more than one language, counted once from years or mediations', () => {
    expect(FIT_POINTS.experience.years[0][1]).toBeGreaterThan(FIT_POINTS.need.met);
    const p = (o: Parameters<typeof makeProfile>[1]) => part(entry(makeProfile('x', o)), plain, 'experience')!;
    expect(p({})).toMatchObject({ points: 0, reason: { code: 'experience-unknown' } });
    expect(p({ yearsPractising: 12 })).toMatchObject({ points: 12, reason: { code: 'experience', n: 12 } });
    expect(p({ mediationsCount: 150 })).toMatchObject({ points: 12, reason: { code: 'experience', count: 150 } });
    // Both stated: the stronger counts, once, and both are named.
    expect(p({ yearsPractising: 3, mediationsCount: 250 })).toEqual({
      id: 'experience',
      points: 15,
      reason: { code: 'experience', n: 3, count: 250 },
    });
    expect(
      fitParts(entry(makeProfile('x', { mediationsCount: 250 })), plain).filter((x) => x.id === 'mediations'),
    ).toEqual([]);
  });
  it('counts the evaluative signal once: the style, or else a view on the merits', () => {
    const evaluative = entry(makeProfile('e', { styles: ['evaluative'], givesEvaluations: 'yes' }));
    const facilitative = entry(makeProfile('f', { styles: ['facilitative'], givesEvaluations: 'yes' }));
    const n = needsOf({ 'imp.facts': 3 });
    expect(n.styles).toEqual(['evaluative']);
    const evaluativeParts = fitParts(evaluative, n).filter((x) => x.id === 'style' || x.id === 'evaluation');
    expect(evaluativeParts).toEqual([
      { id: 'style', points: FIT_POINTS.style.first, reason: { code: 'style', codes: ['evaluative'] } },
    ]);
    expect(part(facilitative, n, 'style')).toMatchObject({
      points: FIT_POINTS.style.evaluation,
      reason: { code: 'evaluation' },
    });
  });
  it('suggests transformative and narrative styles for a relationship, strong feelings or a community', () => {
    expect(needsOf({ 'imp.emotions': 3 }).styles).toEqual(['transformative', 'narrative', 'facilitative']);
    expect(needsOf({ 'goal.relationship': 3, 'imp.communication': 2 }).styles[0]).toBe('transformative');
    expect(needsOf({}, { area: 'community' }).styles).toContain('narrative');
    expect(needsOf({ 'imp.facts': 3, 'imp.law': 3 }).styles).toEqual(['evaluative']);
    const styled = (styles: CaseNeeds['styles'], id: string) =>
      entry(makeProfile(id, { name: id, styles: [...styles] }));
    const feelings = needsOf({ 'imp.emotions': 3 });
    expect(
      order(
        [
          styled(['evaluative'], 'e'),
          styled(['facilitative'], 'f'),
          styled(['narrative'], 'n'),
          styled(['transformative'], 't'),
        ],
        feelings,
      ),
    ).toEqual(['t', 'f', 'n', 'e']);
    expect(
      order([styled(['facilitative'], 'f'), styled(['evaluative'], 'e')], needsOf({ 'imp.facts': 3, 'imp.law': 3 })),
    ).toEqual(['e', 'f']);
  });
  it('uses co-mediation for a multi-party or cross-cultural case only', () => {
    const co = entry(makeProfile('co', { coMediation: true }));
    expect(part(co, needsOf({ 'imp.multi-party': 3 }), 'co-mediation')!.points).toBe(FIT_POINTS.coMediation);
    expect(part(co, needsOf({}, { partyNationalities: ['DE', 'TR'] }), 'co-mediation')!.points).toBe(
      FIT_POINTS.coMediation,
    );
    expect(part(co, needsOf({}), 'co-mediation')).toBeUndefined();
  });
  it('weighs a professional background for a technical question, and a legal one where the law is disputed', () => {
    const engineer = entry(makeProfile('eng', { backgrounds: ['engineer'] }));
    const accountant = entry(makeProfile('acc', { backgrounds: ['accountant'] }));
    const lawyer = entry(makeProfile('law', { backgrounds: ['lawyer'] }));
    const technical = needsOf({ 'ctx.technical-question': true }, { area: 'construction' });
    expect(part(engineer, technical, 'background')).toMatchObject({
      points: FIT_POINTS.background.technical,
      reason: { code: 'background-technical', codes: ['engineer'] },
    });
    expect(part(accountant, technical, 'background')).toBeUndefined();
    expect(part(lawyer, needsOf({ 'imp.law': 3 }), 'background')!.reason.code).toBe('background-legal');
    expect(part(engineer, needsOf({}), 'background')).toBeUndefined();
  });
  it('weighs safeguarding training and shuttle mediation when safety or power is at stake, and says when unstated', () => {
    const trained = entry(makeProfile('t', { safeguardingTrained: true, shuttle: true }));
    const silent = entry(makeProfile('s'));
    const risk = needsOf({ 'ctx.safety-risk': true });
    expect(risk.safety).toBe('risk');
    // With a safety risk, training is a requirement: whoever does not state it only partly fits.
    expect(part(trained, risk, 'safeguarding')).toMatchObject({ need: 'met', reason: { code: 'safeguarding' } });
    expect(part(trained, risk, 'shuttle')!.points).toBe(FIT_POINTS.shuttle.risk);
    expect(part(silent, risk, 'safeguarding')).toMatchObject({
      need: 'missing',
      reason: { code: 'safeguarding-unknown' },
    });
    const veteran = entry(makeProfile('v', { yearsPractising: 25, availability: { takingNewCases: true } }));
    expect(order([veteran, trained], { ...plain, safety: 'risk' })[0]).toBe(trained.profile.id);
    expect(part(trained, needsOf({ 'imp.power-imbalance': 3 }), 'safeguarding')!.points).toBe(
      FIT_POINTS.safeguarding.power,
    );
    expect(part(trained, needsOf({}), 'safeguarding')).toBeUndefined();
  });
  it('weighs availability first of what users weigh: taking now, from a month (counted once it comes), not taking', () => {
    const at = (availability: MediatorProfile['availability'], month = '2026-11') =>
      part(entry(makeProfile('a', { availability })), { ...plain, month }, 'availability')!;
    expect(at({ takingNewCases: true }).points).toBe(FIT_POINTS.available);
    expect(at({ takingNewCases: false, from: '2027-02' })).toMatchObject({ points: 0, reason: { codes: ['2027-02'] } });
    expect(at({ takingNewCases: false, from: '2027-02' }, '2027-02').points).toBe(FIT_POINTS.available);
    expect(at({ takingNewCases: false }).points).toBe(FIT_POINTS.notAvailable);
    expect(at(undefined)).toMatchObject({ points: 0, reason: { code: 'availability-unknown' } });
    // CEDR's order of what lawyers weigh: availability, experience, sector, fees, style, background.
    const top = [
      FIT_POINTS.available,
      FIT_POINTS.experience.years[0][1],
      FIT_POINTS.area.match,
      FIT_POINTS.fees.low,
      FIT_POINTS.style.first,
      FIT_POINTS.background.technical,
      FIT_POINTS.location.works,
    ];
    expect(top).toEqual([...top].sort((a, b) => b - a));
    expect(new Set(top).size).toBe(top.length);
  });
  it('weighs fees only when cost matters', () => {
    const low = entry(makeProfile('l', { fees: { basis: 'hourly', band: 'low' } }));
    expect(part(low, needsOf({ 'goal.cost': 3 }), 'fees')).toMatchObject({ points: FIT_POINTS.fees.low });
    expect(part(entry(makeProfile('u')), needsOf({ 'goal.cost': 3 }), 'fees')!.reason.code).toBe('fees-unknown');
    expect(part(low, needsOf({}), 'fees')).toBeUndefined();
  });
});

describe('what the case asks for, from the analysis', () => {
  it('asks for the certification and specialisations the case calls for', () => {
    expect(needsOf({ 'ctx.cross-border': true }, { lookingFor: 'advocate' })).toMatchObject({
      certification: 'mediation-advocate',
      specialisations: ['intercultural'],
    });
    expect(needsOf({}).certification).toBe('certified-mediator');
    expect(needsOf({}, { partyNationalities: ['DE', 'TR'] }).specialisations).toContain('intercultural');
    expect(needsOf({ 'ctx.investor-state': true }).specialisations).toContain('investor-state');
    expect(needsOf({}, { area: 'investor-state' }).specialisations).toContain('investor-state');
    expect(needsOf({}).specialisations).toEqual([]);
  });
  it('takes wantOnline as online, and the month from the date of matching', () => {
    expect(needsOf({}, { wantOnline: false }).online).toBe(false);
    expect(needsOf({}, { today: '2026-11-28T10:00:00Z' }).month).toBe('2026-11');
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
        'ctx.safety-risk': fc.boolean(),
        'ctx.technical-question': fc.boolean(),
        'goal.cost': fc.constantFrom(0, 3),
      },
      { requiredKeys: [] },
    ),
    languages: fc.subarray(['en', 'es', 'fr', 'de', 'zh', 'ar']),
    countries: fc.subarray(['GB', 'ES', 'FR', 'SG', 'US']),
    wantOnline: fc.boolean(),
    lookingFor: fc.constantFrom('mediator' as const, 'advocate' as const),
    partyNationalities: fc.subarray(['GB', 'ES', 'FR', 'CN']),
  });
  it('every total is the sum of its parts, every part has an id and a reason, and nobody unlisted or revoked ranks', () => {
    fc.assert(
      fc.property(needsArb, ({ profile, ...extra }) => {
        const ranked = rankMediatorsForCase(all, needsOf(profile as FactorProfile, extra), { limit: 50 });
        expect(ranked.length).toBe(50);
        for (let i = 0; i < ranked.length; i++) {
          const fit = ranked[i]!;
          expect(fit.entry.status.listed && !fit.entry.status.revoked).toBe(true);
          expect(fit.parts.reduce((s, p) => s + p.points, 0)).toBe(fit.total);
          expect(fit.missing).toEqual(fit.parts.filter((p) => p.need === 'missing'));
          for (const p of fit.parts) expect(p.id && p.reason.code).toBeTruthy();
          expect(new Set(fit.parts.map((p) => p.id)).size).toBe(fit.parts.length); // each signal once
          const prev = ranked[i - 1];
          if (prev && prev.missing.length === fit.missing.length) expect(prev.total).toBeGreaterThanOrEqual(fit.total);
        }
      }),
      { numRuns: 30 },
    );
  });
});
