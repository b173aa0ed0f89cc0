// Accessibility: axe-core (the engine of Lighthouse's accessibility audit)
// on the pages of the day of the rounds, the theme editor and a search with
// its marks, at a phone's and a laptop's width. No violation is allowed.
import { test, expect, Layout } from './pages.js';
import AxeBuilder from '@axe-core/playwright';

const PAGES = ['/checkin', '/replan', '/board', '/badges', '/themes', '/catalogue?q=ancianos', '/demand?country=br', '/rounds', '/agendas?country=br', '/agendas?room=room-1'];

for (const width of [390, 1280]) {
  for (const path of PAGES) {
    test(`${path} has no accessibility violation at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await new Layout(page).ready();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(found).toEqual([]);
    });
  }
}
