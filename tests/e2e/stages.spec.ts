import { test, expect, answerQuestions, startCase, optionNames, expectNoAxeViolations } from './fixtures.ts';

// A parent at risk who needs a protection order now (Istanbul Convention Art. 48; Model Standards 2000, Standard X).
const SAFETY_CASE = {
  'q.area': 'Family, separation or children',
  'q.parties': 'Private individuals on both sides',
  'q.jurisdiction': 'England and Wales',
  'q.relationship': 'Very important',
  'q.communication': 'Severely',
  'q.emotions': 'Severely',
  'q.power': 'Severely',
  'q.urgent': 'Yes',
  'q.safety': 'Yes',
};

// A trade body that needs a ruling for the whole sector (5 U.S.C. 572(b)(1); Sander & Goldberg 1994).
const PRECEDENT_CASE = {
  'q.area': 'A contract between businesses',
  'q.jurisdiction': 'England and Wales',
  'q.relationship': 'Essential',
  'q.precedent': 'Essential',
  'q.willing': 'Keen to settle',
  'q.cost': 'Essential',
  'q.speed': 'Very important',
  'q.communication': 'Quite a lot',
};

test('a safety risk with urgent protection: the protection step comes first, court leads, joint processes only with safeguards', async ({
  page,
}, testInfo) => {
  await startCase(page);
  await answerQuestions(page, SAFETY_CASE);
  await page.getByRole('link', { name: 'See the ranking' }).click();

  const step = page.getByTestId('protection-step');
  await expect(step.getByRole('heading', { name: 'First, safety' })).toBeVisible();
  await expect(step).toContainText('you need protection urgently');
  await expect(step).toContainText('protective order');
  // The step is above the ranking: nothing to choose comes before protection.
  const stepBox = (await step.boundingBox())!;
  const listBox = (await page.locator('.option-list').boundingBox())!;
  expect(stepBox.y).toBeLessThan(listBox.y);
  await page.screenshot({ path: testInfo.outputPath('safety-top.png') });

  const first = page.locator('.option-card').first();
  await expect(first).toHaveAttribute('data-option', 'litigation');
  await expect(first).toContainText('Placed first for safety.');
  await page.getByRole('button', { name: /Show all \d+ options/ }).click();
  const names = await optionNames(page).allTextContents();
  expect(names[0]).toContain('Court');
  const mediation = page.locator('.option-card[data-option="mediation-facilitative"]');
  await expect(mediation.locator('.caution').first()).toContainText('Protection comes first');
  await expect(mediation.locator('.caution').first()).toContainText('Screening before anything starts');
  // Signs of abuse never count for a joint process.
  await expect(mediation.locator('.pros')).not.toContainText('feelings need to be expressed');
  await expect(mediation.locator('.pros')).not.toContainText('communication between the two sides');

  await page.getByText('How this ranking was made').click();
  await expect(page.getByTestId('stages-note')).toContainText('court comes before any process with the other side');
  await expect(page.getByTestId('place-notes')).toContainText('England and Wales');
  await page.screenshot({ path: testInfo.outputPath('safety-results.png'), fullPage: true });
  await expectNoAxeViolations(page);
});

test('an essential precedent: court first, and each consensual option says what it cannot give', async ({
  page,
}, testInfo) => {
  await startCase(page);
  await answerQuestions(page, PRECEDENT_CASE);
  await page.getByRole('link', { name: 'See the ranking' }).click();

  await expect(page.getByTestId('protection-step')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('precedent-top.png') });
  const first = page.locator('.option-card').first();
  await expect(first).toHaveAttribute('data-option', 'litigation');
  const mediation = page.locator('.option-card[data-option="mediation-facilitative"]');
  await expect(mediation.locator('.stage-line.lacks')).toHaveText(
    /Mediation \(facilitative\) cannot set a precedent, which you said is essential/,
  );
  await expect(first.locator('.stage-line.lacks')).toHaveCount(0);
  await expect(first.locator('.stage-line.delivers')).toHaveText(
    'Can give you what you said is essential: A precedent.',
  );
  await page.getByText('How this ranking was made').click();
  await expect(page.getByTestId('stages-note')).toContainText('(A precedent)');

  // How firm: the questions left unanswered are named, with a way to answer each.
  const firmness = page.getByTestId('firmness');
  await expect(firmness).toBeVisible();
  await expect(firmness).toContainText(/Firm: none of the \d+ questions|could change the top option/);
  await page.screenshot({ path: testInfo.outputPath('precedent-results.png'), fullPage: true });
  await expectNoAxeViolations(page);
});

test('not sure where: nothing is ruled out for the place, and the page says it depends on where', async ({ page }) => {
  await startCase(page);
  await answerQuestions(page, { 'q.area': 'Construction or engineering', 'q.construction': 'No' });
  await page.getByRole('link', { name: 'See the ranking' }).click();
  await expect(page.getByTestId('place-notes')).toContainText('nothing is ruled out for the place');
  await page.getByRole('button', { name: /Show all \d+ options/ }).click();
  const adjudication = page.locator('.option-card[data-option="adjudication"]');
  await expect(adjudication).toContainText('This depends on where the dispute would be decided');
});
