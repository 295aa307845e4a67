// Signing and verifying the manifest: a round trip works; a flipped byte, a stranger's key or a new format fails.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode } from '../../src/domain/base64.ts';
import {
  jwkThumbprint,
  sha256Hex,
  signManifest,
  verifyManifest,
  type Jwk,
  type TrustedKey,
} from '../../src/feed/crypto.ts';
import { parseTrustedKeys } from '../../src/feed/trusted-keys-parse.ts';
import { trustedKeys } from '../../src/feed/trusted-keys.ts';

const root = resolve(import.meta.dirname, '../..');
const readJson = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as unknown;
const testPrivate = readJson('tests/fixtures/feeds/test-keys/test-private.jwk.json') as Jwk;
const testTrusted = readJson('tests/fixtures/feeds/test-keys/trusted.json') as TrustedKey[];
const encode = (text: string) => new TextEncoder().encode(text);

async function signed(manifest: Record<string, unknown>) {
  const bytes = encode(JSON.stringify(manifest));
  return { bytes, sig: await signManifest(bytes, testPrivate) };
}

const manifest = {
  formatVersion: 1,
  sequence: 7,
  publishedAt: '2026-11-01T00:00:00Z',
  keyId: testTrusted[0]!.keyId,
  demo: true,
  files: [{ path: 'revocations.json', sha256: 'a'.repeat(64), size: 2, kind: 'revocations', records: 0 }],
};

describe('feed signatures', () => {
  it('verifies what it signed and returns the parsed manifest', async () => {
    const { bytes, sig } = await signed(manifest);
    expect(new TextDecoder().decode(sig)).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    const result = await verifyManifest(bytes, sig, testTrusted);
    expect(result).toEqual({ ok: true, manifest });
  });

  it('fails when any single byte of the manifest or the signature changes', async () => {
    const { bytes, sig } = await signed(manifest);
    for (const i of [0, 10, bytes.length - 2]) {
      const tampered = bytes.slice();
      tampered[i] = tampered[i]! ^ 1;
      const result = await verifyManifest(tampered, sig, testTrusted);
      expect(result.ok).toBe(false);
    }
    const raw = base64Decode(new TextDecoder().decode(sig))!;
    for (const i of [0, 31, 63]) {
      const flipped = raw.slice();
      flipped[i] = flipped[i]! ^ 0x80;
      const result = await verifyManifest(bytes, encode(base64Encode(flipped)), testTrusted);
      expect(result).toMatchObject({ ok: false, code: 'bad-signature' });
    }
    expect(await verifyManifest(bytes, encode('not a signature'), testTrusted)).toMatchObject({
      ok: false,
      code: 'bad-signature',
    });
  });

  it('refuses a manifest signed by a key the app does not trust', async () => {
    const { bytes, sig } = await signed(manifest);
    const result = await verifyManifest(bytes, sig, trustedKeys);
    expect(result).toMatchObject({ ok: false, code: 'unknown-key' });
    if (!result.ok) expect(result.reason).toContain(testTrusted[0]!.keyId);
  });

  it("refuses a trusted key id paired with someone else's signature", async () => {
    const { bytes } = await signed(manifest);
    const demoPrivate = readJson('data/feed-keys/demo-private.jwk.json') as Jwk;
    const sig = await signManifest(bytes, demoPrivate);
    expect(await verifyManifest(bytes, sig, testTrusted)).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('names an unknown format version, even when signed', async () => {
    const { bytes, sig } = await signed({ ...manifest, formatVersion: 2 });
    expect(await verifyManifest(bytes, sig, testTrusted)).toEqual({
      ok: false,
      code: 'unknown-format',
      reason: 'formatVersion: feed format 2 is newer than this app reads (1); update the app',
    });
    const missing = await signed({ ...manifest, formatVersion: 'one' });
    expect(await verifyManifest(missing.bytes, missing.sig, testTrusted)).toMatchObject({
      code: 'unknown-format',
      reason: 'formatVersion: expected 1, got "one"',
    });
  });

  it('refuses a signed manifest that is malformed', async () => {
    const { bytes, sig } = await signed({
      ...manifest,
      sequence: 0,
      files: [{ ...manifest.files[0], path: '../etc/passwd' }],
    });
    const result = await verifyManifest(bytes, sig, testTrusted);
    expect(result).toMatchObject({ ok: false, code: 'bad-manifest' });
    if (!result.ok)
      expect(result.reason).toMatch(
        /^sequence: expected integer .*; files\[0\]\.path: "\.\.\/etc\/passwd" is not where a revocations file lives/,
      );
    expect(await verifyManifest(encode('{'), sig, testTrusted)).toMatchObject({ ok: false, code: 'bad-manifest' });
  });
});

describe('keys', () => {
  it('names each trusted key by its JWK thumbprint', async () => {
    for (const key of [...trustedKeys, ...testTrusted]) expect(await jwkThumbprint(key.jwk)).toBe(key.keyId);
  });

  it('refuses a private key in the trusted list', () => {
    const result = parseTrustedKeys([{ keyId: 'k', jwk: testPrivate, label: 'oops' }]);
    expect(result.ok ? [] : result.problems).toEqual([
      'trusted keys[0].jwk: holds a private key ("d"); list only public keys',
    ]);
  });

  it('hashes as SHA-256 hex', async () => {
    expect(await sha256Hex(encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
