import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, startCase } from './fixtures.ts';
import { PASSPHRASE, startProtectedCase, unlockWith } from './protection.ts';
import { storedCase } from './stored-case.ts';

const TRIES = 8;
const CHOICES = ['Family, separation or children', 'Employment or the workplace'];

/** Answers and closes the tab with no wait between, TRIES times; each reopened tab (`open`) must show the answer. */
async function answerThenClose(
  context: BrowserContext,
  first: Page,
  open: (tab: Page) => Promise<void>,
  alsoStored?: (tab: Page, i: number) => Promise<void>,
): Promise<void> {
  let tab = first;
  for (let i = 0; i < TRIES; i++) {
    const label = CHOICES[i % 2]!;
    await tab.getByRole('radio', { name: label, exact: true }).check();
    await tab.close({ runBeforeUnload: true }); // no wait at all between the click and the close
    tab = await context.newPage();
    await open(tab);
    await expect(tab.getByRole('radio', { name: label, exact: true }), `try ${i + 1}`).toBeChecked();
    await alsoStored?.(tab, i);
  }
}

test('an answer clicked just before the tab closes (0 ms) is stored', async ({ page, context }) => {
  await startCase(page);
  const caseId = page.url().split('/case/')[1]!.split('/')[0]!;
  await answerThenClose(
    context,
    page,
    async (tab) => void (await tab.goto(`/case/${caseId}/q/q.area`)),
    async (tab, i) => expect((await storedCase(tab, caseId))?.answers['q.area'], `try ${i + 1}`).toBeDefined(),
  );
});

test('under passphrase protection too, an answer clicked just before the tab closes (0 ms) is stored', async ({
  page,
  context,
}) => {
  const caseId = await startProtectedCase(page);
  const open = async (tab: Page) => {
    await tab.goto(`/case/${caseId}/q/q.area`);
    await unlockWith(tab, PASSPHRASE);
  };
  await open(page);
  await answerThenClose(context, page, open);
});
