// Cold start offline: from navigation to a usable first screen, served by the service worker, in Chromium.
import { chromium } from 'playwright-core';
import { serveCopyOfDist } from '../e2e/static-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from './bench-site.ts';

const RUNS = 7;

export async function startupBench(): Promise<string> {
  const site = await serveCopyOfDist();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const times: number[] = [];
  try {
    const context = await browser.newContext({ baseURL: site.url, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await context.setOffline(true);
    for (let i = 0; i < RUNS; i++) {
      // A new tab each time: nothing in memory, everything from the service worker's cache and IndexedDB.
      const tab = await context.newPage();
      const start = Date.now();
      await tab.goto('/');
      await tab.getByRole('button', { name: 'Start a new case' }).waitFor();
      times.push(Date.now() - start);
      await tab.close();
    }
    await context.close();
  } finally {
    await browser.close();
    await site.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return `cold start offline in Chromium (new tab, phone viewport, service worker cache): median ${sorted[Math.floor(RUNS / 2)]} ms, min ${sorted[0]} ms, max ${sorted[RUNS - 1]} ms over ${RUNS} runs`;
}
