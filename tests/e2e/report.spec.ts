import { writeFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { FULL_CASE_ID, fullCaseFile } from './full-case.ts';

/** Pages of a PDF: each page object is "/Type /Page" (the tree nodes are "/Type /Pages"). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test('the report of a full case opens with a summary for a board and prints in at most 5 A4 pages', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Case file').setInputFiles({
    name: 'full-case.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fullCaseFile()),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await page.goto(`/case/${FULL_CASE_ID}/report`);

  const report = page.locator('article.report');
  const summary = report.locator('.report-summary');
  await expect(summary.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
  // The summary comes before everything else the report holds.
  const headings = await report.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings[0]).toBe('Summary');
  expect(headings[1]).toBe('The answers behind the ranking');
  for (const part of [
    'The dispute',
    'The options that fit best, and why',
    'Ruled out, and why',
    'What would change the top result',
    'Settlement range',
    'Next steps',
  ]) {
    await expect(summary.getByRole('heading', { level: 3, name: part })).toBeVisible();
  }
  await expect(summary.locator('.summary-options li')).toHaveCount(3);
  // On a phone the page never scrolls sideways: the money table scrolls in its own box, the others wrap.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
  await expect(summary.locator('.summary-options li').first()).toContainText(/\(score \d+\): because/);
  await expect(summary).toContainText('Not legal advice.');
  await expect(summary).toContainText(/Rules version \d{4}\.\d+\.\d+\. Prepared on/);
  await expect(report.locator('.answers-list dt').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  writeFileSync(test.info().outputPath('report.pdf'), pdf);
  await page.screenshot({ path: 'test-results/report-print-phone.png', fullPage: true });
  const pages = pageCount(pdf);
  expect(pages, `${pages} A4 pages`).toBeGreaterThan(1);
  expect(pages, `${pages} A4 pages`).toBeLessThanOrEqual(5);
});
