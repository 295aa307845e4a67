// Spanish writes acronyms as the Real Academia Española's Ortografía (2010) says: no plural "s" ("los PDF", not
// "los PDFs"), "EE. UU." with its space, and the Spanish forms of the bodies it names (CNUDMI, CIADI, CCI) in prose.
import { describe, expect, it } from 'vitest';
import { loadLocalizedData } from '../../src/ui/app/localized-data.ts';
import { catalogues, messagesIn } from './locale-texts.ts';

// Ids and source keys are not read as text.
const NOT_TEXT = new Set(['id', 'source', 'sources', 'factor', 'question']);

function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function')
    out.push(String((value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, () => 2))));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) if (!NOT_TEXT.has(key)) texts(item, out);
  return out;
}

// English names kept where they are a title or the body's own name in a citation ("ICSID Review", "UNCITRAL Model Law").
const ENGLISH_BODY = /\b(?:UNCITRAL|ICSID|ICC)\b(?! (?:Review|Model Law|Rules|Arbitration Rules|Mediation Rules))/;

describe('Spanish acronyms', () => {
  it('take no plural s, and write EE. UU. with its space, in the interface and the data', async () => {
    const data = await loadLocalizedData('es');
    const all = [
      ...catalogues.flatMap(({ catalogue }) => texts(messagesIn(catalogue, 'es'))),
      ...texts(data.rules),
      ...texts(data.questionnaire),
    ];
    expect(all.length).toBeGreaterThan(1000);
    expect(all.filter((text) => /\b[A-Z]{2,}s\b/.test(text))).toEqual([]);
    expect(all.filter((text) => /EE\.UU\.|EEUU/.test(text))).toEqual([]);
  });

  it('name the bodies in prose by their Spanish acronyms', async () => {
    const { rules, questionnaire } = await loadLocalizedData('es');
    const prose = [...texts(questionnaire), ...texts(rules.options), ...texts(rules.factors), ...texts(rules.cautions)];
    expect(prose.filter((text) => ENGLISH_BODY.test(text))).toEqual([]);
  });
});
