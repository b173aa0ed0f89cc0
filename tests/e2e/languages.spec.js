// Portuguese, picked from the browser at the first visit and remembered; and
// the workshop across languages: a Brazilian delegate answers in Portuguese,
// a Spanish-speaking organizer merges the answers.
import { test, expect, Overview, Demand, Responses, Layout, download, storage, seedPlans, demoFile, SCREENSHOT_DEVICES, shownTitle } from './pages.js';
import { fileURLToPath } from 'node:url';

const demo = demoFile().plan;
const title = (id, lang) => shownTitle(demo.offers.find((o) => o.id === id), lang);

test.describe('with a Brazilian browser', () => {
  test.use({ locale: 'pt-BR' });

  test('the first visit opens in Portuguese, dates and numbers included, and stays so after a reload', async ({ page }) => {
    const overview = new Overview(page);
    await overview.goto();
    const layout = overview.layout;
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
    await expect(layout.language).toHaveValue('pt');
    expect((await storage(page))['rondas.language']).toBe('"pt"');
    await expect(layout.nav).toHaveAccessibleName('Principal');
    for (const name of ['Visão geral', 'Catálogo', 'Evento', 'Participantes', 'Planos e arquivos']) {
      await expect(layout.navLink(name)).toBeVisible();
    }
    await expect(overview.when).toContainText('terça-feira, 17 de março de 2026 – quinta-feira, 19 de março de 2026');
    await expect(overview.figureLabel('cct')).toHaveText('transferências condicionadas de renda');
    await expect(overview.themes.first()).toContainText('Segurança alimentar');
    await expect(page.getByText('8 horários em 6 salas.')).toBeVisible();

    // The picker names each language in its own words.
    const names = await layout.language.locator('option').allTextContents();
    expect(names.filter((n) => n !== 'Français')).toEqual(['English', 'Español', 'Português']);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
    await expect(layout.navLink('Visão geral')).toBeVisible();

    // A choice made in the picker wins over the browser from then on.
    await layout.setLanguage('es');
    await page.reload();
    await expect(layout.language).toHaveValue('es');
    await expect(layout.navLink('Resumen')).toBeVisible();
  });
});

/** Opens `path` in a fresh context, giving the wasm of a busy machine time to start. */
async function firstLoad(page, path) {
  await page.goto(path);
  await expect(page.getByTestId('plan-name')).not.toBeEmpty({ timeout: 20_000 });
}

test('a Brazilian delegate’s interests in Portuguese, merged by a Spanish-speaking organizer', async ({ browser }) => {
  test.setTimeout(90_000);
  const ADDED = 'off-py-tekopora';
  const RAISED = 'off-pe-pension65';
  const NOTE = 'Como o programa chega às comunidades indígenas.';
  const THEME_PT = 'Cuidado de pessoas idosas';
  expect(demo.interests.find((i) => i.country === 'br' && i.offer === ADDED)).toBeUndefined();
  expect(demo.interests.find((i) => i.country === 'br' && i.offer === RAISED).priority).toBe('low');
  const errors = [];
  const watch = (page) => {
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    return page;
  };

  // The delegate, in Portuguese.
  const delegateContext = await browser.newContext({ locale: 'pt-BR', acceptDownloads: true });
  const delegatePage = watch(await delegateContext.newPage());
  const demand = new Demand(delegatePage);
  await firstLoad(delegatePage, '/demand?country=br');
  await expect(demand.heading).toHaveText('Demanda: o que seu país quer conhecer');
  await delegatePage.getByRole('combobox', { name: 'Respondendo como' }).selectOption({ label: 'Ana Carolina Nogueira' });
  const priority = (what) => delegatePage.getByRole('combobox', { name: `Prioridade para ${what}`, exact: true });
  await priority(title(ADDED, 'pt')).selectOption({ label: 'Alta' });
  await demand.row(title(ADDED, 'pt')).getByRole('textbox', { name: 'O que você quer conhecer?' }).fill(NOTE);
  await priority(title(RAISED, 'pt')).selectOption({ label: 'Média' });
  await priority(THEME_PT).selectOption({ label: 'Alta' });
  await expect(demand.summary).toContainText('ofertas pedidas:');
  await expect(demand.summary).toContainText('de prioridade alta');
  const { download: file, text } = await download(delegatePage, delegatePage.getByRole('button', { name: 'Baixar o arquivo de resposta' }));
  expect(JSON.parse(text).response.country).toBe('br');

  // The organizer, in Spanish, on another computer.
  const organizerContext = await browser.newContext({ locale: 'es-419' });
  const organizerPage = watch(await organizerContext.newPage());
  const responses = new Responses(organizerPage);
  await firstLoad(organizerPage, '/responses');
  await expect(responses.heading).toHaveText('Respuestas de las delegaciones');
  await responses.pick([{ name: file.suggestedFilename(), text }]);
  const card = responses.file(file.suggestedFilename());
  await expect(card.head).toHaveText(/^Brasil, \S+ \d+ de \S+ de \d{4}: 3 cambios$/);
  await expect(card.conflicts).toHaveCount(0);
  await expect(card.changes).toHaveCount(3);
  for (const change of [
    `Añadir: ${title(ADDED, 'es')} — Alta — “${NOTE}”`,
    `Cambiar: ${title(RAISED, 'es')}: Baja → Media`,
    'Añadir: tema «Atención a personas mayores» — Alta',
  ]) {
    await expect(card.changes.filter({ hasText: change })).toHaveCount(1);
  }
  await expect(responses.applyButton).toHaveText('Aplicar los 3 cambios marcados');
  await responses.applyButton.click();
  await expect(responses.layout.notices).toContainText('Se aplicaron 3 cambios.');

  // The interests are in the organizer's plan, in Spanish on the demand page.
  const check = new Demand(organizerPage);
  await check.goto('?country=br');
  await expect(check.heading).toHaveText('Demanda: lo que su país quiere conocer');
  const esPriority = (what) => organizerPage.getByRole('combobox', { name: `Prioridad para ${what}`, exact: true });
  await expect(esPriority(title(ADDED, 'es'))).toHaveValue('high');
  await expect(esPriority(title(RAISED, 'es'))).toHaveValue('medium');
  await expect(esPriority('Atención a personas mayores')).toHaveValue('high');
  await expect(check.row(title(ADDED, 'es')).getByRole('textbox', { name: '¿Qué quiere conocer?' })).toHaveValue(NOTE);

  expect(errors).toEqual([]);
  await delegateContext.close();
  await organizerContext.close();
});

/** Opens a copy of the demo whose plan language is Portuguese (the report follows the plan). */
async function openPortuguesePlan(page) {
  const file = demoFile();
  file.plan.id = 'plan-pt';
  file.plan.event.language = 'pt';
  await page.goto('/');
  await new Layout(page).ready();
  await seedPlans(page, [{ id: 'plan-pt', text: JSON.stringify(file) }], { active: 'plan-pt' });
}

const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
const devices = SCREENSHOT_DEVICES;

for (const device of devices) {
  test.describe(`in Portuguese on a ${device.name}`, () => {
    const { name, ...options } = device;
    test.use({ ...options, locale: 'pt-BR' });

    test(`screenshots of the overview, catalogue, demand page and report in Portuguese (${name})`, async ({ page }) => {
      test.setTimeout(120_000);
      await openPortuguesePlan(page);
      const pages = [
        ['overview', '/', page.getByRole('heading', { name: 'Temas oferecidos' })],
        ['catalogue', '/catalogue', page.getByText('34 de 34 ofertas')],
        ['demand', '/demand?country=br', page.getByRole('heading', { name: 'Suas respostas' })],
        ['report', '/report', page.getByRole('heading', { name: 'O encontro em números' })],
      ];
      for (const [shot, path, ready] of pages) {
        await page.goto(path);
        await expect(ready).toBeVisible();
        await page.screenshot({ path: `${DIR}pt-${shot}-${name}.png`, fullPage: true });
      }
      // Nothing wider than the screen, down to a 360 px phone.
      const widths = name === 'phone' ? [390, 360] : [];
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        for (const [, path, ready] of pages) {
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
          await expect(ready).toBeVisible();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `horizontal overflow on ${path} at ${width} px`).toBeLessThanOrEqual(0);
        }
      }
    });
  });
}
