import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';

/** Walks the questionnaire in any language: answers by question id, "next" by the locale's button names. */
async function answerIn(page: Page, next: RegExp, answers: Record<string, string>): Promise<void> {
  while (/\/q\//.test(page.url())) {
    const questionId = decodeURIComponent(page.url().split('/q/')[1]!.split('?')[0]!);
    const label = answers[questionId];
    if (label) await page.getByRole('radio', { name: label, exact: true }).check();
    const heading = await page.locator('h1').textContent();
    await page.getByRole('button', { name: next }).click();
    await expect(page.locator('h1')).not.toHaveText(heading ?? '');
  }
}

const today = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date());

test('switch to French: questions, results and dates in French; then Spanish; a reload keeps the choice', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisissez comment régler votre différend');
  await expect(page).toHaveTitle('Olé : choisir comment régler un différend');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Ouvrir un nouveau dossier' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sur quoi porte principalement le différend ?');
  await expect(page.getByText('Question 1 sur')).toBeVisible();
  await page.getByText('Pourquoi cette question').click();
  await expectNoAxeViolations(page);
  await answerIn(page, /^(Suivant|Relire les réponses)$/, {
    'q.area': 'Un contrat entre entreprises',
    'q.relationship': 'Essentiel',
    'q.privacy': 'Très important',
    'q.willing': 'Ouverte à l’idée',
  });
  await expect(page.getByRole('heading', { name: 'Relire vos réponses' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Un contrat entre entreprises');
  await page.getByRole('link', { name: 'Voir le classement' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les façons de régler votre dossier');
  const first = page.locator('.option-card').first();
  await expect(first.locator('h2')).toContainText('Médiation');
  await expect(first.locator('.pros')).toContainText('parce que préserver la relation compte pour vous');
  await expect(page.getByRole('heading', { name: 'Ce qui changerait le premier résultat' })).toBeVisible();
  await first.getByText('Toutes les raisons et les faits').click();
  await expect(first.locator('.option-facts')).toContainText('Contraignant');
  await expectNoAxeViolations(page);

  // Spanish from the same page: the ranking's words follow at once, the numbers stay.
  const scoreFr = await first.locator('.score').textContent();
  await page.getByLabel('Langue').selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formas de resolver su caso');
  await expect(first.locator('.pros')).toContainText('porque conservar la relación le importa');
  await expect(first.locator('.score')).toHaveText(scoreFr!.replace('Score', 'Puntuación'));
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formas de resolver su caso');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sus casos' })).toBeVisible();
  // The title was given in French when the case was made and stays; its last change is a date written the Spanish way.
  await expect(page.locator('.case-title').first()).toHaveText(`Dossier du ${today('fr')}`);
  await expect(page.locator('.case-card .meta').first()).toContainText(`actualizado el ${today('es')}`);
  await expect(page.getByLabel('Idioma')).toHaveValue('es');
});

const FRENCH_MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';

test('the directory, a profile and the standards in French, then the directory in Spanish', async ({ page }) => {
  await page.goto('/mediators');
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trouver un médiateur certifié');
  // The feed's date, written the French way ("29 novembre 2026"), and the demo label in French.
  await expect(page.locator('.feed-status')).toContainText(new RegExp(`Annuaire à jour au \\d{1,2} (${FRENCH_MONTHS}) \\d{4}`));
  await expect(page.locator('.feed-status')).toContainText('Données de démonstration');
  await expect(page.locator('.result-count')).toHaveText(/^\d+ médiateurs sur \d+$/);
  await page.getByText('Filtres').click();
  await expect(page.locator('.filter', { hasText: 'Pays' }).locator('select')).toBeVisible();
  await page.locator('select[data-facet="language"]').selectOption('es');
  await expect(page).toHaveURL(/language=es/);
  await expectNoAxeViolations(page);

  const first = page.locator('.mediator-card').first();
  await expect(first).toContainText(/Médiateur certifié IMI|Certification non valide/);
  await first.locator('h3 a').click();
  await expect(page.getByRole('heading', { name: 'Déontologie et réclamations' })).toBeVisible();
  await expect(page.locator('.profile-facts')).toContainText('espagnol');
  await expect(page.getByRole('button', { name: /Ajouter à la sélection|Dans votre sélection/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Normes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Normes de certification');
  await expect(page.getByRole('heading', { name: 'Niveaux' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Langue').selectOption('es');
  await page.getByRole('link', { name: 'Mediadores' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buscar un mediador certificado');
  await expect(page.locator('.feed-status')).toContainText('Directorio a fecha de');
  await expectNoAxeViolations(page);
});

test.describe('a Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('starts in Spanish, with the page language set for screen readers', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Elija cómo resolver su conflicto');
    await expect(page.getByRole('link', { name: 'Mediadores' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('the layout holds right to left', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  const header = page.locator('.app-header');
  const brand = await page.locator('.brand').boundingBox();
  const toggle = await page.locator('.theme-toggle').boundingBox();
  const box = await header.boundingBox();
  // Mirrored: the brand starts at the right edge, the theme toggle ends at the left.
  expect(brand!.x + brand!.width).toBeGreaterThan(box!.x + box!.width - 40);
  expect(toggle!.x).toBeLessThan(box!.x + 60);
  await expectNoAxeViolations(page);
});
