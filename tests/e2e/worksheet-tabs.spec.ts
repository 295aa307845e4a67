import type { Page } from '@playwright/test';
import { test, expect, startStoredCase } from './fixtures.ts';
import { storedCase } from './stored-case.ts';

const storedWorksheet = async (page: Page, caseId: string) => (await storedCase(page, caseId))?.worksheet;

test('a worksheet open in two tabs keeps the edits of both', async ({ page, context }) => {
  const caseId = await startStoredCase(page);
  await page.goto(`/case/${caseId}/worksheet`);
  const other = await context.newPage();
  await other.goto(`/case/${caseId}/worksheet`);
  await expect(other.getByRole('heading', { level: 1, name: 'Case worksheet' })).toBeVisible();

  const facts = page.getByLabel('Key facts and claims');
  await facts.fill('Late delivery of a machine (fictional).');
  await facts.blur();
  await expect
    .poll(async () => (await storedWorksheet(page, caseId))?.facts)
    .toBe('Late delivery of a machine (fictional).');

  // The other tab opened before that save; what it types must not write its stale copy of the facts back.
  const interests = other.locator('#ws-positions fieldset[data-side="self"]').getByLabel(/^Interests/);
  await interests.fill('A working line by spring.');
  await interests.blur();
  await expect
    .poll(async () => (await storedWorksheet(other, caseId))?.sides?.self?.interests)
    .toBe('A working line by spring.');
  expect((await storedWorksheet(other, caseId))?.facts).toBe('Late delivery of a machine (fictional).');
  await expect(other.getByLabel('Key facts and claims')).toHaveValue('Late delivery of a machine (fictional).');

  await page.reload();
  await expect(facts).toHaveValue('Late delivery of a machine (fictional).');
  await expect(page.locator('#ws-positions fieldset[data-side="self"]').getByLabel(/^Interests/)).toHaveValue(
    'A working line by spring.',
  );
  await other.close();
});
