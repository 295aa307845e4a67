// Bytes ↔ text without DOM or Node types: UTF-8 through the global TextEncoder/TextDecoder, base64 by hand.

type Decoder = { decode(bytes: Uint8Array): string };
type Encoder = { encode(text: string): Uint8Array };
const globals = globalThis as unknown as {
  TextDecoder: new (label: string, options: { fatal: boolean }) => Decoder;
  TextEncoder: new () => Encoder;
};

/** Strict: invalid UTF-8 throws, so a damaged file is refused rather than read with replacement characters. */
export function utf8Decode(bytes: Uint8Array): string {
  return new globals.TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function utf8Encode(text: string): Uint8Array {
  return new globals.TextEncoder().encode(text);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (RFC 4648 §4). */
export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!;
    out += c === undefined ? '=' : ALPHABET[n & 63]!;
  }
  return out;
}

/** Strict standard base64 (padding required, no other characters); undefined when malformed. */
export function base64Decode(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n = [0, 1, 2, 3].reduce((acc, k) => (acc << 6) | Math.max(0, ALPHABET.indexOf(text[i + k]!)), 0);
    for (const byte of [(n >> 16) & 255, (n >> 8) & 255, n & 255]) if (o < out.length) out[o++] = byte;
  }
  return out;
}

/** base64url without padding (RFC 4648 §5), as JWK members and thumbprints use. */
export function base64UrlEncode(bytes: Uint8Array): string {
  return base64Encode(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
