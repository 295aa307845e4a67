import { test, expect } from './fixtures.ts';
import { publishDemoEdition, publishForgedEdition } from './publish-feed.ts';
import { withSite } from './static-server.ts';

test('a signed feed with one mediator in two shards is refused, and search keeps working', async ({ browser }) => {
  await withSite(browser, async (site, context) => {
    const page = await context.newPage();
    await page.goto('/mediators');
    await expect(page.getByText('(edition 1)')).toBeVisible();
    const results = page.getByText(/^\d+ of \d+ mediators$/);
    await expect(results).toBeVisible();
    const before = await results.textContent();

    await publishForgedEdition(site, 2, (files) => {
      const [first, second] = [files.get('registry/00.json')!, files.get('registry/01.json')!];
      second.push(first[0]); // the same id in two shards: each file alone is valid
    });
    await page.getByRole('button', { name: 'Check for updates' }).click();
    await expect(page.getByRole('alert')).toContainText('invalid records');
    await page.getByText('Technical detail').click();
    await expect(page.getByRole('alert')).toContainText('is also in registry/00.json');
    await page.reload();
    await expect(page.getByText('(edition 1)')).toBeVisible();
    await expect(results).toHaveText(before!);
  });
});

test('a sequence of 2^53 - 1 is refused, so later editions still arrive', async ({ browser }) => {
  await withSite(browser, async (site, context) => {
    const page = await context.newPage();
    await page.goto('/standards');
    await expect(page.getByText('(edition 1)')).toBeVisible();
    publishDemoEdition(site, Number.MAX_SAFE_INTEGER);
    await page.getByRole('button', { name: 'Check for updates' }).click();
    await expect(page.getByRole('alert')).toContainText('far beyond the one you have');
    await expect(page.getByText('(edition 1)')).toBeVisible();
    publishDemoEdition(site, 2);
    await page.getByRole('button', { name: 'Check for updates' }).click();
    await expect(page.getByText('(edition 2)')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
