import { test, expect } from './fixtures.ts';
import { publishCsvEdition } from './publish-feed.ts';
import { withSite, type StaticSite } from './static-server.ts';
import { STALL_TIMEOUT_MS } from '../../src/sync/fetch-bytes.ts';

/** More than any shard of the test feed; a device that reads it all before checking the size has failed the test. */
const ENDLESS_CAP = 64 * 1024 * 1024;

test('a file larger than its signed size is cut off as it streams, and the reason is named', async ({ browser }) => {
  await withSite(browser, async (site, context) => {
    const page = await context.newPage();
    await page.goto('/standards');
    await expect(page.getByText('(edition 1)')).toBeVisible();
    publishCsvEdition(site, 2);
    let sent = 0;
    const closed = new Promise<void>((resolve) =>
      site.handle((path, response) => {
        if (path !== '/feed/registry/00.json') return false;
        response.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (sent < ENDLESS_CAP && !response.destroyed) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end();
        };
        response.on('close', () => resolve());
        pump();
        return true;
      }),
    );
    await page.getByRole('button', { name: 'Check for updates' }).click();
    await expect(page.getByRole('alert')).toContainText('larger than its signed size');
    await closed;
    expect(sent).toBeLessThan(ENDLESS_CAP);
    await expect(page.getByText('(edition 1)')).toBeVisible();
  });
});

/** The manifest is asked for and never answered; resolves once it has been asked for. */
function stallManifest(site: StaticSite): Promise<void> {
  return new Promise((reached) =>
    site.handle((path) => {
      if (path !== '/feed/manifest.json') return false;
      reached();
      return true;
    }),
  );
}

test('a stalled server is given up after a timeout, and a reload tries again', async ({ browser }) => {
  await withSite(browser, async (site, context) => {
    const page = await context.newPage();
    await page.goto('/standards');
    await expect(page.getByText('(edition 1)')).toBeVisible();
    publishCsvEdition(site, 2);
    const stalled = stallManifest(site);

    // A tab closed or reloaded while the check hangs: the next start-up checks again.
    await page.getByRole('button', { name: 'Check for updates' }).click();
    await stalled;
    site.handle(undefined);
    await page.reload();
    await expect(page.getByText('(edition 2)')).toBeVisible();

    // A check that hangs is given up with its reason, and the button works again.
    publishCsvEdition(site, 3);
    const again = stallManifest(site);
    await page.getByRole('button', { name: 'Check for updates' }).click();
    await again;
    await expect(page.getByRole('button', { name: 'Checking…' })).toBeDisabled();
    // The sync runs in a worker, where the page's fake clock does not reach: the real timeout is waited for.
    await expect(page.getByRole('alert')).toContainText('stopped answering', { timeout: STALL_TIMEOUT_MS + 20_000 });
    await expect(page.getByRole('button', { name: 'Check for updates' })).toBeEnabled();
    site.handle(undefined);
    await page.reload();
    await expect(page.getByText('(edition 3)')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
