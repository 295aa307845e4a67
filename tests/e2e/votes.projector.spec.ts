// The room votes, with no network: a show of hands per prepared answer, kept on the presenter's device, and the room's
// ranking beside the case's. At 1920×1080, run by the 'projector' project (the file name ends in projector.spec.ts).
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { findScenario } from '../../src/domain/workshop/scenario-library.ts';
import { presenterSteps } from '../../src/domain/workshop/presenter-steps.ts';
import { VOTES_FILE_FORMAT, VOTES_FILE_VERSION, type VotesFile } from '../../src/domain/workshop/votes-file.ts';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { expectInViewport, optionName, rank, slide } from './workshop-helpers.ts';

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

const bridge = findScenario('harbour-bridge')!;
const steps = presenterSteps(bridge, defaultQuestionnaire);
const stepOf = (questionId: string) => steps.findIndex((s) => s.kind === 'answer' && s.questionId === questionId);
const boardReason = defaultRules.gates.find((g) => g.id === 'dispute-board-project-only')!.reason;

/** Steps with the arrow keys to a prepared answer's slide, one slide at a time. */
async function goToAnswer(page: Page, questionId: string): Promise<void> {
  const target = stepOf(questionId);
  for (let at = Number(await slide(page).getAttribute('data-index')); at !== target; ) {
    const key = at < target ? 'ArrowRight' : 'ArrowLeft';
    at += at < target ? 1 : -1;
    await page.keyboard.press(key);
    await expect(slide(page)).toHaveAttribute('data-index', String(at));
  }
  await expect(slide(page)).toHaveAttribute('data-step', 'answer');
  // The stored votes are read: hands counted from now on are kept.
  await expect(slide(page).locator('.hand-buttons button').last()).toBeEnabled();
}

const choice = (page: Page, value: string) => slide(page).locator(`.hand-bars > li[data-choice="${value}"]`);
/** A choice's count as written: the number on screen, and the words a screen reader hears. */
async function expectHands(page: Page, value: string, n: number): Promise<void> {
  await expect(choice(page, value).locator('.hand-count [aria-hidden="true"]')).toHaveText(String(n));
  await expect(choice(page, value).locator('.hand-count .visually-hidden')).toHaveText(
    n === 1 ? '1 hand' : `${n} hands`,
  );
}
const outcome = (page: Page) => slide(page).locator('.hands-outcome');
/** The top of a ranking as the slide lists it: names in order. */
const topNames = (answers: Record<string, unknown>, n: number) =>
  rank(answers as never)
    .options.filter((o) => o.available)
    .slice(0, n)
    .map((o) => optionName(o.id));

test.describe('at 1920×1080', () => {
  test('the room votes with no network, keys and buttons; its answers change the room’s ranking beside the case’s', async ({
    page,
    context,
  }, testInfo) => {
    await page.goto('/workshop/harbour-bridge/present');
    await expect(slide(page)).toHaveAttribute('data-step', 'narrative');
    await waitForServiceWorker(page);
    await context.setOffline(true); // a projector with no Wi-Fi, from here on

    // The room's ranking before any hand: it says how to record them.
    await page.keyboard.press('v');
    await expect(slide(page)).toHaveAttribute('data-step', 'room');
    await expect(slide(page).locator('.room-empty')).toContainText('No hands recorded yet.');

    // Sixteen choices still fit the screen; number keys count hands, Backspace takes the last one back.
    await goToAnswer(page, 'q.area');
    await expect(slide(page).locator('.hand-bars > li')).toHaveCount(16);
    await expect(page.locator('.key-hint')).toContainText('1–9, 0 a hand · Backspace take back');
    for (const key of ['2', '2', '1']) await page.keyboard.press(key);
    await expectHands(page, 'construction', 2);
    await expectHands(page, 'commercial-contracts', 1);
    await page.keyboard.press('Backspace');
    await expectHands(page, 'commercial-contracts', 0);
    await expect(outcome(page)).toHaveText(
      'The room agrees with the case: “Construction or engineering”, 2 of 2 hands.',
    );
    await expect(choice(page, 'construction')).toContainText('(the case’s answer)');
    await expectInViewport(
      page,
      page.locator(
        '.slide h2, .slide .answer-value, .slide .hand-bars > li, .slide .hands-outcome, .presenter-controls, .key-hint',
      ),
    );
    await page.screenshot({ path: testInfo.outputPath('votes-area.png') });

    // A tie for the most hands keeps the prepared answer, and says so.
    await goToAnswer(page, 'q.relationship');
    for (const key of ['1', '1', '2', '2']) await page.keyboard.press(key);
    await expect(outcome(page)).toHaveText(
      'A tie between “Not important” and “Somewhat”, 2 hands each: the case’s answer stands.',
    );

    // Buttons count too: the room says the project is not under way.
    await goToAnswer(page, 'q.construction');
    await expect(page.locator('.key-hint')).toContainText('1–2 a hand');
    for (let i = 0; i < 3; i++) await slide(page).getByRole('button', { name: 'One more hand for “No”' }).click();
    await slide(page).getByRole('button', { name: 'One more hand for “Yes”' }).click();
    await slide(page).getByRole('button', { name: 'One hand fewer for “Yes”' }).click();
    await expect(slide(page).getByRole('button', { name: 'One hand fewer for “Yes”' })).toBeDisabled();
    await page.keyboard.press('1');
    await expectHands(page, 'true', 1);
    await expectHands(page, 'false', 3);
    await expect(outcome(page)).toHaveText('The room says “No”, 3 of 4 hands: not the case’s answer.');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath('votes-answer.png') });

    // V: the room's ranking beside the case's, what differs and why; the dispute board is ruled out first, with its reason.
    await page.keyboard.press('v');
    const room = slide(page).locator('.slide-room');
    await expect(room.getByRole('heading', { level: 2 })).toHaveText('The room’s ranking versus the case’s ranking');
    const roomAnswers = { ...bridge.answers, 'q.construction': false };
    const caseTop = topNames(bridge.answers, 5);
    const roomTop = topNames(roomAnswers, 5);
    expect(roomTop).not.toEqual(caseTop);
    await expect(room.getByRole('list', { name: 'The room’s ranking' }).locator('.top-option-name')).toHaveText(
      roomTop.map((name) => new RegExp(`${name.replace(/[()]/g, '\\$&')}$`)),
    );
    await expect(room.getByRole('list', { name: 'The case’s ranking' }).locator('.top-option-name')).toHaveText(
      caseTop.map((name) => new RegExp(`${name.replace(/[()]/g, '\\$&')}$`)),
    );
    await expect(room.locator('.room-lead').first()).toHaveText('The room answered 1 question differently:');
    await expect(room.locator('.room-answers > li')).toHaveText([
      '“Project under way”: No (the case: Yes)',
      '“The relationship”: a tie between “Not important” and “Somewhat”, so the case’s answer stands (Essential)',
    ]);
    const first = room.locator('.moved-list > li').first();
    await expect(first).toHaveAttribute('data-option', 'dispute-board');
    await expect(first).toContainText('Dispute board ruled out (was rank 1)');
    await expect(first.locator('.gate-reasons')).toHaveText(boardReason);
    await expect(room.locator('.room-total')).toHaveText('10 hands recorded');
    await expectInViewport(
      page,
      page.locator(
        '.slide h2, .slide h3, .slide .top-options > li, .slide .room-answers > li, .slide .moved-list > li, .slide .more-moves, .room-actions button, .room-export-note, .presenter-controls, .key-hint',
      ),
    );
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath('votes-room.png') });
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath('votes-room-dark.png') });
    await page.getByRole('button', { name: 'Dark theme' }).click();

    // The votes stay on this device: a reload, still offline, finds them.
    await page.reload();
    await expect(slide(page)).toHaveAttribute('data-step', 'narrative');
    await page.keyboard.press('v');
    await expect(room.locator('.room-total')).toHaveText('10 hands recorded');
    await expect(room.locator('.moved-list > li').first()).toHaveAttribute('data-option', 'dispute-board');

    // Exported for the trainer's records as a file, named and versioned; nothing is sent.
    const downloading = page.waitForEvent('download');
    await room.getByRole('button', { name: 'Export the votes' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^ole-workshop-votes-\d{4}-\d{2}-\d{2}\.json$/);
    await download.saveAs(testInfo.outputPath(download.suggestedFilename()));
    const file = JSON.parse(await readFile(testInfo.outputPath(download.suggestedFilename()), 'utf8')) as VotesFile;
    expect(file.format).toBe(VOTES_FILE_FORMAT);
    expect(file.version).toBe(VOTES_FILE_VERSION);
    expect(file.language).toBe('en');
    const [recorded] = file.scenarios;
    expect(file.scenarios).toHaveLength(1);
    expect(recorded!.id).toBe('harbour-bridge');
    expect(recorded!.title).toBe('The harbour bridge variations');
    expect(recorded!.hands).toBe(10);
    expect(recorded!.questions.map((q) => [q.id, q.outcome, q.hands, q.roomAnswer.value])).toEqual([
      ['q.area', 'most-voted', 2, 'construction'],
      ['q.relationship', 'tie', 4, 3],
      ['q.construction', 'most-voted', 4, false],
    ]);
    expect(recorded!.questions[2]!.choices).toEqual([
      { value: true, label: 'Yes', hands: 1 },
      { value: false, label: 'No', hands: 3 },
    ]);
    expect(recorded!.caseRanking.map((o) => o.name)).toEqual(caseTop);
    expect(recorded!.roomRanking.map((o) => o.name)).toEqual(roomTop);

    // Cleared after a second word, and gone after a reload too.
    await room.getByRole('button', { name: 'Clear this scenario’s votes' }).click();
    const ask = room.getByRole('group', { name: 'Clear this scenario’s votes' });
    await expect(ask).toContainText('Clear 10 hands from this scenario? This cannot be undone.');
    await ask.getByRole('button', { name: 'Keep them' }).click();
    await expect(room.locator('.room-total')).toHaveText('10 hands recorded');
    await room.getByRole('button', { name: 'Clear this scenario’s votes' }).click();
    await ask.getByRole('button', { name: 'Clear them' }).click();
    await expect(room.locator('.room-empty')).toContainText('No hands recorded yet.');
    await page.reload();
    await expect(slide(page)).toHaveAttribute('data-step', 'narrative');
    await page.keyboard.press('v');
    await expect(room.locator('.room-empty')).toContainText('No hands recorded yet.');
    await context.setOffline(false);
  });

  for (const { locale, says, rtl } of [
    { locale: 'fr', says: 'La salle répond «\u00a0Non\u00a0», 2 sur 3 mains', rtl: false },
    { locale: 'ar', says: 'الحضور يقولون', rtl: true },
  ]) {
    test(`in ${locale}: the show of hands and the room’s ranking fit the screen${rtl ? ', right to left' : ''}`, async ({
      page,
    }, testInfo) => {
      await page.addInitScript((l) => localStorage.setItem('ole.locale', l), locale);
      await page.goto('/workshop/harbour-bridge/present');
      await expect(page.locator('html')).toHaveAttribute('dir', rtl ? 'rtl' : 'ltr');
      await goToAnswer(page, 'q.construction');
      for (const key of ['2', '2', '1']) await page.keyboard.press(key);
      await expect(outcome(page)).toContainText(says);
      await expectInViewport(
        page,
        page.locator('.slide .hand-bars > li, .slide .hands-outcome, .presenter-controls, .key-hint'),
      );
      if (rtl) {
        // The bars grow from the right, as the text reads.
        const bar = (await choice(page, 'false').locator('.hand-bar').boundingBox())!;
        const fill = (await choice(page, 'false').locator('.hand-bar > span').boundingBox())!;
        expect(Math.round(fill.x + fill.width)).toBe(Math.round(bar.x + bar.width));
      }
      await page.screenshot({ path: testInfo.outputPath(`votes-answer-${locale}.png`) });
      await page.keyboard.press('v');
      await expect(slide(page).locator('.moved-list > li').first()).toHaveAttribute('data-option', 'dispute-board');
      await expectInViewport(
        page,
        page.locator(
          '.slide h2, .slide .top-options > li, .slide .room-answers > li, .slide .moved-list > li, .room-actions button, .presenter-controls, .key-hint',
        ),
      );
      await expectNoAxeViolations(page);
      await page.screenshot({ path: testInfo.outputPath(`votes-room-${locale}.png`) });
    });
  }
});

test('with an Arabic keyboard layout the letter keys still work, by their place', async ({ page }) => {
  await page.goto('/workshop/harbour-bridge/present');
  await expect(slide(page)).toHaveAttribute('data-step', 'narrative');
  // The R key under an Arabic layout types ق: the presenter goes by the key's place (KeyR) and reveals the ranking.
  await page.evaluate(() =>
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ق', code: 'KeyR', bubbles: true, cancelable: true })),
  );
  await expect(slide(page)).toHaveAttribute('data-step', 'ranking');
});
