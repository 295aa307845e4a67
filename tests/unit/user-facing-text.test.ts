// Nothing a user reads may carry the project's own workings: file names, paths, section signs, notes to developers.
import { describe, expect, it } from 'vitest';
import { loadLocalizedData } from '../../src/ui/app/localized-data.ts';
import { LOCALES } from '../../src/i18n/locale.ts';
import { catalogues, messagesIn } from './locale-texts.ts';

const scenarioFiles = import.meta.glob<unknown>('../../data/scenarios/**/*.json', { eager: true, import: 'default' });

/** What a user-facing text must never contain, with why in its name. */
const INTERNAL = [
  { name: 'a file name', pattern: /\b[\w-]+\.(?:ts|tsx|js|mjs|json|md|csv|cjs)\b/i },
  { name: 'a source path', pattern: /\b(?:src|data|tests|node_modules)\/[\w-]/ },
  { name: 'a section sign', pattern: /§/ },
  { name: 'a note to developers', pattern: /\b(?:TODO|FIXME|XXX|TBD)\b/ },
  { name: 'a pointer to project notes', pattern: /\b(?:issue #?\d+|see DESIGN|see README)\b/i },
];
/** A statute's own numbering: "§ 15a ZPO", "9 U.S.C. § 201" are how a primary legal source is cited. */
const LEGAL_CITATION = /^rules\.places\.\w+\.sources\.[\w-]+\.citation$/;
/** In a sentence, a section of a named statute, as German legal prose refers to it: "(§ 495a ZPO)", "§ 15a EGZPO". */
const STATUTE_SECTION = /§§?\s?\d+[a-z]?(?:\s(?:Abs\.|Satz|Nr\.)\s?\d+)*\s[A-Z][A-Za-z]*[A-Z]/g;

/** Every string in a value: texts of data, and messages called with stand-in values. */
function texts(value: unknown, at: string, out: { at: string; text: string }[] = []) {
  if (typeof value === 'string') out.push({ at, text: value });
  else if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i % 2 ? 2 : 'X'));
    out.push({ at, text: String((value as (...a: unknown[]) => unknown)(...args)) });
  } else if (Array.isArray(value)) value.forEach((item, i) => texts(item, `${at}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) texts(item, `${at}.${key}`, out);
  return out;
}

/** Keys of data that are ids, sources or versions, not texts shown as words. */
const NOT_SHOWN =
  /\.(?:id|ids|source|sources\.[\w-]+\.url|url|href|version|factor|question|when|value|values|qapId|kind|area)$|\.sources\.[\w-]+\.(?:url|id)$/;

function problems(found: { at: string; text: string }[]) {
  return found.flatMap(({ at, text }) =>
    NOT_SHOWN.test(at)
      ? []
      : INTERNAL.filter((rule) => rule.pattern.test(text))
          .filter(
            (rule) =>
              !(
                rule.name === 'a section sign' &&
                (LEGAL_CITATION.test(at) || !text.replace(STATUTE_SECTION, '').includes('§'))
              ),
          )
          .map((rule) => `${at}: ${rule.name} in "${text}"`),
  );
}

describe('user-facing text carries no internal notes', () => {
  it.each(LOCALES)('message catalogues in %s', (locale) => {
    const found = catalogues.flatMap(({ name, catalogue }) =>
      texts(messagesIn(catalogue, locale), `${name}.${locale}`),
    );
    expect(found.length).toBeGreaterThan(500);
    expect(problems(found).join('\n')).toBe('');
  });

  it.each(LOCALES)('rules pack and questionnaire in %s', async (locale) => {
    const data = await loadLocalizedData(locale);
    const found = [...texts(data.questionnaire, 'questionnaire'), ...texts(data.rules, 'rules')];
    expect(found.length).toBeGreaterThan(300);
    expect(problems(found).join('\n')).toBe('');
  });

  it('workshop scenarios', () => {
    const found = Object.entries(scenarioFiles).flatMap(([file, data]) => texts(data, file.replace('../../', '')));
    expect(found.length).toBeGreaterThan(100);
    expect(problems(found).join('\n')).toBe('');
  });

  it('catches what it is for', () => {
    const planted = [
      { at: 'x.text', text: 'See data/rules/gates.json for why.' },
      { at: 'x.text', text: 'Under § 2 of the notes' },
      { at: 'x.text', text: 'TODO reword' },
    ];
    for (const text of planted) expect(problems([text]), text.text).not.toHaveLength(0);
  });
});
