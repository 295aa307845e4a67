import type { Page } from '@playwright/test';
import type { Worksheet } from '../../src/domain/worksheet/types.ts';
import { test, expect, startCase } from './fixtures.ts';

/** The worksheet as stored in IndexedDB right now (plain, unprotected case). */
const storedWorksheet = (page: Page, caseId: string) =>
  page.evaluate(
    (id) =>
      new Promise<Worksheet | undefined>((resolve, reject) => {
        const open = indexedDB.open('ole');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('cases').objectStore('cases').get(id);
          get.onsuccess = () => {
            resolve((get.result as { worksheet?: Worksheet } | undefined)?.worksheet);
            open.result.close();
          };
        };
      }),
    caseId,
  );

test('a worksheet open in two tabs keeps the edits of both', async ({ page, context }) => {
  await startCase(page);
  const caseId = page.url().split('/case/')[1]!.split('/')[0]!;
  await page.goto(`/case/${caseId}/worksheet`);
  const other = await context.newPage();
  await other.goto(`/case/${caseId}/worksheet`);
  await expect(other.getByRole('heading', { level: 1, name: 'Case worksheet' })).toBeVisible();

  const facts = page.getByLabel('Key facts and claims');
  await facts.fill('Late delivery of a machine (fictional).');
  await facts.blur();
  await expect.poll(async () => (await storedWorksheet(page, caseId))?.facts).toBe('Late delivery of a machine (fictional).');

  // The other tab opened before that save; what it types must not write its stale copy of the facts back.
  const interests = other.locator('#ws-positions fieldset[data-side="self"]').getByLabel(/^Interests/);
  await interests.fill('A working line by spring.');
  await interests.blur();
  await expect.poll(async () => (await storedWorksheet(other, caseId))?.sides?.self?.interests).toBe('A working line by spring.');
  expect((await storedWorksheet(other, caseId))?.facts).toBe('Late delivery of a machine (fictional).');
  await expect(other.getByLabel('Key facts and claims')).toHaveValue('Late delivery of a machine (fictional).');

  await page.reload();
  await expect(facts).toHaveValue('Late delivery of a machine (fictional).');
  await expect(page.locator('#ws-positions fieldset[data-side="self"]').getByLabel(/^Interests/)).toHaveValue('A working line by spring.');
  await other.close();
});
