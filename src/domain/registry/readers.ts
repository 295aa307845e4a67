// Readers the registry needs on top of ../validate.ts: booleans, dates, code lists, optional numbers.
import { isIsoDate } from './dates.ts';
import { isInvisible } from './text.ts';
import { at, checkOneOf, describe, type Problems } from '../validate.ts';

export function readBool(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  problems: Problems,
  optional = false,
) {
  const value = obj[key];
  if (optional && value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  problems.push(`${at(path, key)}: expected true or false, got ${describe(value)}`);
  return undefined;
}

export function readDate(obj: Record<string, unknown>, key: string, path: string, problems: Problems) {
  const value = obj[key];
  if (isIsoDate(value)) return value;
  problems.push(`${at(path, key)}: expected a date YYYY-MM-DD, got ${describe(value)}`);
  return undefined;
}

export function readOptionalInt(
  obj: Record<string, unknown>,
  key: string,
  max: number,
  path: string,
  problems: Problems,
) {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max) return value as number;
  problems.push(`${at(path, key)}: expected integer 0..${max}, got ${describe(value)}`);
  return undefined;
}

/** A list of codes from a fixed vocabulary: every entry named when wrong, duplicates refused. */
export function readCodes<T extends string>(
  obj: Record<string, unknown>,
  key: string,
  allowed: readonly T[] | ReadonlySet<string>,
  path: string,
  problems: Problems,
  { minItems = 1 } = {},
): T[] | undefined {
  const value = obj[key];
  const where = at(path, key);
  if (!Array.isArray(value)) {
    problems.push(`${where}: expected a list, got ${describe(value)}`);
    return undefined;
  }
  if (value.length < minItems)
    problems.push(`${where}: expected at least ${minItems} item${minItems === 1 ? '' : 's'}`);
  const before = problems.length;
  value.forEach((item, i) => {
    if (allowed instanceof Set) {
      if (!allowed.has(item as string)) problems.push(`${at(where, i)}: unknown code ${describe(item)}`);
    } else checkOneOf(item, allowed as readonly T[], at(where, i), problems);
    if (value.indexOf(item) !== i) problems.push(`${at(where, i)}: duplicate ${describe(item)}`);
  });
  return problems.length === before ? (value as T[]) : undefined;
}

/** Visible text (not only spaces or zero-width characters) with a length cap, so one giant field cannot bloat the cache. */
export function readBoundedText(
  obj: Record<string, unknown>,
  key: string,
  max: number,
  path: string,
  problems: Problems,
  optional = false,
) {
  const value = obj[key];
  if (optional && value === undefined) return undefined;
  if (typeof value === 'string' && value.length > max) {
    problems.push(`${at(path, key)}: text too long (${value.length} characters, at most ${max})`);
    return undefined;
  }
  if (typeof value === 'string' && !isInvisible(value)) return value;
  problems.push(`${at(path, key)}: expected non-empty text, got ${describe(value)}`);
  return undefined;
}
