// The link that carries a priorities code: the code sits only in the fragment ("/together#c=CODE"), which browsers never send to a server.
import type { FactorProfile } from '../factors.ts';
import { canonicalCode, decodePriorities, type CodeFailure } from './priorities-code.ts';

export const TOGETHER_PATH = '/together';
const KEY = 'c';
/** Far longer than any code: a hostile link cannot make the reader work on megabytes. */
const MAX_INPUT = 2000;

export type ReadCode = { readonly ok: true; readonly code: string; readonly profile: FactorProfile } | CodeFailure;

export function togetherLink(origin: string, code: string): string {
  return `${origin}${TOGETHER_PATH}#${KEY}=${code}`;
}

/** The code in a fragment body: "c=CODE" among "&"-separated parts, or a bare code. */
function codeInFragment(body: string): string {
  const parts = body.split('&');
  const named = parts.find((part) => part.startsWith(`${KEY}=`));
  return named === undefined ? body : named.slice(KEY.length + 1);
}

/** What a person typed or pasted (a code, spaced, dashed or not, or a whole link): a checked code or a named error, never a throw. */
export function readCode(input: string): ReadCode {
  if (typeof input !== 'string') return { ok: false, error: 'not-a-code' };
  if (input.length > MAX_INPUT) return { ok: false, error: 'not-a-code' };
  const hashAt = input.indexOf('#');
  const text = hashAt >= 0 ? codeInFragment(input.slice(hashAt + 1)) : input;
  // A second "#" would be read by decodePriorities as a link of its own: refuse it here instead.
  if (text.includes('#')) return { ok: false, error: 'not-a-code' };
  const decoded = decodePriorities(text);
  return decoded.ok ? { ok: true, code: canonicalCode(text, decoded.profile), profile: decoded.profile } : decoded;
}

/** location.hash of a link that opened Olé: undefined when it carries nothing, else what readCode makes of it. */
export function readTogetherFragment(hash: string): ReadCode | undefined {
  if (typeof hash !== 'string' || hash === '' || hash === '#') return undefined;
  return readCode(hash.startsWith('#') ? hash : `#${hash}`);
}
