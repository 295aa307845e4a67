import { describe, expect, it } from 'vitest';
import { LOCALE_LIST, pickLocale, textDirection, withRegion } from '../../src/i18n/locale.ts';

describe('pickLocale', () => {
  it('takes the first browser language we speak, by its base tag', () => {
    expect(pickLocale(['ja-JP', 'fr-CA', 'es'])).toBe('fr');
    expect(pickLocale(['ES-mx'])).toBe('es');
  });
  it('falls back to English', () => {
    expect(pickLocale(['ja', 'ko'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

describe('textDirection', () => {
  it.each(LOCALE_LIST)('$code is written $direction, with or without a region', ({ code, direction }) => {
    expect(textDirection(code)).toBe(direction);
    expect(textDirection(`${code}-EG`)).toBe(direction);
  });
  it('is left to right for a language we do not speak, like the English shown instead', () => {
    expect(textDirection('ja')).toBe('ltr');
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
