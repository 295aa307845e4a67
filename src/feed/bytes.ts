// Bytes ↔ text without DOM or Node types: UTF-8 through the global TextEncoder/TextDecoder, and hex.
// Base64 is src/domain/base64.ts.

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

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
