// The French interface, chosen with the picker: words, dates, numbers and the
// report (of a plan written in French), on a phone and on a laptop, with
// screenshots of the overview, the catalogue, the demand page and the report.
import { test, expect, Overview, Catalogue, Demand, Layout, demoFile, seedPlans, SCREENSHOT_DEVICES } from './pages.js';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
const NBSP = '\u00a0';

const devices = SCREENSHOT_DEVICES;

/** Fails when the page is wider than the screen (horizontal scrolling). */
async function expectNoOverflow(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
}

for (const device of devices) {
  test.describe(`on a ${device.name}`, () => {
    const { name, ...options } = device;
    test.use(options);

    test(`the interface reads in French (${name})`, async ({ page }) => {
      const overview = new Overview(page);
      await page.goto('/');
      await expect(overview.layout.planName).not.toBeEmpty({ timeout: 30_000 });
      await overview.layout.setLanguage('fr');
      await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Thèmes proposés' })).toBeVisible();
      await expect(overview.when).toContainText('mardi 17 mars 2026 – jeudi 19 mars 2026');
      await expect(overview.figureLabel('cct')).toHaveText('transferts monétaires conditionnels');
      await expect(page.getByText('8 créneaux dans 6 salles.')).toBeVisible();
      await expect(page.locator('footer')).toContainText(`Rondas fonctionne entièrement dans votre navigateur${NBSP}:`);
      await expectNoOverflow(page, 'the overview');
      await page.screenshot({ path: `${DIR}fr-overview-${name}.png`, fullPage: true });

      const catalogue = new Catalogue(page);
      await catalogue.goto();
      await expect(catalogue.heading).toHaveText('Catalogue des offres');
      await expect(catalogue.count).toHaveText('34 offres sur 34');
      await expect(catalogue.card('Programme Bolsa Família')).toContainText('Transfert monétaire conditionnel');
      await expectNoOverflow(page, 'the catalogue');
      await page.screenshot({ path: `${DIR}fr-catalogue-${name}.png`, fullPage: true });

      const demand = new Demand(page);
      await demand.goto();
      await expect(demand.heading).toHaveText(`Demande${NBSP}: ce que votre pays souhaite apprendre`);
      await demand.country.selectOption({ label: 'República Dominicana' });
      await expect(demand.summary).toContainText(/^Offres demandées\s:\s13 \(priorité élevée\s:\s5/);
      await expectNoOverflow(page, 'the demand page');
      await page.screenshot({ path: `${DIR}fr-demand-${name}.png`, fullPage: true });
    });

    test(`a plan written in French has its report in French (${name})`, async ({ page }) => {
      const file = demoFile();
      file.plan.id = 'plan-fr';
      file.plan.event.language = 'fr';
      await page.goto('/');
      await expect(new Layout(page).planName).not.toBeEmpty({ timeout: 30_000 });
      await seedPlans(page, [{ id: 'plan-fr', text: JSON.stringify(file) }], { active: 'plan-fr' });
      await new Layout(page).setLanguage('fr');
      await page.goto('/report');
      const report = page.getByTestId('report');
      await expect(report).toHaveAttribute('lang', 'fr');
      await expect(report).toContainText(
        '54 délégués de 13 pays représentant 20 ministères ou organismes, 5 mécanismes sous-régionaux, 34 programmes, 50 actions potentielles de coopération.',
      );
      await expect(report).toContainText('Seuls 2 des 34 programmes étaient des transferts monétaires conditionnels.');
      await expect(page.getByTestId('report-html')).toHaveText('Télécharger en HTML');
      await expectNoOverflow(page, 'the report');
      await page.screenshot({ path: `${DIR}fr-report-${name}.png`, fullPage: true });
    });
  });
}
