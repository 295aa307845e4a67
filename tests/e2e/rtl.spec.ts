// Arabic, right to left, on a phone: every main screen mirrored where it should be, numbers and Latin names left as
// they are, and axe clean. The screenshots are in the e2e artifacts, to be looked at.
import type { Page, TestInfo } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { FULL_CASE_ID, fullCaseFile } from './full-case.ts';

test.use({ locale: 'ar-EG' });

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`ar-${name}.png`), fullPage: true });
}

/** The box's right edge is near the right of the page (mirrored), not the left. */
async function startsAtRight(page: Page, selector: string): Promise<void> {
  const box = (await page.locator(selector).first().boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(width - (box.x + box.width), `${selector} starts at the right`).toBeLessThan(box.x + 1);
}

test('an Arabic browser gets the whole app in Arabic, right to left', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('اختر وسيلة تسوية نزاعك');
  await startsAtRight(page, 'h1');
  await expectNoAxeViolations(page);
  await shot(page, testInfo, 'home');

  await page.locator('input[type=file]').setInputFiles({
    name: 'full-case.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fullCaseFile()),
  });
  await expect(page.locator('.case-card')).toHaveCount(1);

  await page.goto(`/case/${FULL_CASE_ID}/q/q.privacy`);
  await expect(page.locator('.progress-text')).toContainText('الجزء');
  // The bar fills from the right, as Arabic reads.
  const bar = (await page.locator('.progress-bar').boundingBox())!;
  const fill = (await page.locator('.progress-fill').boundingBox())!;
  expect(Math.abs(fill.x + fill.width - (bar.x + bar.width))).toBeLessThan(2);
  await expectNoAxeViolations(page);
  await shot(page, testInfo, 'question');

  await page.goto(`/case/${FULL_CASE_ID}/results`);
  await expect(page.locator('.option-card').first()).toBeVisible();
  // Scores are written in Western digits, as the figures Olé cites are.
  await expect(page.locator('.option-card .score').first()).toHaveText(/\d+/);
  await expect(page.locator('main')).not.toContainText(/[٠-٩]/);
  await expectNoAxeViolations(page);
  await shot(page, testInfo, 'results');

  await page.goto(`/case/${FULL_CASE_ID}/worksheet`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, testInfo, 'worksheet');

  await page.goto(`/case/${FULL_CASE_ID}/report`);
  await expect(page.locator('article.report')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
  await expectNoAxeViolations(page);
  await shot(page, testInfo, 'report');

  await page.goto('/mediators');
  await expect(page.locator('.mediator-card').first()).toBeVisible();
  // A Latin-script name keeps its own direction inside the Arabic page.
  await expect(page.locator('.mediator-card h3').first().locator('bdi')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await shot(page, testInfo, 'directory');

  await page.locator('.mediator-card a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, testInfo, 'profile');

  for (const [path, name] of [
    ['/standards', 'standards'],
    ['/workshop', 'workshop'],
    ['/how', 'how'],
    ['/mediators/mentors', 'mentors'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, testInfo, name);
  }
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('gets the app in German, left to right', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.getByRole('button', { name: 'Neuen Fall anlegen' }).click();
    await expect(page.getByText('Teil 1 von 5')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath('de-question.png'), fullPage: true });
  });
});
