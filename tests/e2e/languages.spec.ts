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

test('switch to French: questions, results and dates in French; then Spanish; a reload keeps the choice', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisissez comment régler votre différend');
  await expect(page).toHaveTitle('Olé : choisir comment régler un différend');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Olé vous aide à choisir/);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Ouvrir un nouveau dossier' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sur quoi porte principalement le différend ?');
  await expect(page).toHaveTitle('Sur quoi porte principalement le différend ? – Olé');
  await expect(page.getByText('Partie 1 sur 5')).toBeVisible();
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
  await expect(first.locator('.pros')).toContainText('parce que préserver la relation est essentiel pour vous');
  await expect(page.getByRole('heading', { name: 'Ce qui changerait le premier résultat' })).toBeVisible();
  await first.getByText('Toutes les raisons et les faits').click();
  await expect(first.locator('.option-facts')).toContainText('Contraignant');
  // Sources are cited in the reader's language too.
  await expect(first.locator('.option-facts cite').first()).toContainText(
    /^Source\u00a0: .*Angleterre et pays de Galles/,
  );
  await expectNoAxeViolations(page);

  // Spanish from the same page: the ranking's words follow at once, the numbers stay.
  const scoreFr = await first.locator('.score').textContent();
  await page.getByLabel('Langue', { exact: true }).selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formas de resolver su caso');
  await expect(first.locator('.pros')).toContainText('porque conservar la relación es imprescindible para usted');
  await expect(first.locator('.score')).toHaveText(scoreFr!.replace('Score', 'Puntuación'));
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formas de resolver su caso');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sus casos' })).toBeVisible();
  // The case was named in French from its dispute when it was made, and stays; its last change is dated the Spanish way.
  await expect(page.locator('.case-title').first()).toHaveText(`Un contrat entre entreprises, ${today('fr')}`);
  await expect(page.locator('.case-card .meta').first()).toContainText(`actualizado el ${today('es')}`);
  await expect(page.getByLabel('Idioma', { exact: true })).toHaveValue('es');
});

const MONTHS = {
  fr: 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  es: 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
};

/** What the directory's pages say in each language; every row is read off the page, never typed by the test. */
const DIRECTORY_TOUR = [
  {
    locale: 'fr' as const,
    switchFrom: 'Language',
    title: 'Trouver un médiateur certifié',
    asOf: 'Annuaire à jour au \\d{1,2} (?:MONTH) \\d{4}',
    demo: 'Données de démonstration',
    count: /^\d+ médiateurs sur \d+$/,
    filters: 'Filtres',
    country: 'Pays',
    certified: /Médiateur certifié IMI|Certification non valide/,
    conduct: 'Déontologie et réclamations',
    spanish: 'espagnol',
    add: 'Ajouter à la sélection',
    shortlistLink: 'Sélection (1)',
    shortlist: 'Votre sélection',
    compare: 'Comparer',
    mentorsLink: 'Trouver un mentor (YMI)',
    mentors: 'Trouver un mentor',
    mentorsFit: 'Mentors qui vous correspondent',
    mentorReason: 'accueille des mentorés pour : observer',
    standardsLink: 'Normes',
    standards: 'Normes de certification',
    levels: 'Niveaux',
  },
  {
    locale: 'es' as const,
    switchFrom: 'Langue',
    title: 'Buscar un mediador certificado',
    asOf: 'Directorio a fecha de \\d{1,2} de (?:MONTH) de \\d{4}',
    demo: 'Datos de demostración',
    count: /^\d+ de \d+ mediadores$/,
    filters: 'Filtros',
    country: 'País',
    certified: /Mediador certificado IMI|Sin certificación vigente/,
    conduct: 'Conducta y quejas',
    spanish: 'español',
    add: 'Añadir a la selección',
    shortlistLink: 'Selección (1)',
    shortlist: 'Su selección',
    compare: 'Comparar',
    mentorsLink: 'Buscar un mentor (YMI)',
    mentors: 'Buscar un mentor',
    mentorsFit: 'Mentores que encajan',
    mentorReason: 'permite a los tutorandos observar',
    standardsLink: 'Normas',
    standards: 'Normas de certificación',
    levels: 'Niveles',
  },
];

for (const words of DIRECTORY_TOUR) {
  test(`the directory, a profile, the shortlist, mentors and the standards in ${words.locale}`, async ({ page }) => {
    await page.goto('/');
    if (words.locale === 'es') await page.getByLabel('Language', { exact: true }).selectOption('fr');
    await page
      .getByRole('link', { name: /Mediators|Médiateurs/ })
      .first()
      .click();
    await page.getByLabel(words.switchFrom, { exact: true }).selectOption(words.locale);
    await expect(page.locator('html')).toHaveAttribute('lang', words.locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
    await expect(page).toHaveTitle(`${words.title} – Olé`);
    // The feed's date written the locale's way ("29 novembre 2026", "29 de noviembre de 2026"), the demo label translated.
    await expect(page.locator('.feed-status')).toContainText(
      new RegExp(words.asOf.replace('MONTH', MONTHS[words.locale])),
    );
    await expect(page.locator('.feed-status')).toContainText(words.demo);
    await expect(page.locator('.result-count')).toHaveText(words.count);
    await page.getByText(words.filters, { exact: true }).click();
    await expect(page.locator('.filter', { hasText: words.country }).locator('select')).toBeVisible();
    await page.locator('select[data-facet="language"]').selectOption('es');
    await expect(page).toHaveURL(/language=es/);
    await expectNoAxeViolations(page);

    const first = page.locator('.mediator-card').first();
    await expect(first).toContainText(words.certified);
    await first.locator('h3 a').click();
    await expect(page.getByRole('heading', { name: words.conduct })).toBeVisible();
    await expect(page).toHaveTitle(`${await page.locator('h1').textContent()} – Olé`);
    await expect(page.locator('.profile-facts')).toContainText(words.spanish);
    await page.getByRole('button', { name: words.add }).click();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: words.shortlistLink, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.shortlist);
    await expect(page.getByLabel(words.compare)).toHaveCount(1);
    await expectNoAxeViolations(page);

    await page.goto('/mediators');
    await page.getByRole('link', { name: words.mentorsLink }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.mentors);
    await expect(page.getByRole('heading', { name: words.mentorsFit })).toBeVisible();
    await expect(page.locator('.fit-parts').first()).toContainText(words.mentorReason);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: words.standardsLink, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.standards);
    await expect(page).toHaveTitle(`${words.standards} – Olé`);
    await expect(page.getByRole('heading', { name: words.levels })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

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
