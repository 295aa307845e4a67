// Two devices, two people: each answers, they swap a link or a code, and both see the same joint view.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { encodeV1 } from '../../src/domain/together/code-v1.ts';
import { ALPHABET, checkSymbol } from '../../src/domain/together/crockford.ts';
import { encodePriorities } from '../../src/domain/together/priorities-code.ts';
import { test, expect, answerQuestions, startCase, expectNoAxeViolations } from './fixtures.ts';

const FIRST = {
  'q.area': 'A contract between businesses',
  'q.relationship': 'Essential',
  'q.privacy': 'Very important',
  'q.speed': 'Essential',
  'q.willing': 'Open to it',
};
const SECOND = {
  'q.area': 'A contract between businesses',
  'q.relationship': 'Not important',
  'q.privacy': 'Very important',
  'q.speed': 'Very important',
  'q.willing': 'They refuse to talk',
};

/** Every URL a device asks for, to prove no code ever reaches a server. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

async function answerAndOpenTogether(page: Page, answers: Record<string, string>): Promise<void> {
  await startCase(page);
  await answerQuestions(page, answers);
  await page.getByRole('link', { name: 'See the ranking' }).click();
  await page.getByRole('link', { name: 'Choose the process together' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose the process together' })).toBeVisible();
}

async function showMyCode(page: Page): Promise<{ code: string; link: string }> {
  await page.getByRole('button', { name: 'Show my code' }).click();
  const code = (await page.locator('.code-text[data-code]').getAttribute('data-code'))!;
  const link = await page.getByLabel('Link to send').inputValue();
  return { code, link };
}

async function secondDevice(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return { context, page };
}

const row = (page: Page, group: string, factor: string) =>
  page.locator(`table[data-group="${group}"] tr[data-factor="${factor}"]`);
const jointOrder = (page: Page) => page.locator('.joint-list .joint-item h3').allTextContents();

test('two devices swap a link and a code, and both see agreements, differences and the same joint ranking', async ({
  page,
  browser,
  baseURL,
  viewport,
  isMobile,
  hasTouch,
}) => {
  test.setTimeout(180_000); // two people walk the whole questionnaire, on a busy machine
  const firstRequests = recordRequests(page.context());
  await answerAndOpenTogether(page, FIRST);
  // What the code reveals is said before the code is shown.
  await expect(page.getByText('never your answer about safety')).toBeVisible();
  await expect(page.locator('.code-text')).toHaveCount(0);
  await expectNoAxeViolations(page);
  const first = await showMyCode(page);
  // Five groups of five Crockford symbols, printed as they are read aloud.
  expect(first.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
  const url = new URL(first.link);
  expect([url.pathname, url.search, url.hash]).toEqual(['/together', '', `#c=${first.code}`]);
  await expect(page.locator('.code-text')).toHaveText(first.code);
  await expect(page.locator('.code-text .code-group')).toHaveCount(5);
  await page.screenshot({ path: '/tmp/h4-code.png' });
  await expect(page.getByRole('img', { name: /QR code of the link/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const other = await secondDevice(browser, { baseURL, viewport, isMobile, hasTouch });
  const secondRequests = recordRequests(other.context);
  await answerAndOpenTogether(other.page, SECOND);
  const second = await showMyCode(other.page);
  expect(second.code).not.toBe(first.code);
  const secondCaseUrl = other.page.url();

  // The second person opens the first one's link: the code is read, then leaves the address bar.
  await other.page.goto(first.link);
  await expect(other.page.getByRole('status').filter({ hasText: 'Their code is valid.' })).toBeVisible();
  expect(other.page.url()).toBe(`${baseURL}/together`);
  await expectNoAxeViolations(other.page);
  await other.page.getByRole('button', { name: /^Compare with “/ }).click();
  await expect(other.page).toHaveURL(secondCaseUrl);

  // Their view: "you" are the second person.
  await expect(row(other.page, 'agree', 'goal.privacy')).toContainText(
    ['Privacy', 'Very important', 'Very important'].join(''),
  );
  await expect(row(other.page, 'differ', 'goal.relationship').locator('td')).toHaveText(['Not important', 'Essential']);
  await expect(row(other.page, 'close', 'goal.speed').locator('td')).toHaveText(['Very important', 'Essential']);
  await expect(
    other.page.getByText('Ranked by the lower of your two scores, so an option must suit both of you.'),
  ).toBeVisible();
  // Willingness is each side's view of the other, never a fact the two agree or differ on.
  await expect(other.page.locator('tr[data-factor="ctx.other-party-willing"]')).toHaveCount(0);
  const views = other.page.locator('.willingness');
  await expect(views.locator('tr[data-view="yours"] td')).toHaveText('“They refuse to talk”');
  await expect(views.locator('tr[data-view="theirs"] td')).toHaveText('“Open to it”');
  await expect(views).toContainText('You expect them to be unwilling, while they see you as open to settling.');
  await expect(views).toContainText('one of you expects the other to refuse');
  await views.screenshot({ path: '/tmp/h4-willingness.png' });
  // The second person says the other side refuses: every process that needs consent is flagged as ruled out.
  await expect(other.page.locator('.excluded-list li[data-option="mediation-facilitative"] .needs-both')).toHaveText(
    'Needs both to agree',
  );
  await expect(other.page.locator('.excluded-list li[data-option="mediation-facilitative"]')).toContainText(
    'From your answers:',
  );
  const secondJoint = await jointOrder(other.page);
  expect(secondJoint.length).toBeGreaterThan(0);
  await expect(other.page.locator('.joint-item').first()).toContainText(/You: score .+, ranked \d+/);
  await expectNoAxeViolations(other.page);

  // The first person types the second one's code as heard: lower case, with dashes and spaces.
  const heard = second.code.toLowerCase().replace(/-/g, ' - ');
  expect(heard).not.toBe(second.code);
  await page.getByRole('textbox', { name: 'The other party’s code' }).fill(heard);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.locator('.small-code')).toHaveText(second.code);
  await expect(page.locator('.willingness')).toContainText('They expect you to be unwilling');
  await expect(row(page, 'differ', 'goal.relationship').locator('td')).toHaveText(['Essential', 'Not important']);
  await expect(page.locator('.excluded-list li[data-option="mediation-facilitative"]')).toContainText(
    'From their answers:',
  );
  // Neither gave a safety answer (the one answer that stays home), so both screens rank alike.
  expect(await jointOrder(page)).toEqual(secondJoint);
  await expectNoAxeViolations(page);

  // Kept with the case: the case's card on the home page leads back to it; forgetting removes it.
  const togetherUrl = page.url();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Comparison with the other party' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Comparison with the other party' }).click();
  await expect(page).toHaveURL(togetherUrl);
  await expect(row(page, 'differ', 'goal.relationship')).toBeVisible();
  await page.getByRole('button', { name: 'Forget their answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Their answers are forgotten.' })).toBeVisible();
  await expect(page.locator('.joint-list')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Show my code' })).toBeVisible();
  await expect(page.locator('.joint-list')).toHaveCount(0);
  await page.goto('/');
  await expect(page.locator('.case-card')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Comparison with the other party' })).toHaveCount(0);

  // No server ever saw either code: not in a path, a query, or anything else a request carried.
  for (const requested of [...firstRequests, ...secondRequests]) {
    expect(requested).not.toContain(first.code);
    expect(requested).not.toContain(second.code);
    expect(requested).not.toContain('#');
  }
  await other.context.close();
});

/** A code whose group checks hold that claims a format version this Olé does not have yet (3). */
function newerVersionCode(): string {
  const data = [3, ...Array.from({ length: 19 }, () => 0)];
  const groups = [0, 1, 2, 3, 4].map((g) => {
    const four = data.slice(g * 4, g * 4 + 4);
    return [...four, checkSymbol(four, g)].map((x) => ALPHABET[x]).join('');
  });
  return groups.join('-');
}

/** The code with one symbol of its second group changed: the typo the reader must place. */
function withTypo(code: string): string {
  const at = 7;
  return `${code.slice(0, at)}${code[at] === 'X' ? 'Y' : 'X'}${code.slice(at + 1)}`;
}

test('a bad code or link is named for what is wrong, and changes nothing stored', async ({ page, baseURL }) => {
  await page.goto('/together#c=hello-there!');
  await expect(page.getByRole('alert')).toContainText('This is not an Olé code.');
  expect(page.url()).toBe(`${baseURL}/together`);
  await expectNoAxeViolations(page);

  const good = encodePriorities({ 'goal.privacy': 3, 'goal.relationship': 0 });
  const typo = withTypo(good);
  const typedGroup = typo.split('-')[1]!;
  // A link whose code has a typo: the code leaves the address bar with no reload, and the page says which group and why.
  await page.goto(`/together#c=${typo}`);
  await expect(page.getByRole('alert')).toContainText(`Group 2 (“${typedGroup}”) has a typo`);
  await expect(page.getByRole('alert')).toContainText('taken out of the address bar');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('');
  expect(page.url()).toBe(`${baseURL}/together`);
  await page.screenshot({ path: '/tmp/h4-typo.png' });
  const field = page.getByRole('textbox', { name: 'The other party’s code' });
  const compare = page.getByRole('button', { name: 'Compare', exact: true });
  for (const [text, message] of [
    ['', 'Type or paste the other party’s code first.'],
    [typo.toLowerCase(), `Group 2 (“${typedGroup}”) has a typo`],
    [newerVersionCode(), 'This code comes from a newer version of Olé.'],
    [good.slice(0, 12), /too short or too long|has a typo/],
  ] as const) {
    await field.fill(text);
    await compare.click();
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  }
  await expectNoAxeViolations(page);

  // A case whose only answer is about safety: that answer counts on this screen but is not in the code.
  await startCase(page);
  const caseId = page.url().split('/case/')[1]!.split('/')[0]!;
  await page.goto(`/case/${caseId}/q/q.safety`);
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('button', { name: /^(Next|Review answers)$/ }).click();
  await expect(page).not.toHaveURL(/q\.safety$/);
  await page.goto(`/case/${caseId}/together`);
  await expect(page.getByText('You have not answered any questions in this case yet')).toBeVisible();
  await page.getByRole('button', { name: 'Show my code' }).click();
  await expect(page.locator('.code-text[data-code]')).toHaveAttribute('data-code', encodePriorities({}));

  // On a case that already holds a code, a bad one leaves it and its comparison in place.
  await field.fill(good);
  await compare.click();
  await expect(page.locator('.joint-list')).toBeVisible();
  await expect(page.getByText('Your answer about safety counts in what you see here.')).toBeVisible();
  await page.getByRole('textbox', { name: 'The other party’s code' }).fill(typo);
  await page.getByRole('button', { name: 'Compare with another code' }).click();
  await expect(page.getByRole('alert')).toContainText(`Group 2 (“${typedGroup}”) has a typo`);
  await expect(page.getByText('Nothing was saved.')).toBeVisible();
  await page.reload();
  await expect(page.locator('.joint-list')).toBeVisible();
  await expect(page.locator('.small-code')).toHaveText(good);
  await expectNoAxeViolations(page);

  // A link opened before answering: a new case starts with their code, and its comparison waits on the together page.
  await page.goto(`/together#c=${good}`);
  await page.getByRole('button', { name: 'Start a new case with their code' }).click();
  await expect(page).toHaveURL(/\/q\/q\.area$/);
  const newCaseId = page.url().split('/case/')[1]!.split('/')[0]!;
  expect(newCaseId).not.toBe(caseId);
  await page.goto(`/case/${newCaseId}/together`);
  await expect(page.locator('.small-code')).toHaveText(good);

  // A v1 code sent before v2 is still read, and shown in its own groups of four.
  const v1 = encodeV1({ 'goal.privacy': 3, 'goal.relationship': 0 });
  await page.getByRole('textbox', { name: 'The other party’s code' }).fill(v1);
  await page.getByRole('button', { name: 'Compare with another code' }).click();
  await expect(page.locator('.small-code')).toHaveText(v1.replace(/(.{4})(?=.)/g, '$1 '));
  await expect(page.locator('.joint-list')).toBeVisible();
});

test('a link opened offline, after the first visit, still reads the code and compares', async ({ page, context }) => {
  await startCase(page);
  await page.getByRole('radio', { name: 'Construction or engineering' }).check();
  const caseId = page.url().split('/case/')[1]!.split('/')[0]!;
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });

  await context.setOffline(true);
  const code = encodePriorities({ 'goal.cost': 3, 'goal.speed': 2, 'ctx.other-party-willing': 2 });
  await page.goto(`/together#c=${code}`);
  await expect(page.getByRole('status').filter({ hasText: 'Their code is valid.' })).toBeVisible();
  await page.getByRole('button', { name: /^Compare with “/ }).click();
  await expect(page).toHaveURL(new RegExp(`/case/${caseId}/together$`));
  await expect(page.locator('.joint-list .joint-item').first()).toBeVisible();
  await expect(page.locator('table[data-group="unknown"] tr[data-factor="goal.cost"] td')).toHaveText([
    'Not answered',
    'Essential',
  ]);
  await context.setOffline(false);

  // The same comparison in French and Spanish, levels in the questionnaire's own words.
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisir le mode de règlement ensemble');
  await expect(page.getByText('Classés selon le plus bas de vos deux scores')).toBeVisible();
  await expect(page.locator('table[data-group="unknown"] tr[data-factor="goal.cost"] td')).toHaveText([
    'Sans réponse',
    'Essentiel',
  ]);
  await expectNoAxeViolations(page);
  await page.getByLabel('Langue', { exact: true }).selectOption('es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Elegir el procedimiento juntos');
  await expect(page.getByText('Ordenados por la más baja de sus dos puntuaciones')).toBeVisible();
});
