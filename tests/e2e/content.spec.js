// Multilingual content: offers' titles and summaries and theme names in the
// reader's language, else the original marked as such; translations edited in
// the offer form; themes created, renamed and deleted on /themes.
import { test, expect, Catalogue, OfferPage, OfferForm, Layout, ConfirmDialog, storage } from './pages.js';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** The plan saved in local storage (its body). */
async function savedPlan(page) {
  const store = await storage(page);
  const key = Object.keys(store).find((k) => k.startsWith('rondas.plan.'));
  return JSON.parse(store[key]).plan;
}

test('an English reader sees translations, and originals marked as such, with their language', async ({ page }) => {
  const catalogue = new Catalogue(page);
  await catalogue.goto();
  await catalogue.layout.setLanguage('en');
  // Bolsa Família, written in Portuguese, has an English translation: no mark.
  const bolsa = catalogue.card('Bolsa Família Programme');
  await expect(bolsa).toBeVisible();
  await expect(bolsa.getByTestId('original-mark')).toHaveCount(0);
  // Criança Feliz has none: the Portuguese original, marked, with lang="pt".
  const crianca = catalogue.card('Programa Criança Feliz');
  await expect(crianca.getByTestId('original-mark')).toHaveText('original: Portuguese');
  await expect(crianca.getByRole('link', { name: 'Programa Criança Feliz', exact: true })).toHaveAttribute('lang', 'pt');

  const offer = new OfferPage(page);
  await offer.goto('off-br-paa');
  await expect(offer.title).toHaveText('Food Acquisition Programme (PAA)');
  await expect(page.getByTestId('offer-summary')).toContainText('buys food directly from family farmers');
  await offer.goto('off-pe-cuna-mas');
  await expect(offer.title).toHaveAttribute('lang', 'es');
  await expect(offer.article.getByTestId('original-mark').first()).toHaveText('original: Spanish');

  // In Spanish, the same offer shows its Spanish translation, and Spanish offers no mark.
  await offer.layout.setLanguage('es');
  await offer.goto('off-br-paa');
  await expect(offer.title).toHaveText('Programa de Adquisición de Alimentos (PAA)');
  await offer.goto('off-pe-cuna-mas');
  await expect(offer.article.getByTestId('original-mark')).toHaveCount(0);
  await offer.layout.setLanguage('en');
});

test('a translation edited in the offer form is saved and shown after a reload', async ({ page }) => {
  const form = new OfferForm(page);
  await form.gotoEdit('off-pe-cuna-mas');
  await form.layout.setLanguage('en');
  await expect(form.select('Written in')).toHaveValue('');
  const translations = page.getByTestId('offer-translations');
  await expect(translations.getByLabel('Title in Spanish', { exact: true })).toHaveCount(0);
  await translations.getByLabel('Title in English', { exact: true }).fill('Cuna Más National Programme');
  await translations.getByLabel('Summary in English', { exact: true }).fill('Early childhood care in poor areas.');
  await form.save();
  const offer = new OfferPage(page);
  await expect(page).toHaveURL(/\/offers\/off-pe-cuna-mas$/);
  await expect(offer.title).toHaveText('Cuna Más National Programme');
  await page.reload();
  await offer.layout.ready();
  await expect(offer.title).toHaveText('Cuna Más National Programme');
  await expect(page.getByTestId('offer-summary')).toHaveText('Early childhood care in poor areas.');
  const saved = (await savedPlan(page)).offers.find((o) => o.id === 'off-pe-cuna-mas');
  expect(saved.translations.en).toEqual({ title: 'Cuna Más National Programme', summary: 'Early childhood care in poor areas.' });

  // A blank title with a summary is refused beside the form, naming the field.
  await form.gotoEdit('off-pe-cuna-mas');
  await translations.getByLabel('Title in French', { exact: true }).fill('');
  await translations.getByLabel('Summary in French', { exact: true }).fill('Un résumé sans titre.');
  await form.save();
  await expect(form.problems).toContainText('translations.fr.title');
});

test('the organizer creates, renames and deletes a theme, with what goes with it', async ({ page }) => {
  await page.goto('/themes');
  const layout = new Layout(page);
  await layout.ready();
  await layout.setLanguage('en');
  const rows = page.getByTestId('theme-row');
  const before = await rows.count();
  await page.getByLabel('Name in English', { exact: true }).fill('Care economy');
  await page.getByTestId('add-theme').click();
  await expect(rows).toHaveCount(before + 1);
  await expect(layout.notices.last()).toContainText('The theme “Care economy” was added.');
  const editor = page.getByTestId('theme-editor');
  await expect(editor.getByRole('heading')).toHaveText('Names of “Care economy”');
  await editor.getByLabel('Name in Spanish', { exact: true }).fill('Economía del cuidado');
  await editor.getByLabel('Name in Portuguese', { exact: true }).fill('Economia do cuidado');
  await editor.getByRole('button', { name: 'Save the names' }).click();
  await expect(layout.notices.last()).toContainText('The names of “Care economy” were saved.');
  const saved = (await savedPlan(page)).themes.find((t) => t.id === 'care-economy');
  expect(saved.labels).toEqual({ en: 'Care economy', es: 'Economía del cuidado', pt: 'Economia do cuidado' });
  await page.reload();
  await layout.ready();
  await layout.setLanguage('es');
  await expect(rows.filter({ hasText: 'Economía del cuidado' })).toHaveCount(1);
  await layout.setLanguage('en');

  // Delete a theme of the demo: the dialog counts its offers and interested countries.
  const plan = await savedPlan(page);
  const interested = plan.theme_interests.filter((i) => i.theme === 'elderly-care').length;
  const tagged = plan.offers.filter((o) => o.themes.includes('elderly-care')).length;
  await page.getByRole('button', { name: 'Rename “Elderly care”' }).click();
  await page.getByTestId('theme-editor').getByRole('button', { name: 'Delete' }).click();
  const confirm = new ConfirmDialog(page);
  await expect(confirm.question).toHaveText('Delete the theme “Elderly care”?');
  await expect(confirm.details.first()).toHaveText(`It is removed from ${tagged} offers.`);
  await expect(confirm.details.nth(1)).toHaveText(`${interested} countries’ interests in it are withdrawn.`);
  await confirm.confirm();
  await expect(layout.notices.last()).toContainText('The theme “Elderly care” was deleted.');
  const after = await savedPlan(page);
  expect(after.themes.some((t) => t.id === 'elderly-care')).toBe(false);
  expect(after.offers.some((o) => o.themes.includes('elderly-care'))).toBe(false);
  expect(after.theme_interests.some((i) => i.theme === 'elderly-care')).toBe(false);
});

for (const device of [
  { name: 'laptop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
]) {
  test.describe(`on a ${device.name}`, () => {
    const { name, ...options } = device;
    test.use(options);
    test(`screenshots of the catalogue's marks and the offer form's translations (${name})`, async ({ page }) => {
      const catalogue = new Catalogue(page);
      await catalogue.goto();
      await catalogue.layout.setLanguage('en');
      await catalogue.search.fill('programa');
      await expect(catalogue.cards.first()).toBeVisible();
      await page.screenshot({ path: `${DIR}content-catalogue-${name}.png`, fullPage: true });
      const form = new OfferForm(page);
      await form.gotoEdit('off-br-paa');
      await page.getByTestId('offer-translations').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${DIR}content-offer-form-${name}.png`, fullPage: true });
      await page.goto('/themes');
      await catalogue.layout.ready();
      await page.screenshot({ path: `${DIR}content-themes-${name}.png`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
