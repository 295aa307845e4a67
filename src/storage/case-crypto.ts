// WebCrypto for stored cases: AES-GCM with a key from PBKDF2-SHA-256, a fresh IV for every write, the record id bound in.
import { base64Decode, base64Encode } from '../domain/base64.ts';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; about half a second on a mid-range phone, once per unlock. */
export const PBKDF2_ITERATIONS = 600_000;

export type KeyParams = { readonly kdf: 'PBKDF2-SHA-256'; readonly iterations: number; readonly salt: string };
/** Ciphertext with its IV, both base64; AES-GCM's tag makes any change or wrong key fail to open. */
export type Sealed = { readonly iv: string; readonly data: string };

/** A random salt each time protection is turned on or the passphrase changes; tests may pass fewer iterations. */
export function newKeyParams(iterations = PBKDF2_ITERATIONS): KeyParams {
  return { kdf: 'PBKDF2-SHA-256', iterations, salt: base64Encode(crypto.getRandomValues(new Uint8Array(16))) };
}

/** A non-extractable key: it can encrypt and decrypt in this page, never be read out or saved. */
export async function deriveCaseKey(passphrase: string, params: KeyParams): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(params.salt), iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** `context` (a record id) is authenticated too, so a sealed record cannot be moved under another id. */
export async function seal(key: CryptoKey, value: unknown, context: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) },
    key,
    plain,
  );
  return { iv: base64Encode(iv), data: base64Encode(new Uint8Array(data)) };
}

/** Rejects (OperationError) for a wrong key, another context or any changed byte. */
export async function unseal(key: CryptoKey, sealed: Sealed, context: string): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: new TextEncoder().encode(context) },
    key,
    fromBase64(sealed.data),
  );
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const bytes = base64Decode(text);
  // Thrown like a failed decryption: the callers treat both as a damaged record.
  if (!bytes) throw new Error('not base64');
  return bytes;
}
