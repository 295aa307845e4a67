// Issue 12: money typed the way Olé writes it is read as written, echoed, and what cannot be read is never stored.
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { storedCase } from './stored-case.ts';

test.use({ locale: 'es-ES' });

const self = (page: Page, part: string) => page.locator(`#ws-${part} fieldset[data-side="self"]`);
const outcome = (page: Page, which: string) => self(page, 'outcomes').locator(`fieldset[data-outcome="${which}"]`);
/** The line under a field: what it read, or why nothing was saved. */
const said = (field: Locator) => field.locator('xpath=..').locator('.ws-read');
const working = (page: Page, row: string) =>
  page
    .locator('.ws-working-side[data-side="self"] tr', { has: page.getByRole('rowheader', { name: row }) })
    .locator('td');

async function openWorksheet(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Abrir un caso nuevo' }).click();
  await expect(page).toHaveURL(/\/q\/q\.area$/);
  const caseId = page.url().split('/case/')[1]!.split('/')[0]!;
  await page.goto(`/case/${caseId}/worksheet`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByLabel('Moneda').selectOption('EUR');
  return caseId;
}

/** The amount and probability fields of one of "your side"'s outcomes. */
const fields = (page: Page, which: string) => ({
  amount: outcome(page, which).getByLabel('Importe recibido'),
  probability: outcome(page, which).getByLabel('Probabilidad, %'),
});

test('"500.000" typed in Spanish is half a million in the assessment, with its working', async ({ page }) => {
  const caseId = await openWorksheet(page);
  const { amount, probability } = fields(page, 'probable');
  await amount.fill('500.000');
  await expect(said(amount)).toHaveText('= 500.000 €');
  await outcome(page, 'probable').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: '/tmp/h3-echo.png' });
  await probability.fill('100');
  await expect(said(probability)).toHaveText('= 100 %');
  await self(page, 'money').getByLabel('Costes pendientes hasta una decisión').fill('20.000');

  await expect(page.locator('.ws-value[data-side="self"]')).toContainText('valor de seguir 480.000 €');
  await expect(working(page, 'Resultado esperado (cada resultado ponderado por su probabilidad)')).toHaveText(
    '500.000 €',
  );
  await expect(working(page, 'Factor de descuento por el tiempo')).toHaveText('× 1');
  await expect(working(page, 'Menos los costes pendientes, sin descontar')).toHaveText('−\u206020.000 €');
  await expect(working(page, 'Valor de seguir')).toHaveText('480.000 €');
  await expect(page.locator('.ws-discounted')).toHaveText(
    'No se ha indicado un descuento anual, así que no se descuenta nada por el tiempo.',
  );
  await expect
    .poll(async () => (await storedCase(page, caseId))?.worksheet?.sides?.self?.outcomes?.probable?.amount)
    .toBe(500_000);

  // A rate and months: the outcome is discounted, the costs only once asked.
  await page.getByLabel('Descuento anual por el tiempo, en % (opcional)').fill('10');
  await self(page, 'money').getByLabel('Meses hasta una sentencia o un laudo').fill('12');
  await expect(working(page, 'Factor de descuento por el tiempo')).toHaveText('× 0,909');
  await expect(working(page, 'Resultado esperado, descontado a hoy')).toHaveText('454.545 €');
  await expect(working(page, 'Valor de seguir')).toHaveText('434.545 €');
  await expect(page.locator('.ws-discounted')).toContainText('solo se descuenta el resultado esperado');
  await page.getByLabel('Descontar también los costes pendientes').check();
  await expect(working(page, 'Menos los costes pendientes, descontados')).toHaveText('−\u206018.182 €');
  await expect(working(page, 'Valor de seguir')).toHaveText('436.364 €');
  await expect(page.locator('.ws-discounted')).toContainText('se descuentan tanto el resultado esperado como');
  await page.locator('.ws-working').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: '/tmp/h3-working.png' });
  await expectNoAxeViolations(page);

  // Costs above the outcome: the sign flips, and it is said in words.
  await self(page, 'money').getByLabel('Costes pendientes hasta una decisión').fill('600.000');
  await expect(page.locator('.ws-negative[data-side="self"]')).toContainText(
    'Atención: para su lado, los costes pendientes (545.455 €) superan el resultado esperado (454.545 €)',
  );

  // A reload shows the stored amount as Olé writes it, and it reads back the same.
  await page.reload();
  await expect(amount).toHaveValue('500.000');
  await expect(page.getByLabel('Descontar también los costes pendientes')).toBeChecked();
});

test('an unclear, unreadable or out-of-range entry is flagged on its field and never stored', async ({ page }) => {
  const caseId = await openWorksheet(page);
  const { amount, probability } = fields(page, 'best');
  await amount.fill('250.000');
  await expect(said(amount)).toHaveText('= 250.000 €');

  await amount.fill('2,500');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(said(amount)).toHaveText(
    'No está claro: puede ser 2,50 € o 2500 €. Escríbalo de una de esas dos formas. No se ha guardado: se mantiene 250.000 €.',
  );
  await amount.fill('mucho');
  await expect(said(amount)).toHaveText(
    'Olé no puede leer esto como un número. No se ha guardado: se mantiene 250.000 €.',
  );
  await outcome(page, 'best').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: '/tmp/h3-field.png' });

  await probability.fill('120');
  await expect(probability).toHaveAttribute('aria-invalid', 'true');
  await expect(said(probability)).toHaveText(
    'Indique un número entre 0 % y 100 %. No se ha guardado: este dato sigue vacío.',
  );
  const assessment = page.locator('#ws-assessment');
  await expect(assessment).toContainText(
    'la probabilidad escrita para Mejor resultado (MAAN) no se ha guardado (su campo explica por qué)',
  );
  await expect(assessment).not.toContainText('tiene importe pero no probabilidad');
  await expectNoAxeViolations(page);

  await probability.fill('100');
  await expect(probability).not.toHaveAttribute('aria-invalid');
  await expect(page.locator('.ws-unsaved')).toBeVisible(); // the amount field still holds "mucho"
  await amount.fill('250000');
  await expect(page.locator('.ws-unsaved')).toBeHidden();
  await expect
    .poll(async () => (await storedCase(page, caseId))?.worksheet?.sides?.self?.outcomes?.best)
    .toEqual({ amount: 250_000, probability: 100 });
});
