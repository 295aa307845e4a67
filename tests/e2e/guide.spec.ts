// The trainer's guide: both plans, the offline advice, at most two printed A4 pages in every language, and offline.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ar from '../../src/ui/locales/ar/guide.ts';
import de from '../../src/ui/locales/de/guide.ts';
import es from '../../src/ui/locales/es/guide.ts';
import fr from '../../src/ui/locales/fr/guide.ts';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';

/** Pages of a PDF: each page object is "/Type /Page" (the tree nodes are "/Type /Pages"). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

async function printedPages(page: Page, name: string): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  writeFileSync(test.info().outputPath(`${name}.pdf`), pdf);
  await page.emulateMedia({ media: 'screen' });
  return pageCount(pdf);
}

test('the trainer’s guide, linked from the workshop, gives both plans and the offline advice on at most 2 A4 pages', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workshop' }).click();
  await page.getByRole('link', { name: 'Trainer’s guide: plans for 20 and 45 minutes' }).click();
  await expect(page).toHaveURL(/\/workshop\/guide$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainer’s guide');
  await expect(page).toHaveTitle(/Trainer’s guide/);

  const short = page.getByRole('list', { name: 'A 20-minute workshop: one scenario' });
  const long = page.getByRole('list', { name: 'A 45-minute workshop: two scenarios and the room’s votes' });
  await expect(short.locator('> li')).toHaveCount(6);
  await expect(long.locator('> li')).toHaveCount(6);
  // Each plan runs from its first minute to its last with no gap: 0–3 … 19–20, and 0–5 … 42–45.
  await expect(short.locator('.guide-time')).toHaveText([
    '0–3 min',
    '3–8 min',
    '8–11 min',
    '11–15 min',
    '15–19 min',
    '19–20 min',
  ]);
  await expect(long.locator('.guide-time').last()).toHaveText('42–45 min');
  await expect(short).toContainText('Press R');
  await expect(short).toContainText('Press F for the suggested flip');
  await expect(long).toContainText('record the room’s show of hands in the presenter');

  // The pairs open their presenters and Compare with both sides chosen.
  await expect(page.getByRole('link', { name: 'Late deliveries, unpaid invoices' })).toHaveAttribute(
    'href',
    '/workshop/late-deliveries/present',
  );
  await expect(page.getByRole('link', { name: 'Compare them side by side' }).first()).toHaveAttribute(
    'href',
    '/workshop/compare#a=late-deliveries&b=distribution-abroad',
  );
  const offline = page.getByRole('region', { name: 'With no Wi-Fi' });
  await expect(offline).toContainText('Open Olé once on the laptop while it is online');
  await expect(offline).toContainText('only if the phones have a network');
  await expect(offline.locator('kbd')).toHaveText(['→', 'Space', '←', 'R', 'F', 'T', 'Esc']);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('guide-phone.png'), fullPage: true });

  const pages = await printedPages(page, 'guide-en');
  expect(pages, `${pages} A4 pages`).toBeGreaterThanOrEqual(1);
  expect(pages, `${pages} A4 pages`).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: test.info().outputPath('guide-print.png'), fullPage: true });
});

for (const [locale, texts] of [
  ['fr', fr],
  ['es', es],
  ['de', de],
  ['ar', ar],
] as const) {
  test(`the trainer’s guide in ${locale} prints on at most 2 A4 pages`, async ({ page }) => {
    await page.goto('/workshop/guide');
    await page.getByLabel('Language', { exact: true }).selectOption(locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts.title);
    await expect(page.getByRole('heading', { level: 2, name: texts.longHeading })).toBeVisible();
    const pages = await printedPages(page, `guide-${locale}`);
    expect(pages, `${pages} A4 pages`).toBeLessThanOrEqual(2);
  });
}

test('the trainer’s guide opens with no network once Olé has been opened', async ({ page, context }) => {
  await page.goto('/workshop');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  await context.setOffline(true);
  await page.goto('/workshop/guide');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainer’s guide');
  await page.goto('/workshop/harbour-bridge/present');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The harbour bridge variations');
  await context.setOffline(false);
});
