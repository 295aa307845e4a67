import { describe, expect, it } from 'vitest';
import { pickLocale, textDirection } from '../../src/i18n/locale.ts';

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
