import { defaultRules } from '../../src/domain/default-rules.ts';
import { COSTS, SPEEDS } from '../../src/domain/option-traits.ts';
import type { OptionId } from '../../src/domain/options.ts';
import { test, expect, answerQuestions, startCase } from './fixtures.ts';

// A contract claim in England and Wales of a size that matters to a large business (issue 15).
const CASE = {
  'q.area': 'A contract between businesses',
  'q.jurisdiction': 'England and Wales',
  'q.amount': 'Large: matters to a large business',
};

test('results show each option’s cost and time as ranges, with the source on expand', async ({ page }, testInfo) => {
  await startCase(page);
  await answerQuestions(page, CASE);
  await page.getByRole('link', { name: 'See the ranking' }).click();
  await page.getByRole('button', { name: /Show all \d+ options/ }).click();

  const court = page.locator('.option-card[data-option="litigation"]');
  const courtCost = court.locator('.cost-estimate');
  await expect(courtCost.locator('[data-part="time"] dd')).toHaveText('17 months (mean)');
  await expect(courtCost.locator('[data-part="fees"] dd')).toContainText('Needs the amount claimed in figures');
  await courtCost.getByText('Sources and populations').click();
  await expect(courtCost.locator('.cost-sources')).toContainText('Civil Justice Statistics Quarterly');
  await expect(courtCost.locator('.cost-sources')).toContainText('(2025)');
  await court.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('court-costs.png') });

  const arbitration = page.locator('.option-card[data-option="arbitration"] .cost-estimate');
  await expect(arbitration.locator('[data-part="time"] dd')).toHaveText('16 months (median)');
  await expect(arbitration.locator('[data-part="partyCosts"] dd')).toHaveText('on average 83% of the total cost');
  await expect(arbitration.locator('[data-part="fees"] dd')).toContainText('97,000 (median)');

  const mediation = page.locator('.option-card[data-option="mediation-facilitative"] .cost-estimate');
  await expect(mediation.locator('[data-part="time"] dd')).toHaveText('We don’t know for this jurisdiction.');
});

test('how often a mediation settles, and the options listed by cost or by time', async ({ page }) => {
  await startCase(page);
  await answerQuestions(page, CASE);
  await page.getByRole('link', { name: 'See the ranking' }).click();
  await page.getByRole('button', { name: /Show all \d+ options/ }).click();
  const mediation = page.locator('.option-card[data-option="mediation-facilitative"] .cost-estimate');
  await expect(mediation.locator('[data-part="settles"] dd')).toHaveText('72%–93% of cases');
  await mediation.getByText('Sources and populations').click();
  await expect(mediation.locator('.cost-sources')).toContainText('CEDR, The Ninth Mediation Audit (2021)');
  // A court case does not "settle" in the figures: no such line where no source gives one.
  await expect(page.locator('.option-card[data-option="litigation"] [data-part="settles"]')).toHaveCount(0);

  const cards = page.locator('.option-list .option-card');
  const order = page.getByLabel('List the options');
  await order.selectOption('time');
  await expect(page.locator('.option-list')).toHaveAttribute('aria-label', 'Available options, quickest first');
  const byTime = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-option') as OptionId));
  const bands = byTime.map((id) => SPEEDS.indexOf(defaultRules.options[id].speed));
  expect(bands).toEqual([...bands].sort((a, b) => a - b));
  expect(byTime).toEqual(expect.arrayContaining(['negotiation', 'mediation-facilitative', 'litigation']));
  expect(byTime.indexOf('negotiation')).toBeLessThan(byTime.indexOf('mediation-facilitative'));
  expect(byTime.indexOf('mediation-facilitative')).toBeLessThan(byTime.indexOf('litigation'));
  await order.selectOption('cost');
  const byCost = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-option') as OptionId));
  const costs = byCost.map((id) => COSTS.indexOf(defaultRules.options[id].cost));
  expect(costs).toEqual([...costs].sort((a, b) => a - b));
  expect(byCost.sort()).toEqual([...byTime].sort());
  await expect(page.locator('#results-order-note')).toContainText('still its place by fit');
  await order.selectOption('fit');
  await expect(page.locator('.option-list')).toHaveAttribute('aria-label', 'Available options, best first');
});

test('a second jurisdiction (France) and "not sure" where: what is known, and what is not', async ({ page }) => {
  await startCase(page);
  await answerQuestions(page, { ...CASE, 'q.jurisdiction': 'France' });
  await page.getByRole('link', { name: 'See the ranking' }).click();
  await page.getByRole('button', { name: /Show all \d+ options/ }).click();
  const court = page.locator('.option-card[data-option="litigation"] .cost-estimate');
  // A contract between businesses goes to the tribunal de commerce or the tribunal judiciaire: both means.
  await expect(court.locator('[data-part="time"] dd')).toHaveText('9–13 months (mean)');
  await expect(court.locator('[data-part="fees"] dd')).toHaveText('We don’t know for this jurisdiction.');
  await court.getByText('Sources and populations').click();
  await expect(court.locator('.cost-sources')).toContainText('programme 166 Justice judiciaire');
  const mediation = page.locator('.option-card[data-option="mediation-facilitative"] .cost-estimate');
  await expect(mediation.locator('[data-part="settles"] dd')).toHaveText('We don’t know for this jurisdiction.');

  await startCase(page);
  const { 'q.jurisdiction': _, ...notSure } = CASE;
  await answerQuestions(page, notSure);
  await page.getByRole('link', { name: 'See the ranking' }).click();
  await page.getByRole('button', { name: /Show all \d+ options/ }).click();
  const anywhere = page.locator('.option-card[data-option="litigation"] .cost-estimate');
  await expect(anywhere.locator('[data-part="time"] dd')).toHaveText('Depends on where the dispute would be decided.');
  await expect(anywhere.locator('[data-part="fees"] dd')).toHaveText('Depends on where the dispute would be decided.');
  // The institution's own figures do not depend on the place.
  await expect(page.locator('.option-card[data-option="arbitration"] [data-part="time"] dd')).toHaveText(
    '16 months (median)',
  );
});
