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

/**
 * The case key, twice: as a non-extractable WebCrypto key for every ordinary read and write, and as its 32 bytes for
 * sealNow, the one synchronous seal a closing page needs (WebCrypto has no synchronous call). Neither is ever saved;
 * both stay in this page's memory, as opened cases do, until the page goes: a lock drops the codec that holds them
 * but does not wipe the bytes (a script running in the page could read them, as it could the opened cases).
 */
export type CaseKey = {
  readonly webCrypto: CryptoKey;
  readonly encryptNow: (iv: Uint8Array, context: Uint8Array, plain: Uint8Array) => Uint8Array;
};

export async function deriveCaseKey(passphrase: string, params: KeyParams): Promise<CaseKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  // noble's AES-GCM (audited, no dependencies) loads only here, while PBKDF2 runs: not on the first screen.
  const [{ gcm }, bits] = await Promise.all([
    import('@noble/ciphers/aes.js'),
    crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(params.salt), iterations: params.iterations },
      material,
      256,
    ),
  ]);
  const webCrypto = await crypto.subtle.importKey('raw', bits, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const bytes = new Uint8Array(bits);
  return { webCrypto, encryptNow: (iv, context, plain) => gcm(bytes, iv, context).encrypt(plain) };
}

/** `context` (a record id) is authenticated too, so a sealed record cannot be moved under another id. */
export async function seal(key: CaseKey, value: unknown, context: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) },
    key.webCrypto,
    plain,
  );
  return { iv: base64Encode(iv), data: base64Encode(new Uint8Array(data)) };
}

/** The same AES-GCM as seal (ciphertext then 16-byte tag), done synchronously; unseal opens it. */
export function sealNow(key: CaseKey, value: unknown, context: string): Sealed {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = key.encryptNow(iv, new TextEncoder().encode(context), plain);
  return { iv: base64Encode(iv), data: base64Encode(data) };
}

/** Rejects (OperationError) for a wrong key, another context or any changed byte. */
export async function unseal(key: CaseKey, sealed: Sealed, context: string): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: new TextEncoder().encode(context) },
    key.webCrypto,
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
