// The rules pack's condition language: gates, modifiers and cautions are data, tested by this.
import {
  AMOUNTS,
  factorKind,
  factorValues,
  isFactorId,
  type Amount,
  type Area,
  type FactorId,
  type FactorValue,
} from './factors.ts';
import { PLACE_FEATURES, placeFeature, type PlaceFeature, type Places } from './places.ts';
import { factorIndex, type ProfileValues } from './profile-values.ts';
import { at, checkKeys, describe, isRecord, type Problems } from './validate.ts';

/** A test on one factor; `unanswered` is its result when the factor is not in the profile. */
export type FactorTest = { readonly factor: FactorId; readonly unanswered: boolean } & (
  | { readonly equals: FactorValue }
  | { readonly isNot: FactorValue }
  | { readonly atLeast: number | Amount }
  | { readonly atMost: number | Amount }
  | { readonly in: readonly FactorValue[] }
);
/** True when the factor is (answered: true) or is not (answered: false) in the profile. */
export type AnsweredTest = { readonly factor: FactorId; readonly answered: boolean };
/** What the chosen jurisdiction offers (places.ts); `unknown` is the result with no place, "other", or an unconfirmed fact. */
export type PlaceTest = { readonly place: PlaceFeature; readonly is?: boolean; readonly unknown: boolean };
export type Condition =
  | FactorTest
  | AnsweredTest
  | PlaceTest
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

export type CompiledCondition = (values: ProfileValues) => boolean;

const TESTS = ['equals', 'isNot', 'atLeast', 'atMost', 'in'] as const;

// Amounts compare by their place in AMOUNTS; every other ordered factor is a number.
function ordinal(value: FactorValue | number): number {
  return typeof value === 'string' ? AMOUNTS.indexOf(value as Amount) : Number(value);
}

function checkValue(factor: FactorId, value: unknown, path: string, problems: Problems): boolean {
  const allowed = factorValues(factor);
  if (allowed.includes(value as FactorValue)) return true;
  problems.push(
    `${path}: ${factor} never takes ${describe(value)}; expected one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
  );
  return false;
}

function checkLeaf(input: Record<string, unknown>, path: string, problems: Problems): boolean {
  const factor = input['factor'];
  if (typeof factor !== 'string' || !isFactorId(factor)) {
    problems.push(`${at(path, 'factor')}: unknown factor id ${describe(factor)}`);
    return false;
  }
  if ('answered' in input) {
    checkKeys(input, ['factor', 'answered'], path, problems);
    if (typeof input['answered'] === 'boolean') return true;
    problems.push(`${at(path, 'answered')}: expected true or false, got ${describe(input['answered'])}`);
    return false;
  }
  const tests = TESTS.filter((t) => t in input);
  if (tests.length !== 1) {
    problems.push(`${path}: expected exactly one of ${TESTS.join(', ')} (or answered), got ${tests.length}`);
    return false;
  }
  const test = tests[0]!;
  checkKeys(input, ['factor', 'unanswered', test], path, problems);
  let ok = true;
  if (typeof input['unanswered'] !== 'boolean') {
    problems.push(
      `${at(path, 'unanswered')}: say what the test gives when ${factor} is not answered (true or false), got ${describe(input['unanswered'])}`,
    );
    ok = false;
  }
  const operand = input[test];
  if (test === 'in') {
    if (!Array.isArray(operand) || operand.length === 0) {
      problems.push(`${at(path, 'in')}: expected a non-empty list of values`);
      return false;
    }
    return operand.every((v, i) => checkValue(factor, v, at(at(path, 'in'), i), problems)) && ok;
  }
  if ((test === 'atLeast' || test === 'atMost') && (factorKind(factor) === 'flag' || factorKind(factor) === 'choice')) {
    problems.push(`${at(path, test)}: ${factor} has no order; use equals, isNot or in`);
    return false;
  }
  return checkValue(factor, operand, at(path, test), problems) && ok;
}

/** Checks an untrusted condition; `allowFactor` lets a caller restrict which factors it may test. */
export function checkCondition(
  input: unknown,
  path: string,
  problems: Problems,
  allowFactor: (id: FactorId) => boolean = () => true,
): input is Condition {
  if (!isRecord(input)) {
    problems.push(`${path}: expected a condition object, got ${describe(input)}`);
    return false;
  }
  for (const group of ['all', 'any'] as const) {
    if (!(group in input)) continue;
    checkKeys(input, [group], path, problems);
    const parts = input[group];
    if (!Array.isArray(parts) || parts.length === 0) {
      problems.push(`${at(path, group)}: expected a non-empty list of conditions`);
      return false;
    }
    return parts.map((part, i) => checkCondition(part, at(at(path, group), i), problems, allowFactor)).every(Boolean);
  }
  if ('place' in input) {
    checkKeys(input, ['place', 'is', 'unknown'], path, problems);
    let ok = true;
    if (input['is'] !== undefined && typeof input['is'] !== 'boolean') {
      problems.push(`${at(path, 'is')}: expected true or false (the default is true)`);
      ok = false;
    }
    if (!(PLACE_FEATURES as readonly unknown[]).includes(input['place'])) {
      problems.push(
        `${at(path, 'place')}: unknown place feature ${describe(input['place'])} (known: ${PLACE_FEATURES.join(', ')})`,
      );
      ok = false;
    }
    if (typeof input['unknown'] !== 'boolean') {
      problems.push(`${at(path, 'unknown')}: say what the test gives when the place is not known (true or false)`);
      ok = false;
    }
    return ok;
  }
  if (!checkLeaf(input, path, problems)) return false;
  const factor = input['factor'] as FactorId;
  if (allowFactor(factor)) return true;
  problems.push(`${at(path, 'factor')}: ${factor} may not be tested here`);
  return false;
}

/** Every factor a condition reads. */
export function conditionFactors(condition: Condition): FactorId[] {
  if ('all' in condition) return condition.all.flatMap(conditionFactors);
  if ('any' in condition) return condition.any.flatMap(conditionFactors);
  if ('place' in condition) return ['ctx.jurisdiction', 'ctx.area', 'ctx.amount'];
  return [condition.factor];
}

function compileTest(test: FactorTest): (value: FactorValue) => boolean {
  if ('equals' in test) return (v) => v === test.equals;
  if ('isNot' in test) return (v) => v !== test.isNot;
  if ('in' in test) return (v) => test.in.includes(v);
  if ('atLeast' in test) {
    const min = ordinal(test.atLeast);
    return (v) => ordinal(v) >= min;
  }
  const max = ordinal(test.atMost);
  return (v) => ordinal(v) <= max;
}

/** Turns a checked condition into a closure over profile values, so hot loops do no parsing. */
export function compileCondition(condition: Condition, places: Places = {}): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, places));
    // Plain loops: what-ifs run these closures hundreds of times per analysis.
    return (values) => {
      for (const part of parts) if (!part(values)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, places));
    return (values) => {
      for (const part of parts) if (part(values)) return true;
      return false;
    };
  }
  if ('place' in condition) {
    const [where, area, amount] = [factorIndex('ctx.jurisdiction'), factorIndex('ctx.area'), factorIndex('ctx.amount')];
    const { place: feature, unknown } = condition;
    const is = condition.is ?? true;
    // The answer depends on three factors only, so it is worked out once per combination: what-ifs ask it thousands of times.
    const memo = new Map<string, boolean | undefined>();
    return (values) => {
      const j = values[where] as string | undefined;
      if (j === undefined || !Object.hasOwn(places, j)) return unknown;
      const key = `${j}|${String(values[area])}|${String(values[amount])}`;
      let known = memo.get(key);
      if (known === undefined && !memo.has(key)) {
        known = placeFeature(places[j as keyof Places]!, feature, {
          area: values[area] as Area | undefined,
          amount: values[amount] as Amount | undefined,
        });
        memo.set(key, known);
      }
      return known === undefined ? unknown : known === is;
    };
  }
  const index = factorIndex(condition.factor);
  if ('answered' in condition) {
    const answered = condition.answered;
    return (values) => (values[index] !== undefined) === answered;
  }
  const test = compileTest(condition);
  const unanswered = condition.unanswered;
  return (values) => {
    const value = values[index];
    return value === undefined ? unanswered : test(value);
  };
}
