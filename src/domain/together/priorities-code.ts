// "Share my priorities": a party's factor levels as a short code (no names, no free text, no safety answers).
// Layout v1: [version byte][levels packed MSB-first, each factor in the fewest bits for "unanswered" + its values][CRC-16], base64url.
import { factorValues, type FactorId, type FactorProfile, type FactorValue } from '../factors.ts';
import { base64UrlDecode, base64UrlEncode } from '../base64.ts';
import { crc16 } from './checksum.ts';

export const CODE_VERSION = 1;

/** A safety concern is never put in a code: telling the other side could put someone at risk. */
export const PRIVATE_FACTORS: readonly FactorId[] = ['ctx.safety-risk'];

/**
 * The factors a v1 code carries, in their fixed order: the order is part of the format, so it is written out
 * here and never derived from FACTOR_IDS (a factor added later is not carried by v1 codes).
 */
export const SHARED_FACTORS: readonly FactorId[] = [
  'goal.cost',
  'goal.speed',
  'goal.privacy',
  'goal.relationship',
  'goal.vindication',
  'goal.neutral-opinion',
  'goal.precedent',
  'goal.binding-outcome',
  'goal.enforce-abroad',
  'goal.control',
  'goal.expertise',
  'imp.communication',
  'imp.emotions',
  'imp.facts',
  'imp.law',
  'imp.principle',
  'imp.constituents',
  'imp.linked-disputes',
  'imp.multi-party',
  'imp.lawyer-client',
  'imp.jackpot',
  'imp.power-imbalance',
  'ctx.cross-border',
  'ctx.arbitration-clause',
  'ctx.urgent-interim-relief',
  'ctx.investor-state',
  'ctx.construction-project-ongoing',
  'ctx.technical-question',
  'ctx.consumer',
  'ctx.online-transaction',
  'ctx.public-interest',
  'ctx.other-party-willing',
  'ctx.escalation',
  'ctx.amount',
];

const width = (id: FactorId) => Math.ceil(Math.log2(factorValues(id).length + 1));
const PAYLOAD_BITS = SHARED_FACTORS.reduce((sum, id) => sum + width(id), 0);
const PAYLOAD_BYTES = Math.ceil(PAYLOAD_BITS / 8);
const CODE_BYTES = 1 + PAYLOAD_BYTES + 2;

export type CodeError =
  | 'empty'
  | 'not-a-code'
  | 'wrong-length'
  | 'checksum'
  | 'newer-version'
  | 'unknown-version'
  | 'bad-level';
export type Decoded =
  | { readonly ok: true; readonly profile: FactorProfile }
  | { readonly ok: false; readonly error: CodeError };

/** Only the shared factors of a profile: what a code can carry, and what comes back from it. */
export function sharedPart(profile: FactorProfile): FactorProfile {
  const out: Record<string, FactorValue> = {};
  for (const id of SHARED_FACTORS) {
    const value = profile[id];
    if (value !== undefined) out[id] = value;
  }
  return out as FactorProfile;
}

export function encodePriorities(profile: FactorProfile): string {
  const bytes = new Uint8Array(CODE_BYTES);
  bytes[0] = CODE_VERSION;
  let bit = 8;
  for (const id of SHARED_FACTORS) {
    const value = profile[id];
    // 0 is "unanswered"; a value outside the factor's range is not something a code can say, so it is left out too.
    const field = value === undefined ? 0 : factorValues(id).indexOf(value) + 1;
    for (let k = width(id) - 1; k >= 0; k--, bit++) if ((field >> k) & 1) bytes[bit >> 3]! |= 0x80 >> (bit & 7);
  }
  const crc = crc16(bytes.subarray(0, CODE_BYTES - 2));
  bytes[CODE_BYTES - 2] = crc >> 8;
  bytes[CODE_BYTES - 1] = crc & 0xff;
  return base64UrlEncode(bytes);
}

/** Accepts a bare code or a whole pasted link (the code is after the last "#"); spaces and line breaks are ignored. */
export function normaliseCode(input: string): string {
  const afterHash = input.includes('#') ? input.slice(input.lastIndexOf('#') + 1) : input;
  return afterHash.replace(/\s+/g, '');
}

/** Never throws: any string gives a profile or a named error. */
export function decodePriorities(input: string): Decoded {
  if (typeof input !== 'string') return { ok: false, error: 'not-a-code' };
  const text = normaliseCode(input);
  if (text === '') return { ok: false, error: 'empty' };
  const bytes = base64UrlDecode(text);
  if (!bytes) return { ok: false, error: 'not-a-code' };
  if (bytes.length < 3) return { ok: false, error: 'wrong-length' };
  // The checksum comes first, so a typo is called a typo and only an intact code can claim a newer version.
  const end = bytes.length - 2;
  const crc = crc16(bytes.subarray(0, end));
  if (bytes[end] !== crc >> 8 || bytes[end + 1] !== (crc & 0xff)) return { ok: false, error: 'checksum' };
  if (bytes[0]! > CODE_VERSION) return { ok: false, error: 'newer-version' };
  if (bytes[0] !== CODE_VERSION) return { ok: false, error: 'unknown-version' };
  if (bytes.length !== CODE_BYTES) return { ok: false, error: 'wrong-length' };
  const profile: Record<string, FactorValue> = {};
  let bit = 8;
  for (const id of SHARED_FACTORS) {
    let field = 0;
    for (let k = 0; k < width(id); k++, bit++) field = (field << 1) | ((bytes[bit >> 3]! >> (7 - (bit & 7))) & 1);
    if (field === 0) continue;
    const value = factorValues(id)[field - 1];
    if (value === undefined) return { ok: false, error: 'bad-level' };
    profile[id] = value;
  }
  for (; bit < 8 * (1 + PAYLOAD_BYTES); bit++)
    if ((bytes[bit >> 3]! >> (7 - (bit & 7))) & 1) return { ok: false, error: 'bad-level' };
  return { ok: true, profile: profile as FactorProfile };
}
