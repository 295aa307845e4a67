// Small readers for untrusted JSON that record "path: problem" instead of throwing.

export type Problems = string[];

/**
 * What a check does with a key it does not know. A publisher refuses it, so a typo never ships; an app reading a feed
 * drops it, so a field added later within the same format version does not strand older apps (src/feed/README.md).
 */
export type UnknownKeys = 'refuse' | 'drop';
const DROPPING = new WeakSet<Problems>();

/** An empty list of problems whose checks treat unknown keys as `unknownKeys` says. */
export function newProblems(unknownKeys: UnknownKeys = 'refuse'): Problems {
  const problems: Problems = [];
  if (unknownKeys === 'drop') DROPPING.add(problems);
  return problems;
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export function describe(x: unknown): string {
  if (x === undefined) return 'nothing';
  const text = JSON.stringify(x);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * Names keys that are not allowed: a typo such as "unaswered" must not pass silently. A reader's problems (see
 * newProblems) delete them from `obj` instead, so what it keeps holds only what was checked.
 */
export function checkKeys(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
  problems: Problems,
): void {
  const drop = DROPPING.has(problems);
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    if (drop) delete obj[key];
    else problems.push(`${at(path, key)}: unknown key (allowed: ${allowed.join(', ')})`);
  }
}

export function readRecord(obj: Record<string, unknown>, key: string, path: string, problems: Problems) {
  const value = obj[key];
  if (isRecord(value)) return value;
  problems.push(`${at(path, key)}: expected an object, got ${describe(value)}`);
  return undefined;
}

export function readArray(obj: Record<string, unknown>, key: string, path: string, problems: Problems) {
  const value = obj[key];
  if (Array.isArray(value)) return value as unknown[];
  problems.push(`${at(path, key)}: expected a list, got ${describe(value)}`);
  return undefined;
}

export function readText(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  problems: Problems,
  optional = false,
) {
  const value = obj[key];
  if (optional && value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return value;
  problems.push(`${at(path, key)}: expected non-empty text, got ${describe(value)}`);
  return undefined;
}

export function checkInt(value: unknown, min: number, max: number, path: string, problems: Problems): value is number {
  if (Number.isInteger(value) && (value as number) >= min && (value as number) <= max) return true;
  problems.push(`${path}: expected integer ${min}..${max}, got ${describe(value)}`);
  return false;
}

export function checkOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
  problems: Problems,
): value is T {
  if ((allowed as readonly unknown[]).includes(value)) return true;
  problems.push(`${path}: expected one of ${allowed.join(' | ')}, got ${describe(value)}`);
  return false;
}
