// Writes a built feed to a folder: stale shards removed, manifest last, an unchanged manifest keeps its signature.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { signManifest, verifyManifest, type Jwk, type TrustedKey } from '../feed/crypto.ts';
import { publicJwkOf } from '../feed/crypto.ts';
import type { FeedFiles } from './feed-files.ts';

const FOLDERS = ['registry', 'digests', 'standards'];

/**
 * ECDSA as WebCrypto does it is randomised, so signing the same bytes twice gives two valid signatures. Keeping a
 * signature that still verifies for the identical manifest makes a rebuild byte-identical.
 */
async function signatureFor(out: string, feed: FeedFiles, jwk: Jwk, keyId: string): Promise<Uint8Array> {
  const manifestPath = join(out, 'manifest.json');
  const sigPath = join(out, 'manifest.sig');
  if (
    existsSync(manifestPath) &&
    existsSync(sigPath) &&
    Buffer.compare(readFileSync(manifestPath), feed.manifestBytes) === 0
  ) {
    const previous = new Uint8Array(readFileSync(sigPath));
    const self: TrustedKey = { keyId, jwk: publicJwkOf(jwk), label: 'publisher' };
    if ((await verifyManifest(feed.manifestBytes, previous, [self])).ok) return previous;
  }
  return signManifest(feed.manifestBytes, jwk);
}

export async function writeFeed(out: string, feed: FeedFiles, jwk: Jwk, keyId: string): Promise<void> {
  const signature = await signatureFor(out, feed, jwk, keyId);
  mkdirSync(out, { recursive: true });
  for (const folder of FOLDERS) {
    const dir = join(out, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.json') && !feed.files.has(`${folder}/${name}`)) rmSync(join(dir, name));
    }
  }
  for (const [path, bytes] of feed.files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), bytes);
  }
  writeFileSync(join(out, 'manifest.json'), feed.manifestBytes);
  writeFileSync(join(out, 'manifest.sig'), signature);
}
