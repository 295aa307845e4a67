import { test, expect, expectNoAxeViolations } from './fixtures.ts';

test('the header switch turns the interface French, and a reload keeps it', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisissez comment régler votre différend');
  await expect(page).toHaveTitle('Olé : choisir comment régler un différend');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Ouvrir un nouveau dossier' })).toBeVisible();
  await expect(page.getByLabel('Langue')).toHaveValue('fr');
});
