// The app opens on the demo workshop; the catalogue searches and filters it.
import { test, expect, Overview, Catalogue, OfferPage, Layout, DEMO_NAME, DEMO_FIGURES } from './pages.js';

test('opens on the demo workshop with its figures, without console or page errors', async ({ page, pageErrors }) => {
  const overview = new Overview(page);
  await overview.goto();
  await expect(overview.layout.planName).toHaveText(DEMO_NAME);
  await expect(overview.heading).toHaveText(DEMO_NAME);
  for (const [id, n] of Object.entries(DEMO_FIGURES)) {
    await expect(overview.figure(id), `figure-${id}`).toHaveText(String(n));
  }
  await expect(overview.figureLabel('cct')).toHaveText('conditional cash transfers');
  await expect(overview.when).toContainText('Tuesday, March 17, 2026 – Thursday, March 19, 2026');
  await expect(overview.themes).toHaveCount(11);
  await expect(overview.themes.first()).toContainText('Food security');
  await expect(page).toHaveTitle('Rondas');
  // The fixture also checks this after the test; asserting here names the moment.
  expect(pageErrors).toEqual([]);
});

test('the catalogue lists the 34 offers', async ({ page }) => {
  const catalogue = new Catalogue(page);
  await catalogue.goto();
  await expect(catalogue.heading).toHaveText('Offer catalogue');
  await catalogue.expectCount(34);
  await expect(catalogue.card('Bolsa Família Programme')).toContainText('Brasil · MDS');
  await expect(catalogue.card('Bolsa Família Programme')).toContainText('Conditional cash transfer');
  await expect(catalogue.clearButton).toHaveCount(0);
});

test('the navigation reaches the catalogue and an overview theme opens it filtered', async ({ page }) => {
  const overview = new Overview(page);
  await overview.goto();
  await overview.layout.navLink('Catalogue').click();
  await expect(page).toHaveURL(/\/catalogue$/);
  await expect(overview.layout.navLink('Catalogue')).toHaveAttribute('aria-current', 'page');
  await new Catalogue(page).expectCount(34);

  await overview.layout.navLink('Overview').click();
  await overview.themes.getByRole('link', { name: 'Food security' }).click();
  await expect(page).toHaveURL(/\/catalogue\?theme=food-security$/);
  const catalogue = new Catalogue(page);
  await expect(catalogue.filters.theme).toHaveValue('food-security');
  await catalogue.expectCount(11);
});

test('search ignores accents and case, and the count follows', async ({ page }) => {
  const catalogue = new Catalogue(page);
  await catalogue.goto();
  await catalogue.search.fill('nutricion');
  await expect(catalogue.cards.first().getByRole('heading').getByRole('link')).toHaveText('Gran Cruzada Nacional por la Nutrición');
  const found = await catalogue.cards.count();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(34);
  await catalogue.expectCount(found);
  await expect(page).toHaveURL(/\/catalogue\?q=nutricion$/);

  await catalogue.search.fill('NUTRICIÓN');
  await catalogue.expectCount(found);

  // The offers matching every word come first (search.spec.js says more).
  await catalogue.search.fill('nutricion guatemala');
  await expect(catalogue.cards.first().getByRole('heading').getByRole('link')).toHaveText('Gran Cruzada Nacional por la Nutrición');

  // Portuguese text folds too: "familia" finds "Família".
  await catalogue.search.fill('bolsa familia');
  await expect(catalogue.cards.first().getByRole('heading').getByRole('link')).toHaveText('Bolsa Família Programme');

  await catalogue.search.fill('zzzz-nothing');
  await catalogue.expectCount(0);
  await expect(catalogue.empty).toHaveText('No offer matches these filters.');

  await catalogue.search.fill('');
  await catalogue.expectCount(34);
  await expect(page).toHaveURL(/\/catalogue$/);
});

const filters = [
  { name: 'theme', param: 'theme', value: 'food-security', label: 'Food security', expected: 11 },
  { name: 'country', param: 'country', value: 'br', label: 'Brasil', expected: 5 },
  { name: 'modality', param: 'modality', value: 'virtual-seminar', label: 'Virtual seminar', expected: 12 },
  { name: 'type', param: 'type', value: 'conditional-cash-transfer', label: 'Conditional cash transfer', expected: 2 },
];

for (const f of filters) {
  test(`the ${f.name} filter narrows the list, is kept in the URL and survives a reload`, async ({ page }) => {
    const catalogue = new Catalogue(page);
    await catalogue.goto();
    await catalogue.filters[f.name].selectOption({ label: f.label });
    await catalogue.expectCount(f.expected);
    await expect(page).toHaveURL(new RegExp(`/catalogue\\?${f.param}=${f.value}$`));

    await page.reload();
    await expect(catalogue.filters[f.name]).toHaveValue(f.value);
    await catalogue.expectCount(f.expected);

    // Back to "All" removes the parameter.
    await catalogue.filters[f.name].selectOption({ label: 'All' });
    await catalogue.expectCount(34);
    await expect(page).toHaveURL(/\/catalogue$/);
  });
}

test('filters combine and a shared URL opens them', async ({ page }) => {
  const catalogue = new Catalogue(page);
  await catalogue.goto();
  await catalogue.filters.theme.selectOption('food-security');
  await catalogue.filters.country.selectOption('pe');
  await catalogue.expectCount(1);
  await expect(catalogue.card('Programa Nacional de Alimentación Escolar Qali Warma')).toBeVisible();
  await expect(page).toHaveURL(/\/catalogue\?theme=food-security&country=pe$/);

  // The same kind of view from a link, with a search and a type.
  await catalogue.goto('?type=conditional-cash-transfer&country=py&q=tekopora');
  await expect(catalogue.search).toHaveValue('tekopora');
  await expect(catalogue.filters.type).toHaveValue('conditional-cash-transfer');
  await expect(catalogue.filters.country).toHaveValue('py');
  await expect(catalogue.filters.theme).toHaveValue('');
  await catalogue.expectCount(1);
  await expect(catalogue.card('Programa Tekoporã')).toBeVisible();
  await expect(catalogue.clearButton).toBeVisible();
});

test('"Clear filters" clears the search and every filter', async ({ page }) => {
  const catalogue = new Catalogue(page);
  for (const query of ['?theme=food-security', '?type=conditional-cash-transfer&country=py&q=tekopora']) {
    await catalogue.goto(query);
    await expect(catalogue.clearButton).toBeVisible();
    await catalogue.clearButton.click();
    await expect(page).toHaveURL(/\/catalogue$/, { timeout: 2000 });
    await catalogue.expectCount(34);
    await expect(catalogue.search).toHaveValue('');
    for (const select of Object.values(catalogue.filters)) await expect(select).toHaveValue('');
    await expect(catalogue.clearButton).toHaveCount(0);
  }
});

test("an offer's page opens from the list and leads back", async ({ page }) => {
  const catalogue = new Catalogue(page);
  await catalogue.goto('?country=pe');
  await catalogue.expectCount(3);
  await catalogue.open('Programa Nacional de Asistencia Solidaria Pensión 65');

  const offer = new OfferPage(page);
  await expect(page).toHaveURL(/\/offers\/off-pe-pension65$/);
  await expect(offer.title).toHaveText('Programa Nacional de Asistencia Solidaria Pensión 65');
  await expect(offer.article).toContainText('Perú · Ministerio de Desarrollo e Inclusión Social (MIDIS)');
  await expect(offer.article).toContainText('Non-contributory pension');
  await expect(offer.article).toContainText('Elderly care');
  await expect(offer.article).toContainText('off-pe-pension65');
  await expect(offer.editLink).toHaveAttribute('href', '/offers/off-pe-pension65/edit');

  await offer.back.click();
  await expect(page).toHaveURL(/\/catalogue$/);
  await catalogue.expectCount(34);
});

test('an unknown offer or page says so', async ({ page }) => {
  const offer = new OfferPage(page);
  await offer.goto('off-nowhere');
  await expect(offer.missing).toHaveText('This offer does not exist (any more).');
  await expect(offer.editLink).toHaveCount(0);

  await page.goto('/no/such/page');
  await new Layout(page).ready();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
