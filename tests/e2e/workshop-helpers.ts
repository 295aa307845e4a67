// What the workshop specs share: scenario rankings as the app computes them, and checks of QR codes.
import type { Locator, Page } from '@playwright/test';
import { encode } from 'uqr';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import { answersToProfile, type Answers } from '../../src/domain/questions.ts';
import { applyFlip, type Flip } from '../../src/domain/workshop/flip.ts';
import { findScenario } from '../../src/domain/workshop/scenario-library.ts';
import { compareRankings, flipLesson, movedOptions } from '../../src/domain/workshop/what-if.ts';
import { expect } from './fixtures.ts';

export const lateDeliveries = findScenario('late-deliveries')!;
export const rank = (answers: Answers) =>
  analyse(answersToProfile(defaultQuestionnaire, answers), defaultRules, { sensitivity: false });
export const movesOf = (answers: Answers, flip: Flip) =>
  movedOptions(compareRankings(rank(answers), rank(applyFlip(answers, flip))));
/** The moves in the order a flip tells them: ruled out, ruled in, then by size. */
export const toldOf = (answers: Answers, flip: Flip) => {
  const lesson = flipLesson(movesOf(answers, flip));
  return [...lesson.ruledOut, ...lesson.ruledIn, ...lesson.moves];
};
export const optionName = (id: string) => defaultRules.options[id as keyof typeof defaultRules.options].name;

/** The text a QR code on the page carries: its dark modules must be exactly those uqr makes for that text. */
export async function expectQrOf(qr: Locator, text: string): Promise<void> {
  const path = (await qr.locator('path').getAttribute('d')) ?? '';
  const drawn = new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
  const expected = new Set(
    encode(text, { ecc: 'M', border: 4 }).data.flatMap((row, y) =>
      row.flatMap((dark, x) => (dark ? [`${x},${y}`] : [])),
    ),
  );
  expect(drawn.size).toBeGreaterThan(100);
  expect(drawn).toEqual(expected);
}

export const slide = (page: Page) => page.locator('.slide');

/** Every element the locator matches lies wholly inside the viewport: nothing on the slide is cut off or needs scrolling. */
export async function expectInViewport(page: Page, locator: Locator): Promise<void> {
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
