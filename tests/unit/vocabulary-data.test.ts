// The search vocabulary's data is generated from CLDR, the stopword lists, the app's labels and data/search/: the
// committed file is exactly what the script makes, so nobody edits it by hand and a changed label is not missed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildVocabularyData,
  functionWords,
  regionNames,
  VOCABULARY_DATA_PATH,
} from '../../src/cli/vocabulary-build.ts';
import { foldText } from '../../src/domain/matching/fold.ts';
import { REGIONS } from '../../src/domain/matching/regions.ts';
import data from '../../src/domain/matching/vocabulary-data.json' with { type: 'json' };
import { LOCALES } from '../../src/i18n/locale.ts';

describe('vocabulary-data.json', () => {
  it('is what npm run vocabulary:build makes from its sources, byte for byte', async () => {
    expect(await buildVocabularyData()).toBe(readFileSync(VOCABULARY_DATA_PATH, 'utf8'));
  }, 30_000);

  it('covers every interface language', () => {
    expect(data.locales).toEqual([...LOCALES]);
    const regions = data.regions as Record<string, Record<string, string[]>>;
    for (const region of REGIONS)
      for (const locale of LOCALES) expect(regions[region]?.[locale]?.length, `${region} ${locale}`).toBeGreaterThan(0);
  });

  it('groups each city with its names in other languages and scripts', () => {
    const group = (name: string) => data.places.find((g) => g.includes(name));
    expect(group('München')).toEqual(['DE', 'Munich', 'München', 'ميونخ']);
    expect(group('Köln')).toEqual(['DE', 'Cologne', 'Colonia', 'Köln', 'كولونيا']);
    expect(group('Athína')).toEqual(expect.arrayContaining(['GR', 'Athen', 'Athens', 'Athènes', 'Athína', 'Αθήνα']));
  });

  it('has what a new locale needs from CLDR and the stopword lists, by its code alone (German, Arabic)', () => {
    expect(functionWords(['de'])).toEqual(expect.arrayContaining(['für', 'und', 'in']));
    expect(functionWords(['ar']).map(foldText)).toEqual(expect.arrayContaining([foldText('في'), foldText('من')]));
    expect(regionNames(['de', 'ar'])['150']).toEqual({ de: ['Europa'], ar: ['أوروبا'] });
  });
});
