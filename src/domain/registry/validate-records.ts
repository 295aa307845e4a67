// Checks registry records from untrusted JSON (a feed file, a CSV row turned into an object): "path: problem".
import { COUNTRY_CODES, LANGUAGE_CODES } from './iso-codes.ts';
import { readBool, readBoundedText, readCodes, readDate, readOptionalInt } from './readers.ts';
import {
  BACKGROUNDS,
  CERTIFICATION_KINDS,
  EVALUATIONS,
  FEE_BANDS,
  FEE_BASES,
  FORMATS,
  PRACTICE_AREAS,
  REVOCATION_REASONS,
  STYLES,
  YMI_ROLES,
  type FeedbackDigest,
  type MediatorProfile,
  type Revocation,
} from './types.ts';
import {
  at,
  checkKeys,
  checkOneOf,
  describe,
  isRecord,
  newProblems,
  readArray,
  readRecord,
  type Problems,
  type UnknownKeys,
} from '../validate.ts';

export type Parsed<T> = { ok: true; records: T[] } | { ok: false; problems: string[] };

/** Ids go into URLs and IndexedDB keys: short, plain characters. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Only http(s): a profile's website becomes a link, and "javascript:" must never get through. */
const WEBSITE = /^https?:\/\/[^\s/]+\.[^\s]+$/;

const PROFILE_KEYS = [
  'id',
  'name',
  'locations',
  'nationality',
  'languages',
  'practiceAreas',
  'styles',
  'formats',
  'givesEvaluations',
  'certifications',
  'ymi',
  'codeOfConduct',
  'complaintsRoute',
  'contact',
  'bio',
  'bioLanguage',
  'yearsPractising',
  'mediationsCount',
  'multiParty',
  'coMediation',
  'availability',
  'fees',
  'backgrounds',
  'safeguardingTrained',
  'shuttle',
  'demo',
];
/** A month, for availability: YYYY-MM from 2000 to 2099. */
const MONTH = /^20\d\d-(0[1-9]|1[0-2])$/;

export function checkId(value: unknown, path: string, problems: Problems): value is string {
  if (typeof value === 'string' && ID.test(value)) return true;
  problems.push(`${path}: expected an id (letters, digits, . _ -; at most 64), got ${describe(value)}`);
  return false;
}

function checkCountry(value: unknown, path: string, problems: Problems): void {
  if (typeof value !== 'string' || !COUNTRY_CODES.has(value)) {
    problems.push(`${path}: expected an ISO 3166-1 alpha-2 country code such as "FR", got ${describe(value)}`);
  }
}

function checkLocations(obj: Record<string, unknown>, path: string, problems: Problems): void {
  const list = readArray(obj, 'locations', path, problems);
  if (!list) return;
  if (list.length === 0) problems.push(`${at(path, 'locations')}: expected at least 1 location`);
  list.forEach((item, i) => {
    const where = at(at(path, 'locations'), i);
    if (!isRecord(item)) return void problems.push(`${where}: expected an object, got ${describe(item)}`);
    checkKeys(item, ['country', 'city'], where, problems);
    checkCountry(item['country'], at(where, 'country'), problems);
    readBoundedText(item, 'city', 100, where, problems, true);
  });
}

function checkCertifications(obj: Record<string, unknown>, path: string, problems: Problems): void {
  const list = readArray(obj, 'certifications', path, problems);
  if (!list) return;
  const where = at(path, 'certifications');
  if (list.length === 0) problems.push(`${where}: expected at least 1 certification`);
  const kinds: unknown[] = [];
  list.forEach((item, i) => {
    const itemPath = at(where, i);
    if (!isRecord(item)) return void problems.push(`${itemPath}: expected an object, got ${describe(item)}`);
    checkKeys(item, ['kind', 'qapId', 'certifiedOn'], itemPath, problems);
    checkOneOf(item['kind'], CERTIFICATION_KINDS, at(itemPath, 'kind'), problems);
    if (kinds.includes(item['kind']))
      problems.push(`${at(itemPath, 'kind')}: duplicate certification ${describe(item['kind'])}`);
    kinds.push(item['kind']);
    checkId(item['qapId'], at(itemPath, 'qapId'), problems);
    readDate(item, 'certifiedOn', itemPath, problems);
  });
}

function checkYmi(obj: Record<string, unknown>, path: string, problems: Problems): void {
  const ymi = readRecord(obj, 'ymi', path, problems);
  if (!ymi) return;
  const where = at(path, 'ymi');
  checkKeys(ymi, ['acceptsMentees', 'roles'], where, problems);
  const accepts = readBool(ymi, 'acceptsMentees', where, problems);
  const roles = readCodes(ymi, 'roles', YMI_ROLES, where, problems, { minItems: 0 });
  if (accepts === true && roles?.length === 0)
    problems.push(`${at(where, 'roles')}: a mentor who accepts mentees names at least 1 role`);
  if (accepts === false && roles && roles.length > 0)
    problems.push(`${at(where, 'roles')}: expected no roles when acceptsMentees is false`);
}

function checkContact(obj: Record<string, unknown>, path: string, problems: Problems): void {
  const contact = readRecord(obj, 'contact', path, problems);
  if (!contact) return;
  const where = at(path, 'contact');
  checkKeys(contact, ['email', 'website'], where, problems);
  const { email, website } = contact;
  if (email === undefined && website === undefined) problems.push(`${where}: expected an email or a website`);
  if (email !== undefined && (typeof email !== 'string' || !EMAIL.test(email) || email.length > 200)) {
    problems.push(`${at(where, 'email')}: expected an email address, got ${describe(email)}`);
  }
  if (website !== undefined && (typeof website !== 'string' || !WEBSITE.test(website) || website.length > 300)) {
    problems.push(`${at(where, 'website')}: expected an http(s) address, got ${describe(website)}`);
  }
}

function checkLanguage(obj: Record<string, unknown>, key: string, path: string, problems: Problems): void {
  const value = obj[key];
  if (value !== undefined && (typeof value !== 'string' || !LANGUAGE_CODES.has(value)))
    problems.push(`${at(path, key)}: expected an ISO 639-1 language code such as "en", got ${describe(value)}`);
}

function checkAvailability(obj: Record<string, unknown>, path: string, problems: Problems): void {
  if (obj['availability'] === undefined) return;
  const availability = readRecord(obj, 'availability', path, problems);
  if (!availability) return;
  const where = at(path, 'availability');
  checkKeys(availability, ['takingNewCases', 'from'], where, problems);
  const taking = readBool(availability, 'takingNewCases', where, problems);
  const from = availability['from'];
  if (from === undefined) return;
  if (typeof from !== 'string' || !MONTH.test(from))
    problems.push(`${at(where, 'from')}: expected a month YYYY-MM, got ${describe(from)}`);
  else if (taking === true)
    problems.push(`${at(where, 'from')}: a month is given only when takingNewCases is false (taking from then)`);
}

function checkFees(obj: Record<string, unknown>, path: string, problems: Problems): void {
  if (obj['fees'] === undefined) return;
  const fees = readRecord(obj, 'fees', path, problems);
  if (!fees) return;
  const where = at(path, 'fees');
  checkKeys(fees, ['basis', 'band'], where, problems);
  checkOneOf(fees['basis'], FEE_BASES, at(where, 'basis'), problems);
  checkOneOf(fees['band'], FEE_BANDS, at(where, 'band'), problems);
}

export function checkMediatorProfile(value: unknown, path: string, problems: Problems): value is MediatorProfile {
  const before = problems.length;
  if (!isRecord(value)) {
    problems.push(`${path}: expected a mediator profile object, got ${describe(value)}`);
    return false;
  }
  checkKeys(value, PROFILE_KEYS, path, problems);
  checkId(value['id'], at(path, 'id'), problems);
  readBoundedText(value, 'name', 120, path, problems);
  checkLocations(value, path, problems);
  if (value['nationality'] !== undefined) checkCountry(value['nationality'], at(path, 'nationality'), problems);
  readCodes(value, 'languages', LANGUAGE_CODES, path, problems);
  readCodes(value, 'practiceAreas', PRACTICE_AREAS, path, problems);
  readCodes(value, 'styles', STYLES, path, problems);
  readCodes(value, 'formats', FORMATS, path, problems);
  checkOneOf(value['givesEvaluations'], EVALUATIONS, at(path, 'givesEvaluations'), problems);
  checkCertifications(value, path, problems);
  checkYmi(value, path, problems);
  readBoundedText(value, 'codeOfConduct', 200, path, problems);
  readBoundedText(value, 'complaintsRoute', 500, path, problems);
  checkContact(value, path, problems);
  readBoundedText(value, 'bio', 2000, path, problems);
  checkLanguage(value, 'bioLanguage', path, problems);
  readOptionalInt(value, 'yearsPractising', 80, path, problems);
  readOptionalInt(value, 'mediationsCount', 100_000, path, problems);
  readBool(value, 'multiParty', path, problems, true);
  readBool(value, 'coMediation', path, problems, true);
  checkAvailability(value, path, problems);
  checkFees(value, path, problems);
  if (value['backgrounds'] !== undefined) readCodes(value, 'backgrounds', BACKGROUNDS, path, problems);
  readBool(value, 'safeguardingTrained', path, problems, true);
  readBool(value, 'shuttle', path, problems, true);
  readBool(value, 'demo', path, problems);
  return problems.length === before;
}

export function checkFeedbackDigest(value: unknown, path: string, problems: Problems): value is FeedbackDigest {
  const before = problems.length;
  if (!isRecord(value)) {
    problems.push(`${path}: expected a feedback digest object, got ${describe(value)}`);
    return false;
  }
  checkKeys(value, ['mediatorId', 'text', 'language', 'reviewer', 'date'], path, problems);
  checkId(value['mediatorId'], at(path, 'mediatorId'), problems);
  readBoundedText(value, 'text', 4000, path, problems);
  checkLanguage(value, 'language', path, problems);
  const reviewer = readRecord(value, 'reviewer', path, problems);
  if (reviewer) {
    checkKeys(reviewer, ['name', 'role'], at(path, 'reviewer'), problems);
    readBoundedText(reviewer, 'name', 120, at(path, 'reviewer'), problems);
    readBoundedText(reviewer, 'role', 200, at(path, 'reviewer'), problems);
  }
  readDate(value, 'date', path, problems);
  return problems.length === before;
}

export function checkRevocation(value: unknown, path: string, problems: Problems): value is Revocation {
  const before = problems.length;
  if (!isRecord(value)) {
    problems.push(`${path}: expected a revocation object, got ${describe(value)}`);
    return false;
  }
  checkKeys(value, ['mediatorId', 'date', 'reasonCode'], path, problems);
  checkId(value['mediatorId'], at(path, 'mediatorId'), problems);
  readDate(value, 'date', path, problems);
  checkOneOf(value['reasonCode'], REVOCATION_REASONS, at(path, 'reasonCode'), problems);
  return problems.length === before;
}

/** A list of records of one kind; `key` must be unique across it (one profile per id, one digest per mediator). */
function parseList<T>(
  input: unknown,
  label: string,
  check: (value: unknown, path: string, problems: Problems) => value is T,
  key: (record: T) => string,
  unknownKeys: UnknownKeys,
): Parsed<T> {
  if (!Array.isArray(input))
    return { ok: false, problems: [`${label}: expected a list of records, got ${describe(input)}`] };
  const problems = newProblems(unknownKeys);
  const seen = new Map<string, number>();
  input.forEach((item, i) => {
    if (!check(item, `${label}[${i}]`, problems)) return;
    const first = seen.get(key(item));
    if (first !== undefined) problems.push(`${label}[${i}]: duplicate of ${label}[${first}] (${key(item)})`);
    else seen.set(key(item), i);
  });
  return problems.length ? { ok: false, problems } : { ok: true, records: input as T[] };
}

export const parseMediatorProfiles = (input: unknown, label = 'registry', unknownKeys: UnknownKeys = 'refuse') =>
  parseList<MediatorProfile>(input, label, checkMediatorProfile, (p) => p.id, unknownKeys);
export const parseFeedbackDigests = (input: unknown, label = 'digests', unknownKeys: UnknownKeys = 'refuse') =>
  parseList<FeedbackDigest>(input, label, checkFeedbackDigest, (d) => d.mediatorId, unknownKeys);
export const parseRevocations = (input: unknown, label = 'revocations', unknownKeys: UnknownKeys = 'refuse') =>
  parseList<Revocation>(input, label, checkRevocation, (r) => r.mediatorId, unknownKeys);
