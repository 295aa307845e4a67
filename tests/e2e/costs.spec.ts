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
