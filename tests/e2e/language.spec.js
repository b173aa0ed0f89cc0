// The interface language: Spanish and English, remembered across reloads.
import { test, expect, Overview, Catalogue, OfferPage, Participants, Layout, storage, seedPlans, demoFile } from './pages.js';

test('switching to Spanish translates the interface, dates and numbers; it is remembered', async ({ page }) => {
  const overview = new Overview(page);
  await overview.goto();
  const layout = overview.layout;
  await expect(layout.language).toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(layout.navLink('Overview')).toBeVisible();

  await layout.setLanguage('es');
  await expect(layout.language).toHaveValue('es');
  await expect(layout.nav).toHaveAccessibleName('Principal');
  for (const name of ['Resumen', 'Catálogo', 'Evento', 'Participantes', 'Planes y archivos']) {
    await expect(layout.navLink(name)).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Temas ofrecidos' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rondas de negocios' })).toBeVisible();
  await expect(overview.when).toContainText('martes 17 de marzo de 2026 – jueves 19 de marzo de 2026');
  await expect(overview.figureLabel('countries')).toHaveText('países');
  await expect(overview.figureLabel('cct')).toHaveText('transferencias condicionadas');
  await expect(overview.themes.first()).toContainText('Seguridad alimentaria');
  await expect(page.getByText('8 franjas horarias en 6 salas.')).toBeVisible();
  await expect(page.locator('footer')).toContainText('Rondas funciona por completo en su navegador');
  expect((await storage(page))['rondas.language']).toBe('"es"');

  // Other pages follow.
  await layout.navLink('Catálogo').click();
  const catalogue = new Catalogue(page);
  await expect(catalogue.heading).toHaveText('Catálogo de ofertas');
  await expect(catalogue.count).toHaveText('34 de 34 ofertas');
  await expect(catalogue.filters.type.locator('option').first()).toHaveText('Todos');
  await expect(catalogue.card('Programa Bolsa Família')).toContainText('Transferencia monetaria condicionada');

  const offer = new OfferPage(page);
  await offer.goto('off-pe-pension65');
  await expect(offer.article).toContainText('Tipo de programa');
  await expect(offer.article).toContainText('Pensión no contributiva');
  await expect(offer.article).toContainText('Atención a personas mayores');
  await expect(offer.editLink).toHaveText('Editar');

  // Reload: Spanish is remembered.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(layout.language).toHaveValue('es');
  await expect(offer.article).toContainText('Tipo de programa');
  await expect(layout.navLink('Resumen')).toBeVisible();

  // And back to English.
  await layout.setLanguage('en');
  await expect(layout.navLink('Overview')).toBeVisible();
  await expect(offer.article).toContainText('Program type');
  await page.reload();
  await expect(layout.language).toHaveValue('en');
  await expect(layout.navLink('Catalogue')).toBeVisible();
  expect((await storage(page))['rondas.language']).toBe('"en"');
});

/** Saves a copy of the demo with 1,054 delegates and opens it. */
async function seedBigPlan(page) {
  const file = demoFile();
  file.plan.id = 'plan-big';
  const template = file.plan.delegates[0];
  for (let i = 1; i <= 1000; i++) {
    file.plan.delegates.push({ ...template, id: `del-big-${i}`, name: `Delegado ${i}` });
  }
  await page.goto('/');
  await new Layout(page).ready();
  await seedPlans(page, [{ id: 'plan-big', text: JSON.stringify(file) }], { active: 'plan-big' });
}

test('large numbers on the overview use the language’s thousands separator', async ({ page }) => {
  await seedBigPlan(page);
  const overview = new Overview(page);
  await overview.goto();
  await expect(overview.figure('delegates')).toHaveText('1,054');
  await overview.layout.setLanguage('es');
  await expect(overview.figure('delegates')).toHaveText('1.054');
  await expect(overview.figure('offers')).toHaveText('34');
});

test('large counts on /participants use the language’s thousands separator', async ({ page }) => {
  await seedBigPlan(page);
  const participants = new Participants(page);
  await participants.goto();
  const delegates = participants.section('delegates');
  await expect(delegates.rows).toHaveCount(1054);
  await expect(delegates.count).toHaveText('1,054', { timeout: 1000 });
  await participants.layout.setLanguage('es');
  await expect(delegates.count).toHaveText('1.054', { timeout: 1000 });
});

test.describe('with a Spanish browser', () => {
  test.use({ locale: 'es-PE' });

  test('the browser language is used when nothing is saved', async ({ page }) => {
    const overview = new Overview(page);
    await overview.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(overview.layout.language).toHaveValue('es');
    await expect(overview.layout.navLink('Resumen')).toBeVisible();
  });
});
