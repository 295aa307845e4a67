import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { publishCsvEdition } from './publish-feed.ts';
import { withSite, type StaticSite } from './static-server.ts';

/** Every file of the feed as it is now, by its URL path. */
async function snapshotFeed(site: StaticSite): Promise<Map<string, Buffer>> {
  const root = join(site.root, 'feed');
  const names = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const files = new Map<string, Buffer>();
  for (const entry of names)
    files.set(
      `/feed/${join(entry.parentPath, entry.name).slice(root.length + 1)}`,
      await readFile(join(entry.parentPath, entry.name)),
    );
  return files;
}

/**
 * Tab A is served the edition published now, whatever is published after, and its first registry shard waits until
 * released: a slow download of an older edition. Routed on tab A's page, which also catches its sync worker's fetches.
 */
async function slowEditionForTabA(site: StaticSite, tabA: Page) {
  const edition = await snapshotFeed(site);
  let release!: () => void;
  let reached!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const stalled = new Promise<void>((resolve) => (reached = resolve));
  let held = false;
  await tabA.route('**/feed/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = edition.get(path);
    if (!body) return route.fallback();
    if (!held && path.startsWith('/feed/registry/')) {
      held = true;
      reached();
      await released;
    }
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'cache-control': 'no-cache' },
      body,
    });
  });
  return { release, stalled };
}

test('two windows syncing at once never roll back a revocation: one sync at a time, the newer edition wins', async ({
  browser,
}) => {
  await withSite(browser, async (site, context) => {
    const tabA = await context.newPage();
    await tabA.goto('/standards');
    await expect(tabA.getByText('(edition 1)')).toBeVisible();
    const tabB = await context.newPage();
    await tabB.goto('/standards');
    await expect(tabB.getByText('(edition 1)')).toBeVisible();

    // Tab A starts pulling edition 2 and one of its files is slow.
    publishCsvEdition(site, 2);
    const slow = await slowEditionForTabA(site, tabA);
    await tabA.getByRole('button', { name: 'Check for updates' }).click();
    await slow.stalled;
    // Meanwhile edition 3 revokes csv-001, and tab B checks.
    publishCsvEdition(site, 3, ['csv-001']);
    await tabB.getByRole('button', { name: 'Check for updates' }).click();
    // B waits for A (one lock for every sync), or without a lock has already applied edition 3.
    await expect(tabB.getByText(/Another window of Olé is updating the directory|\(edition 3\)/)).toBeVisible();
    slow.release();

    for (const tab of [tabA, tabB]) await expect(tab.getByText('(edition 3)')).toBeVisible();
    await tabA.goto('/mediators/csv-001');
    await expect(tabA.getByRole('heading', { name: 'No longer listed' })).toBeVisible();
    await tabB.reload();
    await expect(tabB.getByText('(edition 3)')).toBeVisible();
  });
});
