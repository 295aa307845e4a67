// Hashing, signing and verifying the feed with WebCrypto: ECDSA P-256 over SHA-256, signature as base64 text.
import { base64Decode, base64Encode, base64UrlEncode } from '../domain/base64.ts';
import { hex, utf8Decode, utf8Encode } from './bytes.ts';
import type { UnknownKeys } from '../domain/validate.ts';
import { formatProblem, parseManifest, type Manifest } from './manifest.ts';
import { ECDSA_SHA256, importEcKey, subtle, type FeedKey, type Jwk } from './webcrypto.ts';

export type { Jwk } from './webcrypto.ts';

/** A public key the app trusts, with the id manifests name it by. */
export type TrustedKey = { readonly keyId: string; readonly jwk: Jwk; readonly label: string };

export type VerifyFailureCode = 'bad-manifest' | 'unknown-format' | 'unknown-key' | 'bad-signature';
export type VerifyResult = { ok: true; manifest: Manifest } | { ok: false; code: VerifyFailureCode; reason: string };

/** An ECDSA P-256 signature in IEEE P1363 form (r || s), which is what WebCrypto signs and verifies. */
const SIGNATURE_BYTES = 64;

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return hex(new Uint8Array(await subtle().digest('SHA-256', bytes)));
}

/** The public half of an EC key: only the members RFC 7638 names (key_ops of a private key would forbid verify). */
export function publicJwkOf(jwk: Jwk): Jwk {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
}

/** RFC 7638 JWK thumbprint: the key id, so an id cannot be attached to the wrong key by mistake. */
export async function jwkThumbprint(jwk: Jwk): Promise<string> {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') {
    throw new Error('expected an EC P-256 JWK with x and y');
  }
  const canonical = `{"crv":"${jwk.crv}","kty":"${jwk.kty}","x":"${jwk.x}","y":"${jwk.y}"}`;
  return base64UrlEncode(new Uint8Array(await subtle().digest('SHA-256', utf8Encode(canonical))));
}

export function importPublicKeyJwk(jwk: Jwk): Promise<FeedKey> {
  return importEcKey(publicJwkOf(jwk), 'verify');
}

/** manifest.sig's bytes: ASCII base64 of the 64-byte r || s signature, no line break. */
export async function signManifest(manifestBytes: Uint8Array, privateJwk: Jwk): Promise<Uint8Array> {
  const key = await importEcKey(privateJwk, 'sign');
  const signature = new Uint8Array(await subtle().sign(ECDSA_SHA256, key, manifestBytes));
  return utf8Encode(base64Encode(signature));
}

/** Reads manifest.sig: base64 text (surrounding whitespace allowed) of exactly 64 bytes. */
export function decodeSignature(signatureFile: Uint8Array): Uint8Array | undefined {
  let text: string;
  try {
    text = utf8Decode(signatureFile).trim();
  } catch {
    return undefined;
  }
  const bytes = base64Decode(text);
  return bytes?.length === SIGNATURE_BYTES ? bytes : undefined;
}

function readJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(utf8Decode(bytes)) as unknown };
  } catch (error) {
    return { ok: false, reason: `manifest.json is not valid UTF-8 JSON (${(error as Error).message})` };
  }
}

/**
 * Verifies manifest.json's exact bytes against manifest.sig with the trusted key the manifest names, then parses it.
 * The format version is looked at first (unsigned) only to explain a refusal: nothing unsigned is ever accepted.
 * The app reads with `unknownKeys: 'drop'` (see parseManifest); the publisher checks its own output strictly.
 */
export async function verifyManifest(
  manifestBytes: Uint8Array,
  signatureFile: Uint8Array,
  trustedKeys: readonly TrustedKey[],
  unknownKeys: UnknownKeys = 'refuse',
): Promise<VerifyResult> {
  const json = readJson(manifestBytes);
  if (!json.ok) return { ok: false, code: 'bad-manifest', reason: json.reason };
  const format = formatProblem(json.value);
  if (format) return { ok: false, code: 'unknown-format', reason: format };
  const keyId = (json.value as Record<string, unknown>)['keyId'];
  if (typeof keyId !== 'string')
    return { ok: false, code: 'bad-manifest', reason: 'keyId: expected the id of the signing key' };
  const trusted = trustedKeys.find((k) => k.keyId === keyId);
  if (!trusted) {
    const known = trustedKeys.map((k) => k.keyId).join(', ') || 'none';
    return {
      ok: false,
      code: 'unknown-key',
      reason: `the feed is signed with key "${keyId}", which this app does not trust (trusted: ${known})`,
    };
  }
  const signature = decodeSignature(signatureFile);
  if (!signature)
    return {
      ok: false,
      code: 'bad-signature',
      reason: 'manifest.sig is not base64 of a 64-byte ECDSA P-256 signature',
    };
  let valid: boolean;
  try {
    valid = await subtle().verify(ECDSA_SHA256, await importPublicKeyJwk(trusted.jwk), signature, manifestBytes);
  } catch (error) {
    return {
      ok: false,
      code: 'bad-signature',
      reason: `cannot check the signature with key "${keyId}" (${(error as Error).message})`,
    };
  }
  if (!valid)
    return {
      ok: false,
      code: 'bad-signature',
      reason: `manifest.sig does not match manifest.json for key "${keyId}" (${trusted.label})`,
    };
  const parsed = parseManifest(json.value, unknownKeys);
  if (!parsed.ok) return { ok: false, code: parsed.code, reason: parsed.problems.join('; ') };
  return { ok: true, manifest: parsed.manifest };
}
