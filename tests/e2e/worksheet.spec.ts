import type { Locator, Page } from '@playwright/test';
import { assessWorksheet } from '../../src/domain/worksheet/settlement-zone.ts';
import type { Worksheet } from '../../src/domain/worksheet/types.ts';
import { test, expect, expectNoAxeViolations, startCase } from './fixtures.ts';

// A claimant (your side) and a respondent; each side's amounts are what that side would receive without a settlement.
const FIGURES = {
  self: { costsToCome: 15000, months: 18, best: [100000, 30], probable: [60000, 50], worst: [0, 20] },
  other: { costsToCome: 20000, months: 18, best: [0, 30], probable: [-50000, 50], worst: [-100000, 20] },
} as const;

const asWorksheet = (): Worksheet => ({
  version: 1,
  sides: Object.fromEntries(
    (['self', 'other'] as const).map((side) => {
      const f = FIGURES[side];
      const outcome = ([amount, probability]: readonly [number, number]) => ({ amount, probability });
      return [
        side,
        {
          money: { costsToCome: f.costsToCome, monthsToDecision: f.months },
          outcomes: { best: outcome(f.best), probable: outcome(f.probable), worst: outcome(f.worst) },
        },
      ];
    }),
  ),
});
const euros = (n: number) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);

const side = (page: Page, part: string, key: 'self' | 'other') =>
  page.locator(`#ws-${part} fieldset[data-side="${key}"]`);
const outcome = (page: Page, key: 'self' | 'other', which: string) =>
  side(page, 'outcomes', key).locator(`fieldset[data-outcome="${which}"]`);

async function fillOutcomes(page: Page, key: 'self' | 'other') {
  const f = FIGURES[key];
  await side(page, 'money', key).getByLabel('Costs still to come until a decision').fill(String(f.costsToCome));
  await side(page, 'money', key).getByLabel('Months to a judgment or award').fill(String(f.months));
  for (const which of ['best', 'probable', 'worst'] as const) {
    await outcome(page, key, which).getByLabel('Amount received').fill(String(f[which][0]));
    await outcome(page, key, which).getByLabel('Probability, %').fill(String(f[which][1]));
  }
}

async function expectValue(field: Locator, value: string) {
  await expect(field).toHaveValue(value);
}

test('a worksheet with both sides’ BATNA figures shows the overlap, survives a reload, and prints as a report', async ({
  page,
}) => {
  const expected = assessWorksheet(asWorksheet());
  expect(expected.zone.kind).toBe('overlap');
  if (expected.zone.kind !== 'overlap') return;

  await startCase(page);
  const caseId = page.url().split('/case/')[1]!.split('/')[0]!;
  await page.goto(`/case/${caseId}/worksheet`);
  await expect(page.getByRole('heading', { level: 1, name: 'Case worksheet' })).toBeVisible();

  await page.getByLabel('Key facts and claims').fill('Late delivery of a machine (fictional example).');
  await page.getByRole('button', { name: 'Add a party or stakeholder' }).click();
  const party = page.locator('#ws-parties fieldset').first();
  await party.getByLabel('Name').fill('Buyer Ltd (fictional)');
  await party.getByLabel('Stands with').selectOption('self');
  await side(page, 'positions', 'self')
    .getByLabel(/^Positions/)
    .fill('Pay damages for the delay.');
  await side(page, 'positions', 'self')
    .getByLabel(/^Interests/)
    .fill('A working line by spring.');
  await side(page, 'positions', 'other')
    .getByLabel(/^Interests/)
    .fill('Keep the customer and its reputation.');
  await page.getByLabel('Stage of escalation (after Friedrich Glasl)').selectOption('3');
  await expect(page.locator('#ws-escalation-text')).toContainText('Actions, not words');
  await page.getByLabel('Currency').selectOption('EUR');
  await fillOutcomes(page, 'self');
  await fillOutcomes(page, 'other');

  await expect(page.locator('.ws-value[data-side="self"]')).toContainText(
    `value of going on ${euros(expected.self.value!)}`,
  );
  await expect(page.locator('.ws-value[data-side="other"]')).toContainText(
    `receives at most ${euros(expected.otherAccepts!)}`,
  );
  await expect(page.locator('.ws-zone-text')).toHaveText(
    `The ranges overlap: a settlement in which your side receives between ${euros(expected.zone.low)} and ${euros(expected.zone.high)} leaves both sides better off than going on.`,
  );
  await expect(page.locator('.ws-table tr[data-side="self"] .ws-value-cell')).toHaveText(euros(45000));
  await expect(page.locator('.ws-chart svg')).toBeVisible();

  // Probabilities that do not add up: said, and no value shown, until corrected.
  await outcome(page, 'other', 'best').getByLabel('Probability, %').fill('20');
  await expect(page.locator('#ws-assessment')).toContainText('the probabilities add up to 90 %, not 100 %');
  await expect(page.locator('.ws-table tr[data-side="other"] .ws-value-cell')).toHaveText('not computed');
  await expect(page.locator('.ws-zone-text')).toHaveText(/Enter both sides/);
  await outcome(page, 'other', 'best').getByLabel('Probability, %').fill('30');
  await expect(page.locator('.ws-zone-text')).toContainText(euros(expected.zone.high));

  await page.getByRole('button', { name: 'Add a step' }).click();
  await page.locator('#ws-actions fieldset').first().getByLabel('Step').fill('Propose mediation');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expectNoAxeViolations(page);

  // The last keystroke, then straight away a reload: it is written when the page goes.
  await side(page, 'swot', 'self').getByLabel('Strengths').fill('Clear delivery date');
  await page.reload();
  await expectValue(page.getByLabel('Key facts and claims'), 'Late delivery of a machine (fictional example).');
  await expectValue(page.locator('#ws-parties fieldset').first().getByLabel('Name'), 'Buyer Ltd (fictional)');
  await expectValue(side(page, 'positions', 'other').getByLabel(/^Interests/), 'Keep the customer and its reputation.');
  await expectValue(outcome(page, 'other', 'probable').getByLabel('Amount received'), '-50,000');
  await expectValue(page.getByLabel('Currency'), 'EUR');
  await expectValue(page.getByLabel('Stage of escalation (after Friedrich Glasl)'), '3');
  await expectValue(side(page, 'swot', 'self').getByLabel('Strengths'), 'Clear delivery date');
  await expect(page.locator('.ws-zone-text')).toContainText(euros(expected.zone.low));

  // A part folds away and opens again from the sections list.
  await page.getByRole('button', { name: 'Money at stake' }).click();
  await expect(page.locator('#ws-money-body')).toBeHidden();
  await page
    .getByRole('navigation', { name: 'Worksheet sections' })
    .getByRole('link', { name: 'Money at stake' })
    .click();
  await expect(page.locator('#ws-money-body')).toBeVisible();

  await page.getByRole('link', { name: 'Case report' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Case report');
  const report = page.locator('article.report');
  for (const title of [
    'Key facts',
    'Parties and stakeholders',
    'Positions and interests',
    'Escalation',
    'Money at stake',
    'Strengths, weaknesses, opportunities, threats',
    'Action plan',
    'Ranked options and reasons',
  ]) {
    await expect(report.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }
  await expect(report).toContainText('Buyer Ltd (fictional)');
  await expect(report).toContainText('Propose mediation');
  await expect(report.locator('.ws-zone-text')).toContainText(euros(expected.zone.high));
  await expect(report.locator('.report-options-list li').first()).toBeVisible();
  await expect(report.locator('.report-summary')).toContainText('The options that fit best, and why');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.app-header')).toBeHidden();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  expect(await page.locator('button:visible').count()).toBe(0);
  await expect(report.getByRole('heading', { level: 2, name: 'Ranked options and reasons' })).toBeVisible();
  await expect(report.getByRole('heading', { level: 2, name: 'Action plan' })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('article.report h1')!).color)).toBe(
    'rgb(0, 0, 0)',
  );
});
