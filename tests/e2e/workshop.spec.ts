import type { Locator, Page } from '@playwright/test';
import { encode } from 'uqr';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import { signedPoints } from '../../src/domain/explain.ts';
import { answersToProfile, choiceLabel, type Answers } from '../../src/domain/questions.ts';
import { applyFlip, type Flip } from '../../src/domain/workshop/flip.ts';
import { findScenario, scenarioLibrary } from '../../src/domain/workshop/scenario-library.ts';
import { compareRankings, flipLesson, movedOptions } from '../../src/domain/workshop/what-if.ts';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';

const lateDeliveries = findScenario('late-deliveries')!;
const rank = (answers: Answers) => analyse(answersToProfile(defaultQuestionnaire, answers), defaultRules, { sensitivity: false });
const movesOf = (answers: Answers, flip: Flip) => movedOptions(compareRankings(rank(answers), rank(applyFlip(answers, flip))));
/** The moves in the order a flip tells them: ruled out, ruled in, then by size. */
const toldOf = (answers: Answers, flip: Flip) => {
  const lesson = flipLesson(movesOf(answers, flip));
  return [...lesson.ruledOut, ...lesson.ruledIn, ...lesson.moves];
};
const optionName = (id: string) => defaultRules.options[id as keyof typeof defaultRules.options].name;

/** The text a QR code on the page carries: its dark modules must be exactly those uqr makes for that text. */
async function expectQrOf(qr: Locator, text: string): Promise<void> {
  const path = (await qr.locator('path').getAttribute('d')) ?? '';
  const drawn = new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
  const expected = new Set(encode(text, { ecc: 'M', border: 4 }).data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`${x},${y}`] : []))));
  expect(drawn.size).toBeGreaterThan(100);
  expect(drawn).toEqual(expected);
}

const slide = (page: Page) => page.locator('.slide');

test('presenter: keyboard through the story and answers, reveal the ranking, flip an answer and see what moved and why', async ({ page }) => {
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
  const steps = Object.keys(lateDeliveries.answers).length + 3;
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
  const top = rank(lateDeliveries.answers).options.filter((o) => o.available).slice(0, 3);
  await expect(slide(page).locator('.top-option-name')).toHaveText(top.map((o) => new RegExp(optionName(o.id).replace(/[()]/g, '\\$&'))));
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
  await expect(page.getByText(`Step ${steps} of ${steps}`)).toBeVisible();
  await expect(slide(page).locator('.flip-sentence')).toHaveText('If “The relationship” were “Not important” instead of “Essential”:');
  const moves = toldOf(lateDeliveries.answers, lateDeliveries.suggestedFlip);
  const first = moves[0]!;
  const firstShown = slide(page).locator('.moved-list > li').first();
  await expect(firstShown).toContainText(optionName(first.id));
  await expect(firstShown).toContainText(`rank ${first.before.sharedRank} → ${first.after.sharedRank}, ${signedPoints(first.points)} points`);
  await expect(firstShown.locator('.moved-reasons')).toContainText(`because keeping the relationship matters to you: ${signedPoints(first.points)}`);
  await expectQrOf(slide(page).locator('.qr-code'), new URL('/workshop/late-deliveries#flip=q.relationship%3A0', page.url()).href);
  await expectNoAxeViolations(page);

  // Any other answer can be flipped instead; keys typed in the picker stay in the picker.
  await slide(page).getByLabel('Answer to flip').selectOption({ label: 'Privacy' });
  await expect(page).toHaveURL(/#flip=q\.privacy%3A/);
  await slide(page).getByLabel('New answer').selectOption({ label: 'Not important' });
  await expect(page).toHaveURL(/#flip=q\.privacy%3A0$/);
  const privacy = defaultQuestionnaire.questions.find((q) => q.id === 'q.privacy')!;
  await expect(slide(page).locator('.flip-sentence')).toHaveText(`If “Privacy” were “Not important” instead of “${choiceLabel(privacy, lateDeliveries.answers['q.privacy'])}”:`);
  const privacyMoves = toldOf(lateDeliveries.answers, { questionId: 'q.privacy', value: 0 });
  await expect(slide(page).locator('.moved-list > li').first()).toContainText(optionName(privacyMoves[0]!.id));
  await slide(page).getByLabel('Answer to flip').focus();
  await page.keyboard.press('ArrowLeft'); // keys typed in the picker stay in the picker: no step back
  await expect(page.getByText(`Step ${steps} of ${steps}`)).toBeVisible();
  await slide(page).getByLabel('Answer to flip').selectOption({ label: 'Privacy' });

  // The flip travels with the address: a reload opens on it.
  await page.reload();
  await expect(page.getByText(`Step ${steps} of ${steps}`)).toBeVisible();
  await expect(slide(page).locator('.flip-sentence')).toContainText('“Privacy”');
  await page.keyboard.press('ArrowLeft');
  await expect(slide(page).getByRole('heading', { level: 2, name: 'Olé’s ranking' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/workshop$/);
});

test('participants: the QR code opens the scenario on a phone, with answers, ranking and their own flips', async ({ page, context }) => {
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

test('handout: story, prepared answers and room for the participants’ ranking, on one printed page for every scenario', async ({ page }) => {
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
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.handout h1')!).color)).toBe('rgb(0, 0, 0)');
  for (const scenario of scenarioLibrary) {
    await page.goto(`/workshop/${scenario.id}/handout`);
    await expect(page.locator('.prepared-answer')).toHaveCount(Object.keys(scenario.answers).length);
    expect(await printedPages(page), scenario.id).toBe(1);
  }
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Language').selectOption('fr'); // French runs longest
  await page.goto('/workshop/harbour-bridge/handout');
  await expect(page.getByRole('heading', { level: 2, name: 'Votre classement' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  expect(await printedPages(page)).toBe(1);
});

test('compare: two what-ifs of one scenario, then two scenarios, side by side from lists, kept in the fragment', async ({ page }) => {
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

/** Every element the locator matches lies wholly inside the viewport: nothing on the slide is cut off or needs scrolling. */
async function expectInViewport(page: Page, locator: Locator): Promise<void> {
  const viewport = page.viewportSize()!;
  const count = await locator.count();
  expect(count, 'elements to check').toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const box = (await locator.nth(i).boundingBox())!;
    const where = `${(await locator.nth(i).textContent())?.slice(0, 60)} at ${JSON.stringify(box)}`;
    expect(box.x, where).toBeGreaterThanOrEqual(0);
    expect(box.y, where).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, where).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height, where).toBeLessThanOrEqual(viewport.height);
  }
}

/** "−10" and "+2" as written on the page. */
const signed = (text: string) => Number(text.replace('\u2212', '-').replace('+', ''));

const bridge = findScenario('harbour-bridge')!;
const boardReason = defaultRules.gates.find((g) => g.id === 'dispute-board-project-only')!.reason;

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test.skip(({ isMobile }) => isMobile, 'the projector is a desktop screen');

  test('presenter: the whole screen, the harbour bridge ranking and its flip fit, the dispute board ruled out first', async ({ page }, testInfo) => {
    await page.goto('/workshop/harbour-bridge/present');
    await expect(page.locator('.slide')).toContainText('Kestrel Civil Works');
    await expect(page.locator('header.app-header')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.locator('footer.app-footer')).toBeHidden();
    await expect(page.locator('.qr-url')).toHaveText(`${new URL(page.url()).host}/workshop/harbour-bridge`);
    await expectInViewport(page, page.locator('.slide .narrative, .slide .qr-figure, .presenter-controls, .key-hint'));
    await page.screenshot({ path: testInfo.outputPath('presenter-story.png') });

    await page.keyboard.press('r');
    await expect(slide(page).getByRole('heading', { level: 2, name: 'Olé’s ranking' })).toBeVisible();
    await expect(slide(page)).toContainText(bridge.teachingPoints[1]!.en);
    // The slide uses the screen's width, not the left 60% of it.
    expect((await slide(page).boundingBox())!.width).toBeGreaterThan(1700);
    await expectInViewport(page, page.locator('.slide h2, .slide .top-options > li, .slide .discuss h3, .slide .teaching-points li, .presenter-controls, .key-hint'));
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath('presenter-ranking.png') });

    await page.keyboard.press('f');
    await expect(page).toHaveURL(/#flip=q\.construction%3Afalse$/);
    const first = slide(page).locator('.moved-list > li').first();
    await expect(first).toHaveAttribute('data-option', 'dispute-board');
    await expect(first).toContainText('Dispute board ruled out (was rank 1)');
    await expect(first.locator('.gate-reasons')).toHaveText(boardReason);
    await expectInViewport(page, page.locator('.slide h2, .slide .flip-picker, .slide .flip-sentence, .slide .moved-list > li, .slide .more-moves, .slide .qr-code, .slide .qr-url, .presenter-controls, .key-hint'));
    // A code to scan from the back of the room, with its address written beside it.
    expect((await slide(page).locator('.qr-code').boundingBox())!.width).toBeGreaterThanOrEqual(400);
    await expect(slide(page).locator('.qr-url')).toHaveText(`${new URL(page.url()).host}/workshop/harbour-bridge#flip=q.construction:false`);
    await expectQrOf(slide(page).locator('.qr-code'), new URL('/workshop/harbour-bridge#flip=q.construction%3Afalse', page.url()).href);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath('presenter-flip.png') });
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath('presenter-flip-dark.png') });
    await page.getByRole('button', { name: 'Dark theme' }).click();

    // Esc leaves, and the app's header comes back.
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/workshop$/);
    await expect(page.locator('header.app-header')).toBeVisible();
  });

  test('participants and Compare: the harbour bridge flip leads with the dispute board ruled out, and the sums add up', async ({ page }) => {
    await page.goto('/workshop/harbour-bridge#flip=q.construction%3Afalse');
    const first = page.locator('.flip-result .moved-list > li').first();
    await expect(first).toHaveAttribute('data-option', 'dispute-board');
    await expect(first).toContainText('ruled out (was rank 1)');
    await expect(first).toContainText(boardReason);

    await page.goto('/workshop/compare#a=harbour-bridge&b=harbour-bridge&bf=q.construction%3Afalse');
    const moves = page.locator('.compare-moves .moved-list > li');
    await expect(moves.first()).toHaveAttribute('data-option', 'dispute-board');
    await expect(moves.first()).toContainText(boardReason);
    await expectNoAxeViolations(page);

    // Two different scenarios: many reasons change; those shown, and the smaller ones counted, add up to each move.
    await page.goto('/workshop/compare#a=late-deliveries&b=harbour-bridge');
    await expect(moves.first()).toBeVisible();
    const expected = flipLesson(movedOptions(compareRankings(rank(lateDeliveries.answers), rank(bridge.answers))));
    const told = [...expected.ruledOut, ...expected.ruledIn, ...expected.moves.slice(0, 5)];
    await expect(moves).toHaveCount(told.length);
    let counted = 0;
    for (const [i, move] of told.entries()) {
      const shown = moves.nth(i);
      await expect(shown).toHaveAttribute('data-option', move.id);
      if (!move.before.available || !move.after.available) continue;
      const total = signed(/, (\S+) points$/.exec((await shown.locator('.moved').textContent())!)![1]!);
      const parts = await shown.locator('.moved-reasons > li:not(.smaller-reasons):not(.muted)').allTextContents();
      const smaller = await shown.locator('.smaller-reasons').allTextContents();
      const sum =
        parts.reduce((s, text) => s + signed(/: (\S+) \([^()]*\)$/.exec(text)![1]!), 0) +
        smaller.reduce((s, text) => s + signed(/\((\S+) points\)$/.exec(text)![1]!), 0);
      expect(sum, `${move.id}: ${parts.join(' | ')} ${smaller.join('')}`).toBe(total);
      expect(total).toBe(move.points);
      counted += smaller.length;
    }
    expect(counted, 'moves with smaller reasons counted').toBeGreaterThan(0);
  });

  test('speaker notes follow the slides in a second page, and can move them', async ({ page, context }, testInfo) => {
    await page.goto('/workshop/harbour-bridge/present');
    await expect(slide(page)).toHaveAttribute('data-step', 'narrative');
    const notes = await context.newPage();
    await notes.goto('/workshop/harbour-bridge/notes');
    await expect(notes.getByRole('heading', { level: 1 })).toHaveText('Speaker notes: The harbour bridge variations');
    const now = notes.locator('.notes-now');
    await expect(now).toHaveAttribute('data-index', '0'); // the presenter answered the notes' hello
    await expect(notes.getByRole('status')).toHaveText('Following the slides in the presenter’s window.');
    await expect(now.locator('.notes-slide')).toHaveText('The story, with the QR code for phones');
    await expect(now.locator('.notes-next')).toContainText('Prepared answer: “What is the dispute mainly about?”');
    await expect(notes.locator('.trainer-notes li')).toHaveCount(bridge.speakerNotes.length);
    await expect(notes.locator('.trainer-notes li').first()).toContainText('Common misconception');

    await page.keyboard.press('ArrowRight');
    await expect(now).toHaveAttribute('data-index', '1');
    await expect(now.locator('.notes-slide')).toHaveText('Prepared answer: “What is the dispute mainly about?”: Construction or engineering');
    await page.keyboard.press('r');
    await expect(now).toHaveAttribute('data-step', 'ranking');
    await page.keyboard.press('f');
    await expect(now).toHaveAttribute('data-step', 'flip');
    await expect(now.locator('.notes-slide')).toContainText('If “Project under way” were “No” instead of “Yes”');
    await expect(now.locator('.notes-next')).toHaveText('Next slide: This is the last slide.');
    await expectNoAxeViolations(notes);
    await notes.screenshot({ path: testInfo.outputPath('speaker-notes.png'), fullPage: true });

    // The notes move the slides too.
    await notes.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(slide(page)).toHaveAttribute('data-step', 'ranking');
    await expect(now).toHaveAttribute('data-step', 'ranking');
    await notes.close();
  });

  test('the workshop timer counts twenty minutes down, pauses, and ends with a quiet signal', async ({ page }, testInfo) => {
    const start = new Date('2026-03-02T09:00:00Z');
    await page.clock.install({ time: start });
    await page.goto('/workshop/late-deliveries/present');
    const timer = page.getByRole('group', { name: 'Workshop timer' });
    await expect(timer.getByRole('timer')).toHaveText(/^(20:00|19:5\d) left$/);
    await expect(page.locator('.key-hint')).toContainText('T timer');
    const secondsLeft = async () => {
      const [min, sec] = /^(\d+):(\d\d) left$/.exec((await timer.getByRole('timer').textContent())!)!.slice(1).map(Number);
      return min! * 60 + sec!;
    };
    await page.clock.pauseAt(new Date(start.getTime() + 60_000));
    await expect(timer.getByRole('timer')).toHaveText(/^19:0\d left$/);
    const before = await secondsLeft();
    await page.clock.fastForward('05:00');
    await expect.poll(secondsLeft).toBe(before - 300);

    await page.keyboard.press('t'); // paused: time passes, the clock does not
    await expect(timer.getByRole('button', { name: 'Start the timer' })).toBeVisible();
    await page.clock.fastForward('10:00');
    await expect.poll(secondsLeft).toBe(before - 300);
    await timer.getByRole('button', { name: 'Start the timer' }).click();
    await expect(timer.getByRole('button', { name: 'Pause the timer' })).toBeVisible();
    await page.clock.fastForward('20:00');
    await expect(timer.getByRole('timer')).toHaveText('0:00 left');
    await expect(timer.getByRole('status')).toHaveText('Time is up: close with one last question.');
    await expect(page.locator('.workshop-timer')).toHaveClass(/\bdone\b/);
    await expectInViewport(page, page.locator('.workshop-timer, .presenter-bar h1, .slide .narrative, .slide .qr-figure, .presenter-controls'));
    await page.clock.resume(); // axe waits on timers
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath('presenter-time-up.png') });
  });
});
