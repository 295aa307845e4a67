// `npm run audit`: Lighthouse (mobile) on the production build for the home, questionnaire, results, directory and standards
// screens (repeat visits), and the directory on a first visit with 10,000 profiles, with Debian's Chromium; prints the
// scores and fails below the budget.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { buildFeed, CHROMIUM_ARGS, chromiumPath, swapFeed } from '../bench/bench-site.ts';
import { serveCopyOfDist } from '../e2e/static-server.ts';

const PORT = 4181;
const DEBUG_PORT = 9333;
const BASE = `http://localhost:${PORT}`;
const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;
const CATEGORIES = Object.keys(BUDGET) as (keyof typeof BUDGET)[];
/**
 * Lighthouse's simulated timings swing by several points on a shared machine: each score is a median of runs. Three,
 * not five: the whole CI came to 28 of its 30 minutes on 2026-12-02, and one outlier of three is still absorbed.
 */
const RUNS = 3;
/** The directory is also audited on a first visit with a registry this large: the demo's 600 hide its costs. */
const LARGE_REGISTRY = 10_000;
/**
 * Its floor, lower for performance: a first visit downloads and checks a 16 MB signed registry before the list can
 * show (92 on 2026-12-01 with the sync and the registry in workers; 84 before). A drop below it is a regression.
 */
const LARGE_BUDGET = { ...BUDGET, performance: 85 } as const;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(BASE).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the preview server did not start');
}

/** Lighthouse `runs` times on `url` in the browser at DEBUG_PORT; prints the median scores, true when below budget. */
async function audit(
  name: string,
  url: string,
  keepStorage: boolean,
  budget: Record<(typeof CATEGORIES)[number], number> = BUDGET,
  runs = RUNS,
): Promise<boolean> {
  const results: NonNullable<Awaited<ReturnType<typeof lighthouse>>>[] = [];
  for (let run = 0; run < runs; run++) {
    results.push(
      (await lighthouse(url, {
        port: DEBUG_PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        // A repeat visit keeps the case, the feed and the service worker; a first visit starts from nothing.
        disableStorageReset: keepStorage,
      }))!,
    );
  }
  const scores = CATEGORIES.map((c) => {
    const all = results.map((r) => Math.round((r.lhr.categories[c]?.score ?? 0) * 100)).sort((a, b) => a - b);
    return all[Math.floor(runs / 2)]!;
  });
  const result = results[0]!;
  const tbt = results.map((r) => Math.round(r.lhr.audits['total-blocking-time']?.numericValue ?? 0));
  if (process.env['AUDIT_DETAILS'])
    console.log(
      `    benchmarkIndex ${results.map((r) => r.lhr.environment.benchmarkIndex).join(', ')}; TBT ${tbt.join(', ')}`,
    );
  const low = CATEGORIES.filter((c, i) => scores[i]! < budget[c]);
  console.log(
    `${name.padEnd(15)}${scores.map((s) => String(s).padStart(15)).join('')}${low.length ? `   below budget: ${low.join(', ')}` : ''}`,
  );
  // AUDIT_DETAILS=1 shows where the main thread's time went, within budget too.
  if (low.length || process.env['AUDIT_DETAILS']) {
    if (process.env['AUDIT_DETAILS']) {
      for (const id of ['long-tasks', 'bootup-time', 'mainthread-work-breakdown']) {
        const items =
          (result.lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
        for (const item of items.slice(0, 8)) console.log(`    ${id}: ${JSON.stringify(item)}`);
      }
    }
    for (const a of Object.values(result.lhr.audits)) {
      if (a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
        console.log(`    ${a.id}: ${a.title} (${a.displayValue ?? a.score})`);
    }
  }
  return low.length > 0;
}

const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
const profile = await mkdtemp(join(tmpdir(), 'ole-audit-'));
let failed = false;
try {
  await waitForServer();
  // One browser profile for the whole audit, so the case made below exists when Lighthouse opens its pages.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
  });
  const page = await context.newPage();
  await page.goto(BASE);
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await page.waitForURL(/\/q\//);
  await page.getByRole('radio', { name: 'A contract between businesses' }).check();
  const caseBase = page.url().replace(/\/q\/.*/, '');
  await page.goto(`${BASE}/standards`);
  await page.getByText('(edition').waitFor();
  await page.close();

  // Each page in the language it is audited in (the saved choice, as a person's own would be); Arabic is right to left.
  const pages: Record<string, { path: string; locale: string }> = {
    home: { path: '/', locale: 'en' },
    questionnaire: { path: `${caseBase.replace(BASE, '')}/q/q.amount`, locale: 'en' },
    results: { path: `${caseBase.replace(BASE, '')}/results`, locale: 'en' },
    directory: { path: '/mediators', locale: 'en' },
    standards: { path: '/standards', locale: 'en' },
    'home (ar)': { path: '/', locale: 'ar' },
  };
  console.log(`page (median of ${RUNS} runs)${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
  // AUDIT_PAGES=results,directory audits a few pages while working on them; CI audits all.
  const only = process.env['AUDIT_PAGES']?.split(',');
  for (const [name, { path, locale }] of Object.entries(pages).filter(([name]) => !only || only.includes(name))) {
    const chooser = await context.newPage();
    await chooser.goto(BASE);
    await chooser.evaluate((saved) => localStorage.setItem('ole.locale', saved), locale);
    await chooser.close();
    failed = (await audit(name, `${BASE}${path}`, true)) || failed;
  }
  // The directory with a large registry, on a first visit: the feed synced and the index built while it is measured.
  if (!only || only.includes('directory (10k)')) {
    const feed = await mkdtemp(join(tmpdir(), 'ole-audit-feed-'));
    const site = await serveCopyOfDist();
    try {
      buildFeed(feed, LARGE_REGISTRY, 2);
      await swapFeed(site, feed);
      const name = `directory (${LARGE_REGISTRY / 1000}k)`;
      const url = `${site.url.replace('127.0.0.1', 'localhost')}/mediators`;
      // Each first visit syncs 16 MB: three runs, like the others.
      failed = (await audit(name, url, false, LARGE_BUDGET)) || failed;
    } finally {
      await site.close();
      await rm(feed, { recursive: true, force: true });
    }
  }
  console.log(`budget: ${CATEGORIES.map((c) => `${c} ≥ ${BUDGET[c]}`).join(', ')}`);
  console.log(
    `budget for the directory (${LARGE_REGISTRY / 1000}k, median of 3 first visits): performance ≥ ${LARGE_BUDGET.performance}`,
  );
  await context.close();
} finally {
  server.kill();
  await rm(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
