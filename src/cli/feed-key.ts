// The publisher's signing key: --key file, else OLE_FEED_PRIVATE_KEY (JWK JSON), else the demo key, loudly.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { jwkThumbprint, type Jwk } from '../feed/crypto.ts';

export const DEMO_KEY_PATH = resolve(import.meta.dirname, '../../data/feed-keys/demo-private.jwk.json');

export type SigningKey = { readonly jwk: Jwk; readonly keyId: string; readonly source: string; readonly demo: boolean };

function parseJwk(text: string, source: string): Jwk {
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not JSON (${(error as Error).message})`);
  }
  const j = jwk as Record<string, unknown>;
  if (
    typeof jwk !== 'object' ||
    jwk === null ||
    j['kty'] !== 'EC' ||
    j['crv'] !== 'P-256' ||
    typeof j['d'] !== 'string'
  ) {
    throw new Error(
      `${source}: expected a private EC P-256 JWK (kty "EC", crv "P-256", x, y, d); make one with npm run feed:keygen`,
    );
  }
  return jwk as Jwk;
}

export async function loadSigningKey(
  keyFile: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SigningKey> {
  let jwk: Jwk;
  let source: string;
  if (keyFile) {
    source = keyFile;
    let text: string;
    try {
      text = readFileSync(keyFile, 'utf8');
    } catch (error) {
      throw new Error(`${keyFile}: cannot read the key (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    jwk = parseJwk(text, keyFile);
  } else if (env['OLE_FEED_PRIVATE_KEY']) {
    source = 'OLE_FEED_PRIVATE_KEY';
    jwk = parseJwk(env['OLE_FEED_PRIVATE_KEY'], source);
  } else {
    source = DEMO_KEY_PATH;
    jwk = parseJwk(readFileSync(DEMO_KEY_PATH, 'utf8'), source);
  }
  const demo = source === DEMO_KEY_PATH;
  return { jwk, keyId: await jwkThumbprint(jwk), source, demo };
}
