// Passphrase protection as a person turns it on and unlocks it, for the specs that need protected cases.
import type { Page } from '@playwright/test';
import { expect, startStoredCase } from './fixtures.ts';

export const PASSPHRASE = 'amber fox under the bridge';

export async function unlockWith(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** A new case (stored by its first answer), then protection turned on: the case's id. */
export async function startProtectedCase(page: Page): Promise<string> {
  const caseId = await startStoredCase(page);
  await page.goto('/protect');
  await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the new passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Turn on protection' }).click();
  await expect(page.getByRole('status')).toContainText('Protection is on');
  return caseId;
}
