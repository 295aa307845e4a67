// Priorities code v2: 25 Crockford base32 symbols in five groups of five, each group ending in its own check symbol.
// The format is described in README.md beside this file; the vectors in tests/unit/priorities-code-v2.test.ts pin it.
import { factorValues, type FactorId, type FactorProfile, type FactorValue } from '../factors.ts';
import type { CodeFailure, Decoded } from './code-errors.ts';
import { V1_FACTORS } from './code-v1.ts';
import { ALPHABET, checkSymbol, NOT_A_SYMBOL, symbolValue } from './crockford.ts';

export const V2 = 2;
const GROUP = 5;
const DATA_PER_GROUP = GROUP - 1;
const GROUPS = 5;
const SYMBOLS = GROUP * GROUPS;
/** Data symbols after the version symbol. */
const PAYLOAD_SYMBOLS = GROUPS * DATA_PER_GROUP - 1;

/** v1's factors, then those added since (where consent comes from, the place, who the parties are, the area), in a fixed order. */
export const V2_FACTORS: readonly FactorId[] = [
  ...V1_FACTORS,
  'ctx.mediation-clause',
  'ctx.expert-clause',
  'ctx.dispute-board-clause',
  'ctx.investment-treaty',
  'ctx.court-ordered-adr',
  'ctx.construction-contract',
  'ctx.residential-occupier',
  'ctx.jurisdiction',
  'ctx.parties',
  'ctx.area',
];

/** Each factor is one mixed-radix digit: 0 "unanswered", then its values in order. */
const radix = (id: FactorId) => BigInt(factorValues(id).length + 1);
export const PAYLOAD_RANGE = V2_FACTORS.reduce((product, id) => product * radix(id), 1n);

/** Separators a person may type or a messenger may add between groups. */
const SEPARATORS = /[\s\p{Pd}._·/]+/u;

export function encodeV2(profile: FactorProfile): string {
  let n = 0n;
  for (const id of V2_FACTORS) {
    const value = profile[id];
    // A value outside the factor's range is not something a code can say, so it is left out like an unanswered one.
    n = n * radix(id) + BigInt(value === undefined ? 0 : factorValues(id).indexOf(value) + 1);
  }
  const data = [V2];
  for (let i = PAYLOAD_SYMBOLS - 1; i >= 0; i--) data.push(Number((n >> BigInt(5 * i)) & 31n));
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    const four = data.slice(g * DATA_PER_GROUP, (g + 1) * DATA_PER_GROUP);
    groups.push([...four, checkSymbol(four, g)].map((x) => ALPHABET[x]).join(''));
  }
  return groups.join('-');
}

/** Groups by number (1-based) with their text as typed, in upper case: said back so the person finds them. */
type Named = { readonly groups: readonly number[]; readonly typed: readonly string[] };

/** The one group of the person's own grouping that is not five long, when their separators show it. */
function oddGroup(parts: readonly string[]): Named | undefined {
  const odd = parts.flatMap((part, i) => (part.length === GROUP ? [] : [i]));
  if (parts.length < 2 || odd.length !== 1) return undefined;
  return { groups: [odd[0]! + 1], typed: [parts[odd[0]!]!.toUpperCase()] };
}

const failure = (error: CodeFailure['error'], named?: Named): CodeFailure =>
  named ? { ok: false, error, ...named } : { ok: false, error };

/** Any base32 code, v2 or a later version's, with case, look-alikes and separators forgiven. Never throws. */
export function decodeBase32(text: string): Decoded {
  const parts = text.split(SEPARATORS).filter((part) => part !== '');
  const symbols: number[] = [];
  for (const char of parts.join('')) {
    const value = symbolValue(char);
    if (value === undefined) return failure('not-a-code');
    symbols.push(value);
  }
  if (symbols.length === 0) return failure('empty');
  if (symbols.length % GROUP !== 0) return failure('wrong-length', oddGroup(parts));
  const badGroups: number[] = [];
  for (let g = 0; g < symbols.length / GROUP; g++) {
    const group = symbols.slice(g * GROUP, (g + 1) * GROUP);
    const four = group.slice(0, DATA_PER_GROUP);
    if (group.includes(NOT_A_SYMBOL) || checkSymbol(four, g) !== group[DATA_PER_GROUP]) badGroups.push(g + 1);
  }
  // A v2 code with a whole group missing or extra is a length problem, not a typo in the groups after it.
  if (!badGroups.includes(1) && symbols[0] === V2 && symbols.length !== SYMBOLS)
    return failure('wrong-length', oddGroup(parts));
  const typed = parts.join('').toUpperCase();
  if (badGroups.length)
    return failure('checksum', {
      groups: badGroups,
      typed: badGroups.map((g) => typed.slice((g - 1) * GROUP, g * GROUP)),
    });
  if (symbols[0]! > V2) return failure('newer-version');
  if (symbols[0]! < V2) return failure('unknown-version');
  let n = 0n;
  for (let i = 1; i < SYMBOLS; i++) if (i % GROUP !== DATA_PER_GROUP) n = (n << 5n) | BigInt(symbols[i]!);
  if (n >= PAYLOAD_RANGE) return failure('bad-level');
  const fields: number[] = [];
  for (let i = V2_FACTORS.length - 1; i >= 0; i--) {
    fields[i] = Number(n % radix(V2_FACTORS[i]!));
    n /= radix(V2_FACTORS[i]!);
  }
  const profile: Record<string, FactorValue> = {};
  V2_FACTORS.forEach((id, i) => {
    if (fields[i]) profile[id] = factorValues(id)[fields[i]! - 1]!;
  });
  return { ok: true, profile: profile as FactorProfile };
}
