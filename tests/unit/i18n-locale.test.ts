import { describe, expect, it } from 'vitest';
import { pickLocale, textDirection, withRegion } from '../../src/i18n/locale.ts';

describe('pickLocale', () => {
  it('takes the first browser language we speak, by its base tag', () => {
    expect(pickLocale(['de-DE', 'fr-CA', 'es'])).toBe('fr');
    expect(pickLocale(['ES-mx'])).toBe('es');
  });
  it('falls back to English', () => {
    expect(pickLocale(['de', 'ja'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

describe('textDirection', () => {
  it('is right-to-left for Arabic and Hebrew only', () => {
    expect(textDirection('ar-EG')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('fr')).toBe('ltr');
  });
});

describe('withRegion', () => {
  it('joins the interface language to the browser’s region, so an English page in a German browser writes 1.234', () => {
    expect(withRegion('en', 'de-DE')).toBe('en-DE');
    expect(withRegion('es', 'es-419')).toBe('es-419');
    expect(withRegion('fr', 'de-Latn-CH')).toBe('fr-CH');
    expect(new Intl.NumberFormat(withRegion('en', 'de-DE')).format(1234)).toBe('1.234');
  });
  it('is the language alone without a region or with no tag at all', () => {
    expect(withRegion('fr', 'fr')).toBe('fr');
    expect(withRegion('es', undefined)).toBe('es');
    expect(withRegion('en', 'not a tag')).toBe('en');
  });
});
