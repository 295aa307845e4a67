// The slice of WebCrypto the feed uses, typed here so this folder needs neither the DOM nor Node's types.

/** A JSON Web Key as stored in key files (EC P-256: kty, crv, x, y; plus d for a private key). */
export type Jwk = {
  readonly kty?: string;
  readonly crv?: string;
  readonly x?: string;
  readonly y?: string;
  readonly d?: string;
  readonly [member: string]: unknown;
};

/** Opaque: a CryptoKey from importKey. */
export type FeedKey = { readonly type: string };

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

type Subtle = {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  importKey(
    format: 'jwk',
    key: Jwk,
    algorithm: typeof ECDSA_P256,
    extractable: boolean,
    usages: readonly string[],
  ): Promise<FeedKey>;
  sign(algorithm: typeof ECDSA_SHA256, key: FeedKey, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: typeof ECDSA_SHA256, key: FeedKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
};

/** crypto.subtle of the running platform (browsers in a secure context, Node 20+, workers). */
export function subtle(): Subtle {
  const found = (globalThis as unknown as { crypto?: { subtle?: Subtle } }).crypto?.subtle;
  if (!found)
    throw new Error(
      'WebCrypto (crypto.subtle) is not available here: the page must be served over https or from localhost',
    );
  return found;
}

export function importEcKey(jwk: Jwk, usage: 'sign' | 'verify'): Promise<FeedKey> {
  return subtle().importKey('jwk', jwk, ECDSA_P256, false, [usage]);
}
