import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { publishDemoEdition as rebuildFeed } from './publish-feed.ts';
import { withSite } from './static-server.ts';

test('the first visit syncs the signed demo feed, labelled as demo, and the standards read offline', async ({
  page,
  context,
}) => {
  await page.goto('/standards');
  await expect(page.getByText('Directory as of')).toBeVisible();
  await expect(page.locator('.demo-badge')).toHaveText('Demo data');
  await expect(page.getByRole('heading', { name: 'Levels' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Complaints route' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Qualifying Assessment Programs' })).toBeVisible();
  // What each programme assesses, by name (never "certified-mediator, mediation-advocate").
  await expect(page.locator('[data-qap="demo-qap-uk-ie"] td').nth(2)).toHaveText(
    'IMI Certified Mediator and Mediation Advocate',
  );
  await expect(page.getByRole('region', { name: 'Qualifying Assessment Programs' })).not.toContainText(
    'certified-mediator',
  );
  await expectNoAxeViolations(page);

  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Complaints route' })).toBeVisible();
  await page.getByRole('button', { name: 'Check for updates' }).click();
  await expect(page.getByRole('alert')).toContainText('could not reach the directory server');
  await expect(page.getByRole('heading', { name: 'Levels' })).toBeVisible(); // nothing lost
  await context.setOffline(false);
});

test('a new edition published on the server is picked up', async ({ browser }) => {
  await withSite(browser, async (site, context) => {
    const page = await context.newPage();
    await page.goto('/standards');
    await expect(page.getByText('(edition 1)')).toBeVisible();
    rebuildFeed(site, 2);
    await page.getByRole('button', { name: 'Check for updates' }).click();
    await expect(page.getByText('(edition 2)')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('a tampered feed is refused with the reason shown, and the directory held before stays', async ({ browser }) => {
  await withSite(browser, async (site, context) => {
    const page = await context.newPage();
    await page.goto('/standards');
    await expect(page.getByText('(edition 1)')).toBeVisible();

    // A mirror edits the manifest of a newer edition: the signature no longer matches.
    rebuildFeed(site, 2);
    const manifestPath = join(site.root, 'feed/manifest.json');
    const manifestText = await readFile(manifestPath, 'utf8');
    await writeFile(manifestPath, manifestText.replace('"sequence": 2', '"sequence": 3'));
    await page.getByRole('button', { name: 'Check for updates' }).click();
    await expect(page.getByRole('alert')).toContainText('not signed correctly');
    await expectNoAxeViolations(page); // the error state too
    await expect(page.getByText('(edition 1)')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Levels' })).toBeVisible();

    // Or it changes one byte of one shard: a device fetching that shard refuses the whole update.
    await writeFile(manifestPath, manifestText);
    const manifest = JSON.parse(manifestText) as { files: { path: string }[] };
    const shard = join(site.root, 'feed', manifest.files.find((f) => f.path.startsWith('registry/'))!.path);
    const bytes = await readFile(shard);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 1;
    await writeFile(shard, bytes);
    const newcomer = await browser.newContext({ baseURL: site.url });
    const fresh = await newcomer.newPage();
    await fresh.goto('/standards');
    await expect(fresh.getByRole('alert')).toContainText('does not match its signed fingerprint');
    await expect(fresh.getByText('has not been downloaded yet')).toBeVisible();
    await fresh.getByText('Technical detail').click();
    await expect(fresh.getByRole('alert')).toContainText('registry/');
    await newcomer.close();
  });
});
