// Base64 (RFC 4648 §4, padded) and base64url (§5, unpadded), written out so every layer can use them without btoa
// or Buffer. Decoding is strict: each byte string has exactly one accepted spelling in each variant.
const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = `${STANDARD.slice(0, 62)}-_`;

/** Character code → 6-bit value, -1 outside the alphabet. */
function lookup(alphabet: string): Int8Array {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}
const STANDARD_INDEX = lookup(STANDARD);
const URL_SAFE_INDEX = lookup(URL_SAFE);

function encode(bytes: Uint8Array, alphabet: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += alphabet[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes of unpadded text, or undefined for a character outside the alphabet, an impossible length or set leftover bits. */
function decode(text: string, index: Int8Array): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? index[code]! : -1;
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, so a changed last letter is caught rather than read as the same bytes.
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
  return bytes;
}

/** Standard base64 with padding. */
export function base64Encode(bytes: Uint8Array): string {
  const text = encode(bytes, STANDARD);
  return text + '='.repeat((4 - (text.length % 4)) % 4);
}

/** Strict standard base64: padding required, no whitespace or other characters; undefined when malformed. */
export function base64Decode(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return decode(text.slice(0, text.length - padding), STANDARD_INDEX);
}

/** base64url without padding, as JWK members, thumbprints and share codes use. */
export function base64UrlEncode(bytes: Uint8Array): string {
  return encode(bytes, URL_SAFE);
}

/** Strict base64url without padding; undefined when malformed. */
export function base64UrlDecode(text: string): Uint8Array<ArrayBuffer> | undefined {
  return decode(text, URL_SAFE_INDEX);
}
