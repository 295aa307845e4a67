// Ways out of a locked device: new and imported cases while locked, "I forgot my passphrase", and where focus lands.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, answerQuestions, startCase, startStoredCase, expectNoAxeViolations } from './fixtures.ts';
import { PASSPHRASE, startProtectedCase, unlockWith } from './protection.ts';
import { storedCase } from './stored-case.ts';

/** Every stored case record and the protection setting, straight from IndexedDB. */
async function stored(page: Page): Promise<{ cases: string; protection: unknown }> {
  return page.evaluate(
    () =>
      new Promise<{ cases: string; protection: unknown }>((resolve, reject) => {
        const open = indexedDB.open('ole');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['cases', 'settings']);
          const cases = tx.objectStore('cases').getAll();
          const protection = tx.objectStore('settings').get('caseProtection');
          tx.oncomplete = () => {
            open.result.close();
            resolve({ cases: JSON.stringify(cases.result), protection: protection.result });
          };
        };
      }),
  );
}

const caseIdOf = (page: Page) => page.url().split('/case/')[1]!.split('/')[0]!;

test('a locked device can start a new case and import one, stored plain until the next unlock seals them', async ({
  page,
}) => {
  // A case exported to a file before protection was turned on: the way back the lock card speaks of.
  await startCase(page);
  await answerQuestions(page, { 'q.area': 'A contract between businesses' });
  await page.goto('/');
  const downloading = page.waitForEvent('download');
  await page.locator('.case-card').getByRole('button', { name: 'Export' }).click();
  const file = await readFile((await (await downloading).path())!, 'utf8');
  await page.goto('/protect');
  await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the new passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Turn on protection' }).click();
  await expect(page.getByRole('status')).toContainText('Protection is on');

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your cases are locked' })).toBeVisible();
  await expect(page.getByText('One protected case is locked.')).toBeVisible();
  const start = page.getByRole('button', { name: 'Start a new case' });
  await expect(start).toBeEnabled();
  await expect(start).toHaveAccessibleDescription(
    /stored unencrypted on this device: it is not protected until you unlock/,
  );
  await expect(page.getByRole('heading', { name: 'Import a case' })).toBeVisible();
  await expect(page.locator('.case-card')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/h5-locked-home.png', fullPage: true });
  await expectNoAxeViolations(page);

  await start.click();
  await expect(page).toHaveURL(/\/q\/q\.area$/);
  await expect(page.getByText('This case is not protected yet')).toBeVisible();
  await expectNoAxeViolations(page);
  const newId = caseIdOf(page);
  await answerQuestions(page, { 'q.area': 'Family, separation or children' });
  await expect.poll(async () => (await storedCase(page, newId))?.answers['q.area']).toBe('family');

  await page.goto('/');
  await page
    .getByLabel('Case file')
    .setInputFiles({ name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await expect(page.getByText('A case with the same id was already on this device')).toBeVisible();
  await expect(page.locator('.case-card')).toHaveCount(2);
  await expect(page.locator('.case-card').getByText('Not protected yet')).toHaveCount(2);
  await expect(page.getByText('One protected case is locked.')).toBeVisible();
  await page.getByRole('link', { name: 'Open the imported case' }).click();
  await expect(page.getByText('This case is not protected yet')).toBeVisible();
  await expect(page.locator('.option-list .option-card').first()).toBeVisible();

  await page.goto('/');
  await unlockWith(page, PASSPHRASE);
  await expect(page.locator('.case-card')).toHaveCount(3);
  await expect(page.getByText('2 cases started or imported while locked are now protected too.')).toBeVisible();
  await expect(page.getByText('Not protected yet')).toHaveCount(0);
  const after = await stored(page);
  expect(after.cases).not.toContain('family');
  expect(after.cases).not.toContain('commercial-contracts');
  expect(after.cases.match(/"sealed"/g)).toHaveLength(3);
});

test('"I forgot my passphrase" says what goes and what stays, asks twice, erases, and every tab starts afresh', async ({
  page,
  context,
}) => {
  await startProtectedCase(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start a new case' }).click(); // a plain case, kept by the erase
  await expect(page).toHaveURL(/\/q\/q\.area$/);
  await page.getByRole('radio', { name: 'Something else' }).check(); // stored by its first answer
  const plainId = caseIdOf(page);
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByRole('heading', { name: 'Your cases are locked' })).toBeVisible();

  await page.goto('/');
  await unlockWith(page, 'not the passphrase at all');
  await expect(page.getByRole('alert')).toHaveText(/That passphrase does not open your cases/);
  const field = page.getByLabel('Passphrase', { exact: true });
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(/That passphrase does not open your cases/);

  const forgot = page.getByRole('button', { name: 'I forgot my passphrase' });
  await forgot.click();
  const stepOne = page.getByRole('heading', { name: 'Erase the protected cases and start afresh?' });
  await expect(stepOne).toBeFocused();
  await expect(page.getByText('Erased for good: the protected case on this device')).toBeVisible();
  await expect(page.getByText('Kept: the case that is not protected (started or imported while locked)')).toBeVisible();
  await expect(page.getByText('A case you exported to a file earlier can be imported again')).toBeVisible();
  await page.screenshot({ path: '/tmp/h5-forget-step1.png', fullPage: true });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(forgot).toBeFocused();
  expect((await stored(page)).protection).toBeDefined();

  await forgot.click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Last step: this cannot be undone' })).toBeFocused();
  const erase = page.getByRole('button', { name: 'Erase the protected case for good' });
  await expect(erase).toBeVisible();
  await page.screenshot({ path: '/tmp/h5-forget-step2.png', fullPage: true });
  await expectNoAxeViolations(page);
  expect((await stored(page)).cases).toContain('"sealed"'); // nothing erased before the second step is confirmed
  await erase.click();

  await expect(
    page.getByRole('status').filter({ hasText: 'The protected case was erased and protection is off.' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start a new case' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Your cases are locked' })).toHaveCount(0);
  await expect(page.locator('.case-card')).toHaveCount(1);
  await expect(page.getByText('Protection is off: your cases are stored unencrypted')).toBeVisible();
  const after = await stored(page);
  expect(after.protection).toBeUndefined();
  expect(after.cases).not.toContain('"sealed"');
  expect(await storedCase(page, plainId)).toBeDefined();
  await page.screenshot({ path: '/tmp/h5-forget-done.png', fullPage: true });
  await expectNoAxeViolations(page);

  // The other tab heard of it: no lock any more, the plain case listed, and a new case needs no passphrase.
  await expect(other.getByRole('heading', { name: 'Your cases are locked' })).toHaveCount(0);
  await expect(other.locator('.case-card')).toHaveCount(1);
  await expect(other.getByText('Not protected yet')).toHaveCount(0);
});

test('rename focuses its field and can be cancelled; after a delete the focus goes to the next case', async ({
  page,
}) => {
  await startStoredCase(page);
  await startStoredCase(page);
  await page.goto('/');
  const cards = page.locator('.case-card');
  await expect(cards).toHaveCount(2);
  const first = cards.first();
  const title = (await first.locator('h3').textContent()) ?? '';

  await first.getByRole('button', { name: 'Rename' }).click();
  const name = first.getByLabel('Case name');
  await expect(name).toBeFocused();
  await name.fill('Not kept');
  await first.getByRole('button', { name: 'Cancel' }).click();
  await expect(first.locator('h3')).toHaveText(title);
  await expect(first.getByRole('button', { name: 'Rename' })).toBeFocused();
  await first.getByRole('button', { name: 'Rename' }).click();
  await name.press('Escape');
  await expect(first.locator('h3')).toHaveText(title);
  await first.getByRole('button', { name: 'Rename' }).click();
  await name.fill('Supplier dispute');
  await name.press('Enter');
  await expect(page.getByRole('article', { name: 'Supplier dispute' })).toBeVisible();
  await expect(
    page.getByRole('article', { name: 'Supplier dispute' }).getByRole('button', { name: 'Rename' }),
  ).toBeFocused();

  const supplier = page.getByRole('article', { name: 'Supplier dispute' });
  const remaining = cards.filter({ hasNot: page.getByText('Supplier dispute') });
  await supplier.getByRole('button', { name: 'Delete' }).click();
  await supplier.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(cards).toHaveCount(1);
  await expect(remaining).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '“Supplier dispute” deleted.' })).toBeAttached();
  await remaining.getByRole('button', { name: 'Delete' }).click();
  await remaining.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(cards).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start a new case' })).toBeFocused();
});
