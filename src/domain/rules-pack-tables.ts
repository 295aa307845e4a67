// Validation of the pack's tables: sources, options, factor texts and the ratings matrix.
import { FACTOR_IDS, GOAL_IDS, IMPEDIMENT_IDS, factorValues, isFactorId } from './factors.ts';
import { checkCondition } from './conditions.ts';
import { OPTION_IDS } from './options.ts';
import { BINDING, COSTS, FAMILIES, PRIVATE, SPEEDS } from './option-traits.ts';
import {
  at,
  checkInt,
  checkKeys,
  checkOneOf,
  describe,
  isRecord,
  readArray,
  readRecord,
  readText,
  type Problems,
} from './validate.ts';

const OPTION_KEYS = [
  'name',
  'summary',
  'family',
  'control',
  'binding',
  'bindingNote',
  'private',
  'cost',
  'time',
  'speed',
  'base',
  'baseBecause',
  'facts',
];

/** Every id in `required` must be a key and every key must be in `required`. */
export function checkIdKeys(
  obj: Record<string, unknown>,
  required: readonly string[],
  path: string,
  what: string,
  problems: Problems,
) {
  for (const id of required) if (!(id in obj)) problems.push(`${at(path, id)}: missing (every ${what} needs an entry)`);
  for (const id of Object.keys(obj)) if (!required.includes(id)) problems.push(`${at(path, id)}: unknown ${what} id`);
}

export function checkSourceKey(value: unknown, sources: ReadonlySet<string>, path: string, problems: Problems) {
  if (typeof value === 'string' && sources.has(value)) return;
  problems.push(`${path}: ${describe(value)} is not a key of sources`);
}

export function parseSources(pack: Record<string, unknown>, problems: Problems): ReadonlySet<string> {
  const sources = readRecord(pack, 'sources', '', problems);
  if (!sources) return new Set();
  for (const [key, source] of Object.entries(sources)) {
    const path = at('sources', key);
    if (!isRecord(source)) {
      problems.push(`${path}: expected an object with a citation`);
      continue;
    }
    checkKeys(source, ['citation', 'note'], path, problems);
    readText(source, 'citation', path, problems);
    readText(source, 'note', path, problems, true);
  }
  return new Set(Object.keys(sources));
}

export function parseOptions(pack: Record<string, unknown>, sources: ReadonlySet<string>, problems: Problems): void {
  const options = readRecord(pack, 'options', '', problems);
  if (!options) return;
  checkIdKeys(options, OPTION_IDS, 'options', 'option', problems);
  for (const [id, option] of Object.entries(options)) {
    const path = at('options', id);
    if (!isRecord(option)) {
      problems.push(`${path}: expected an object`);
      continue;
    }
    checkKeys(option, OPTION_KEYS, path, problems);
    for (const key of ['name', 'summary', 'time']) readText(option, key, path, problems);
    for (const key of ['bindingNote', 'baseBecause']) readText(option, key, path, problems, true);
    checkOneOf(option['family'], FAMILIES, at(path, 'family'), problems);
    checkOneOf(option['binding'], BINDING, at(path, 'binding'), problems);
    checkOneOf(option['private'], PRIVATE, at(path, 'private'), problems);
    checkOneOf(option['cost'], COSTS, at(path, 'cost'), problems);
    checkOneOf(option['speed'], SPEEDS, at(path, 'speed'), problems);
    checkInt(option['control'], 0, 4, at(path, 'control'), problems);
    if (
      checkInt(option['base'], -10, 10, at(path, 'base'), problems) &&
      option['base'] !== 0 &&
      option['baseBecause'] === undefined
    ) {
      problems.push(`${at(path, 'baseBecause')}: a base other than 0 needs its reason`);
    }
    const facts = readArray(option, 'facts', path, problems) ?? [];
    facts.forEach((fact, i) => {
      const factPath = at(at(path, 'facts'), i);
      if (!isRecord(fact)) return void problems.push(`${factPath}: expected { text, source }`);
      checkKeys(fact, ['text', 'source', 'population', 'when'], factPath, problems);
      readText(fact, 'text', factPath, problems);
      checkSourceKey(fact['source'], sources, at(factPath, 'source'), problems);
      readText(fact, 'population', factPath, problems, true);
      if (fact['when'] !== undefined) checkCondition(fact['when'], at(factPath, 'when'), problems);
    });
  }
}

export function parseFactorTexts(pack: Record<string, unknown>, problems: Problems): void {
  const factors = readRecord(pack, 'factors', '', problems);
  if (!factors) return;
  checkIdKeys(factors, FACTOR_IDS, 'factors', 'factor', problems);
  for (const [id, text] of Object.entries(factors)) {
    const path = at('factors', id);
    if (!isRecord(text)) {
      problems.push(`${path}: expected { label, because }`);
      continue;
    }
    checkKeys(text, ['label', 'because', 'becauseWhen'], path, problems);
    readText(text, 'label', path, problems);
    readText(text, 'because', path, problems);
    if (text['becauseWhen'] === undefined || !isFactorId(id)) continue;
    const byValue = readRecord(text, 'becauseWhen', path, problems) ?? {};
    const values = factorValues(id).map((v) => JSON.stringify(v).replace(/^"|"$/g, ''));
    for (const key of Object.keys(byValue)) {
      if (!values.includes(key)) problems.push(`${at(at(path, 'becauseWhen'), key)}: ${id} never takes this value`);
      else readText(byValue, key, at(path, 'becauseWhen'), problems);
    }
  }
}

export function parseRatings(pack: Record<string, unknown>, problems: Problems): void {
  const ratings = readRecord(pack, 'ratings', '', problems);
  if (!ratings) return;
  checkIdKeys(ratings, OPTION_IDS, 'ratings', 'option', problems);
  const rated = [...GOAL_IDS, ...IMPEDIMENT_IDS];
  for (const [id, row] of Object.entries(ratings)) {
    const path = at('ratings', id);
    if (!isRecord(row)) {
      problems.push(`${path}: expected an object of factor: rating`);
      continue;
    }
    checkIdKeys(row, rated, path, 'goal or impediment', problems);
    for (const factor of rated) {
      if (factor in row) checkInt(row[factor], -2, 2, at(path, factor), problems);
    }
  }
}
