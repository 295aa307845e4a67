// Reads a case file from outside the app: a clean copy of the case, or every problem found by path, never an exception.
import { COUNTRY_CODES, LANGUAGE_CODES } from '../registry/iso-codes.ts';
import { decodePriorities } from '../together/priorities-code.ts';
import { parseWorksheet, type WorksheetProblemCode } from '../worksheet/parse.ts';
import type { Worksheet } from '../worksheet/types.ts';
import type { AnswerValue, Answers, Questionnaire } from '../questions.ts';
import type { Case, MatchingPreferences } from '../case.ts';
import { CASE_FILE_FORMAT, CASE_FILE_LIMITS as L, CASE_FILE_VERSION, type CaseFile } from './format.ts';

export type CaseFileProblemCode =
  | WorksheetProblemCode
  | 'too-large'
  | 'not-json'
  | 'not-case-file'
  | 'newer-version'
  | 'bad-version'
  | 'missing'
  | 'unknown-key'
  | 'not-object'
  | 'not-array'
  | 'not-text'
  | 'not-boolean'
  | 'empty'
  | 'too-long'
  | 'too-many'
  | 'control-character'
  | 'bad-id'
  | 'bad-date'
  | 'bad-code'
  | 'bad-choice'
  | 'unknown-question'
  | 'not-a-choice'
  | 'wrong-type';

/** Where (`case.answers["q.privacy"]`) and what; the UI words the code. */
export type CaseFileProblem = { readonly path: string; readonly code: CaseFileProblemCode };

/** Why a file was refused: the UI says "not an Olé file" or "made by a newer Olé" before any list of problems. */
export type CaseFileRefusal = 'not-json' | 'foreign' | 'newer' | 'invalid';

export type ParseCaseFileResult =
  | { readonly ok: true; readonly file: CaseFile }
  | {
      readonly ok: false;
      readonly refusal: CaseFileRefusal;
      readonly problems: readonly CaseFileProblem[];
      readonly total: number;
    };

/** Enough to fix a file by hand; a hostile file with a million bad keys does not make a million messages. */
export const MAX_PROBLEMS = 30;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (record: Rec, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
const CONTROL = /[\u0000-\u001f\u007f]/;

const CASE_KEYS = [
  'id',
  'title',
  'createdAt',
  'updatedAt',
  'answers',
  'lastQuestionId',
  'rulesVersion',
  'matching',
  'worksheet',
  'otherPartyCode',
] as const;
const MATCHING_KEYS = ['languages', 'countries', 'online', 'lookingFor', 'partyNationalities'] as const;

class Reader {
  readonly problems: CaseFileProblem[] = [];
  total = 0;
  fail(path: string, code: CaseFileProblemCode): undefined {
    this.total += 1;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ path, code });
    return undefined;
  }
  keys(record: Rec, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(record))
      if (!allowed.includes(key)) this.fail(path ? `${path}.${key}` : key, 'unknown-key');
  }
  object(record: Rec, key: string, path: string): Rec | undefined {
    const value = own(record, key);
    if (value === undefined) return this.fail(path, 'missing');
    return isRecord(value) ? value : this.fail(path, 'not-object');
  }
  text(record: Rec, key: string, path: string, max: number, optional = false): string | undefined {
    const value = own(record, key);
    if (value === undefined) return optional ? undefined : this.fail(path, 'missing');
    if (typeof value !== 'string') return this.fail(path, 'not-text');
    if (value.trim() === '') return this.fail(path, 'empty');
    if (value.length > max) return this.fail(path, 'too-long');
    if (CONTROL.test(value)) return this.fail(path, 'control-character');
    return value;
  }
  id(record: Rec, key: string, path: string): string | undefined {
    const value = this.text(record, key, path, L.idChars);
    if (value === undefined) return undefined;
    return ID.test(value) ? value : this.fail(path, 'bad-id');
  }
  time(record: Rec, key: string, path: string): string | undefined {
    const value = this.text(record, key, path, 40);
    if (value === undefined) return undefined;
    return ISO_TIME.test(value) && Number.isFinite(Date.parse(value)) ? value : this.fail(path, 'bad-date');
  }
  codes(record: Rec, key: string, path: string, known: ReadonlySet<string>): string[] | undefined {
    const value = own(record, key);
    if (value === undefined) return this.fail(path, 'missing');
    if (!Array.isArray(value)) return this.fail(path, 'not-array');
    if (value.length > L.codes) return this.fail(path, 'too-many');
    const before = this.total;
    value.forEach((code, i) => {
      if (typeof code !== 'string' || !known.has(code)) this.fail(`${path}[${i}]`, 'bad-code');
    });
    return this.total === before ? (value as string[]) : undefined;
  }
}

/** Reads text that claims to be a case file; answers are checked against the questionnaire this app asks. */
export function parseCaseFile(text: string, questionnaire: Questionnaire): ParseCaseFileResult {
  const reader = new Reader();
  const refuse = (refusal: CaseFileRefusal): ParseCaseFileResult => ({
    ok: false,
    refusal,
    problems: reader.problems,
    total: reader.total,
  });
  if (text.length > L.fileChars) {
    reader.fail('file', 'too-large');
    return refuse('invalid');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    reader.fail('file', 'not-json');
    return refuse('not-json');
  }
  if (!isRecord(json) || own(json, 'format') !== CASE_FILE_FORMAT) {
    reader.fail('format', 'not-case-file');
    return refuse('foreign');
  }
  const version = own(json, 'version');
  if (typeof version === 'number' && Number.isInteger(version) && version > CASE_FILE_VERSION) {
    reader.fail('version', 'newer-version');
    return refuse('newer');
  }
  if (version !== CASE_FILE_VERSION) {
    reader.fail('version', 'bad-version');
    return refuse('invalid');
  }
  reader.keys(json, ['format', 'version', 'exportedAt', 'case'], '');
  const exportedAt = reader.time(json, 'exportedAt', 'exportedAt');
  const body = reader.object(json, 'case', 'case');
  const parsedCase = body && readCase(reader, body, questionnaire);
  if (reader.total > 0 || !parsedCase || exportedAt === undefined) return refuse('invalid');
  return { ok: true, file: { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, exportedAt, case: parsedCase } };
}

function readCase(reader: Reader, body: Rec, questionnaire: Questionnaire): Case | undefined {
  reader.keys(body, CASE_KEYS, 'case');
  const id = reader.id(body, 'id', 'case.id');
  const title = reader.text(body, 'title', 'case.title', L.titleChars);
  const createdAt = reader.time(body, 'createdAt', 'case.createdAt');
  const updatedAt = reader.time(body, 'updatedAt', 'case.updatedAt');
  const answersValue = reader.object(body, 'answers', 'case.answers');
  const answers = answersValue && readAnswers(reader, answersValue, questionnaire);
  const lastQuestionId = reader.text(body, 'lastQuestionId', 'case.lastQuestionId', L.idChars, true);
  if (lastQuestionId !== undefined && !questionnaire.questions.some((q) => q.id === lastQuestionId)) {
    reader.fail('case.lastQuestionId', 'unknown-question');
  }
  const rulesVersion = reader.text(body, 'rulesVersion', 'case.rulesVersion', L.versionChars, true);
  const matchingValue =
    own(body, 'matching') === undefined ? undefined : reader.object(body, 'matching', 'case.matching');
  const matching = matchingValue && readMatching(reader, matchingValue);
  const worksheet = readWorksheet(reader, own(body, 'worksheet'));
  const otherPartyCode = readOtherPartyCode(reader, body);
  if (
    id === undefined ||
    title === undefined ||
    createdAt === undefined ||
    updatedAt === undefined ||
    answers === undefined
  )
    return undefined;
  return {
    id,
    title,
    createdAt,
    updatedAt,
    answers,
    ...(lastQuestionId !== undefined && { lastQuestionId }),
    ...(rulesVersion !== undefined && { rulesVersion }),
    ...(matching !== undefined && { matching }),
    ...(worksheet !== undefined && { worksheet }),
    ...(otherPartyCode !== undefined && { otherPartyCode }),
  };
}

/** Kept as the bare code it was stored as: anything spelled otherwise, or that does not decode, is refused. */
function readOtherPartyCode(reader: Reader, body: Rec): string | undefined {
  const code = reader.text(body, 'otherPartyCode', 'case.otherPartyCode', L.idChars, true);
  if (code === undefined) return undefined;
  return /^[A-Za-z0-9_-]+$/.test(code) && decodePriorities(code).ok
    ? code
    : reader.fail('case.otherPartyCode', 'bad-code');
}

/** The worksheet has its own validator; its problems join the file's under `case.worksheet`. */
function readWorksheet(reader: Reader, value: unknown): Worksheet | undefined {
  if (value === undefined) return undefined;
  const result = parseWorksheet(value);
  if (result.ok) return result.worksheet;
  for (const problem of result.problems)
    reader.fail(problem.path ? `case.worksheet.${problem.path}` : 'case.worksheet', problem.code);
  return undefined;
}

/** Every key a question this app asks, every value one of its choices or null for "not sure". */
function readAnswers(reader: Reader, answers: Rec, questionnaire: Questionnaire): Answers | undefined {
  const clean: Record<string, AnswerValue | null> = Object.create(null) as Record<string, AnswerValue | null>;
  const before = reader.total;
  for (const [key, value] of Object.entries(answers)) {
    const path = `case.answers[${JSON.stringify(key.slice(0, L.idChars))}]`;
    const question = questionnaire.questions.find((q) => q.id === key);
    if (!question) {
      reader.fail(path, 'unknown-question');
      continue;
    }
    if (value === null) {
      clean[key] = null;
      continue;
    }
    const choice = question.choices.find((c) => c.value === value);
    if (choice) clean[key] = choice.value;
    else
      reader.fail(path, question.choices.some((c) => typeof c.value === typeof value) ? 'not-a-choice' : 'wrong-type');
  }
  return reader.total === before ? { ...clean } : undefined;
}

function readMatching(reader: Reader, value: Rec): MatchingPreferences | undefined {
  reader.keys(value, MATCHING_KEYS, 'case.matching');
  const languages = reader.codes(value, 'languages', 'case.matching.languages', LANGUAGE_CODES);
  const countries = reader.codes(value, 'countries', 'case.matching.countries', COUNTRY_CODES);
  const partyNationalities = reader.codes(
    value,
    'partyNationalities',
    'case.matching.partyNationalities',
    COUNTRY_CODES,
  );
  const online = own(value, 'online');
  if (typeof online !== 'boolean')
    reader.fail('case.matching.online', online === undefined ? 'missing' : 'not-boolean');
  const lookingFor = own(value, 'lookingFor');
  if (lookingFor !== 'mediator' && lookingFor !== 'advocate')
    reader.fail('case.matching.lookingFor', lookingFor === undefined ? 'missing' : 'bad-choice');
  if (
    !languages ||
    !countries ||
    !partyNationalities ||
    typeof online !== 'boolean' ||
    (lookingFor !== 'mediator' && lookingFor !== 'advocate')
  )
    return undefined;
  return { languages, countries, online, lookingFor, partyNationalities };
}
