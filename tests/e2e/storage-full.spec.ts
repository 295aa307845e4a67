import { test, expect, startCase, expectNoAxeViolations } from './fixtures.ts';

test('a full disk is explained, and the last saved answer stays', async ({ page }) => {
  // Stands in for a device out of space: writes of cases fail as browsers fail them, once the test says so.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'cases' && localStorage.getItem('test.disk-full'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await startCase(page);
  await page.getByRole('radio', { name: 'Construction or engineering' }).check();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Construction or engineering' })).toBeChecked();

  await page.evaluate(() => localStorage.setItem('test.disk-full', '1'));
  await page.getByRole('radio', { name: 'Employment or the workplace' }).check();
  await expect(page.getByRole('alert')).toContainText('out of storage space');
  await expectNoAxeViolations(page);

  await page.evaluate(() => localStorage.removeItem('test.disk-full'));
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Construction or engineering' })).toBeChecked();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
