import { VERSION_3_STORES } from '../fixtures/db-version-3.ts';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';

test('an older Olé still open in another tab: this one says what to do instead of loading forever, then goes on', async ({
  context,
}) => {
  // The other tab holds the database at version 3 (one record per mediator) and, like Olé before version 4,
  // never closes its connection for an upgrade.
  const old = await context.newPage();
  await old.goto('/robots.txt');
  await old.evaluate(
    (stores) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ole', 3);
        request.onupgradeneeded = () => {
          for (const { name, keyPath, index } of stores) {
            const store = request.result.createObjectStore(name, keyPath ? { keyPath } : undefined);
            if (index) store.createIndex(index, index);
          }
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          (window as unknown as { oldDb: IDBDatabase }).oldDb = request.result;
          resolve();
        };
      }),
    VERSION_3_STORES,
  );

  const page = await context.newPage();
  await page.goto('/');
  const notice = page.locator('.upgrade-blocked');
  await expect(notice).toHaveText(/an older version is still open in another tab or window\. Close or reload it there/);
  await expect(notice).toHaveAttribute('role', 'alert');
  await expectNoAxeViolations(page);

  await old.evaluate(() => (window as unknown as { oldDb: IDBDatabase }).oldDb.close());
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await expect(page).toHaveURL(/\/q\/q\.area$/);
  await page.getByRole('radio', { name: 'A contract between businesses', exact: true }).check();
  await page.goto('/');
  await expect(page.locator('.case-card')).toHaveCount(1);
});
