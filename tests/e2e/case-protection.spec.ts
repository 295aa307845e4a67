import type { Page } from '@playwright/test';
import { test, expect, answerQuestions, startCase, expectNoAxeViolations } from './fixtures.ts';
import { PASSPHRASE, startProtectedCase, unlockWith } from './protection.ts';

/** Every stored case record as text, straight from IndexedDB: what someone reading the browser's files would see. */
async function storedCasesText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('ole');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('cases').objectStore('cases').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(JSON.stringify(request.result));
          };
        };
      }),
  );
}

test('protected cases are stored encrypted, ask for the passphrase after a reload, and a wrong one changes nothing', async ({
  page,
}) => {
  await startCase(page);
  await answerQuestions(page, { 'q.area': 'A contract between businesses', 'q.privacy': 'Very important' });
  const caseId = page.url().split('/case/')[1]!.split('/')[0]!;

  await page.goto('/');
  await page.getByRole('link', { name: 'Protect my cases' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protect my cases' })).toBeVisible();
  await expect(page.getByText('your cases cannot be recovered by anyone')).toBeVisible();
  await expect(page.getByText('Not encrypted: the mediator directory (public data)')).toBeVisible();
  await expectNoAxeViolations(page);

  // Bad input is said, and protection stays off.
  await page.getByLabel('New passphrase', { exact: true }).fill('short');
  await page.getByLabel('Repeat the new passphrase').fill('short');
  await page.getByRole('button', { name: 'Turn on protection' }).click();
  await expect(page.getByRole('alert')).toHaveText('The passphrase needs at least 8 characters. Nothing was changed.');
  await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the new passphrase').fill(`${PASSPHRASE}!`);
  await page.getByRole('button', { name: 'Turn on protection' }).click();
  await expect(page.getByRole('alert')).toHaveText('The two new passphrases differ. Nothing was changed.');
  await expectNoAxeViolations(page); // with the message
  expect(await storedCasesText(page)).toContain('q.privacy');

  await page.getByLabel('Repeat the new passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Turn on protection' }).click();
  await expect(page.getByRole('status')).toHaveText('Protection is on: your cases are stored encrypted.');
  await expectNoAxeViolations(page);
  const stored = await storedCasesText(page);
  expect(stored).toContain('"sealed"');
  for (const secret of ['q.privacy', 'commercial-contracts', 'Case of']) expect(stored).not.toContain(secret);

  // Autosave still writes while unlocked, including the last keystroke before a reload. In-app links keep the key.
  await page.getByRole('link', { name: 'Back to your cases' }).click();
  await page.locator('.case-card').getByRole('link', { name: 'Worksheet' }).click();
  await expect(page).toHaveURL(`/case/${caseId}/worksheet`);
  await page.getByLabel('Key facts and claims').fill('Late delivery of a machine (fictional example).');
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: 'Your cases are locked' })).toBeVisible();
  await expect(page).toHaveTitle('Your cases are locked – Olé');
  await expect(page.getByLabel('Key facts and claims')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await unlockWith(page, 'amber fox under the bride');
  await expect(page.getByRole('alert')).toHaveText(
    'That passphrase does not open your cases. Nothing was changed; check it and try again.',
  );
  await expectNoAxeViolations(page); // the lock screen with its message
  await unlockWith(page, PASSPHRASE);
  await expect(page.getByLabel('Key facts and claims')).toHaveValue('Late delivery of a machine (fictional example).');
  expect(await storedCasesText(page)).not.toContain('Late delivery');

  await page.goto(`/case/${caseId}/q/q.privacy`);
  await unlockWith(page, PASSPHRASE);
  await expect(page.getByRole('radio', { name: 'Very important', exact: true })).toBeChecked();
  await page.getByRole('radio', { name: 'Essential', exact: true }).check();

  // Home, locked: nothing of the cases shows until the passphrase is given.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your cases are locked' })).toBeVisible();
  await expect(page.locator('.case-card')).toHaveCount(0);
  await expect(page.getByText('One protected case is locked.')).toBeVisible();
  await expect(page.getByText('Your cases are protected with a passphrase.')).toBeVisible();
  await expectNoAxeViolations(page);
  await unlockWith(page, PASSPHRASE);
  await expect(page.locator('.case-card')).toHaveCount(1);
  await expect(page.getByText('Your cases are protected with a passphrase.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.locator('.case-card')).toHaveCount(0);
  await unlockWith(page, PASSPHRASE);
  await expect(page.locator('.case-card')).toHaveCount(1);
});

test('another tab follows the answers while unlocked; turning protection off needs the passphrase and stores plain again', async ({
  page,
  context,
}) => {
  const caseId = await startProtectedCase(page);

  const other = await context.newPage();
  await other.goto(`/case/${caseId}/q/q.privacy`);
  await unlockWith(other, PASSPHRASE);
  await expect(other.getByRole('radio', { name: 'Very important', exact: true })).not.toBeChecked();
  await page.goto(`/case/${caseId}/q/q.privacy`); // a new page load: the key was in the old page's memory only
  await unlockWith(page, PASSPHRASE);
  await page.getByRole('radio', { name: 'Very important', exact: true }).check();
  await expect(other.getByRole('radio', { name: 'Very important', exact: true })).toBeChecked();

  await page.goto('/protect');
  await unlockWith(page, PASSPHRASE);
  await page.getByLabel('Current passphrase').last().fill('not my passphrase');
  await page.getByRole('button', { name: 'Turn off protection' }).click();
  await expect(page.getByRole('alert')).toHaveText('The current passphrase is not right. Nothing was changed.');
  await page.getByLabel('Current passphrase').last().fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Turn off protection' }).click();
  await expect(page.getByRole('heading', { name: 'Turn on protection' })).toBeVisible();
  expect(await storedCasesText(page)).toContain('q.privacy');

  // The other tab learnt of the change and goes on without a passphrase: its answer is stored plain.
  await other.getByRole('radio', { name: 'Essential', exact: true }).check();
  await expect.poll(() => storedCasesText(other)).toMatch(/"q\.privacy":3/);
  await other.reload();
  await expect(other.getByRole('radio', { name: 'Essential', exact: true })).toBeChecked();
});

test('under protection, an answer given just before the page reloads is kept', async ({ page }) => {
  // Opening a stored case is made slow, so the answer's ordinary write is still running when the page goes.
  await page.addInitScript(() => {
    const decrypt = crypto.subtle.decrypt.bind(crypto.subtle);
    crypto.subtle.decrypt = (...args) =>
      new Promise((resolve) => setTimeout(resolve, 500)).then(() => decrypt(...args));
  });
  const caseId = await startProtectedCase(page);

  await page.goto(`/case/${caseId}/q/q.privacy`);
  await unlockWith(page, PASSPHRASE);
  await page.getByRole('radio', { name: 'Essential', exact: true }).check();
  await page.reload();
  await unlockWith(page, PASSPHRASE);
  await expect(page.getByRole('radio', { name: 'Essential', exact: true })).toBeChecked();
  expect(await storedCasesText(page)).not.toContain('q.privacy');
});

test('an unlocked device left alone locks itself after the chosen time, and says why', async ({ page }) => {
  await page.clock.install();
  await startProtectedCase(page);
  await expect(page.getByRole('radio', { name: 'After 15 minutes without use' })).toBeChecked();
  await page.getByRole('radio', { name: 'After 5 minutes without use' }).check();
  await expectNoAxeViolations(page);

  await page.clock.fastForward('04:00');
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByText('Locked after 5 minutes without use.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock now' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await unlockWith(page, PASSPHRASE);
  await expect(page.getByRole('radio', { name: 'After 5 minutes without use' })).toBeChecked();
  await expect(page.getByText('Locked after')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Never: only when the tab is closed, or with “Lock now”' }).check();
  await page.clock.fastForward('02:00:00');
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
});
