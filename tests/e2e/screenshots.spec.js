// Full-page screenshots of the main pages on a laptop and on a phone, saved in
// tests/e2e/screenshots/ for a person to look at (they are not compared).
import { test, expect, Overview, Catalogue, OfferPage, SCREENSHOT_DEVICES } from './pages.js';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

const devices = SCREENSHOT_DEVICES;

for (const device of devices) {
  test.describe(`on a ${device.name}`, () => {
    const { name, ...options } = device;
    test.use(options);

    test(`screenshots of the overview, the catalogue and an offer (${name})`, async ({ page }) => {
      const overview = new Overview(page);
      await overview.goto();
      await expect(overview.figure('offers')).toHaveText('34');
      await page.screenshot({ path: `${DIR}overview-${name}.png`, fullPage: true });

      const catalogue = new Catalogue(page);
      await catalogue.goto();
      await catalogue.expectCount(34);
      await page.screenshot({ path: `${DIR}catalogue-${name}.png`, fullPage: true });

      const offer = new OfferPage(page);
      await offer.goto('off-pe-pension65');
      await expect(offer.title).toBeVisible();
      await page.screenshot({ path: `${DIR}offer-${name}.png`, fullPage: true });

      // Nothing wider than the screen: no horizontal scrolling.
      for (const path of ['/', '/catalogue', '/offers/off-pe-pension65']) {
        await page.goto(path);
        await overview.layout.ready();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      }
    });
  });
}
