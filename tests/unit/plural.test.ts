import { describe, expect, it } from 'vitest';
import { listOf, ordinal, plural } from '../../src/i18n/plural.ts';

describe('plural', () => {
  const cases = { one: 'case', other: 'cases' };
  it('picks English’s two forms', () => {
    expect([0, 1, 2].map((n) => plural('en', n, cases))).toEqual(['cases', 'case', 'cases']);
  });
  it('counts 0 and 1 as singular in French', () => {
    expect([0, 1, 2].map((n) => plural('fr', n, { one: 'dossier', other: 'dossiers' }))).toEqual([
      'dossier',
      'dossier',
      'dossiers',
    ]);
  });
  it('uses Arabic’s zero, one, two, few, many and other forms', () => {
    const forms = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n, forms))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });
  it('falls back to "other" for a form a message leaves out', () => {
    expect(plural('ar', 2, { one: 'one', other: 'other' })).toBe('other');
  });
});

describe('ordinal', () => {
  it('follows English ordinals', () => {
    const forms = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
    expect([1, 2, 3, 4, 11, 21].map((n) => `${n}${ordinal('en', n, forms)}`)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '21st',
    ]);
  });
});

describe('listOf', () => {
  it('joins names as each language does', () => {
    expect(listOf('en', ['French', 'German', 'Spanish'])).toBe('French, German, and Spanish');
    expect(listOf('fr', ['français', 'allemand'])).toBe('français et allemand');
    expect(listOf('es', ['francés', 'alemán'], 'disjunction')).toBe('francés o alemán');
  });
});
