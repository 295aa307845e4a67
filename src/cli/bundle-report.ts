// Prints what the first screen downloads (gzipped) and every lazy chunk, and fails past the budget.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstScreenFiles } from './first-screen.ts';

const DIST = 'dist';
export const FIRST_SCREEN_BUDGET_KB = 40;

const gzippedKb = async (path: string) => gzipSync(await readFile(join(DIST, path)), { level: 9 }).byteLength / 1024;

async function main() {
  const first = await firstScreenFiles(await readFile(join(DIST, 'index.html'), 'utf8'), (path) =>
    readFile(join(DIST, path), 'utf8'),
  );
  const assets = (await readdir(join(DIST, 'assets'))).filter((f) => /\.(js|css)$/.test(f)).map((f) => `assets/${f}`);
  const rows = await Promise.all(
    assets.map(async (path) => ({ path, kb: await gzippedKb(path), first: first.includes(path) })),
  );
  rows.sort((a, b) => Number(b.first) - Number(a.first) || b.kb - a.kb);
  const total = rows.filter((r) => r.first).reduce((sum, r) => sum + r.kb, 0);
  console.log('file                                         gzip KB  loaded');
  for (const row of rows)
    console.log(`${row.path.padEnd(44)} ${row.kb.toFixed(1).padStart(7)}  ${row.first ? 'first screen' : 'lazy'}`);
  console.log(`\nFirst screen: ${total.toFixed(1)} KB gzipped (budget ${FIRST_SCREEN_BUDGET_KB} KB)`);
  if (total > FIRST_SCREEN_BUDGET_KB) {
    console.error(`Over budget by ${(total - FIRST_SCREEN_BUDGET_KB).toFixed(1)} KB`);
    process.exit(1);
  }
}

await main();
