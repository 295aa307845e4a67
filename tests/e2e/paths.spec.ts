import type { Page } from '@playwright/test';
import { test, expect, answerQuestions, startCase } from './fixtures.ts';

// A construction claim in England and Wales, both sides' figures in pounds (issue 15). Each side's amounts are
// what that side receives without a settlement; the figures are fictional.
const CASE = {
  'q.area': 'Construction or engineering',
  'q.jurisdiction': 'England and Wales',
  'q.amount': 'Medium: matters to a small business',
};
const FIGURES = {
  self: { costsToCome: 15000, months: 18, best: [100000, 30], probable: [60000, 50], worst: [0, 20] },
  other: { costsToCome: 20000, months: 18, best: [0, 30], probable: [-50000, 50], worst: [-100000, 20] },
} as const;

const part = (page: Page, id: string, side: 'self' | 'other') =>
  page.locator(`#ws-${id} fieldset[data-side="${side}"]`);

async function fillSide(page: Page, side: 'self' | 'other') {
  const f = FIGURES[side];
  await part(page, 'money', side).getByLabel('Costs still to come until a decision').fill(String(f.costsToCome));
  await part(page, 'money', side).getByLabel('Months to a judgment or award').fill(String(f.months));
  for (const which of ['best', 'probable', 'worst'] as const) {
    const outcome = part(page, 'outcomes', side).locator(`fieldset[data-outcome="${which}"]`);
    await outcome.getByLabel('Amount received').fill(String(f[which][0]));
    await outcome.getByLabel('Probability, %').fill(String(f[which][1]));
  }
}

test('the worksheet compares the ways on in money and months, and the report keeps it', async ({ page }, testInfo) => {
  await startCase(page);
  await answerQuestions(page, CASE);
  const caseId = page.url().split('/case/')[1]!.split('/')[0]!;
  await page.goto(`/case/${caseId}/worksheet`);
  await page.getByLabel('Currency').selectOption('GBP');
  await part(page, 'money', 'self').getByLabel('Amount claimed').fill('100000');
  await fillSide(page, 'self');
  await fillSide(page, 'other');

  // The court path takes the going-on figures; arbitration and mediation have their own.
  const selfPaths = part(page, 'paths', 'self');
  const arbitration = selfPaths.locator('fieldset[data-path="arbitration"]');
  await arbitration.getByLabel('Costs still to come until a decision').fill('40000');
  await arbitration.getByLabel('Months to a decision').fill('12');
  const mediation = selfPaths.locator('fieldset[data-path="mediation"]');
  await mediation.getByLabel(/^This side’s cost of mediating/).fill('3000');
  await mediation.getByLabel('Months until the mediation is over').fill('2');
  await mediation.getByLabel('Months until the mediation is over').blur();

  // What published figures say, beside the fields: the court fee from the claim, CEDR's settlement rate.
  await page.getByText('What published figures say for cases like this').click();
  const published = page.locator('#ws-paths .ws-published');
  await expect(published.locator('[data-way="court"] [data-part="fees"] dd')).toHaveText('£5,000');
  await expect(published.locator('[data-way="mediation"] [data-part="settles"] dd')).toHaveText('72%–93% of cases');

  const table = page.locator('.ws-paths-side[data-side="self"] .ws-paths-table');
  const row = (way: string) => table.locator(`tr[data-way="${way}"]`);
  const cells = (way: string) => row(way).locator('td');
  await expect(cells('court')).toHaveText(['£15,000', '£45,000', '18 months']);
  await expect(cells('arbitration')).toHaveText(['£40,000', '£20,000', '12 months']);
  // −3,000 + p × 55,000 (the middle of the zone) + (1 − p) × 45,000, for p from CEDR's 72% to 93%.
  await expect(cells('mediation')).toHaveText([
    '£3,000',
    '£49,200 to £51,300',
    '2 months if it settles, 20 months if not',
  ]);
  await expect(row('mediation').locator('th')).toContainText('chance of settling: 72% to 93%');
  const selfSide = page.locator('.ws-paths-side[data-side="self"]');
  await expect(selfSide.locator('.ws-paths-best')).toContainText(
    'On these figures alone, the way on worth most to your side is “Mediation first, court if it fails”, at £49,200 to £51,300',
  );
  await expect(selfSide.locator('.ws-notes')).toContainText('published settlement figures, 72% to 93%');
  await expect(selfSide.locator('.ws-notes')).toContainText('£55,000, the middle of the range');
  await selfSide.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('paths-compare.png'), fullPage: false });

  // A chance of one's own replaces the published range.
  await mediation.getByLabel('Chance it settles, in %').fill('50');
  await mediation.getByLabel('Chance it settles, in %').blur();
  await expect(cells('mediation').nth(1)).toHaveText('£47,000');

  await page.goto(`/case/${caseId}/report`);
  const report = page.locator('#report-outcomes .ws-paths-side[data-side="self"]');
  await expect(report.locator('tr[data-way="mediation"] td')).toHaveText([
    '£3,000',
    '£47,000',
    '2 months if it settles, 20 months if not',
  ]);
  // On paper each option's known figures take one line, and their sources one list.
  await expect(page.locator('.report-option-costs[data-option="litigation"]')).toHaveText(
    'Court or institution fees: £5,000 · Time: 17 months (mean)',
  );
  await expect(page.locator('.report-option-costs[data-option="mediation-facilitative"]')).toHaveText(
    'Settles: 72%–93% of cases',
  );
  await expect(page.locator('.report-cost-sources')).toContainText('Civil Proceedings Fees Order 2008');
  await expect(page.locator('.report-cost-sources')).toContainText('CEDR, The Ninth Mediation Audit (2021)');
});

test('where the other side is reluctant, the published settlement figures are not used, and the page says why', async ({
  page,
}) => {
  await startCase(page);
  await answerQuestions(page, { ...CASE, 'q.willing': 'Reluctant' });
  const caseId = page.url().split('/case/')[1]!.split('/')[0]!;
  await page.goto(`/case/${caseId}/worksheet`);
  await page.getByLabel('Currency').selectOption('GBP');
  await fillSide(page, 'self');
  const mediation = part(page, 'paths', 'self').locator('fieldset[data-path="mediation"]');
  await mediation.getByLabel(/^This side’s cost of mediating/).fill('3000');
  await mediation.getByLabel('Months until the mediation is over').fill('2');
  await mediation.getByLabel('Months until the mediation is over').blur();
  const compare = page.locator('.ws-paths-compare');
  await expect(compare).toContainText('The published settlement figures are not used for this case');
  await expect(compare).toContainText('the other side is reluctant or refuses');
  const row = compare.locator('.ws-paths-side[data-side="self"] tr[data-way="mediation"] td');
  await expect(row.nth(1)).toHaveText('not worked out');
  // A chance of this side's own is used as given.
  await mediation.getByLabel('Chance it settles, in %').fill('40');
  await mediation.getByLabel('Chance it settles, in %').blur();
  // −3,000 + 0.4 × 45,000 + 0.6 × 45,000 (no settlement or zone: the least it is worth)
  await expect(row.nth(1)).toHaveText('at least £42,000');

  // A figure that cannot be read is not stored, and the comparison says it left it out.
  const arbitration = part(page, 'paths', 'self').locator('fieldset[data-path="arbitration"]');
  await arbitration.getByLabel('Costs still to come until a decision').fill('forty thousand');
  await arbitration.getByLabel('Costs still to come until a decision').blur();
  await expect(compare.locator('.ws-paths-side[data-side="self"] .ws-notes')).toContainText(
    'a figure typed for “Arbitration” was not saved',
  );
});
