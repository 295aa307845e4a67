// Regions are named in every language, whatever the browser's Intl.DisplayNames knows of UN M49 codes.
import { afterEach, describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/domain/matching/regions.ts';
import { setLocale } from '../../src/ui/app/i18n.ts';
import { countryName } from '../../src/ui/directory/labels.ts';

afterEach(() => setLocale('en'));

describe('region names', () => {
  it('names every region in English, French and Spanish, never as its code', () => {
    const seen: Record<string, string[]> = {};
    for (const locale of ['en', 'fr', 'es'] as const) {
      setLocale(locale);
      seen[locale] = REGIONS.map((code) => countryName(code));
      for (const [i, name] of seen[locale]!.entries()) expect(name, `${locale} ${REGIONS[i]}`).not.toMatch(/^\d+$/);
    }
    // The catalogue's names, not Intl's (Node's ICU says "Latin America" for 419, this Chromium says "419").
    expect(seen['en']).toContain('Latin America and the Caribbean');
    expect(seen['fr']).toContain('Amérique du Nord');
    expect(seen['es']).toContain('América Latina y el Caribe');
  });

  it('still names countries through Intl', () => {
    expect(countryName('DE')).toBe('Germany');
  });
});
