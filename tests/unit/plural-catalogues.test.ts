// Plurals go through CLDR rules (plural() in src/i18n/plural.ts), never a hand-written `n === 1 ? … : …`:
// that ternary is English's rule, and wrong in French (0 is singular) and Arabic (six forms).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import componentsFr from '../../src/ui/locales/fr/components.ts';
import reportFr from '../../src/ui/locales/fr/report.ts';
import componentsEs from '../../src/ui/locales/es/components.ts';
import { componentsMessages } from '../../src/ui/components/components.messages.ts';

const root = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const catalogueFiles = filesUnder(join(root, 'src/ui'))
  .map((path) => relative(root, path).split('\\').join('/'))
  .filter((path) => /\.messages\.ts$/.test(path) || /^src\/ui\/locales\/.+\.ts$/.test(path))
  .sort();

// A choice on the count being (or not being) 1: `n === 1 ?`, `n !== 1 ?`, `n > 1 ?`, `n <= 1 ?`, `1 === n`.
// A special message for zero (`n === 0 ? 'none yet' : …`) is allowed.
const ONE_TERNARY = /(?:[=!]==|[<>]=?)\s*1\s*\?|\b1\s*[=!]==/g;

describe('message catalogues', () => {
  it('are found in every locale', () => {
    expect(catalogueFiles.filter((path) => path.endsWith('.messages.ts')).length).toBeGreaterThan(20);
    for (const locale of ['fr', 'es', 'de', 'ar'])
      expect(catalogueFiles.filter((path) => path.startsWith(`src/ui/locales/${locale}/`)).length).toBeGreaterThan(20);
  });

  it.each(catalogueFiles)('%s picks plural forms with plural(), not a ternary on 1', (path) => {
    const source = readFileSync(join(root, path), 'utf8');
    const found = [...source.matchAll(ONE_TERNARY)].map(
      (match) => `line ${source.slice(0, match.index).split('\n').length}: ${match[0].trim()}`,
    );
    expect(found).toEqual([]);
  });
});

describe('French plurals', () => {
  it('count 0 as singular: « 0 réponse », as French writes it', () => {
    expect([0, 1, 2].map((n) => componentsFr.answersUpdated(n, '3 mars'))).toEqual([
      '0 réponse · mis à jour le 3 mars',
      '1 réponse · mis à jour le 3 mars',
      '2 réponses · mis à jour le 3 mars',
    ]);
    expect(reportFr.moreReasons(0, '+0')).toBe('et 0 raison de moindre poids (+0)');
    expect(reportFr.moreReasons(2, '+3')).toBe('et 2 raisons de moindre poids (+3 au total)');
  });

  it('unlike English and Spanish, where 0 takes the plural', () => {
    expect(componentsMessages.en.answersUpdated(0, '3 March')).toBe('0 answers · updated 3 March');
    expect(componentsEs.answersUpdated(0, '3 de marzo')).toBe('0 respuestas · actualizado el 3 de marzo');
  });
});
