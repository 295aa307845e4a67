import { readFile } from 'node:fs/promises';
import {
  test,
  expect,
  answerQuestions,
  startCase,
  startStoredCase,
  optionNames,
  expectNoAxeViolations,
} from './fixtures.ts';

const ANSWERS = {
  'q.area': 'A contract between businesses',
  'q.cross-border': 'No',
  'q.relationship': 'Essential',
  'q.privacy': 'Very important',
  'q.precedent': 'Essential',
};

const importInput = (page: import('@playwright/test').Page) => page.getByLabel('Case file');

test('a case exported to a file, deleted, and imported again comes back with its answers and ranking', async ({
  page,
}) => {
  await startCase(page);
  await answerQuestions(page, ANSWERS);
  await page.getByRole('link', { name: 'See the ranking' }).click();
  await expect(optionNames(page).nth(2)).toBeVisible(); // the results page has rendered before its ranking is read
  const ranking = await optionNames(page).allTextContents();
  expect(ranking.length).toBeGreaterThan(2);

  await page.goto('/');
  const card = page.locator('.case-card').first();
  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^ole-case-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await download.path())!, 'utf8');
  const file = JSON.parse(text) as { format: string; version: number; case: { answers: Record<string, unknown> } };
  expect(file).toMatchObject({ format: 'ole-case', version: 1 });
  expect(file.case.answers).toMatchObject({ 'q.area': 'commercial-contracts', 'q.privacy': 2, 'q.precedent': 3 });

  await card.getByRole('button', { name: 'Delete' }).click();
  await card.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.locator('.case-card')).toHaveCount(0);

  await importInput(page).setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const success = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(success).toBeVisible();
  await expect(page.locator('.case-card')).toHaveCount(1);
  await expectNoAxeViolations(page); // with the success message

  // The same file again: the case is already here, so it comes in as a separate case and says so.
  await importInput(page).setInputFiles({
    name: 'again.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByText('A case with the same id was already on this device')).toBeVisible();
  await expect(page.locator('.case-card')).toHaveCount(2);

  await page.getByRole('link', { name: 'Open the imported case' }).click();
  await expect(optionNames(page)).toHaveText(ranking);
  await expect(page.locator('select[data-question="q.precedent"]')).toHaveValue('3');
});

test('a bad or foreign file gets a clear message and changes nothing', async ({ page }) => {
  await startStoredCase(page);
  await page.goto('/');
  await expect(page.locator('.case-card')).toHaveCount(1);
  const before = await page.locator('.case-card').allTextContents();
  const alert = page.getByRole('alert');

  await importInput(page).setInputFiles({
    name: 'photo.json',
    mimeType: 'application/json',
    buffer: Buffer.from('not json at all'),
  });
  await expect(alert).toContainText('is not an Olé case file');
  await expectNoAxeViolations(page); // with the refusal

  const newer = JSON.stringify({ format: 'ole-case', version: 99, case: {} });
  await importInput(page).setInputFiles({
    name: 'newer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(newer),
  });
  await expect(alert).toContainText('made by a newer version of Olé');

  const broken = JSON.stringify({
    format: 'ole-case',
    version: 1,
    exportedAt: '2026-01-01T00:00:00Z',
    case: {
      id: 'x1',
      title: 'Broken',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      answers: { 'q.area': 'moon-law' },
    },
  });
  await importInput(page).setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });
  await expect(alert).toContainText('This case file has problems');
  await expect(alert.getByRole('listitem')).toContainText([
    'case.answers["q.area"]: not one of this question’s answers',
  ]);
  await expectNoAxeViolations(page); // with the list of problems

  // Dropped on the import area (desktop), a foreign file is refused the same way.
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{"type": "FeatureCollection"}'], 'map.json', { type: 'application/json' }));
    return data;
  });
  await page.locator('.import-case').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(alert).toContainText('This file is not an Olé case file');

  await page.reload();
  await expect(page.locator('.case-card')).toHaveCount(1);
  expect(await page.locator('.case-card').allTextContents()).toEqual(before);
});
