// "Share my priorities": a party's factor levels as a short code (no names, no free text, no safety answers).
// Olé writes v2 (code-v2.ts: Crockford base32, a check symbol per group) and still reads v1 (code-v1.ts); see README.md here.
import type { FactorId, FactorProfile, FactorValue } from '../factors.ts';
import type { Decoded } from './code-errors.ts';
import { decodeV1, isV1Code } from './code-v1.ts';
import { decodeBase32, encodeV2, V2_FACTORS } from './code-v2.ts';

export type { CodeError, CodeFailure, Decoded } from './code-errors.ts';

/** A safety concern is never put in a code: telling the other side could put someone at risk. */
export const PRIVATE_FACTORS: readonly FactorId[] = ['ctx.safety-risk'];

/** The factors the current code carries, in the format's order. */
export const SHARED_FACTORS: readonly FactorId[] = V2_FACTORS;

/** Only the shared factors of a profile: what a code can carry, and what comes back from it. */
export function sharedPart(profile: FactorProfile): FactorProfile {
  const out: Record<string, FactorValue> = {};
  for (const id of SHARED_FACTORS) {
    const value = profile[id];
    if (value !== undefined) out[id] = value;
  }
  return out as FactorProfile;
}

/** The code of the current version, printed as read aloud: "2ABCD-EFGH1-…". */
export function encodePriorities(profile: FactorProfile): string {
  return encodeV2(profile);
}

/** Never throws: a bare code or a whole pasted link (the code after the last "#") gives a profile or a named error. */
export function decodePriorities(input: string): Decoded {
  if (typeof input !== 'string') return { ok: false, error: 'not-a-code' };
  const text = (input.includes('#') ? input.slice(input.lastIndexOf('#') + 1) : input).trim();
  if (text === '') return { ok: false, error: 'empty' };
  // v1 is case-sensitive base64url, where "-" is a letter: only spaces and line breaks may be taken out of it.
  const compact = text.replace(/\s+/g, '');
  return isV1Code(compact) ? decodeV1(compact) : decodeBase32(text);
}

/** The form Olé keeps and shows a read code in: a v1 code as it came, any other in v2's printed form. */
export function canonicalCode(text: string, profile: FactorProfile): string {
  const compact = text.replace(/\s+/g, '');
  return isV1Code(compact) ? compact : encodeV2(profile);
}
