import type { Page } from '@playwright/test';
import { test, expect, answerQuestions, startCase, optionNames, expectNoAxeViolations } from './fixtures.ts';
import { SUPPLIER_CASE } from './sample-cases.ts';
import { storedCase } from './stored-case.ts';

/** Amara's supplier case answered, on its results with the whole page painted: its id and its ranking. */
async function supplierResults(page: Page) {
  await startCase(page);
  const caseId = page.url().split('/case/')[1]!.split('/')[0]!;
  await answerQuestions(page, SUPPLIER_CASE);
  await page.getByRole('link', { name: 'See the ranking' }).click();
  await expect(page.locator('.top-changes li').first()).toBeVisible();
  return { caseId, ranking: await optionNames(page).allTextContents() };
}

test('a what-if changes a copy: shown at the top of the ranking, stored only when kept, and undoable', async ({
  page,
}) => {
  const { caseId, ranking } = await supplierResults(page);
  const stored = (await storedCase(page, caseId))!.answers;

  // "Try it" on the first way to change the top result, far down the page.
  const first = page.locator('.top-changes li').first();
  await expect(first).toContainText(/^Answering “.+” to “.+” would put .+ first\./);
  await first.getByRole('button', { name: 'Try it' }).click();
  const banner = page.locator('.what-if-banner');
  await expect(banner).toBeFocused();
  await expect(banner).toBeInViewport();
  await expect(banner.getByRole('heading', { name: 'What if…' })).toBeVisible();
  await expect(banner).toContainText(/You answered “.+” to “.+”; this ranking shows “.+” instead\./);
  await expect(banner.locator('.what-if-first')).toContainText('First now:');
  await expect(page.getByRole('list', { name: 'What if…' })).toBeVisible();
  expect(await optionNames(page).allTextContents()).not.toEqual(ranking);
  expect((await storedCase(page, caseId))!.answers).toEqual(stored);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/what-if-banner-phone.png' });

  // Back: the stored ranking again, nothing written.
  await banner.getByRole('button', { name: 'Back to my answers' }).click();
  await expect(banner).toHaveCount(0);
  await expect(optionNames(page)).toHaveText(ranking);
  expect((await storedCase(page, caseId))!.answers).toEqual(stored);

  // Again, and keep it: stored now; undo brings the earlier answer back.
  await first.getByRole('button', { name: 'Try it' }).click();
  const tried = await optionNames(page).allTextContents();
  await banner.getByRole('button', { name: 'Keep this answer' }).click();
  const kept = page.locator('.what-if-kept');
  await expect(kept).toBeFocused();
  await expect(kept).toHaveText(/Kept: your case now has this answer\./);
  await expect(optionNames(page)).toHaveText(tried);
  await expect.poll(async () => (await storedCase(page, caseId))!.answers).not.toEqual(stored);
  await kept.getByRole('button', { name: 'Undo' }).click();
  await expect(optionNames(page)).toHaveText(ranking);
  await expect.poll(async () => JSON.stringify((await storedCase(page, caseId))!.answers)).toBe(JSON.stringify(stored));
});

test('the answer controls below the ranking are what-ifs too, and a reload forgets an unkept one', async ({ page }) => {
  const { caseId, ranking } = await supplierResults(page);
  await page.locator('select[data-question="q.relationship"]').selectOption({ label: 'Not important' });
  await expect(page.locator('.what-if-banner')).toBeVisible();
  // The choice is offered where the person is, under the controls, with a way up to the ranking.
  const below = page.locator('.what-if + .what-if-actions');
  await expect(below.getByRole('button', { name: 'Keep this answer' })).toBeVisible();
  await below.getByRole('button', { name: 'See the ranking' }).click();
  await expect(page.locator('.what-if-banner')).toBeFocused();
  expect((await storedCase(page, caseId))!.answers['q.relationship']).toBe(3);
  await page.reload();
  await expect(optionNames(page)).toHaveText(ranking);
  await expect(page.locator('select[data-question="q.relationship"]')).toHaveValue('3');
});
