import { test, expect, expectNoAxeViolations } from './fixtures.ts';

test('a first-time visitor opens How Olé works from the home page and finds each kind of user', async ({ page }) => {
  await page.goto('/');
  await page.locator('.how-first').getByRole('link', { name: 'How Olé works' }).click();
  await expect(page).toHaveURL(/\/how$/);
  await expect(page.getByRole('heading', { level: 1, name: 'How Olé works' })).toBeVisible();
  await expect(page).toHaveTitle('How Olé works – Olé');

  const headings = page.getByRole('heading', { level: 2 });
  await expect(headings).toHaveText([
    'If you are a party in a dispute',
    'If you are counsel',
    'If you are a young mediator',
    'If you are a trainer',
    'How the ranking works',
    'Your data',
    'Where the data comes from',
  ]);
  const trainer = page.getByRole('region', { name: 'If you are a trainer' });
  await expect(trainer).toContainText('Speaker notes in a second window');
  await expect(page.getByRole('region', { name: 'How the ranking works' })).toContainText('not legal advice');
  await expectNoAxeViolations(page);

  await trainer.getByRole('link', { name: 'Open the workshop scenarios' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop scenarios' })).toBeVisible();
  // The footer links the page for everyone, on every screen.
  await page.getByRole('contentinfo').getByRole('link', { name: 'How Olé works' }).click();
  await expect(page).toHaveURL(/\/how$/);
});
