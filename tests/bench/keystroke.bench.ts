// What a person feels while typing in the directory: from a key pressed to the results for it painted, in Chromium at
// phone size, at 600, 10,000 and 100,000 profiles, at full speed and with the CPU slowed 4× (a mid-range phone).
// Beside Olé's page, in the same run: a page a developer would write instead, plain MiniSearch or FlexSearch on the
// main thread over the same profiles (peer-page.html). Every page marks its results aria-busy until they answer the
// words typed; a keystroke ends at the first frame after that mark clears.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveCopyOfDist, type StaticSite } from '../e2e/static-server.ts';
import { buildFeed, CHROMIUM_ARGS, chromiumPath, swapFeed } from './bench-site.ts';
import { makeQueries } from './search-queries.ts';
import { benchRegistry, peerDoc } from './search.bench.ts';

const QUERIES = 30;
const WARM_UP = 3;
const SIZES = (process.env['BENCH_SIZES'] ?? '600,10000,100000').split(',').map(Number);
const PAGES = [
  { name: 'Olé directory (worker)', path: '/mediators' },
  { name: 'plain MiniSearch 7 (main thread)', path: '/bench/peer.html?engine=minisearch' },
  { name: 'FlexSearch 0.8 (main thread)', path: '/bench/peer.html?engine=flexsearch' },
] as const;
const NODE_MODULES = join(import.meta.dirname, '../../node_modules');
const BENCH_FILES: Record<string, { file: string; type: string }> = {
  '/bench/peer.html': { file: join(import.meta.dirname, 'peer-page.html'), type: 'text/html' },
  '/bench/minisearch.js': { file: join(NODE_MODULES, 'minisearch/dist/es/index.js'), type: 'text/javascript' },
  '/bench/flexsearch.js': {
    file: join(NODE_MODULES, 'flexsearch/dist/flexsearch.bundle.module.min.mjs'),
    type: 'text/javascript',
  },
};

type Row = {
  profiles: number;
  page: string;
  slowdown: number;
  readyS: number;
  p50: number;
  p95: number;
  keystrokes: number;
  empty: number;
  heapMb?: { page: number; worker?: number };
};

declare global {
  interface Window {
    armKeystroke(): void;
    keystroke: Promise<number>;
  }
}

/** In every page before its scripts: time from the input event to the first frame after aria-busy clears. */
function instrument() {
  window.armKeystroke = () => {
    const status = document.querySelector('[role=status][aria-busy]')!;
    let typed: number | undefined;
    window.keystroke = new Promise((resolve) => {
      // The event's own time: any wait before the page could handle the key counts too.
      addEventListener('input', (event) => (typed = event.timeStamp), { once: true, capture: true });
      const watch = new MutationObserver(() => {
        if (typed === undefined || status.getAttribute('aria-busy') !== 'false') return;
        watch.disconnect();
        // After the frame's rAF callbacks comes its paint; a message posted then runs once it is done.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - typed!);
          channel.port2.postMessage(0);
        });
      });
      watch.observe(status, { attributes: true, attributeFilter: ['aria-busy'] });
    });
  };
}

/** A keystroke not answered in this long counts as lost (a crashed worker, a page that never cleared aria-busy). */
const KEYSTROKE_TIMEOUT_MS = 60_000;
const within = <T>(ms: number, promise: Promise<T>, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)),
  ]);

const at = (xs: readonly number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const median = (xs: readonly number[]) => at(xs, 0.5);

async function settled(page: Page): Promise<void> {
  await page.locator('[role=status][aria-busy="false"] .result-count').filter({ hasText: /\d/ }).waitFor({
    timeout: 900_000,
  });
}

async function matchCount(page: Page): Promise<number> {
  const text = (await page.locator('.result-count').textContent()) ?? '';
  return Number(/^([\d,]+)/.exec(text.trim())?.[1]?.replace(/,/g, '') ?? Number.NaN);
}

/** Types `text` key by key into an emptied box; the time of each key, or none while warming up. */
async function typeTimed(page: Page, text: string): Promise<number[]> {
  const box = page.getByRole('searchbox');
  await box.fill('');
  await settled(page);
  const times: number[] = [];
  for (const key of text) {
    await page.evaluate(() => window.armKeystroke());
    await page.keyboard.type(key);
    times.push(
      await within(
        KEYSTROKE_TIMEOUT_MS,
        page.evaluate(() => window.keystroke),
        `typing "${text}"`,
      ),
    );
  }
  return times;
}

/** A worker's heap after a GC, through a browser-level DevTools session (a page's session cannot reach workers). */
async function workerHeap(browser: Browser): Promise<number | undefined> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'worker' && t.url.includes('search'));
    if (!worker) return undefined;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    const replies = new Map<number, (result: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id !== undefined) replies.get(message.id)?.(message.result);
    });
    const ask = (id: number, method: string) =>
      new Promise<unknown>((resolve) => {
        replies.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await within(30_000, ask(1, 'HeapProfiler.collectGarbage'), 'worker GC');
    const { usedSize } = (await within(30_000, ask(2, 'Runtime.getHeapUsage'), 'worker heap')) as { usedSize: number };
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

async function heap(page: Page, browser: Browser): Promise<Row['heapMb']> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { page: usedSize / 2 ** 20, worker: await workerHeap(browser) };
}

async function measure(
  browser: Browser,
  site: StaticSite,
  target: (typeof PAGES)[number],
  profiles: number,
  slowdown: number,
  queries: readonly string[],
): Promise<Row> {
  const context = await browser.newContext({
    baseURL: site.url,
    viewport: { width: 390, height: 844 },
    locale: 'en-GB',
  });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const start = Date.now();
  await page.goto(target.path);
  await settled(page); // a first visit: the app syncs the feed and its worker builds the index
  const readyS = (Date.now() - start) / 1000;
  for (const text of queries.slice(0, WARM_UP)) await typeTimed(page, text);
  const rounds = profiles >= 100_000 ? 1 : 3;
  const p50s: number[] = [];
  const p95s: number[] = [];
  let empty = 0;
  let keystrokes = 0;
  for (let round = 0; round < rounds; round++) {
    const times: number[] = [];
    for (const text of queries) {
      times.push(...(await typeTimed(page, text)));
      if (round === 0 && (await matchCount(page)) === 0) empty++;
    }
    keystrokes = times.length;
    p50s.push(median(times));
    p95s.push(at(times, 0.95));
  }
  const heapMb = slowdown === 1 ? await heap(page, browser) : undefined;
  await context.close();
  return {
    profiles,
    page: target.name,
    slowdown,
    readyS,
    p50: median(p50s),
    p95: median(p95s),
    keystrokes,
    empty,
    heapMb,
  };
}

async function serveSize(count: number, feedDir: string): Promise<{ site: StaticSite; queries: string[] }> {
  buildFeed(feedDir, count, 2);
  const site = await serveCopyOfDist();
  await swapFeed(site, feedDir);
  const listed = benchRegistry(count)
    .filter((e) => e.status.listed)
    .map((e) => e.profile);
  const profilesJson = JSON.stringify(listed.map((p) => ({ ...peerDoc(p), bio: p.bio })));
  site.handle((path, response) => {
    if (path === '/bench/profiles.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(profilesJson);
      return true;
    }
    const served = BENCH_FILES[path];
    if (!served) return false;
    return readFile(served.file).then((body) => {
      response.writeHead(200, { 'content-type': served.type }).end(body);
      return true;
    });
  });
  return {
    site,
    queries: makeQueries(listed)
      .slice(0, QUERIES)
      .map((q) => q.text),
  };
}

function table(rows: readonly Row[]): string {
  const header = ['profiles', 'page', 'CPU', 'ready s', 'p50 ms', 'p95 ms', 'p95 ×', 'empty', 'heap MB page + worker'];
  const oléOf = (r: Row) => rows.find((o) => o.profiles === r.profiles && o.slowdown === r.slowdown)!;
  const cells = rows.map((r) => [
    String(r.profiles),
    r.page,
    r.slowdown === 1 ? '1×' : `${r.slowdown}× slower`,
    r.readyS.toFixed(1),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    (r.p95 / oléOf(r).p95).toFixed(1),
    `${r.empty}/${QUERIES}`,
    r.heapMb
      ? `${r.heapMb.page.toFixed(1)}${r.heapMb.worker === undefined ? '' : ` + ${r.heapMb.worker.toFixed(1)}`}`
      : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c.map((x, i) => (i === 1 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/** The same loop on the page and in a worker, as a string: DevTools' slowdown reaches a worker only in part. */
const PROBE = `(async () => {
  const loop = 'let s = 0; const t = performance.now(); for (let i = 0; i < 3e7; i++) s += i % 7; postMessage(performance.now() - t);';
  const worker = new Worker(URL.createObjectURL(new Blob(['onmessage = () => {' + loop + '}'], { type: 'text/javascript' })));
  const inWorker = await new Promise((resolve) => { worker.onmessage = (e) => resolve(e.data); worker.postMessage(0); });
  worker.terminate();
  let s = 0; const t = performance.now(); for (let i = 0; i < 3e7; i++) s += i % 7;
  return { page: performance.now() - t, worker: inWorker };
})()`;

/** How much slower the page and a worker run at `slowdown` than at full speed, measured, not assumed. */
async function slowdownReached(browser: Browser, slowdown: number): Promise<{ page: number; worker: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('data:text/html,<p>probe</p>');
  const full = (await page.evaluate(PROBE)) as { page: number; worker: number };
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const slow = (await page.evaluate(PROBE)) as { page: number; worker: number };
  await context.close();
  return { page: slow.page / full.page, worker: slow.worker / full.worker };
}

export async function keystrokeBench(): Promise<string> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const reached = await slowdownReached(browser, 4);
  const feeds = await mkdtemp(join(tmpdir(), 'ole-keystroke-'));
  const rows: Row[] = [];
  try {
    for (const count of SIZES) {
      const { site, queries } = await serveSize(count, join(feeds, String(count)));
      try {
        for (const slowdown of [1, 4])
          for (const target of PAGES) {
            const row = await measure(browser, site, target, count, slowdown, queries);
            rows.push(row);
            process.stderr.write(`keystroke: ${JSON.stringify(row)}\n`); // a long run shows its progress
          }
      } finally {
        await site.close();
      }
    }
  } finally {
    await browser.close();
    await rm(feeds, { recursive: true, force: true });
  }
  return [
    `keystroke to results painted (Chromium, 390×844, ${QUERIES} queries typed key by key after ${WARM_UP} to warm up; p50/p95 over`,
    'keystrokes, median of 3 rounds, 1 at 100,000). "ready": from opening the page to its first results, a first visit',
    '(the app syncs the signed feed and builds its index; a peer fetches the profiles and indexes them). "p95 ×" is',
    'relative to Olé at the same size and speed; "empty": queries that ended with no result. Heap after a GC, at 1×.',
    `DevTools' 4× slowdown measured with one loop: the page ran ${reached.page.toFixed(1)}× slower, a worker ${reached.worker.toFixed(1)}× (Olé searches`,
    'in a worker, so its slowed figures flatter it by that much in the search itself; rendering is slowed in full).',
    '',
    table(rows),
  ].join('\n');
}
