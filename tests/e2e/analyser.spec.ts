import {
  test,
  expect,
  answerQuestions,
  startCase,
  startStoredCase,
  optionNames,
  expectNoAxeViolations,
} from './fixtures.ts';
import { SUPPLIER_CASE } from './sample-cases.ts';

test('a person answers a case, sees explained options, moves the ranking, and finds the case again', async ({
  page,
  context,
}) => {
  await startCase(page);
  await answerQuestions(page, SUPPLIER_CASE);
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await page.getByRole('link', { name: 'See the ranking' }).click();

  const first = page.locator('.option-card').first();
  await expect(first.locator('h2')).toContainText('Mediation');
  await expect(first.locator('.pros')).toContainText('because keeping the relationship is essential to you');
  await expect(first.locator('.pros')).toContainText(/\(\+\d+\)/);
  // Arbitration is ruled out or ranked lower, with its reason, and court is near the bottom.
  await page.getByRole('button', { name: /Show all \d+ options/ }).click();
  const names = await optionNames(page).allTextContents();
  const litigationBefore = names.findIndex((n) => n.includes('Court'));
  expect(litigationBefore).toBeGreaterThan(names.length / 2);

  // Flip "the relationship matters" off: court gains points and says so.
  await page.locator('select[data-question="q.relationship"]').selectOption({ label: 'Not important' });
  await expect(page.locator('.option-card[data-option="litigation"] .moved.up')).toContainText(/\+\d+ points/);
  await expect(page.locator('.option-card[data-option="mediation-facilitative"] .moved.down')).toBeVisible();
  // Say a precedent is essential and privacy does not matter: court climbs places.
  await page.locator('select[data-question="q.precedent"]').selectOption({ label: 'Essential' });
  await page.locator('.what-if summary', { hasText: 'How it gets resolved' }).click();
  await page.locator('select[data-question="q.privacy"]').selectOption({ label: 'Not important' });
  const after = await optionNames(page).allTextContents();
  expect(after.findIndex((n) => n.includes('Court'))).toBeLessThan(litigationBefore);
  // Those were what-ifs: kept, they become the case's answers.
  await page.locator('.what-if-banner').getByRole('button', { name: 'Keep these answers' }).click();
  await expect(page.locator('.what-if-kept')).toContainText('Kept: your case now has these answers.');

  // Close the tab; a new one finds the case with its changed answers.
  const caseUrl = page.url();
  await page.close();
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByRole('heading', { name: 'Your cases' })).toBeVisible();
  await again.getByRole('link', { name: 'Results' }).first().click();
  await expect(again).toHaveURL(caseUrl);
  await expect(again.locator('select[data-question="q.precedent"]')).toHaveValue('3');
});

test('the review screen lists every answer and changing one returns to the review', async ({ page }) => {
  await startCase(page);
  await answerQuestions(page, { 'q.area': 'Family, separation or children', 'q.privacy': 'Essential' });
  const review = page.locator('main');
  await expect(review).toContainText('Family, separation or children');
  // Branching: a family dispute is not asked about construction projects or arbitration clauses.
  await expect(review).not.toContainText('construction or engineering project');
  await expect(review).not.toContainText('arbitration');
  await page.getByRole('link', { name: /Change: How important is it to keep the dispute private/ }).click();
  await page.getByRole('radio', { name: 'Not important', exact: true }).check();
  await page.getByRole('button', { name: 'Back to review' }).click();
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await expect(page.locator('.review-item', { hasText: 'keep the dispute private' })).toContainText('Not important');
});

test('going back keeps answers, "not sure" is an answer, and the keyboard alone is enough', async ({ page }) => {
  await startCase(page);
  await page.getByRole('radio', { name: 'Construction or engineering' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'Not sure' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q\.jurisdiction/);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Not sure' })).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Construction or engineering' })).toBeChecked();
  await expect(page.getByText('Part 1 of 5')).toBeVisible();
});

test('a refusing other side rules out consensual processes, with the reason shown', async ({ page }) => {
  await startCase(page);
  await answerQuestions(page, { 'q.willing': 'They refuse to talk', 'q.clause': 'No' });
  await page.getByRole('link', { name: 'See the ranking' }).click();
  const unavailable = page.locator('.unavailable-list');
  await expect(unavailable.locator('[data-option="mediation-facilitative"]')).toContainText(/refuse/);
  await expect(page.locator('.option-list [data-option="mediation-facilitative"]')).toHaveCount(0);
  await expect(page.locator('.option-list [data-option="litigation"]')).toHaveCount(1);
});

test('a new case is stored by its first answer and named from the dispute; backing out leaves nothing', async ({
  page,
}) => {
  await startCase(page);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Choose how to resolve your dispute' })).toBeVisible();
  await expect(page.locator('.case-card')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.how-first')).toBeVisible(); // the list has loaded, and it is still empty
  await expect(page.locator('.case-card')).toHaveCount(0);

  await startCase(page);
  await expect(page.getByText('Part 1 of 5')).toBeVisible();
  await page.getByRole('radio', { name: 'A contract between businesses' }).check();
  await page.goto('/');
  await expect(page.locator('.case-title')).toHaveText([/^A contract between businesses, /]);
});

test('cases can be renamed, duplicated and deleted', async ({ page }) => {
  await startCase(page);
  await page.getByRole('radio', { name: 'A contract between businesses' }).check();
  await page.goto('/');
  const card = page.locator('.case-card').first();
  await card.getByRole('button', { name: 'Rename' }).click();
  await card.getByLabel('Case name').fill('Supplier dispute');
  await expectNoAxeViolations(page); // with the rename form open
  await card.getByRole('button', { name: 'Save name' }).click();
  await expect(page.locator('.case-title').first()).toHaveText('Supplier dispute');
  await page.locator('.case-card').first().getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.locator('.case-title')).toHaveText(['Supplier dispute (copy)', 'Supplier dispute']);
  const copy = page.locator('.case-card', { hasText: 'Supplier dispute (copy)' });
  await copy.getByRole('button', { name: 'Delete' }).click();
  await expectNoAxeViolations(page); // with the confirmation open
  await copy.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.locator('.case-title')).toHaveText(['Supplier dispute']);
});

test('an unknown case or address gets a page that says so', async ({ page }) => {
  await page.goto('/case/not-a-case/results');
  await expect(page.getByRole('heading', { name: 'Case not found' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('every screen passes axe-core, in light and dark themes', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await page.getByText('Why we ask').click();
  await expectNoAxeViolations(page);
  await answerQuestions(page, { 'q.area': 'A contract between businesses', 'q.safety': 'Yes' });
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'See the ranking' }).click();
  await page.locator('.option-card').first().getByText('All reasons and facts').click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
  await page.goto('/');
  await expectNoAxeViolations(page);
  await page.goto('/how');
  await expect(page.getByRole('heading', { level: 1, name: 'How Olé works' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("two tabs answering the same case never lose each other's answers", async ({ page, context }) => {
  await startStoredCase(page);
  const caseBase = page.url().replace(/\/q\/.*/, '');
  const other = await context.newPage();
  await other.goto(`${caseBase}/q/q.amount`);
  await expect(other.getByRole('radio', { name: /^Large/ })).toBeVisible();
  // Each tab holds the case as it was when it opened, then changes a different answer.
  await page.getByRole('radio', { name: 'Construction or engineering' }).check();
  await other.getByRole('radio', { name: /^Large/ }).check();
  await page.goto(`${caseBase}/review`);
  const review = page.locator('main');
  await expect(review).toContainText('Construction or engineering');
  await expect(review).toContainText('Large: matters to a large business');
  // A tab follows the other's changes live, without a reload.
  await other.goto(`${caseBase}/review`);
  await expect(other.locator('main')).toContainText('Construction or engineering');
  await page.goto(`${caseBase}/q/q.area`);
  await page.getByRole('radio', { name: 'Employment or the workplace' }).check();
  await expect(other.locator('main')).toContainText('Employment or the workplace');
  await expect(other.locator('main')).not.toContainText('Construction or engineering');
  await other.close();
});
