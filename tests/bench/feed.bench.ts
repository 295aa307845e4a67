// Feed sync in Chromium: verify + fetch + apply of whole feeds at three sizes, and the cost of a one-shard change.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { sha256Hex, signManifest } from '../../src/feed/crypto.ts';
import { loadSigningKey } from '../../src/cli/feed-key.ts';
import { serveCopyOfDist, type StaticSite } from '../e2e/static-server.ts';
import { buildFeed, CHROMIUM_ARGS, chromiumPath, swapFeed } from './bench-site.ts';

/** Milliseconds from "Check for updates" to the new edition on screen, in a fresh browser profile. */
async function timeSync(browser: Browser, site: StaticSite, feedDir: string, edition: number): Promise<number> {
  await rm(join(site.root, 'feed'), { recursive: true, force: true }); // first load finds no feed: nothing applied yet
  const context = await browser.newContext({ baseURL: site.url });
  const page = await context.newPage();
  await page.goto('/standards');
  await page.getByText('could not be updated', { exact: false }).or(page.getByRole('alert')).first().waitFor();
  await swapFeed(site, feedDir);
  const start = Date.now();
  await page.getByRole('button', { name: 'Check for updates' }).click();
  await page.getByText(`(edition ${edition})`).waitFor({ timeout: 600_000 });
  const ms = Date.now() - start;
  await context.close();
  return ms;
}

/** Changes one mediator in one shard of a built feed and re-signs it as the next edition. */
async function oneShardChange(feedDir: string, out: string): Promise<void> {
  await cp(feedDir, out, { recursive: true });
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as {
    sequence: number;
    files: { path: string; kind: string; sha256: string; size: number }[];
  };
  const entry = manifest.files.find((f) => f.kind === 'registry')!;
  const records = JSON.parse(await readFile(join(out, entry.path), 'utf8')) as { name: string }[];
  records[0]!.name += ' Jr';
  const bytes = new TextEncoder().encode(JSON.stringify(records));
  await writeFile(join(out, entry.path), bytes);
  Object.assign(entry, { sha256: await sha256Hex(bytes), size: bytes.byteLength });
  manifest.sequence += 1;
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, 2));
  await writeFile(join(out, 'manifest.json'), manifestBytes);
  const key = await loadSigningKey(undefined, {});
  await writeFile(join(out, 'manifest.sig'), await signManifest(manifestBytes, key.jwk));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function feedBench(): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'ole-feed-bench-'));
  const site = await serveCopyOfDist();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  const lines = [
    'feed sync in Chromium (fresh profile, localhost): fetch + verify + validate + apply in one transaction',
    '',
  ];
  lines.push('mediators  feed MB  runs  median ms');
  try {
    for (const [count, runs] of [
      [600, 3],
      [10_000, 3],
      [100_000, 1],
    ] as const) {
      const dir = join(work, `feed-${count}`);
      buildFeed(dir, count, 1);
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { files: { size: number }[] };
      const mb = manifest.files.reduce((sum, f) => sum + f.size, 0) / 1e6;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await timeSync(browser, site, dir, 1));
      lines.push(
        `${String(count).padStart(9)}  ${mb.toFixed(1).padStart(7)}  ${String(runs).padStart(4)}  ${String(median(times)).padStart(9)}`,
      );
    }

    // A one-shard change on the demo feed: requests and bytes a device spends on it.
    const demo = join(work, 'feed-600');
    const next = join(work, 'feed-600-next');
    await oneShardChange(demo, next);
    await swapFeed(site, demo);
    const context = await browser.newContext({ baseURL: site.url });
    const page = await context.newPage();
    await page.goto('/standards');
    await page.getByText('(edition 1)').waitFor();
    await swapFeed(site, next);
    const seen: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      if (response.url().includes('/feed/'))
        seen.push({ url: response.url(), bytes: (await response.body().catch(() => Buffer.alloc(0))).byteLength });
    });
    await page.getByRole('button', { name: 'Check for updates' }).click();
    await page.getByText('(edition 2)').waitFor();
    await page.waitForTimeout(200);
    await context.close();
    const total = seen.reduce((sum, r) => sum + r.bytes, 0);
    lines.push('', `one-shard change (600 demo mediators): ${seen.length} requests, ${(total / 1024).toFixed(1)} KB`);
    lines.push(
      `  ${seen
        .map((r) => new URL(r.url).pathname.replace('/feed/', ''))
        .sort()
        .join(', ')}`,
    );
  } finally {
    await browser.close();
    await site.close();
    await rm(work, { recursive: true, force: true });
  }
  return lines.join('\n');
}
