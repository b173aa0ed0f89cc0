// Analytics: the demo's figures, its charts (inline SVG, each with its table),
// and earlier editions loaded beside the plan and compared.
import { test, expect, demoFile } from './pages.js';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** An earlier edition made from the demo: another id, name and year, fewer programs, nothing after the demand. */
function edition(year, offers) {
  const file = JSON.parse(JSON.stringify(demoFile()).replaceAll('2026-', `${year}-`));
  const plan = file.plan;
  plan.id = `plan-lima-${year}`;
  plan.event.name = `Taller regional ${year}`;
  plan.offers = plan.offers.slice(0, offers);
  const kept = new Set(plan.offers.map((o) => o.id));
  plan.interests = plan.interests.filter((i) => kept.has(i.offer));
  // Before the rounds: no schedule, no actions, evaluation, selection or follow-up.
  for (const key of ['schedule', 'actions', 'evaluators', 'scores', 'selection', 'follow_ups']) delete plan[key];
  return { name: `taller-${year}.rondas.json`, buffer: Buffer.from(JSON.stringify(file)), mimeType: 'application/json' };
}

test('the analytics page shows the demo’s figures and charts, each with its table', async ({ page }) => {
  await page.goto('/analytics');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Analytics');
  for (const [id, n] of [['delegates', '54'], ['countries', '13'], ['agencies', '20'], ['mechanisms', '5'], ['offers', '34'], ['cct', '2'], ['interests', '151'], ['actions', '50']]) {
    await expect(page.getByTestId(`figure-${id}`).locator('strong')).toHaveText(n);
  }
  const themes = page.getByTestId('chart-themes');
  await expect(themes.locator('svg[role="img"] > title')).toHaveText('Themes: programs offered, interests declared in them and their weight');
  await expect(themes.locator('svg rect.bar')).toHaveCount(13 * 3);
  const first = themes.locator('table tbody tr').first();
  await expect(first.locator('th')).toHaveText('Food security');
  await expect(first.locator('td')).toHaveText(['11', '36', '77']);
  await expect(page.getByTestId('chart-subregions').locator('table tbody tr')).toHaveCount(5);
  await expect(page.getByTestId('chart-mechanisms').locator('table tbody tr')).toHaveCount(5);
  await expect(page.getByTestId('themes-without-offer').locator('li')).toHaveText(['Climate resilience (4 countries)', 'Digital inclusion (4 countries)']);
  await expect(page.getByTestId('coverage')).toContainText('The business rounds held 30 sessions and met');
  // The cooperation actions, by type, theme and country, and their evaluation and funding.
  await expect(page.getByTestId('actions-registered')).toHaveText('Potential cooperation actions: 50, from 58 forms (8 registered by both sides).');
  const types = page.getByTestId('chart-action-types').locator('table tbody td');
  expect((await types.allTextContents()).reduce((sum, n) => sum + Number(n), 0)).toBe(50);
  const countries = page.getByTestId('chart-action-countries').locator('table tbody tr');
  await expect(countries).toHaveCount(13);
  await expect(page.getByTestId('evaluation')).toContainText('The selection funds 29 actions');
  await expect(page.getByTestId('chart-action-status').locator('svg[role="img"] > title')).toHaveText('Selected actions by follow-up status');
  // Spanish, the same figures.
  await page.getByTestId('language').selectOption('es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Análisis');
  await expect(themes.locator('table tbody tr').first().locator('th')).toHaveText('Seguridad alimentaria');
  await page.getByTestId('language').selectOption('en');
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${DIR}analytics.png`, fullPage: true });
  await themes.screenshot({ path: `${DIR}analytics-chart.png` });
  await page.getByTestId('actions').screenshot({ path: `${DIR}analytics-actions.png` });
  // Printed: the charts and their tables, without the navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header nav')).toBeHidden();
  await expect(themes.locator('svg')).toBeVisible();
  await page.screenshot({ path: `${DIR}analytics-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  // On a phone nothing spills sideways: wide tables scroll inside their box.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${DIR}analytics-phone.png`, fullPage: true });
  await themes.screenshot({ path: `${DIR}analytics-chart-phone.png` });
});

test('two earlier editions load beside the plan and compare over time; a bad file is named and changes nothing', async ({ page }) => {
  await page.goto('/editions');
  const input = page.getByTestId('editions-file');
  await input.setInputFiles([edition(2025, 30), edition(2024, 26), { name: 'broken.json', buffer: Buffer.from('{"format": "rondas-plan", '), mimeType: 'application/json' }]);
  await expect(page.getByTestId('editions-error')).toContainText('“broken.json” cannot be opened.');
  await expect(page.getByTestId('editions-loaded').locator('li')).toHaveCount(2);
  const figures = page.getByTestId('editions-figures');
  await expect(figures.locator('thead th')).toHaveCount(4);
  await expect(figures.locator('thead th').nth(1)).toContainText('Taller regional 2024');
  await expect(figures.locator('thead th').nth(2)).toContainText('Taller regional 2025');
  await expect(figures.locator('thead th').nth(3)).toContainText('current plan');
  const row = (name) => figures.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).locator('td');
  await expect(row('Programs')).toHaveText(['26', '30', '34']);
  await expect(row('Delegates')).toHaveText(['54', '54', '54']);
  await expect(row('Sessions')).toHaveText(['0', '0', '30']);
  await expect(row('Cooperation actions')).toHaveText(['0', '0', '50']);
  await expect(page.getByTestId('chart-editions').locator('svg rect.bar')).toHaveCount(3 * 3);
  const food = page.getByTestId('editions-themes').locator('tbody tr').filter({ hasText: 'Food security' }).locator('td');
  await expect(food).toHaveCount(3);
  await expect(page.getByTestId('plan-name')).toContainText('Taller regional de cooperación Sur-Sur');
  // Kept while the app is open; one can be removed.
  await page.getByRole('link', { name: 'Analytics' }).click();
  await page.getByRole('link', { name: 'Compare editions' }).click();
  await expect(page.getByTestId('editions-loaded').locator('li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove taller-2024.rondas.json from the comparison' }).click();
  await expect(figures.locator('thead th')).toHaveCount(3);
  await page.screenshot({ path: `${DIR}editions.png`, fullPage: true });
});
