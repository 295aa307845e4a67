import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificationStatus } from '../../src/domain/registry/certification-status.ts';
import type { MediatorProfile } from '../../src/domain/registry/types.ts';
import { applyFilters, facetCounts, FACETS, filtersFromParams, filtersToParams, suggestRelaxations, type DirectoryEntry, type Filters } from '../../src/domain/matching/filters.ts';
import { rankMediatorsForCase, caseNeedsFromAnalysis, type CaseNeeds } from '../../src/domain/matching/fit.ts';
import { rankMentors } from '../../src/domain/matching/mentors.ts';
import { createSearchIndex, loadSearchIndex, searchIds } from '../../src/domain/matching/search-index.ts';
import { analyse } from '../../src/domain/engine.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { makeDigest, makeProfile } from './helpers/make-feed.ts';

const TODAY = '2026-11-28';
const entry = (profile: MediatorProfile, digestDate: string | null = '2026-01-01'): DirectoryEntry => {
  const digest = digestDate ? makeDigest(profile.id, digestDate) : undefined;
  return { profile, digest, status: certificationStatus(profile, digest, [], TODAY) };
};

const muller = makeProfile('m-muller', { name: 'Anna Müller', locations: [{ country: 'DE', city: 'München' }], languages: ['de', 'en'], practiceAreas: ['construction'] });
const nunez = makeProfile('m-nunez', { name: 'José Núñez', locations: [{ country: 'ES', city: 'Sevilla' }], languages: ['es'], practiceAreas: ['family'], styles: ['evaluative'] });
const oberg = makeProfile('m-oberg', { name: 'Lars Øberg', locations: [{ country: 'NO' }], languages: ['no', 'en'], practiceAreas: ['shipping'], ymi: { acceptsMentees: true, roles: ['observe', 'assist'] } });
const entries = [entry(muller), entry(nunez), entry(oberg)];

describe('search index', () => {
  const index = createSearchIndex(entries.map((e) => e.profile));
  it('ignores accents and case', () => {
    expect(searchIds(index, 'muller')).toEqual(['m-muller']);
    expect(searchIds(index, 'NUNEZ')).toEqual(['m-nunez']);
    expect(searchIds(index, 'oberg')).toEqual(['m-oberg']);
  });
  it('finds a half-typed word and a one-letter typo', () => {
    expect(searchIds(index, 'constr')).toEqual(['m-muller']);
    expect(searchIds(index, 'Sevila')).toEqual(['m-nunez']);
  });
  it('searches country and language names, all words together', () => {
    expect(searchIds(index, 'spanish')).toEqual(['m-nunez']);
    expect(searchIds(index, 'germany construction')).toEqual(['m-muller']);
    expect(searchIds(index, 'germany family')).toEqual([]);
  });
  it('loads a saved index that answers the same', () => {
    const loaded = loadSearchIndex(JSON.stringify(index));
    expect(searchIds(loaded, 'muller')).toEqual(searchIds(index, 'muller'));
  });
});

describe('filters', () => {
  it('counts each value as if it were chosen with the other filters kept', () => {
    const counts = facetCounts(entries, { language: 'en' });
    expect(counts.language.get('en')).toBe(2);
    expect(counts.language.get('es')).toBe(1); // choosing Spanish instead of English
    expect(counts.country.get('ES')).toBeUndefined(); // Spanish-only mediator is filtered out by English
  });
  it('count of a value equals the results of choosing it (property)', () => {
    const values = { country: ['DE', 'ES', 'NO'], language: ['de', 'en', 'es'], area: ['construction', 'family'], style: ['facilitative', 'evaluative'] };
    fc.assert(
      fc.property(fc.record({ country: fc.constantFrom(undefined, ...values.country), language: fc.constantFrom(undefined, ...values.language), area: fc.constantFrom(undefined, ...values.area) }, { requiredKeys: [] }), fc.constantFrom(...(['style', 'language'] as const)), (raw, facet) => {
        const filters = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as Filters;
        for (const [value, count] of facetCounts(entries, filters)[facet]) expect(applyFilters(entries, { ...filters, [facet]: value })).toHaveLength(count);
      }),
    );
  });
  it('suggests which filter to drop when nothing matches', () => {
    const filters: Filters = { language: 'es', area: 'construction' };
    expect(applyFilters(entries, filters)).toHaveLength(0);
    expect(suggestRelaxations(entries, filters).map((s) => s.facet).sort()).toEqual(['area', 'language']);
  });
  it('round-trips through URL parameters and drops anything that is not a known code', () => {
    const filters: Filters = { country: 'ES', language: 'es', area: 'family', mentor: 'yes' };
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
    expect(filtersFromParams({ area: '<script>', country: 'Spain', cert: 'certified-mediator', style: 'x' })).toEqual({ cert: 'certified-mediator' });
    expect(Object.keys(filtersToParams({ country: 'FR' }))).toEqual(['country']);
    expect(FACETS).toContain('mentor');
  });
});

describe('fit for a case', () => {
  const needs: CaseNeeds = { area: 'family', languages: ['es'], countries: ['ES'], online: true, certifications: [], style: 'evaluative', wantsEvaluation: true, multiParty: false, partyNationalities: [] };
  it('puts the mediator who fits first, and the parts add up to the total', () => {
    const ranked = rankMediatorsForCase(entries, needs);
    expect(ranked[0]!.entry.profile.id).toBe('m-nunez');
    for (const fit of ranked) expect(fit.parts.reduce((s, p) => s + p.points, 0)).toBe(fit.total);
    expect(ranked[0]!.parts.map((p) => p.text)).toContain('speaks Spanish, which you need');
  });
  it('leaves out revoked mediators and those past grace with no digest', () => {
    const lapsed = entry(makeProfile('m-lapsed', { languages: ['es'], practiceAreas: ['family'] }), null);
    const revoked: DirectoryEntry = { ...entry(makeProfile('m-revoked')), status: certificationStatus(makeProfile('m-revoked'), undefined, [{ mediatorId: 'm-revoked', date: '2026-01-01', reasonCode: 'conduct' }], TODAY) };
    const ids = rankMediatorsForCase([...entries, lapsed, revoked], needs).map((f) => f.entry.profile.id);
    expect(ids).not.toContain('m-lapsed');
    expect(ids).not.toContain('m-revoked');
  });
  it('flags a stale digest with a penalty', () => {
    const stale = entry(makeProfile('m-stale'), '2023-01-01');
    const fit = rankMediatorsForCase([stale], needs)[0]!;
    expect(fit.parts.find((p) => p.id === 'digest')).toMatchObject({ points: -8 });
  });
  it('asks for an evaluative style when the parties differ on facts, facilitative when the relationship matters', () => {
    const factsProfile = { 'imp.facts': 3 } as const;
    expect(caseNeedsFromAnalysis(factsProfile, analyse(factsProfile, defaultRules), {}).style).toBe('evaluative');
    const relationship = { 'goal.relationship': 3, 'imp.communication': 2 } as const;
    expect(caseNeedsFromAnalysis(relationship, analyse(relationship, defaultRules), {}).style).toBe('facilitative');
    const crossBorder = { 'ctx.cross-border': true } as const;
    expect(caseNeedsFromAnalysis(crossBorder, analyse(crossBorder, defaultRules), { lookingFor: 'advocate' }).certifications).toEqual(['intercultural', 'mediation-advocate']);
  });
});

describe('mentors', () => {
  it('ranks only mediators who accept mentees, explaining each match', () => {
    const ranked = rankMentors(entries, { countries: ['NO'], languages: ['en'], interests: ['shipping'], wants: ['observe'], online: true });
    expect(ranked.map((m) => m.entry.profile.id)).toEqual(['m-oberg']);
    expect(ranked[0]!.parts.map((p) => p.id)).toEqual(expect.arrayContaining(['region', 'language.en', 'area.shipping', 'role.observe']));
  });
});
