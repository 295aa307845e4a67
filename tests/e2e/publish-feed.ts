// Publishes a new edition of the feed into a test site with the real publisher command (feed:build).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StaticSite } from './static-server.ts';

const root = join(import.meta.dirname, '../..');
const goodCsv = join(root, 'tests/fixtures/registry-csv/good');

function feedBuild(site: StaticSite, args: readonly string[]): void {
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/feed-build.ts', '--out', join(site.root, 'feed'), ...args], { cwd: root, stdio: 'pipe' });
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
  writeFileSync(join(dir, 'revocations.csv'), [revocations, ...revoke.map((id) => `${id},2026-11-20,complaint-upheld`)].join('\n') + '\n');
  const csv = (name: string) => join(dir, name);
  feedBuild(site, ['--sequence', String(sequence), '--from-csv', csv('mediators.csv'), '--digests', csv('digests.csv'), '--revocations', csv('revocations.csv'), '--qaps', csv('qaps.csv')]);
}
