// Publishes a new edition of the feed into a test site with the real publisher command (feed:build).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex, signManifest, type Jwk } from '../../src/feed/crypto.ts';
import type { StaticSite } from './static-server.ts';

const root = join(import.meta.dirname, '../..');
const goodCsv = join(root, 'tests/fixtures/registry-csv/good');

function feedBuild(site: StaticSite, args: readonly string[]): void {
  execFileSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'src/cli/feed-build.ts', '--out', join(site.root, 'feed'), ...args],
    { cwd: root, stdio: 'pipe' },
  );
}

/** The demo registry again, under a new sequence. */
export function publishDemoEdition(site: StaticSite, sequence: number): void {
  feedBuild(site, ['--sequence', String(sequence)]);
}

/** The small CSV registry of tests/fixtures/registry-csv/good, with more mediators revoked when asked. */
export function publishCsvEdition(site: StaticSite, sequence: number, revoke: readonly string[] = []): void {
  const dir = mkdtempSync(join(tmpdir(), 'ole-csv-'));
  for (const name of ['mediators.csv', 'digests.csv', 'qaps.csv']) copyFileSync(join(goodCsv, name), join(dir, name));
  const revocations = readFileSync(join(goodCsv, 'revocations.csv'), 'utf8').trimEnd();
  writeFileSync(
    join(dir, 'revocations.csv'),
    `${[revocations, ...revoke.map((id) => `${id},2026-11-20,complaint-upheld`)].join('\n')}\n`,
  );
  const csv = (name: string) => join(dir, name);
  feedBuild(site, [
    '--sequence',
    String(sequence),
    '--from-csv',
    csv('mediators.csv'),
    '--digests',
    csv('digests.csv'),
    '--revocations',
    csv('revocations.csv'),
    '--qaps',
    csv('qaps.csv'),
  ]);
}

/**
 * What feed:build refuses to make but a compromised publisher key can sign: the feed held now, its data files changed
 * by `edit` (path → records), listed again and signed with the demo key under `sequence`.
 */
export async function publishForgedEdition(
  site: StaticSite,
  sequence: number,
  edit: (files: Map<string, unknown[]>) => void,
): Promise<void> {
  const dir = join(site.root, 'feed');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    sequence: number;
    files: { path: string; kind: string; sha256: string; size: number; records: number }[];
  };
  const data = new Map(
    manifest.files
      .filter((f) => f.kind !== 'standards')
      .map((f) => [f.path, JSON.parse(readFileSync(join(dir, f.path), 'utf8')) as unknown[]]),
  );
  edit(data);
  for (const entry of manifest.files) {
    const records = data.get(entry.path);
    if (!records) continue;
    const bytes = new TextEncoder().encode(JSON.stringify(records));
    writeFileSync(join(dir, entry.path), bytes);
    Object.assign(entry, { sha256: await sha256Hex(bytes), size: bytes.byteLength, records: records.length });
  }
  manifest.sequence = sequence;
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, 2));
  const demoKey = JSON.parse(readFileSync(join(root, 'data/feed-keys/demo-private.jwk.json'), 'utf8')) as Jwk;
  writeFileSync(join(dir, 'manifest.json'), manifestBytes);
  writeFileSync(join(dir, 'manifest.sig'), await signManifest(manifestBytes, demoKey));
}
