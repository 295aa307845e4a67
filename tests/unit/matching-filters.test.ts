import { vocabularyWords } from '../../src/domain/matching/vocabulary.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDirectory } from '../../src/domain/matching/directory.ts';
import { searchDirectory } from '../../src/domain/matching/directory-search.ts';
import { FACETS, filtersFromParams, filtersToParams, type Filters } from '../../src/domain/matching/filters.ts';
import { REGIONS } from '../../src/domain/matching/regions.ts';
import { createSearchIndex } from '../../src/domain/matching/search-index.ts';
import {
  cleanQuery,
  MAX_QUERY_LENGTH,
  searchFromParams,
  searchToParams,
} from '../../src/domain/matching/search-state.ts';
import {
  BACKGROUNDS,
  CERTIFICATION_KINDS,
  EVALUATIONS,
  FEE_BANDS,
  FORMATS,
  PRACTICE_AREAS,
  STYLES,
} from '../../src/domain/registry/types.ts';
import { demoEntries, entry, peopleEntries as entries } from './helpers/directory-entries.ts';
import { makeProfile } from './helpers/make-feed.ts';
import { modelCounts, modelFilter, modelRelaxations } from './helpers/facet-model.ts';

describe('filters and counts', () => {
  const directory = createDirectory(entries, createSearchIndex(entries.map((e) => e.profile)));
  const search = (filters: Filters) => searchDirectory(directory, '', filters);

  it('counts each value as if it were chosen with the other filters kept', () => {
    const { counts } = search({ language: 'en' });
    expect(counts.language.get('en')).toBe(3);
    expect(counts.language.get('es')).toBe(1); // choosing Spanish instead of English
    expect(counts.country.get('ES')).toBeUndefined(); // the Spanish-only mediator is filtered out by English
  });
  it('filters by world region as well as by country', () => {
    expect(search({ country: '150' }).total).toBe(4);
    expect(search({ country: '142' }).total).toBe(0);
    expect(search({}).counts.country.get('150')).toBe(4);
  });
  it('suggests which filter to drop when nothing matches', () => {
    const result = search({ language: 'es', area: 'construction' });
    expect(result.total).toBe(0);
    expect(result.relaxations).toEqual([
      { facet: 'language', results: 1 },
      { facet: 'area', results: 1 },
    ]); // ties in facet order
  });
});

describe('filters on what users weigh', () => {
  const weighed = [
    entry(
      makeProfile('w-eng', {
        name: 'Ada Engineer',
        availability: { takingNewCases: true },
        fees: { basis: 'daily', band: 'low' },
        backgrounds: ['engineer'],
        safeguardingTrained: true,
      }),
    ),
    entry(makeProfile('w-later', { name: 'Ben Later', availability: { takingNewCases: false, from: '2027-03' } })),
    entry(
      makeProfile('w-not', { name: 'Cy Not', availability: { takingNewCases: false }, safeguardingTrained: false }),
    ),
    entry(makeProfile('w-silent', { name: 'Di Silent' })),
  ];
  const directory = createDirectory(weighed, createSearchIndex(weighed.map((e) => e.profile)));
  const ids = (query: string, filters: Filters = {}) => searchDirectory(directory, query, filters).ids;

  it('filters by availability, fee band, background and safeguarding, counting only what profiles state', () => {
    expect(ids('', { availability: 'now' })).toEqual(['w-eng']);
    expect(ids('', { availability: 'later' })).toEqual(['w-later']);
    expect(ids('', { fees: 'low' })).toEqual(['w-eng']);
    expect(ids('', { background: 'engineer' })).toEqual(['w-eng']);
    expect(ids('', { safeguarding: 'yes' })).toEqual(['w-eng']);
    const { counts } = searchDirectory(directory, '', {});
    expect(Object.fromEntries(counts.availability)).toEqual({ now: 1, later: 1 });
    expect(Object.fromEntries(counts.safeguarding)).toEqual({ yes: 1 });
  });
  it('finds a background by its word, but a typed "low" or "yes" is not a filter value', () => {
    expect(ids('engineer')).toEqual(['w-eng']);
    expect(ids('low')).toEqual([]);
    expect(ids('yes')).toEqual([]);
  });
  it('finds a background in the words of every interface language, not only by its English id', () => {
    for (const word of ['ingeniero', 'Ingenieurin', 'ingénieure', 'مهندس', 'engineering'])
      expect(ids(word), word).toEqual(['w-eng']);
    const lawyerWords = vocabularyWords('background:lawyer');
    for (const word of ['abogado', 'anwaltin', 'avocat', 'solicitor', 'محامي'])
      expect(lawyerWords, word).toContain(word);
  });
  it('counts a "from" month that has come as taking now, once the entry knows its month', () => {
    const later = weighed[1]!; // taking from 2027-03
    const at = (month: string) => {
      const one = [{ ...later, month }];
      return searchDirectory(createDirectory(one, createSearchIndex(one.map((e) => e.profile))), '', {}).counts;
    };
    expect(Object.fromEntries(at('2027-02').availability)).toEqual({ later: 1 });
    expect(Object.fromEntries(at('2027-03').availability)).toEqual({ now: 1 });
    expect(Object.fromEntries(at('2027-09').availability)).toEqual({ now: 1 });
  });
  it('reads them from a link, keeping only known codes', () => {
    expect(
      filtersFromParams({ availability: 'now', fees: 'cheap', background: 'engineer', safeguarding: 'no' }),
    ).toEqual({ availability: 'now', background: 'engineer' });
  });
});

describe('filters over the demo registry (properties)', () => {
  const all = demoEntries();
  const listed = all.filter((e) => e.status.listed);
  const directory = createDirectory(all, createSearchIndex(all.map((e) => e.profile)));
  const valuesFor = (facet: (typeof FACETS)[number]) => [...modelCounts(listed, {})[facet].keys()];
  const filtersArb: fc.Arbitrary<Filters> = fc.record(
    Object.fromEntries(FACETS.map((f) => [f, fc.constantFrom(...valuesFor(f))])) as Record<
      (typeof FACETS)[number],
      fc.Arbitrary<string>
    >,
    { requiredKeys: [] },
  );

  it('a value counts exactly the results of choosing it', () => {
    fc.assert(
      fc.property(filtersArb, fc.constantFrom(...FACETS), (filters, facet) => {
        for (const [value, count] of searchDirectory(directory, '', filters).counts[facet])
          expect(searchDirectory(directory, '', { ...filters, [facet]: value }).total).toBe(count);
      }),
      { numRuns: 40 },
    );
  });
  it('the search worker counts, filters and relaxes as the definitions say, entry by entry', () => {
    fc.assert(
      fc.property(filtersArb, fc.constantFrom('', 'family', 'english madrid', 'garc', 'mentor'), (filters, query) => {
        const all = searchDirectory(directory, query, {});
        const matched = listed.filter((e) => all.ids.includes(e.profile.id));
        const result = searchDirectory(directory, query, filters);
        expect(new Set(result.ids)).toEqual(new Set(modelFilter(matched, filters).map((e) => e.profile.id)));
        expect(result.total).toBe(result.ids.length);
        expect(result.counts).toEqual(modelCounts(matched, filters));
        expect(result.relaxations).toEqual(result.total ? [] : modelRelaxations(matched, filters));
      }),
      { numRuns: 60 },
    );
  });
});

describe('filters and query in the URL', () => {
  const allowed: Record<(typeof FACETS)[number], readonly string[]> = {
    country: ['FR', 'ES', 'GB', ...REGIONS],
    language: ['en', 'es', 'zh'],
    area: PRACTICE_AREAS,
    cert: CERTIFICATION_KINDS,
    style: STYLES,
    format: FORMATS,
    evaluations: EVALUATIONS,
    mentor: ['yes'],
    availability: ['now', 'later'],
    fees: FEE_BANDS,
    background: BACKGROUNDS,
    safeguarding: ['yes'],
  };
  const filtersArb = fc.record(
    Object.fromEntries(FACETS.map((f) => [f, fc.constantFrom(...allowed[f])])) as Record<
      (typeof FACETS)[number],
      fc.Arbitrary<string>
    >,
    { requiredKeys: [] },
  );

  it('round-trips any filters, and a query when allowed', () => {
    fc.assert(
      fc.property(filtersArb, fc.string(), (filters, query) => {
        expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
        const state = { query: cleanQuery(query), filters };
        expect(searchFromParams(searchToParams(state, { withQuery: true }))).toEqual(state);
        expect(searchFromParams(searchToParams(state, { withQuery: false }))).toEqual({ query: '', filters });
      }),
    );
  });
  it('keeps only known codes from a link, and cuts a long query', () => {
    expect(
      filtersFromParams({
        area: '<script>',
        country: 'Spain',
        cert: 'certified-mediator',
        style: 'x',
        language: 'eng',
      }),
    ).toEqual({ cert: 'certified-mediator' });
    expect(filtersFromParams({ country: 'fr', language: 'ES' })).toEqual({ country: 'FR', language: 'es' });
    expect(filtersFromParams({ country: '999' })).toEqual({});
    expect(searchFromParams({ q: 'x'.repeat(500) }).query).toHaveLength(MAX_QUERY_LENGTH);
    expect(
      Object.keys(searchToParams({ query: 'Anna Müller', filters: { country: 'DE' } }, { withQuery: false })),
    ).toEqual(['country']);
  });
});
