import type { Page } from '@playwright/test';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { signedPoints } from '../../src/domain/explain.ts';
import { choiceLabel } from '../../src/domain/questions.ts';
import { applyFlip } from '../../src/domain/workshop/flip.ts';
import { findScenario, scenarioLibrary } from '../../src/domain/workshop/scenario-library.ts';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { lateDeliveries, rank, toldOf, optionName, expectQrOf, slide } from './workshop-helpers.ts';

test('presenter: keyboard through the story and answers, reveal the ranking, flip an answer and see what moved and why', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop scenarios' })).toBeVisible();
  await expect(page.getByText('Every scenario is fictional')).toBeVisible();
  await expect(page.locator('.scenario-card')).toHaveCount(scenarioLibrary.length);
  await expect(page.locator('.scenario-card .badge.fictional')).toHaveCount(scenarioLibrary.length);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: /^Present\W+Late deliveries, unpaid invoices$/ }).click();
  await expect(page).toHaveURL(/\/workshop\/late-deliveries\/present$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Late deliveries, unpaid invoices');
  await expect(slide(page)).toContainText('A small bakery chain, Miga & Co');
  await expect(page.locator('.key-hint')).toContainText('R reveal');
  // The story, each prepared answer, the ranking, the flip, and the room's ranking last.
  const steps = Object.keys(lateDeliveries.answers).length + 4;
  await expect(page.getByText(`Step 1 of ${steps}`)).toBeVisible();
  await expectNoAxeViolations(page);

  // One prepared answer at a time, forwards with → and Space, back with ←.
  await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toContainText('Answer 1 of 26');
  await expect(slide(page).getByRole('heading', { level: 2 })).toHaveText('What is the dispute mainly about?');
  await expect(slide(page).locator('.answer-value')).toHaveText('A contract between businesses');
  await page.keyboard.press(' ');
  await expect(slide(page)).toContainText('Answer 2 of 26');
  await page.keyboard.press('ArrowLeft');
  await expect(slide(page)).toContainText('Answer 1 of 26');
  await expectNoAxeViolations(page);

  // R reveals the ranking: the engine's top three with their reasons, and the points to discuss.
  await page.keyboard.press('r');
  await expect(slide(page).getByRole('heading', { level: 2, name: 'Olé’s ranking' })).toBeVisible();
  const top = rank(lateDeliveries.answers)
    .options.filter((o) => o.available)
    .slice(0, 3);
  await expect(slide(page).locator('.top-option-name')).toHaveText(
    top.map((o) => new RegExp(optionName(o.id).replace(/[()]/g, '\\$&'))),
  );
  await expect(slide(page).locator('.top-options > li').first().locator('.pros li').first()).toContainText('because');
  await expect(slide(page)).toContainText(lateDeliveries.teachingPoints[0]!.en);
  await expectNoAxeViolations(page);
  // Legible in the dark theme too.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();

  // F flips the suggested answer (the relationship no longer matters): the flip goes into the fragment, and what moved is named.
  await page.keyboard.press('f');
  await expect(page).toHaveURL(/\/workshop\/late-deliveries\/present#flip=q\.relationship%3A0$/);
  await expect(page.getByText(`Step ${steps - 1} of ${steps}`)).toBeVisible();
  await expect(slide(page).locator('.flip-sentence')).toHaveText(
    'If “The relationship” were “Not important” instead of “Essential”:',
  );
  const moves = toldOf(lateDeliveries.answers, lateDeliveries.suggestedFlip);
  const first = moves[0]!;
  const firstShown = slide(page).locator('.moved-list > li').first();
  await expect(firstShown).toContainText(optionName(first.id));
  await expect(firstShown).toContainText(
    `rank ${first.before.sharedRank} → ${first.after.sharedRank}, ${signedPoints(first.points)} points`,
  );
  await expect(firstShown.locator('.moved-reasons')).toContainText(
    `because keeping the relationship is essential to you: ${signedPoints(first.points)}`,
  );
  await expectQrOf(
    slide(page).locator('.qr-code'),
    new URL('/workshop/late-deliveries#flip=q.relationship%3A0', page.url()).href,
  );
  await expectNoAxeViolations(page);

  // Any other answer can be flipped instead; keys typed in the picker stay in the picker.
  await slide(page).getByLabel('Answer to flip').selectOption({ label: 'Privacy' });
  await expect(page).toHaveURL(/#flip=q\.privacy%3A/);
  await slide(page).getByLabel('New answer').selectOption({ label: 'Not important' });
  await expect(page).toHaveURL(/#flip=q\.privacy%3A0$/);
  const privacy = defaultQuestionnaire.questions.find((q) => q.id === 'q.privacy')!;
  await expect(slide(page).locator('.flip-sentence')).toHaveText(
    `If “Privacy” were “Not important” instead of “${choiceLabel(privacy, lateDeliveries.answers['q.privacy'])}”:`,
  );
  const privacyMoves = toldOf(lateDeliveries.answers, { questionId: 'q.privacy', value: 0 });
  await expect(slide(page).locator('.moved-list > li').first()).toContainText(optionName(privacyMoves[0]!.id));
  await slide(page).getByLabel('Answer to flip').focus();
  await page.keyboard.press('ArrowLeft'); // keys typed in the picker stay in the picker: no step back
  await expect(page.getByText(`Step ${steps - 1} of ${steps}`)).toBeVisible();
  await slide(page).getByLabel('Answer to flip').selectOption({ label: 'Privacy' });

  // The flip travels with the address: a reload opens on it.
  await page.reload();
  await expect(page.getByText(`Step ${steps - 1} of ${steps}`)).toBeVisible();
  await expect(slide(page).locator('.flip-sentence')).toContainText('“Privacy”');
  await page.keyboard.press('ArrowLeft');
  await expect(slide(page).getByRole('heading', { level: 2, name: 'Olé’s ranking' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/workshop$/);
});

test('participants: the QR code opens the scenario on a phone, with answers, ranking and their own flips', async ({
  page,
  context,
}) => {
  await page.goto('/workshop/late-deliveries/present');
  const link = page.locator('.qr-url');
  const url = (await link.getAttribute('href'))!;
  await expect(link).toHaveText(`${new URL(page.url()).host}/workshop/late-deliveries`);
  expect(url).toBe(new URL('/workshop/late-deliveries', page.url()).href);
  await expectQrOf(page.locator('.qr-figure .qr-code'), url);

  const phone = await context.newPage();
  await phone.goto(url);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Late deliveries, unpaid invoices');
  await expect(phone.locator('.scenario-badges')).toContainText('Fictional');
  await expect(phone.locator('.narrative')).toContainText('Miga & Co');
  await expect(phone.locator('.prepared-answer')).toHaveCount(Object.keys(lateDeliveries.answers).length);
  await expect(phone.locator('.prepared-answer').filter({ hasText: 'The relationship' })).toContainText('Essential');
  const top = rank(lateDeliveries.answers).options[0]!;
  await expect(phone.locator('.option-card').first()).toContainText(optionName(top.id));
  await expectNoAxeViolations(phone);

  await phone.getByRole('button', { name: 'Suggested flip' }).click();
  await expect(phone).toHaveURL(/\/workshop\/late-deliveries#flip=q\.relationship%3A0$/);
  await expect(phone.locator('.prepared-answer.flipped')).toContainText('Not important');
  const moves = toldOf(lateDeliveries.answers, lateDeliveries.suggestedFlip);
  await expect(phone.locator('.moved-list > li').first()).toContainText(optionName(moves[0]!.id));
  await expect(phone.locator('.option-card .moved').first()).toBeVisible();
  await expectNoAxeViolations(phone);

  await phone.getByLabel('Answer to flip').selectOption({ label: 'Speed' });
  await expect(phone).toHaveURL(/#flip=q\.speed%3A/);
  await phone.getByRole('button', { name: 'Back to the prepared answers' }).click();
  await expect(phone).toHaveURL(/\/workshop\/late-deliveries$/);
  await expect(phone.locator('.prepared-answer.flipped')).toHaveCount(0);
  await expect(phone.locator('.moved-list')).toHaveCount(0);

  // The same scenario in French, texts from the scenario's own data.
  await phone.getByLabel('Language').selectOption('fr');
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Livraisons en retard, factures impayées');
  await expect(phone.locator('.narrative')).toContainText('Miga & Cie');
  await expect(phone.getByRole('heading', { level: 2, name: 'Réponses préparées' })).toBeVisible();
  await expectNoAxeViolations(phone);

  await phone.goto('/workshop/no-such-case');
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Aucun scénario de ce nom');
  await expectNoAxeViolations(phone);
  await phone.close();
});

/** Pages in a PDF as Chromium prints it. */
async function printedPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  return pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

test('handout: story, prepared answers and room for the participants’ ranking, on one printed page for every scenario', async ({
  page,
}) => {
  await page.goto('/workshop/harbour-bridge/handout');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The harbour bridge variations');
  await expect(page.getByText('Fictional scenario · Construction')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Your ranking' })).toBeVisible();
  await expect(page.locator('.option-card, .top-options')).toHaveCount(0); // Olé's ranking is left for the room to guess
  await expectQrOf(page.locator('.handout-qr .qr-code'), new URL('/workshop/harbour-bridge', page.url()).href);
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.handout h1')!).color)).toBe(
    'rgb(0, 0, 0)',
  );
  for (const scenario of scenarioLibrary) {
    await page.goto(`/workshop/${scenario.id}/handout`);
    await expect(page.locator('.prepared-answer')).toHaveCount(Object.keys(scenario.answers).length);
    expect(await printedPages(page), scenario.id).toBe(1);
  }
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Language').selectOption('fr'); // French runs longest
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.goto('/workshop/harbour-bridge/handout');
  await expect(page.getByRole('heading', { level: 2, name: 'Votre classement' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  expect(await printedPages(page)).toBe(1);
});

test('compare: two what-ifs of one scenario, then two scenarios, side by side from lists, kept in the fragment', async ({
  page,
}) => {
  await page.goto('/workshop');
  await page.getByRole('link', { name: 'Compare two scenarios or two what-ifs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare side by side' })).toBeVisible();
  const left = page.locator('[data-side="a"]');
  const right = page.locator('[data-side="b"]');

  await left.getByLabel('Scenario').selectOption({ label: 'Late deliveries, unpaid invoices' });
  await expect(page).toHaveURL(/#a=late-deliveries&b=/);
  await right.getByLabel('Scenario').selectOption({ label: 'Late deliveries, unpaid invoices' });
  await expect(page).toHaveURL(/#a=late-deliveries&b=late-deliveries$/);
  await expect(page.getByText('Nothing moved')).toHaveCount(0); // identical sides: no comparison to show
  await right.getByRole('button', { name: 'Suggested flip' }).click();
  await expect(page).toHaveURL(/#a=late-deliveries&b=late-deliveries&bf=q\.relationship%3A0$/);
  const moves = toldOf(lateDeliveries.answers, lateDeliveries.suggestedFlip);
  await expect(page.locator('.compare-moves .moved-list > li').first()).toContainText(optionName(moves[0]!.id));
  const after = rank(applyFlip(lateDeliveries.answers, lateDeliveries.suggestedFlip)).options[0]!;
  await expect(right.locator('.top-option-name').first()).toContainText(optionName(after.id));
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(right.getByLabel('Answer to flip')).toHaveValue('q.relationship');
  await left.getByLabel('Scenario').selectOption({ label: 'The harbour bridge variations' });
  await expect(page).toHaveURL(/#a=harbour-bridge&b=late-deliveries&bf=/);
  const bridgeTop = rank(findScenario('harbour-bridge')!.answers).options[0]!;
  await expect(left.locator('.top-option-name').first()).toContainText(optionName(bridgeTop.id));
  await expect(page.getByRole('heading', { level: 2, name: 'From left to right' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A hand-edited fragment with an unknown scenario or a bad flip falls back, and changes nothing else.
  await page.goto('/workshop');
  await page.goto('/workshop/compare#a=nope&b=late-deliveries&bf=q.privacy%3A9');
  await expect(right.getByLabel('Answer to flip')).toHaveValue('');
  await expect(right.getByRole('heading', { level: 2 })).toContainText('Late deliveries');
});

test('the workshop opens with the network off after a first visit to the app', async ({ page, context }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });

  await context.setOffline(true);
  // Never opened online: the scenarios and the workshop's pages come from the precache.
  await page.goto('/workshop');
  await expect(page.locator('.scenario-card')).toHaveCount(scenarioLibrary.length);
  await page.getByRole('link', { name: /^Present\W+The harbour bridge variations$/ }).click();
  await expect(slide(page)).toContainText('Kestrel Civil Works');
  await page.keyboard.press('r');
  await expect(slide(page).locator('.top-option-name').first()).toBeVisible();
  await page.goto('/workshop/wind-permits#flip=q.investor-state%3Afalse');
  await expect(page.locator('.moved-list')).toBeVisible();
  await page.goto('/workshop/wind-permits/handout');
  await expect(page.getByRole('heading', { level: 2, name: 'Your ranking' })).toBeVisible();
  await page.getByLabel('Language').selectOption('es');
  await page.goto('/workshop/compare');
  await expect(page.getByRole('heading', { level: 1, name: 'Comparar lado a lado' })).toBeVisible();
  await context.setOffline(false);
});
