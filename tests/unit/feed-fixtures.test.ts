// The committed test feeds are what they claim: good verifies, next changes one shard of each kind, tampered fails.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyManifest, type TrustedKey } from '../../src/feed/crypto.ts';
import { checkFeedFile } from '../../src/feed/feed-file.ts';
import type { Manifest } from '../../src/feed/manifest.ts';
import { trustedKeys } from '../../src/feed/trusted-keys.ts';

const feeds = resolve(import.meta.dirname, '../fixtures/feeds');
const read = (path: string) => new Uint8Array(readFileSync(resolve(feeds, path)));
const testKeys = JSON.parse(readFileSync(resolve(feeds, 'test-keys/trusted.json'), 'utf8')) as TrustedKey[];

async function open(name: string, keys: readonly TrustedKey[] = testKeys): Promise<Manifest> {
  const result = await verifyManifest(read(`${name}/manifest.json`), read(`${name}/manifest.sig`), keys);
  if (!result.ok) throw new Error(`${name}: ${result.code}: ${result.reason}`);
  return result.manifest;
}

describe('test feed fixtures', () => {
  it('good: 10 mediators signed by the test key, every file checks', async () => {
    const manifest = await open('good');
    expect(manifest.sequence).toBe(1);
    let profiles = 0;
    for (const entry of manifest.files) {
      const result = await checkFeedFile(entry, read(`good/${entry.path}`));
      if (!result.ok) throw new Error(result.reason);
      if (result.file.kind === 'registry') profiles += result.file.records.length;
    }
    expect(profiles).toBe(10);
  });

  it('is refused by the app build, which trusts only the demo key', async () => {
    const result = await verifyManifest(read('good/manifest.json'), read('good/manifest.sig'), trustedKeys);
    expect(result).toMatchObject({ ok: false, code: 'unknown-key' });
  });

  it('next: sequence 2, and only one registry shard and one digest shard changed', async () => {
    const [good, next] = [await open('good'), await open('next')];
    expect(next.sequence).toBe(2);
    const hashes = new Map(good.files.map((f) => [f.path, f.sha256]));
    expect(next.files.filter((f) => hashes.get(f.path) !== f.sha256).map((f) => f.path)).toEqual([
      'digests/00.json',
      'registry/00.json',
    ]);
  });

  it('tampered: the manifest still verifies, the changed shard fails its hash', async () => {
    const manifest = await open('tampered');
    const entry = manifest.files.find((f) => f.path === 'registry/00.json')!;
    expect(await checkFeedFile(entry, read('tampered/registry/00.json'))).toMatchObject({
      ok: false,
      code: 'hash-mismatch',
    });
  });
});
