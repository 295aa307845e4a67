import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberStyle, writeNumber } from '../../src/domain/worksheet/number-style.ts';
import { readNumber } from '../../src/domain/worksheet/read-number.ts';

const INTERFACE = ['en', 'fr', 'es'];
const REGIONS = ['GB', 'US', 'DE', 'FR', 'ES', 'CH'];
// Every interface language with every browser region ("fr-DE"), and the regions' own languages ("de-CH").
const LOCALES = [
  ...INTERFACE,
  ...INTERFACE.flatMap((l) => REGIONS.map((r) => `${l}-${r}`)),
  'en-GB',
  'en-US',
  'de-DE',
  'fr-FR',
  'es-ES',
  'de-CH',
  'en-IN',
];
const value = (text: string, locale: string, options?: Intl.NumberFormatOptions): number | string => {
  const read = readNumber(text, locale, options);
  return read.ok ? read.value + 0 : read.reason; // + 0: -0 reads as 0
};

// Sums of money as people hold them: cents or whole units, round thousands too, negative too, up to 10^13.
const cents = fc.oneof(
  fc.integer({ min: -1e15, max: 1e15 }).map((c) => c / 100),
  fc.integer({ min: -1e13, max: 1e13 }),
  fc.integer({ min: -1e7, max: 1e7 }).map((n) => n * 1000),
);

describe('reading a number as the locale writes it', () => {
  it.each(LOCALES)('%s: any amount Intl writes reads back as the same amount', (locale) => {
    fc.assert(
      fc.property(cents, (raw) => {
        const amount = raw + 0; // -0 is written "-0" and read as 0
        expect(value(new Intl.NumberFormat(locale).format(amount), locale)).toBe(amount);
        expect(value(writeNumber(amount, locale), locale)).toBe(amount);
      }),
    );
  });

  it.each(LOCALES)('%s: an amount written as money, sign and all, reads back as the same amount', (locale) => {
    for (const currency of ['EUR', 'USD', 'CHF', 'GBP']) {
      const options = { style: 'currency', currency } as const;
      fc.assert(
        fc.property(cents, (raw) => {
          const amount = raw + 0; // -0 is written "-0" and read as 0
          expect(value(new Intl.NumberFormat(locale, options).format(amount), locale, options)).toBe(amount);
          expect(value(writeNumber(amount, locale, options), locale, options)).toBe(amount);
        }),
        { numRuns: 30 },
      );
    }
  });

  it.each([
    // Issue 12: half a million as Olé writes it, whatever kind of space or apostrophe the keyboard gives.
    ['500.000', 'es', 500_000],
    ['500.000', 'es-ES', 500_000],
    ['500 000', 'fr', 500_000],
    ['500\u202f000', 'fr', 500_000],
    ['500\u00a0000 €', 'fr', 500_000],
    ['250.000 €', 'es', 250_000],
    ['500.000', 'en-DE', 500_000],
    ['500’000', 'de-CH', 500_000],
    // Plain digits, a decimal in the locale's style, signs and percent signs.
    ['500000', 'es', 500_000],
    ['2,5', 'es', 2.5],
    ['0,125', 'fr', 0.125],
    ['12.5 %', 'en', 12.5],
    ['-1.234,5', 'es', -1234.5],
    ['−50 000', 'fr', -50_000],
    ['+7', 'en', 7],
    [',5', 'es', 0.5],
    // The other common style, when it can mean only one number.
    ['500,000.50', 'es', 500_000.5],
    ['1.500,50', 'en', 1500.5],
    ['1 500.5', 'en', 1500.5],
    ['2.5', 'es', 2.5],
    ['2.5', 'fr', 2.5],
    ['12,34', 'en', 12.34],
  ] as const)('reads "%s" in %s as %d', (text, locale, expected) => {
    expect(value(text, locale)).toBe(expected);
  });

  it('reads money as the currency format writes it, code and all', () => {
    expect(value("CHF 500'000.50", 'de-CH', { style: 'currency', currency: 'CHF' })).toBe(500_000.5);
  });

  it('flags an entry two styles read differently, with both readings, the locale’s first', () => {
    expect(readNumber('1.500', 'en')).toEqual({ ok: false, reason: 'ambiguous', readings: [1.5, 1500] });
    expect(readNumber('2,500', 'es')).toEqual({ ok: false, reason: 'ambiguous', readings: [2.5, 2500] });
    expect(readNumber('500.000', 'fr')).toEqual({ ok: false, reason: 'ambiguous', readings: [500, 500_000] });
    expect(readNumber('-1,500', 'fr')).toEqual({ ok: false, reason: 'ambiguous', readings: [-1.5, -1500] });
  });

  it('reads Arabic-Indic digits and the Arabic decimal sign, and a pasted amount with its direction marks', () => {
    expect(readNumber('٣٠٠٠', 'ar-EG-u-nu-latn')).toMatchObject({ ok: true, value: 3000 });
    expect(readNumber('۳۰۰۰', 'ar-u-nu-latn')).toMatchObject({ ok: true, value: 3000 });
    expect(readNumber('١٢٫٥', 'ar-u-nu-latn')).toMatchObject({ ok: true, value: 12.5 });
    expect(readNumber('\u200e-1,234.5', 'ar-u-nu-latn')).toMatchObject({ ok: true, value: -1234.5 });
  });
  it('refuses what is not a number in any style', () => {
    for (const text of ['abc', '1e6', '5.', '1,2,3', '1.2345.678', '0.500.000', '5-', '--5', '.', '1 2', '€'])
      expect(value(text, 'en'), text).toBe('invalid');
    expect(value('  ', 'en')).toBe('empty');
    expect(value('12,34,567', 'en')).toBe('invalid');
    expect(value('12,34,567', 'en-IN')).toBe(1_234_567);
  });
});

describe('a locale’s number style', () => {
  it('learns separators and group sizes from Intl, spaces and apostrophes made plain', () => {
    expect(numberStyle('fr')).toEqual({ group: ' ', decimal: ',', primary: 3, secondary: 3 });
    expect(numberStyle('de-CH')).toEqual({ group: "'", decimal: '.', primary: 3, secondary: 3 });
    expect(numberStyle('en-IN')).toEqual({ group: ',', decimal: '.', primary: 3, secondary: 2 });
  });

  it('writes every decimal, without a currency sign', () => {
    expect(writeNumber(1234.5678, 'es')).toBe('1234,5678');
    expect(writeNumber(500_000, 'es', { style: 'currency', currency: 'EUR' })).toBe('500.000');
    expect(writeNumber(-0.5, 'en')).toBe('-0.5');
  });
});
