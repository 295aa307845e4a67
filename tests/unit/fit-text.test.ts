// Every reason a fit can give reads as words in every language, and a missing need says what is missing.
import { afterEach, describe, expect, it } from 'vitest';
import type { FitReason, FitReasonCode } from '../../src/domain/matching/fit-reasons.ts';
import { LOCALES } from '../../src/i18n/locale.ts';
import { setLocale } from '../../src/ui/app/i18n.ts';
import { fitText } from '../../src/ui/directory/fit-text.ts';

const SAMPLES = {
  'area-match': {},
  'area-missing': {},
  'speaks-needed': { codes: ['es'] },
  'speaks-missing': { codes: ['es'] },
  'meets-in-person': {},
  'online-only': {},
  'works-in': { codes: ['ES'] },
  'online-distance': {},
  'not-where': {},
  certified: { codes: ['certified-mediator'] },
  'not-certified': { codes: ['certified-mediator'] },
  'not-investor-state': {},
  available: {},
  'available-from': { codes: ['2027-03'] },
  'not-available': {},
  'availability-unknown': {},
  style: { codes: ['transformative'] },
  evaluation: {},
  'background-technical': { codes: ['engineer'] },
  'background-legal': { codes: ['judge'] },
  fees: { codes: ['low'] },
  'fees-unknown': {},
  'multi-party': {},
  'co-mediation': {},
  safeguarding: {},
  'safeguarding-unknown': {},
  shuttle: {},
  'experience-unknown': {},
  experience: { n: 12, count: 230 },
  'digest-current': {},
  'digest-grace': {},
  'digest-stale': {},
  'nationality-shared': {},
  'nationality-neither': {},
  'mentor-near': { codes: ['ES'] },
  'mentor-region': { codes: ['150'] },
  'mentor-online': {},
  'mentor-speaks': { codes: ['es'] },
  'mentor-no-language': {},
  'mentor-area': { codes: ['family'] },
  'mentor-role': { codes: ['observe'] },
  'mentor-no-role': {},
  'mentor-digest-stale': {},
} satisfies Record<FitReasonCode, Omit<FitReason, 'code'>>;

describe('fit reasons in words', () => {
  afterEach(() => setLocale('en'));

  it.each(LOCALES)('%s: every reason code has words, with its values filled in', (locale) => {
    setLocale(locale);
    for (const [code, values] of Object.entries(SAMPLES)) {
      const text = fitText({ code: code as FitReasonCode, ...values });
      expect(text, code).not.toBe(code);
      expect(text, code).not.toMatch(/undefined|\$\{|certified-mediator|2027-03/);
    }
  });

  it('keeps a German noun capitalised inside the sentence, and lower-cases an English label', () => {
    expect(fitText({ code: 'mentor-area', codes: ['family'] })).toMatch(/works in family/);
    setLocale('de');
    const german = fitText({ code: 'mentor-area', codes: ['family'] });
    expect(german).toMatch(/[A-ZÄÖÜ]\p{Ll}+$/u); // the area's label ends the sentence, with its capital
  });

  it('names what is missing as a person would say it', () => {
    expect(fitText({ code: 'speaks-missing', codes: ['es'] })).toBe('does not speak Spanish');
    expect(fitText({ code: 'online-only' })).toBe('works online only');
    expect(fitText({ code: 'not-certified', codes: ['certified-mediator'] })).toBe(
      'is not currently an IMI Certified Mediator',
    );
    expect(fitText({ code: 'available-from', codes: ['2027-03'] })).toBe('takes new cases from March 2027');
    expect(fitText({ code: 'experience', n: 12, count: 230 })).toBe(
      'has practised for 12 years and has conducted 230 mediations',
    );
    setLocale('fr');
    expect(fitText({ code: 'speaks-missing', codes: ['es'] })).toBe('ne parle pas espagnol');
    setLocale('es');
    expect(fitText({ code: 'speaks-missing', codes: ['de'] })).toBe('no habla alemán');
  });
});
