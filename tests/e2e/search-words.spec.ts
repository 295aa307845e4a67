import type { Page } from '@playwright/test';
import { regionOf } from '../../src/domain/matching/regions.ts';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';

type Profile = {
  id: string;
  name: string;
  languages: string[];
  practiceAreas: string[];
  locations: { country: string; city?: string }[];
};

async function allProfiles(page: Page): Promise<Profile[]> {
  return page.evaluate(async () => {
    const manifest = (await (await fetch('/feed/manifest.json')).json()) as { files: { path: string; kind: string }[] };
    const shards = manifest.files.filter((f) => f.kind === 'registry');
    return (
      await Promise.all(shards.map(async (s) => (await (await fetch(`/feed/${s.path}`)).json()) as Profile[]))
    ).flat();
  });
}

/** The names on the result cards shown. */
async function shownNames(page: Page): Promise<string[]> {
  return page.locator('.mediator-card h3').allTextContents();
}

async function switchTo(page: Page, locale: string, heading: string) {
  await page.locator('.language-switch select').selectOption(locale);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

/** The country filter names regions in the page's language, never as UN M49 codes ("150 (275)"). */
async function expectRegionsNamed(page: Page, europe: string) {
  await page.locator('.search-box input').fill(''); // the filters count everyone
  await page.locator('.filters-box summary').click();
  const options = page.locator('select[data-facet="country"] option');
  await expect(options.filter({ hasText: new RegExp(`^${europe} \\(\\d+\\)$`) })).toHaveCount(1);
  await expect(options.filter({ hasText: /^\d{3} \(/ })).toHaveCount(0);
  await page.locator('.filters-box summary').click();
}

test('search in the user’s words: Munich, español in Spanish, famille in French; arbitration explained', async ({
  page,
}) => {
  await page.goto('/mediators');
  await expect(page.getByText('(edition 1)')).toBeVisible();
  const profiles = await allProfiles(page);
  const search = page.locator('.search-box input');
  const count = page.locator('.result-count');
  const cards = page.locator('.mediator-card');

  // The data says München; a person types Munich.
  const inMunich = profiles.filter((p) => p.locations.some((l) => l.city === 'München')).map((p) => p.name);
  expect(inMunich.length).toBeGreaterThan(0);
  await search.fill('Munich');
  // Polled: the list shows everyone until the search answers.
  await expect
    .poll(async () => {
      const names = await shownNames(page);
      return names.length > 0 && names.every((name) => inMunich.includes(name));
    })
    .toBe(true);
  await expect(count).toHaveText(/^[1-9]\d* of \d+ mediators$/);

  // A region by name: the search worker names UN M49 regions even where this Chromium's Intl does not.
  await search.fill('Europe');
  await expect(count).toHaveText(/^[1-9]\d* of \d+ mediators$/);
  const inEurope = new Set(
    profiles.filter((p) => p.locations.some((l) => regionOf(l.country) === '150')).map((p) => p.name),
  );
  await expect
    .poll(async () => {
      const names = await shownNames(page);
      return names.length > 0 && names.every((name) => inEurope.has(name));
    })
    .toBe(true);

  // Two letters already search.
  await search.fill('Ad');
  await expect(cards.first().locator('h3')).toHaveText(/\bAd/i);
  await expect(page.getByText('No mediator matches all of this.')).toBeHidden();

  // A process the directory does not list: what it holds, and where processes are compared.
  await search.fill('arbitration');
  const note = page.locator('.process-note');
  await expect(note).toContainText('“arbitration” is a way to resolve a dispute, not a kind of mediator');
  await expect(note).toContainText('not arbitrators or judges');
  await expect(page.getByText('Try fewer or different words.')).toBeHidden();
  await expect(note.getByRole('link', { name: /Compare them for your case/ })).toHaveAttribute('href', '/');
  await page.screenshot({ path: 'test-results/search-words-arbitration.png', fullPage: true });
  await expectNoAxeViolations(page);

  // In Spanish, the language as Spanish speakers write it.
  await switchTo(page, 'es', 'Buscar un mediador certificado');
  await expectRegionsNamed(page, 'Europa');
  await search.fill('español');
  await expect(count).toHaveText(/^[1-9]\d* de \d+ mediadores$/);
  // Each card lists its languages in Spanish: every one shown speaks Spanish.
  await expect(cards.filter({ hasNotText: 'español' })).toHaveCount(0);
  const spanishNames = new Set(profiles.filter((p) => p.languages.includes('es')).map((p) => p.name));
  for (const name of await shownNames(page)) expect(spanishNames.has(name), name).toBe(true);
  await page.screenshot({ path: 'test-results/search-words-espanol.png' });

  // In French, the area as the filter beside the box names it.
  await switchTo(page, 'fr', 'Trouver un médiateur certifié');
  await expectRegionsNamed(page, 'Europe');
  await search.fill('famille');
  const family = new Set(profiles.filter((p) => p.practiceAreas.includes('family')).map((p) => p.name));
  await expect(count).toHaveText(/^[1-9]\d* médiateurs sur \d+$/);
  await expect(cards.filter({ hasNotText: 'Famille' })).toHaveCount(0);
  const shown = await shownNames(page);
  expect(shown.length).toBeGreaterThan(0);
  for (const name of shown) expect(family.has(name), name).toBe(true);
  await expectNoAxeViolations(page);
});

test('an empty search says why and offers what to relax', async ({ page }) => {
  await page.goto('/mediators');
  await expect(page.getByText('(edition 1)')).toBeVisible();
  const search = page.locator('.search-box input');
  await search.fill('Munich qwxzv');
  await expect(
    page.getByText('No name, place, language or practice area in the directory is like “qwxzv”.'),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/search-words-empty.png', fullPage: true });
  await page.getByRole('button', { name: 'Search without “qwxzv”' }).click();
  await expect(search).toHaveValue('Munich');
  await expect(page.locator('.mediator-card').first()).toBeVisible();
});
