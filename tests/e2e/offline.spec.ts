import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, startCase, expectNoAxeViolations } from './fixtures.ts';
import { serveCopyOfDist } from './static-server.ts';

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

test('the app opens and works offline after the first visit, deep links included', async ({ page, context }) => {
  await startCase(page);
  await page.getByRole('radio', { name: 'Construction or engineering' }).check();
  const caseUrl = page.url();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Choose how to resolve your dispute' })).toBeVisible();
  await page.goto(caseUrl.replace(/\/q\/.*/, '/results'));
  await expect(page.locator('.option-card').first()).toBeVisible();
  await page.goto(caseUrl);
  await expect(page.getByRole('radio', { name: 'Construction or engineering' })).toBeChecked();
  await context.setOffline(false);
});

test('a new version waits for the person: not while answering, then "Reload" or "Later"', async ({ browser }) => {
  const site = await serveCopyOfDist();
  const context = await browser.newContext({ baseURL: site.url });
  const page = await context.newPage();
  try {
    await startCase(page);
    await waitForServiceWorker(page);
    // Publish a new version: any change to the service worker makes the browser install it and let it wait.
    await appendFile(join(site.root, 'sw.js'), '\n// next version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
    await expect(page.getByText('A new version of Olé is ready.')).toHaveCount(0); // in the middle of a questionnaire

    await page.getByRole('link', { name: 'Review all answers' }).click();
    await expect(page.getByText('A new version of Olé is ready.')).toBeVisible();
    await expectNoAxeViolations(page); // with the update prompt showing
    await page.getByRole('button', { name: 'Later' }).click();
    await expect(page.getByText('A new version of Olé is ready.')).toHaveCount(0);

    await page.reload();
    await expect(page.getByText('A new version of Olé is ready.')).toBeVisible();
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return !registration?.waiting && navigator.serviceWorker.controller !== null;
    });
    await expect(page.getByText('A new version of Olé is ready.')).toHaveCount(0);
  } finally {
    await context.close();
    await site.close();
  }
});
