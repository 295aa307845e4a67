// What a case needs is a requirement: who misses a language or a meeting in person only partly fits, and says why.
// Also on a phone: a profile in French says its texts are in English and how to raise a conflict of interest, and a
// shared shortlist names who is no longer listed.
import type { Locator, Page } from '@playwright/test';
import { answerQuestions, expect, expectNoAxeViolations, startCase, test } from './fixtures.ts';

type Profile = { id: string; name: string; bioLanguage?: string };

async function feed(page: Page): Promise<{ profiles: Profile[]; revoked: string[] }> {
  return page.evaluate(async () => {
    const get = async (path: string) => (await fetch(`/feed/${path}`)).json();
    const manifest = (await get('manifest.json')) as { files: { path: string; kind: string }[] };
    const shards = manifest.files.filter((f) => f.kind === 'registry');
    const profiles = (await Promise.all(shards.map((s) => get(s.path)))).flat() as Profile[];
    const revocations = (await get('revocations.json')) as { mediatorId: string }[];
    return { profiles, revoked: revocations.map((r) => r.mediatorId) };
  });
}

const cardsIn = (section: Locator) => section.locator('.ranked > li');

/** Cards above render (content-visibility) as they come into view and move what is below: scroll until it stays. */
const scrollToTop = (target: Locator) =>
  target.evaluate(async (element) => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let i = 0; i < 20; i++) {
      element.scrollIntoView({ block: 'start' });
      await frame();
      if (Math.abs(element.getBoundingClientRect().top) < 2) return;
    }
  });

test('a needed language and a meeting in person are requirements; who misses one partly fits, with what is missing', async ({
  page,
}) => {
  await page.goto('/mediators');
  await expect(page.getByText('(edition 1)')).toBeVisible();
  await startCase(page);
  await answerQuestions(page, { 'q.area': 'A contract between businesses' });
  await page.getByRole('link', { name: 'See the ranking' }).click();
  await page.getByRole('link', { name: 'Find a mediator for this case' }).click();

  // The parties need Catalan and Basque, and to meet in person.
  await page.getByLabel('Add: Languages the parties need').selectOption({ label: 'Catalan' });
  await page.getByLabel('Add: Languages the parties need').selectOption({ label: 'Basque' });
  await page.getByRole('checkbox', { name: 'Online mediation is fine' }).uncheck();

  const fits = page.getByRole('region', { name: 'Fits what you need' });
  const partly = page.getByRole('region', { name: 'Partly fits' });
  await expect(cardsIn(fits).first()).toContainText('speaks Basque, which you need');
  const fitting = cardsIn(fits);
  expect(await fitting.count()).toBeGreaterThan(0);
  for (const card of await fitting.all()) {
    await expect(card).toContainText('speaks Catalan, which you need');
    await expect(card).toContainText('speaks Basque, which you need');
    await expect(card).toContainText('meets in person, as you need');
    await expect(card.locator('.fit-missing')).toHaveCount(0);
  }

  // Everyone below misses something, and says what, first on the card.
  await expect(partly.getByText('They miss something you said you need')).toBeVisible();
  const missing = await partly.locator('.ranked > li .fit-missing').allTextContents();
  expect(missing.length).toBe(await cardsIn(partly).count());
  for (const line of missing)
    expect(line).toMatch(
      /^Misses: (does not speak (Catalan|Basque)|works online only)(; (does not speak \w+|works online only))*\.$/,
    );
  expect(missing).toContain('Misses: works online only.');
  expect(missing.some((line) => /does not speak (Catalan|Basque)/.test(line))).toBe(true);
  const online = partly.locator('.ranked > li', { hasText: 'Misses: works online only.' }).first();
  await expect(online.locator('.fit-parts li.missing')).toHaveText(['works online only (−10)']);

  // Nothing weighed outranks a need: the first of the partly fits comes after the last of those who fit.
  const numbers = await page
    .locator('.ranked')
    .evaluateAll((lists) => lists.map((list) => [(list as HTMLOListElement).start, list.children.length]));
  expect(numbers[1]![0]).toBe(numbers[0]![0]! + numbers[0]![1]!);

  // What a person sees on a phone: why the next ones only partly fit, and one who works online only.
  await scrollToTop(partly.getByRole('heading', { name: 'Partly fits' }));
  await page.screenshot({ path: test.info().outputPath('partly-fits-phone.png') });
  await scrollToTop(online);
  await page.screenshot({ path: test.info().outputPath('online-only-phone.png') });
  await expectNoAxeViolations(page);

  // Online fine again: the online-only mediator meets every need, so nobody who fits misses anything.
  await page.getByRole('checkbox', { name: 'Online mediation is fine' }).check();
  await expect(page.locator('.fit-missing', { hasText: 'works online only' })).toHaveCount(0);
});

test('in French, a profile says its texts are in English and how to raise a conflict of interest', async ({ page }) => {
  await page.goto('/standards');
  await expect(page.getByText('(edition 1)')).toBeVisible();
  const { profiles } = await feed(page);
  const english = profiles.find((p) => p.bioLanguage === 'en')!;
  await page.goto('/');
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.goto(`/mediators/${english.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.name);
  await expect(page.getByText('Présentation publiée en anglais.')).toBeVisible();
  await expect(page.locator('p[lang="en"]').first()).toBeVisible();
  const conflicts = page.getByRole('region', { name: 'Conflits d’intérêts' });
  await expect(conflicts).toContainText('demandez-lui par écrit');
  await expect(conflicts).toContainText(
    'Convention de Singapour sur la médiation, 2019, art.\u00a05(1)(e)\u2060–\u2060(f)',
  );
  await expectNoAxeViolations(page);
});

test('a shared shortlist names who is no longer listed, and why', async ({ page }) => {
  await page.goto('/standards');
  await expect(page.getByText('(edition 1)')).toBeVisible();
  const { profiles, revoked } = await feed(page);
  const gone = profiles.find((p) => p.id === revoked[0])!;
  const kept = profiles.find((p) => !revoked.includes(p.id))!;
  await page.goto(`/mediators/shortlist?ids=${kept.id},${gone.id},nobody-here`);
  await expect(page.getByRole('heading', { name: 'A shortlist shared with you' })).toBeVisible();
  const notice = page.getByRole('region', { name: 'No longer listed' });
  await expect(notice).toContainText(`${gone.name} is no longer certified: certification withdrawn on`);
  await expect(notice).toContainText(
    'A mediator on this list (nobody-here) is not in the registry held on this device',
  );
  await expect(notice.getByRole('button')).toHaveCount(0); // not one's own list: nothing to remove
  await expectNoAxeViolations(page);
});
