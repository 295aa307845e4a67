// Validates a worksheet from outside the app (an imported case file): returns a clean copy or every problem found.
import { WORKSHEET_LIMITS as L } from './limits.ts';
import {
  OUTCOMES,
  PARTY_KINDS,
  SIDES,
  SWOT_KEYS,
  WORKSHEET_VERSION,
  type ActionStep,
  type MediationMoney,
  type Money,
  type Outcome,
  type Party,
  type PathMoney,
  type Paths,
  type SideSheet,
  type Swot,
  type Worksheet,
} from './types.ts';

export type WorksheetProblemCode =
  | 'not-object'
  | 'not-array'
  | 'not-text'
  | 'too-long'
  | 'too-many'
  | 'not-number'
  | 'out-of-range'
  | 'not-boolean'
  | 'bad-choice'
  | 'bad-currency'
  | 'bad-date'
  | 'duplicate-id'
  | 'missing'
  | 'bad-version';

/** Where (a dotted path such as `sides.self.outcomes.best.probability`) and what; the UI words the code. */
export type WorksheetProblem = { readonly path: string; readonly code: WorksheetProblemCode };

export type ParseResult =
  | { readonly ok: true; readonly worksheet: Worksheet }
  | { readonly ok: false; readonly problems: readonly WorksheetProblem[] };

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (record: Rec, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

/** Collects problems while reading; each reader returns undefined for an absent or bad value. */
class Reader {
  readonly problems: WorksheetProblem[] = [];
  fail(path: string, code: WorksheetProblemCode): undefined {
    this.problems.push({ path, code });
    return undefined;
  }
  object(value: unknown, path: string): Rec | undefined {
    if (value === undefined) return undefined;
    return isRecord(value) ? value : this.fail(path, 'not-object');
  }
  text(value: unknown, path: string, max: number): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.fail(path, 'not-text');
    return value.length > max ? this.fail(path, 'too-long') : value;
  }
  number(value: unknown, path: string, min: number, max: number): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.fail(path, 'not-number');
    if (value < min || value > max) return this.fail(path, 'out-of-range');
    // -0 becomes 0: a file's JSON cannot say -0, so what is accepted must survive a round trip.
    return value === 0 ? 0 : value;
  }
  boolean(value: unknown, path: string): boolean | undefined {
    if (value === undefined) return undefined;
    return typeof value === 'boolean' ? value : this.fail(path, 'not-boolean');
  }
  choice<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (value === undefined) return undefined;
    return allowed.includes(value as T) ? (value as T) : this.fail(path, 'bad-choice');
  }
  list(value: unknown, path: string, max: number): unknown[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return this.fail(path, 'not-array');
    return value.length > max ? this.fail(path, 'too-many') : value;
  }
}

/** Drops keys whose value is undefined, so a parsed worksheet holds exactly what was given. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
const orUndefined = <T extends object>(value: T): T | undefined => (Object.keys(value).length ? value : undefined);

const CURRENCY = /^[A-Z]{3}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function readOutcome(r: Reader, value: unknown, path: string): Outcome | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  return orUndefined(
    compact({
      amount: r.number(own(o, 'amount'), `${path}.amount`, -L.maxAmount, L.maxAmount),
      probability: r.number(own(o, 'probability'), `${path}.probability`, 0, 100),
      description: r.text(own(o, 'description'), `${path}.description`, L.longText),
    }),
  );
}

function readMoney(r: Reader, value: unknown, path: string): Money | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const amount = (key: keyof Money) => r.number(own(o, key), `${path}.${key}`, 0, L.maxAmount);
  return orUndefined(
    compact({
      claim: amount('claim'),
      costsSoFar: amount('costsSoFar'),
      costsToCome: amount('costsToCome'),
      monthsToDecision: r.number(own(o, 'monthsToDecision'), `${path}.monthsToDecision`, 0, L.maxMonths),
    }),
  );
}

function readPathMoney(r: Reader, value: unknown, path: string): PathMoney | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  return orUndefined(
    compact({
      costsToCome: r.number(own(o, 'costsToCome'), `${path}.costsToCome`, 0, L.maxAmount),
      monthsToDecision: r.number(own(o, 'monthsToDecision'), `${path}.monthsToDecision`, 0, L.maxMonths),
    }),
  );
}

function readMediation(r: Reader, value: unknown, path: string): MediationMoney | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  return orUndefined(
    compact({
      costs: r.number(own(o, 'costs'), `${path}.costs`, 0, L.maxAmount),
      months: r.number(own(o, 'months'), `${path}.months`, 0, L.maxMonths),
      settlePercent: r.number(own(o, 'settlePercent'), `${path}.settlePercent`, 0, 100),
      settlement: r.number(own(o, 'settlement'), `${path}.settlement`, -L.maxAmount, L.maxAmount),
    }),
  );
}

function readPaths(r: Reader, value: unknown, path: string): Paths | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  return orUndefined(
    compact({
      court: readPathMoney(r, own(o, 'court'), `${path}.court`),
      arbitration: readPathMoney(r, own(o, 'arbitration'), `${path}.arbitration`),
      mediation: readMediation(r, own(o, 'mediation'), `${path}.mediation`),
    }),
  );
}

function readSide(r: Reader, value: unknown, path: string): SideSheet | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const outcomesIn = r.object(own(o, 'outcomes'), `${path}.outcomes`);
  const outcomes = outcomesIn
    ? orUndefined(
        compact(
          Object.fromEntries(OUTCOMES.map((k) => [k, readOutcome(r, own(outcomesIn, k), `${path}.outcomes.${k}`)])),
        ),
      )
    : undefined;
  const swotIn = r.object(own(o, 'swot'), `${path}.swot`);
  const swot = swotIn
    ? orUndefined(
        compact(
          Object.fromEntries(
            SWOT_KEYS.map((k) => [k, r.text(own(swotIn, k), `${path}.swot.${k}`, L.longText)]),
          ) as Swot,
        ),
      )
    : undefined;
  return orUndefined(
    compact({
      label: r.text(own(o, 'label'), `${path}.label`, L.shortText),
      positions: r.text(own(o, 'positions'), `${path}.positions`, L.longText),
      interests: r.text(own(o, 'interests'), `${path}.interests`, L.longText),
      money: readMoney(r, own(o, 'money'), `${path}.money`),
      outcomes,
      paths: readPaths(r, own(o, 'paths'), `${path}.paths`),
      swot,
    }),
  );
}

/** Reads a list of records with unique non-empty ids; a bad item is reported and left out. */
function readItems<T extends { id: string }>(
  r: Reader,
  value: unknown,
  path: string,
  max: number,
  readItem: (o: Rec, path: string) => T | undefined,
): T[] | undefined {
  const items = r.list(value, path, max);
  if (!items) return undefined;
  const seen = new Set<string>();
  const out: T[] = [];
  items.forEach((item, i) => {
    const o = r.object(item, `${path}.${i}`) ?? (item === undefined ? r.fail(`${path}.${i}`, 'not-object') : undefined);
    if (!o) return;
    const parsed = readItem(o, `${path}.${i}`);
    if (!parsed) return;
    if (seen.has(parsed.id)) return void r.fail(`${path}.${i}.id`, 'duplicate-id');
    seen.add(parsed.id);
    out.push(parsed);
  });
  return out;
}

function required<T>(r: Reader, value: T | undefined, raw: unknown, path: string): T | undefined {
  if (value === undefined && raw === undefined) r.fail(path, 'missing');
  return value;
}

function readParty(r: Reader, o: Rec, path: string): Party | undefined {
  const id = required(r, r.text(own(o, 'id'), `${path}.id`, L.shortText), own(o, 'id'), `${path}.id`);
  const name = required(r, r.text(own(o, 'name'), `${path}.name`, L.shortText), own(o, 'name'), `${path}.name`);
  const kind = required(r, r.choice(own(o, 'kind'), `${path}.kind`, PARTY_KINDS), own(o, 'kind'), `${path}.kind`);
  const side = r.choice(own(o, 'side'), `${path}.side`, SIDES);
  const stake = r.text(own(o, 'stake'), `${path}.stake`, L.longText);
  if (!id || name === undefined || !kind) return undefined;
  return compact({ id, name, kind, side, stake });
}

function readAction(r: Reader, o: Rec, path: string): ActionStep | undefined {
  const id = required(r, r.text(own(o, 'id'), `${path}.id`, L.shortText), own(o, 'id'), `${path}.id`);
  const step = required(r, r.text(own(o, 'step'), `${path}.step`, L.longText), own(o, 'step'), `${path}.step`);
  const owner = r.text(own(o, 'owner'), `${path}.owner`, L.shortText);
  let due = r.text(own(o, 'due'), `${path}.due`, 10);
  if (due !== undefined && !isCalendarDay(due)) due = r.fail(`${path}.due`, 'bad-date');
  const done = r.boolean(own(o, 'done'), `${path}.done`);
  if (!id || step === undefined) return undefined;
  return compact({ id, step, owner, due, done });
}

/** A worksheet from untrusted JSON: never throws; any problem means the worksheet is refused as a whole. */
export function parseWorksheet(value: unknown): ParseResult {
  const r = new Reader();
  if (!isRecord(value)) return { ok: false, problems: [{ path: '', code: 'not-object' }] };
  if (own(value, 'version') !== WORKSHEET_VERSION) r.fail('version', 'bad-version');
  let currency = r.text(own(value, 'currency'), 'currency', L.shortText);
  if (currency !== undefined && !CURRENCY.test(currency)) currency = r.fail('currency', 'bad-currency');
  const sidesIn = r.object(own(value, 'sides'), 'sides');
  const sides = sidesIn
    ? orUndefined(compact(Object.fromEntries(SIDES.map((k) => [k, readSide(r, own(sidesIn, k), `sides.${k}`)]))))
    : undefined;
  const worksheet: Worksheet = compact({
    version: WORKSHEET_VERSION,
    currency,
    facts: r.text(own(value, 'facts'), 'facts', L.longText),
    parties: readItems(r, own(value, 'parties'), 'parties', L.parties, (o, p) => readParty(r, o, p)),
    sides,
    discountRatePercent: r.number(own(value, 'discountRatePercent'), 'discountRatePercent', 0, L.maxRatePercent),
    discountCostsToCome: r.boolean(own(value, 'discountCostsToCome'), 'discountCostsToCome'),
    actions: readItems(r, own(value, 'actions'), 'actions', L.actions, (o, p) => readAction(r, o, p)),
  });
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, worksheet };
}
