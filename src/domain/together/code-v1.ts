// Priorities code v1 (2026-11-30), still read: [version byte 1][levels packed MSB-first][CRC-16], base64url, 20 letters.
import { factorValues, type FactorId, type FactorProfile, type FactorValue } from '../factors.ts';
import { base64UrlDecode, base64UrlEncode } from '../base64.ts';
import { crc16 } from './checksum.ts';
import type { Decoded } from './code-errors.ts';

const VERSION = 1;

/**
 * The factors a v1 code carries, in their fixed order: the order is part of the format, so it is written out
 * here and never derived from FACTOR_IDS (a factor added later is not carried by v1 codes).
 */
export const V1_FACTORS: readonly FactorId[] = [
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
const PAYLOAD_BITS = V1_FACTORS.reduce((sum, id) => sum + width(id), 0);
const PAYLOAD_BYTES = Math.ceil(PAYLOAD_BITS / 8);
const CODE_BYTES = 1 + PAYLOAD_BYTES + 2;

/** v1 codes are 20 base64url letters starting with "A" (the version byte 1); a v2 code has 25 symbols, dashed or not. */
export const isV1Code = (text: string) => /^A[A-Za-z0-9_-]{19}$/.test(text);

/** Kept to pin the v1 vectors and to make v1 codes in tests: Olé itself writes v2. */
export function encodeV1(profile: FactorProfile): string {
  const bytes = new Uint8Array(CODE_BYTES);
  bytes[0] = VERSION;
  let bit = 8;
  for (const id of V1_FACTORS) {
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

/** A v1 code with spaces and line breaks taken out; case counts. Never throws. */
export function decodeV1(text: string): Decoded {
  const bytes = base64UrlDecode(text);
  if (!bytes) return { ok: false, error: 'not-a-code' };
  if (bytes.length < 3) return { ok: false, error: 'wrong-length' };
  // The checksum comes first, so a typo is called a typo rather than an unknown version.
  const end = bytes.length - 2;
  const crc = crc16(bytes.subarray(0, end));
  if (bytes[end] !== crc >> 8 || bytes[end + 1] !== (crc & 0xff)) return { ok: false, error: 'checksum' };
  // Later versions are base32 (code-v2.ts), so no other version byte was ever written in this format.
  if (bytes[0] !== VERSION) return { ok: false, error: 'unknown-version' };
  if (bytes.length !== CODE_BYTES) return { ok: false, error: 'wrong-length' };
  const profile: Record<string, FactorValue> = {};
  let bit = 8;
  for (const id of V1_FACTORS) {
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
