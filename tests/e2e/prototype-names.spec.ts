import { test, expect, startCase } from './fixtures.ts';

/** Every name an object inherits: a lookup that reads inherited properties finds these where it should find nothing. */
const NAMES = Object.getOwnPropertyNames(Object.prototype);

test('every route with an id says "not found" for object-prototype names, and never hangs', async ({ page }) => {
  test.setTimeout(180_000);
  await startCase(page);
  const caseId = page.url().split('/case/')[1]!.split('/')[0]!;
  await page.goto('/mediators');
  await expect(page.getByText('Directory as of')).toBeVisible(); // the feed is held, so a profile lookup really runs
  const routes: { path: (name: string) => string; notFound: RegExp }[] = [
    { path: (name) => `/mediators/${name}`, notFound: /Mediator not found/ },
    { path: (name) => `/workshop/${name}`, notFound: /No scenario by that name/ },
    { path: (name) => `/workshop/${name}/present`, notFound: /No scenario by that name/ },
    { path: (name) => `/workshop/${name}/handout`, notFound: /No scenario by that name/ },
    { path: (name) => `/case/${name}/results`, notFound: /Case not found/ },
    { path: (name) => `/case/${name}/q/q.area`, notFound: /Case not found/ },
    { path: (name) => `/case/${caseId}/q/${name}`, notFound: /This question does not apply/ },
  ];
  for (const route of routes) {
    for (const name of NAMES) {
      await page.goto(route.path(encodeURIComponent(name)));
      await expect(page.locator('h1'), route.path(name)).toHaveText(route.notFound);
    }
  }
});
