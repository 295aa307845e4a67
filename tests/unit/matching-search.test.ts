import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDirectory } from '../../src/domain/matching/directory.ts';
import { searchDirectory } from '../../src/domain/matching/directory-search.ts';
import type { Filters } from '../../src/domain/matching/filters.ts';
import type { RegistryEntry } from '../../src/domain/registry/registry-entries.ts';
import { foldText } from '../../src/domain/matching/fold.ts';
import { createSearchIndex, INDEX_OPTIONS_VERSION, loadSearchIndex } from '../../src/domain/matching/search-index.ts';
import { withinOneEdit } from '../../src/domain/matching/vocabulary.ts';
import { demoEntries, peopleEntries } from './helpers/directory-entries.ts';

const open = (entries: RegistryEntry[]) => createDirectory(entries, createSearchIndex(entries.map((e) => e.profile)));
const small = open(peopleEntries);
const ids = (query: string) => searchDirectory(small, query, {}).ids;

describe('search: accents, typos and half-typed words', () => {
  it('ignores accents and case, and knows the German and apostrophe spellings', () => {
    expect(ids('muller')).toEqual(['m-muller']);
    expect(ids('Mueller')).toEqual(['m-muller']);
    expect(ids('NUNEZ')).toEqual(['m-nunez']);
    expect(ids('oberg')).toEqual(['m-oberg']);
    expect(ids('obrien')).toEqual(['m-obrien']);
    expect(ids("o'brien siobhan")).toEqual(['m-obrien']);
  });
  it('forgives one typo in a word of four letters or more', () => {
    expect(ids('Sevila')).toEqual(['m-nunez']);
    expect(ids('nunes')).toEqual(['m-nunez']);
    expect(ids('mueler')).toEqual(['m-muller']);
  });
  it('finds a half-typed last word, but earlier words must be whole', () => {
    expect(ids('mül')).toEqual(['m-muller']);
    expect(ids('constr')).toEqual(['m-muller']);
    expect(ids('José Nú')).toEqual(['m-nunez']);
    expect(ids('Jo Núñez')).toEqual([]);
  });
  it('searches country, region and language names, areas with everyday words, badges and rare bio words', () => {
    expect(ids('spanish')).toEqual(['m-nunez']);
    expect(ids('germany construction')).toEqual(['m-muller']);
    expect(ids('germany family')).toEqual([]);
    expect(ids('divorce')).toEqual(['m-nunez']);
    expect(ids('maritime')).toEqual(['m-oberg']);
    expect(ids('engineer')).toEqual(['m-muller']);
    expect(ids('evaluative')).toEqual(['m-nunez']);
    expect(new Set(ids('europe'))).toEqual(new Set(['m-muller', 'm-nunez', 'm-oberg', 'm-obrien']));
  });
  it('lists everyone in name order for an empty query, and caps the ids but not the total', () => {
    const all = searchDirectory(small, '  ', {}, { limit: 2 });
    expect(all.ids).toEqual(['m-muller', 'm-nunez']);
    expect(all.total).toBe(4);
  });
  it('puts the person named above people who only match a word of their profile', () => {
    expect(ids('english')[0]).toBeDefined();
    const d = open([
      ...peopleEntries,
      {
        ...peopleEntries[0]!,
        profile: { ...peopleEntries[0]!.profile, id: 'm-english', name: 'Tom English', practiceAreas: ['family'] },
      },
    ]);
    expect(searchDirectory(d, 'english', {}).ids[0]).toBe('m-english');
  });
  it('answers the same from a saved index, keyed by its options version', () => {
    const loaded = createDirectory(peopleEntries, loadSearchIndex(JSON.stringify(small.index)));
    for (const q of ['muller', 'sevila', 'spanish', 'engineer'])
      expect(searchDirectory(loaded, q, {}).ids).toEqual(ids(q));
    expect(INDEX_OPTIONS_VERSION).toMatch(/\S/);
  });
});

describe('search over the demo registry (properties)', () => {
  const entries = demoEntries().filter((e) => e.status.listed);
  const directory = open(demoEntries());
  const surnameOf = (i: number) => foldText(entries[i]!.profile.name.split(' ').pop()!).replace(/[^a-z]/g, '');
  const finds = (query: string, id: string) => searchDirectory(directory, query, {}).ids.includes(id);
  const person = fc.nat(entries.length - 1);

  it('finds a person by their surname without accents, and by its first three letters or more', () => {
    fc.assert(
      fc.property(person, fc.nat(10), (i, cut) => {
        const surname = surnameOf(i);
        const id = entries[i]!.profile.id;
        expect(finds(surname, id)).toBe(true);
        expect(finds(surname.slice(0, Math.max(3, surname.length - cut)), id)).toBe(true);
      }),
    );
  });
  it('finds a person despite one wrong, missing or extra letter in a surname of four letters or more', () => {
    fc.assert(
      fc.property(person, fc.nat(), fc.constantFrom('drop', 'swap', 'add'), (i, at, kind) => {
        const surname = surnameOf(i);
        fc.pre(surname.length >= (kind === 'drop' ? 5 : 4));
        const k = at % surname.length;
        const typo =
          kind === 'drop'
            ? surname.slice(0, k) + surname.slice(k + 1)
            : kind === 'swap'
              ? surname.slice(0, k) + (surname[k] === 'x' ? 'y' : 'x') + surname.slice(k + 1)
              : `${surname.slice(0, k)}x${surname.slice(k)}`;
        expect(withinOneEdit(typo, surname)).toBe(true);
        expect(finds(typo, entries[i]!.profile.id)).toBe(true);
      }),
    );
  });
  it('shows as a page exactly the first results of the whole ranking, for any words and page size', () => {
    const word = fc.oneof(
      fc.constantFrom('fa', 'ma', 'es', 'family', 'spanish', 'online', 'lon', 'construction', 'de', 'law', 'court'),
      person.map((i) => surnameOf(i).slice(0, 2)),
    );
    // With or without a filter: the page is ranked within what the filters leave.
    const filters = fc.constantFrom<Filters>({}, { language: 'en' }, { country: 'ES' }, { format: 'online' });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 40 }),
        filters,
        (words, limit, chosen) => {
          const query = words.join(' ');
          const whole = searchDirectory(directory, query, chosen).ids;
          expect(searchDirectory(directory, query, chosen, { limit }).ids).toEqual(whole.slice(0, limit));
        },
      ),
    );
  });
  it('never returns a mediator who is not listed', () => {
    const unlisted = new Set(
      demoEntries()
        .filter((e) => !e.status.listed)
        .map((e) => e.profile.id),
    );
    expect(unlisted.size).toBeGreaterThan(0);
    for (const e of demoEntries().filter((x) => !x.status.listed))
      expect(searchDirectory(directory, e.profile.name, {}).ids).not.toContain(e.profile.id);
  });
});
