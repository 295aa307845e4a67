import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import type { Page } from '@playwright/test';

type Profile = { id: string; name: string };

/** Two demo profiles straight from the served feed, so the test needs no search. */
async function demoProfiles(page: Page): Promise<Profile[]> {
  return page.evaluate(async () => {
    const manifest = (await (await fetch('/feed/manifest.json')).json()) as { files: { path: string; kind: string }[] };
    const shard = manifest.files.find((f) => f.kind === 'registry')!;
    return ((await (await fetch(`/feed/${shard.path}`)).json()) as Profile[]).slice(0, 3);
  });
}

test('a profile shows its digest and conduct; a shortlist is compared and shared as ids only', async ({
  page,
  context,
}) => {
  await page.goto('/standards');
  await expect(page.getByText('(edition 1)')).toBeVisible();
  const [first, second, third] = await demoProfiles(page);

  await page.goto(`/mediators/${first!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.name);
  await expect(page.getByText('Demo profile: an invented person')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Feedback Digest' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Conduct and complaints' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add to shortlist' }).click();
  await expect(page.getByRole('button', { name: 'On your shortlist' })).toBeVisible();
  for (const other of [second!, third!]) {
    await page.goto(`/mediators/${other.id}`);
    await page.getByRole('button', { name: 'Add to shortlist' }).click();
    await expect(page.getByRole('link', { name: /Shortlist \(\d\)/ })).toBeVisible();
  }

  await page.getByRole('link', { name: 'Shortlist (3)' }).click();
  await expect(page.locator('.shortlist-item')).toHaveCount(3);
  await page.locator('.shortlist-item', { hasText: first!.name }).getByRole('checkbox', { name: 'Compare' }).check();
  await page.locator('.shortlist-item', { hasText: second!.name }).getByRole('checkbox', { name: 'Compare' }).check();
  const table = page.getByRole('region', { name: 'Comparison' });
  await expect(table.getByRole('columnheader')).toHaveText([first!.name, second!.name]);
  await expect(table.getByRole('rowheader', { name: 'Feedback Digest' })).toBeVisible();
  await expectNoAxeViolations(page);

  const link = await page.getByLabel('Link to share').inputValue();
  expect(link).toMatch(/\/mediators\/shortlist\?ids=[A-Za-z0-9._,-]+$/);
  for (const p of [first!, second!, third!]) expect(link).not.toContain(encodeURIComponent(p.name.split(' ')[0]!));

  // The other party opens the link on their own device.
  const other = await context.browser()!.newContext({ baseURL: new URL(page.url()).origin });
  const theirs = await other.newPage();
  await theirs.goto(link);
  await expect(theirs.getByRole('heading', { name: 'A shortlist shared with you' })).toBeVisible();
  await expect(theirs.locator('.shortlist-item')).toHaveCount(3);
  await other.close();

  // Back on the first device: remove one, and the list remembers after a reload.
  await page
    .locator('.shortlist-item', { hasText: third!.name })
    .getByRole('button', { name: /Remove/ })
    .click();
  await page.reload();
  await expect(page.locator('.shortlist-item')).toHaveCount(2);

  // A change whose IndexedDB write died with its page is journalled; the next page stores it before reading.
  await page.evaluate((id) => localStorage.setItem('ole.setting.shortlist', JSON.stringify([id])), first!.id);
  await page.reload();
  await expect(page.locator('.shortlist-item')).toHaveCount(1);
  await expect(page.locator('.shortlist-item')).toContainText(first!.name);
});

test('a profile that is not in the directory says so', async ({ page }) => {
  await page.goto('/mediators/nobody-here');
  await expect(page.getByRole('heading', { name: 'Mediator not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});
