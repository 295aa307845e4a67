import { test as base, expect, type Page } from '@playwright/test';
import { storedCaseIds } from './stored-case.ts';
import AxeBuilder from '@axe-core/playwright';

/** Every test also proves privacy: no request may leave the app's own origin. */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
      });
      page.on('pageerror', (error) => foreign.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
          foreign.push(`CSP: ${message.text()}`);
      });
      await use(foreign);
      expect(foreign, 'requests outside the origin, or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Walks the questionnaire from wherever it is, choosing the labelled answer for each question id given. */
export async function answerQuestions(page: Page, answers: Record<string, string>): Promise<void> {
  while (/\/q\//.test(page.url())) {
    const questionId = decodeURIComponent(page.url().split('/q/')[1]!.split('?')[0]!);
    const label = answers[questionId];
    if (label) await page.getByRole('radio', { name: label, exact: true }).check();
    const heading = await page.locator('h1').textContent();
    await page.getByRole('button', { name: /^(Next|Review answers)$/ }).click();
    await expect(page.locator('h1')).not.toHaveText(heading ?? '');
  }
}

export async function startCase(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await expect(page).toHaveURL(/\/q\/q\.area$/);
}

/** A new case stored on this device: a started case is stored by its first answer ("Something else" keeps its dated name). */
export async function startStoredCase(page: Page): Promise<string> {
  await startCase(page);
  await page.getByRole('radio', { name: 'Something else' }).check();
  await expect(page.getByRole('radio', { name: 'Something else' })).toBeChecked();
  const caseId = page.url().split('/case/')[1]!.split('/')[0]!;
  await expect.poll(() => storedCaseIds(page)).toContain(caseId);
  return caseId;
}

export function optionNames(page: Page) {
  return page.locator('.option-list .option-card h2');
}
