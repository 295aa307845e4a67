// Checks the standards files from untrusted JSON, one parser per file, dispatched by the file's path in the feed.
import { readCodes } from './readers.ts';
import { checkId } from './validate-records.ts';
import {
  COMPETENCY_AREAS,
  LEVEL_IDS,
  STANDARDS_FILES,
  type CompetenciesStandard,
  type ConductStandard,
  type LevelsStandard,
  type QapsStandard,
} from './standards.ts';
import { CERTIFICATION_KINDS } from './types.ts';
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
  newProblems,
  type Problems,
  type UnknownKeys,
} from '../validate.ts';

export type ParsedStandard<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function readTexts(obj: Record<string, unknown>, key: string, path: string, problems: Problems): void {
  const list = readArray(obj, key, path, problems);
  list?.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '')
      problems.push(`${at(at(path, key), i)}: expected non-empty text, got ${describe(item)}`);
  });
}

/** Each item of obj[key] must be an object with exactly `keys`; `check` adds its own rules. */
function eachItem(
  obj: Record<string, unknown>,
  key: string,
  keys: readonly string[],
  path: string,
  problems: Problems,
  check: (item: Record<string, unknown>, path: string) => void,
): void {
  const list = readArray(obj, key, path, problems);
  if (list?.length === 0) problems.push(`${at(path, key)}: expected at least 1 item`);
  list?.forEach((item, i) => {
    const where = at(at(path, key), i);
    if (!isRecord(item)) return void problems.push(`${where}: expected an object, got ${describe(item)}`);
    checkKeys(item, keys, where, problems);
    check(item, where);
  });
}

function checkLevels(input: Record<string, unknown>, p: string, problems: Problems): void {
  checkKeys(input, ['levels', 'specialisations', 'digestRules'], p, problems);
  eachItem(input, 'levels', ['id', 'name', 'summary', 'requirements'], p, problems, (item, where) => {
    checkOneOf(item['id'], LEVEL_IDS, at(where, 'id'), problems);
    readText(item, 'name', where, problems);
    readText(item, 'summary', where, problems);
    readTexts(item, 'requirements', where, problems);
  });
  eachItem(input, 'specialisations', ['kind', 'name', 'summary', 'requirements'], p, problems, (item, where) => {
    checkOneOf(item['kind'], CERTIFICATION_KINDS, at(where, 'kind'), problems);
    readText(item, 'name', where, problems);
    readText(item, 'summary', where, problems);
    readTexts(item, 'requirements', where, problems);
  });
  const rules = readRecord(input, 'digestRules', p, problems);
  if (!rules) return;
  checkKeys(rules, ['renewalMonths', 'graceMonths', 'text'], at(p, 'digestRules'), problems);
  checkInt(rules['renewalMonths'], 1, 120, at(at(p, 'digestRules'), 'renewalMonths'), problems);
  checkInt(rules['graceMonths'], 0, 60, at(at(p, 'digestRules'), 'graceMonths'), problems);
  readText(rules, 'text', at(p, 'digestRules'), problems);
}

function checkCompetencies(input: Record<string, unknown>, p: string, problems: Problems): void {
  checkKeys(input, ['criteria'], p, problems);
  eachItem(input, 'criteria', ['id', 'area', 'title', 'text'], p, problems, (item, where) => {
    checkId(item['id'], at(where, 'id'), problems);
    checkOneOf(item['area'], COMPETENCY_AREAS, at(where, 'area'), problems);
    readText(item, 'title', where, problems);
    readText(item, 'text', where, problems);
  });
}

function checkConduct(input: Record<string, unknown>, p: string, problems: Problems): void {
  checkKeys(input, ['codeOfConduct', 'complaintsRoute'], p, problems);
  const code = readRecord(input, 'codeOfConduct', p, problems);
  if (code) {
    const where = at(p, 'codeOfConduct');
    checkKeys(code, ['name', 'summary', 'points'], where, problems);
    readText(code, 'name', where, problems);
    readText(code, 'summary', where, problems);
    readTexts(code, 'points', where, problems);
  }
  eachItem(input, 'complaintsRoute', ['step', 'title', 'text'], p, problems, (item, where) => {
    checkInt(item['step'], 1, 20, at(where, 'step'), problems);
    readText(item, 'title', where, problems);
    readText(item, 'text', where, problems);
  });
}

function checkQaps(input: Record<string, unknown>, p: string, problems: Problems): void {
  checkKeys(input, ['qaps'], p, problems);
  const ids = new Set<unknown>();
  eachItem(input, 'qaps', ['id', 'name', 'region', 'kinds'], p, problems, (item, where) => {
    if (checkId(item['id'], at(where, 'id'), problems) && ids.has(item['id']))
      problems.push(`${at(where, 'id')}: duplicate "${item['id']}"`);
    ids.add(item['id']);
    readText(item, 'name', where, problems);
    readText(item, 'region', where, problems);
    readCodes(item, 'kinds', CERTIFICATION_KINDS, where, problems);
  });
}

function parseWith<T>(
  input: unknown,
  label: string,
  check: (obj: Record<string, unknown>, p: string, problems: Problems) => void,
  unknownKeys: UnknownKeys = 'refuse',
): ParsedStandard<T> {
  if (!isRecord(input)) return { ok: false, problems: [`${label}: expected an object, got ${describe(input)}`] };
  const problems = newProblems(unknownKeys);
  check(input, label, problems);
  return problems.length ? { ok: false, problems } : { ok: true, value: input as T };
}

export const parseQapsStandard = (input: unknown, label: string = STANDARDS_FILES.qaps) =>
  parseWith<QapsStandard>(input, label, checkQaps);

/** Validates a standards file by its feed path; an unknown path is a problem, not silently stored. */
export function parseStandardsFile(
  path: string,
  input: unknown,
  unknownKeys: UnknownKeys = 'refuse',
): ParsedStandard<unknown> {
  switch (path) {
    case STANDARDS_FILES.levels:
      return parseWith<LevelsStandard>(input, path, checkLevels, unknownKeys);
    case STANDARDS_FILES.competencies:
      return parseWith<CompetenciesStandard>(input, path, checkCompetencies, unknownKeys);
    case STANDARDS_FILES.conduct:
      return parseWith<ConductStandard>(input, path, checkConduct, unknownKeys);
    case STANDARDS_FILES.qaps:
      return parseWith<QapsStandard>(input, path, checkQaps, unknownKeys);
    default:
      return {
        ok: false,
        problems: [`${path}: not a standards file this app knows (${Object.values(STANDARDS_FILES).join(', ')})`],
      };
  }
}
