// What the browser benches share: Chromium's flags, and a copy of dist/ serving a demo feed of any size.
import { execFileSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { StaticSite } from '../e2e/static-server.ts';

const ROOT = join(import.meta.dirname, '../..');
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const chromiumPath = () => process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Writes a signed demo feed of `count` profiles to `out`, through the same CLI a registry runs. */
export function buildFeed(out: string, count: number, sequence: number): void {
  execFileSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      'src/cli/feed-build.ts',
      '--out',
      out,
      '--count',
      String(count),
      '--sequence',
      String(sequence),
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
}

export async function swapFeed(site: StaticSite, from: string): Promise<void> {
  await rm(join(site.root, 'feed'), { recursive: true, force: true });
  await cp(from, join(site.root, 'feed'), { recursive: true });
}
