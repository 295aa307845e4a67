import { defaultRules } from '../../src/domain/default-rules.ts';
import { findScenario } from '../../src/domain/workshop/scenario-library.ts';
import { compareRankings, flipLesson, movedOptions } from '../../src/domain/workshop/what-if.ts';
import { test, expect, expectNoAxeViolations } from './fixtures.ts';
import { lateDeliveries, rank, expectInViewport, expectQrOf, slide } from './workshop-helpers.ts';

/** "−10" and "+2" as written on the page. */
const signed = (text: string) => Number(text.replace('\u2212', '-').replace('+', ''));

const bridge = findScenario('harbour-bridge')!;
const boardReason = defaultRules.gates.find((g) => g.id === 'dispute-board-project-only')!.reason;

test.describe('at 1920×1080', () => {
  test('presenter: the whole screen, the harbour bridge ranking and its flip fit, the dispute board ruled out first', async ({
    page,
  }, testInfo) => {
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
    await expectInViewport(
      page,
      page.locator(
        '.slide h2, .slide .top-options > li, .slide .discuss h3, .slide .teaching-points li, .presenter-controls, .key-hint',
      ),
    );
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath('presenter-ranking.png') });

    await page.keyboard.press('f');
    await expect(page).toHaveURL(/#flip=q\.construction%3Afalse$/);
    const first = slide(page).locator('.moved-list > li').first();
    await expect(first).toHaveAttribute('data-option', 'dispute-board');
    await expect(first).toContainText('Dispute board ruled out (was rank 1)');
    await expect(first.locator('.gate-reasons')).toHaveText(boardReason);
    await expectInViewport(
      page,
      page.locator(
        '.slide h2, .slide .flip-picker, .slide .flip-sentence, .slide .moved-list > li, .slide .more-moves, .slide .qr-code, .slide .qr-url, .presenter-controls, .key-hint',
      ),
    );
    // A code to scan from the back of the room, with its address written beside it.
    expect((await slide(page).locator('.qr-code').boundingBox())!.width).toBeGreaterThanOrEqual(400);
    await expect(slide(page).locator('.qr-url')).toHaveText(
      `${new URL(page.url()).host}/workshop/harbour-bridge#flip=q.construction:false`,
    );
    await expectQrOf(
      slide(page).locator('.qr-code'),
      new URL('/workshop/harbour-bridge#flip=q.construction%3Afalse', page.url()).href,
    );
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

  test('participants and Compare: the harbour bridge flip leads with the dispute board ruled out, and the sums add up', async ({
    page,
  }) => {
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
    await expect(now.locator('.notes-slide')).toHaveText(
      'Prepared answer: “What is the dispute mainly about?”: Construction or engineering',
    );
    await page.keyboard.press('r');
    await expect(now).toHaveAttribute('data-step', 'ranking');
    await page.keyboard.press('f');
    await expect(now).toHaveAttribute('data-step', 'flip');
    await expect(now.locator('.notes-slide')).toContainText('If “Project under way” were “No” instead of “Yes”');
    await expect(now.locator('.notes-next')).toHaveText(
      'Next slide: The room’s ranking versus the case’s ranking: what the room’s answers change, and why',
    );
    await expectNoAxeViolations(notes);
    await notes.screenshot({ path: testInfo.outputPath('speaker-notes.png'), fullPage: true });

    // The notes move the slides too.
    await notes.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(slide(page)).toHaveAttribute('data-step', 'ranking');
    await expect(now).toHaveAttribute('data-step', 'ranking');
    await notes.close();
  });

  test('the workshop timer counts twenty minutes down, pauses, and ends with a quiet signal', async ({
    page,
  }, testInfo) => {
    const start = new Date('2026-03-02T09:00:00Z');
    await page.clock.install({ time: start });
    await page.goto('/workshop/late-deliveries/present');
    const timer = page.getByRole('group', { name: 'Workshop timer' });
    await expect(timer.getByRole('timer')).toHaveText(/^(20:00|19:5\d) left$/);
    await expect(page.locator('.key-hint')).toContainText('T timer');
    const secondsLeft = async () => {
      const [min, sec] = /^(\d+):(\d\d) left$/
        .exec((await timer.getByRole('timer').textContent())!)!
        .slice(1)
        .map(Number);
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
    await expectInViewport(
      page,
      page.locator('.workshop-timer, .presenter-bar h1, .slide .narrative, .slide .qr-figure, .presenter-controls'),
    );
    await page.clock.resume(); // axe waits on timers
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath('presenter-time-up.png') });
  });
});
