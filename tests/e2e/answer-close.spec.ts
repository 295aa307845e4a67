import { test, expect, startCase } from './fixtures.ts';
import { storedCase } from './stored-case.ts';

const TRIES = 8;

test('an answer clicked just before the tab closes (0 ms) is stored', async ({ page, context }) => {
  await startCase(page);
  const caseId = page.url().split('/case/')[1]!.split('/')[0]!;
  let tab = page;
  const choices = ['Family, separation or children', 'Employment or the workplace'];
  for (let i = 0; i < TRIES; i++) {
    const label = choices[i % 2]!;
    await tab.getByRole('radio', { name: label, exact: true }).check();
    await tab.close({ runBeforeUnload: true }); // no wait at all between the click and the close
    tab = await context.newPage();
    await tab.goto(`/case/${caseId}/q/q.area`);
    await expect(tab.getByRole('radio', { name: label, exact: true })).toBeChecked();
    const value = (await storedCase(tab, caseId))?.answers['q.area'];
    expect(value, `try ${i + 1}`).toBeDefined();
  }
});
