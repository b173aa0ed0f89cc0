// Name badges: every delegate's with the check-in code in text and as a
// labelled QR code, a filter by country, sizes, and A4 sheets when printed.
import { test, expect as strict, demoFile, DEMO_FIGURES } from './pages.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A debug build on a busy machine takes a while to draw the page.
test.describe.configure({ timeout: 90_000 });
const expect = strict.configure({ timeout: 30_000 });

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const plan = demoFile().plan;

/** The page printed (A4 from its own @page rule): its page count and size in points; page 1 saved as `name`.png. */
async function printed(page, name) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'rondas-badges-'));
  writeFileSync(join(dir, 'badges.pdf'), pdf);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(dir, 'badges.pdf'), join(SHOTS, name)]);
  const info = execFileSync('pdfinfo', [join(dir, 'badges.pdf')], { encoding: 'utf8' });
  await page.emulateMedia({ media: 'screen' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)[1]), size: /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info).slice(1).map(Number) };
}

test('every delegate has a badge with name, country, agency and a labelled QR code of their check-in code', async ({ page }) => {
  await page.goto('/badges');
  const badges = page.getByTestId('badge');
  await expect(badges).toHaveCount(DEMO_FIGURES.delegates);
  await expect(page.getByTestId('badge-count')).toHaveText('54 badges, A4 sheets: 6');
  const first = plan.delegates.find((d) => d.id === 'del-1');
  const badge = badges.filter({ hasText: first.name });
  await expect(badge).toContainText(plan.countries.find((c) => c.id === first.country).name);
  await expect(badge).toContainText(plan.agencies.find((a) => a.id === first.agency).name);
  const code = await badge.locator('code').textContent();
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
  const qr = badge.getByRole('img', { name: `QR code of the check-in code ${code}` });
  await expect(qr).toBeVisible();
  await expect(qr.locator('path')).toHaveAttribute('d', /^M4 4h7v1h-7z/);
});

test('badges filter by country and come in three sizes', async ({ page }) => {
  await page.goto('/badges');
  await page.getByTestId('badge-country').selectOption('pe');
  await expect(page).toHaveURL(/country=pe/);
  await expect(page.getByTestId('badge')).toHaveCount(plan.delegates.filter((d) => d.country === 'pe').length);
  await expect(page.getByTestId('badge-count')).toHaveText('5 badges, A4 sheets: 1');
  await page.getByTestId('badge-size').selectOption('a6');
  await expect(page.getByTestId('badge-count')).toHaveText('5 badges, A4 sheets: 2');
  await page.goto('/badges?country=nowhere');
  await expect(page.getByText('No delegates yet: add them under Participants.')).toBeVisible();
});

test('printed, the badges fill A4 sheets with cut lines and nothing of the app around them', async ({ page }) => {
  await page.goto('/badges');
  await expect(page.getByTestId('badge')).toHaveCount(54);
  const card = await printed(page, 'badges-sheet');
  expect(card.pages).toBe(6);
  expect(card.size[0]).toBeCloseTo(595.3, 0);
  expect(card.size[1]).toBeCloseTo(841.9, 0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  const box = await page.getByTestId('badge').first().boundingBox();
  // 90 × 55 mm at 96 px per inch.
  expect(box.width).toBeCloseTo((90 / 25.4) * 96, 0);
  expect(box.height).toBeCloseTo((55 / 25.4) * 96, 0);
  await expect(page.getByTestId('badge').first().getByRole('img')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/badges?size=4x3');
  await expect(page.getByTestId('badge-count')).toHaveText('54 badges, A4 sheets: 9');
  expect((await printed(page, 'badges-sheet-4x3')).pages).toBe(9);
});

test('the badges page on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/badges?country=cl');
  await expect(page.getByTestId('badge')).toHaveCount(4);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}badges-phone.png`, fullPage: true });
});
