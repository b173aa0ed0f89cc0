// The workshop report: the demo's figures stated in the plan's language,
// downloaded as standalone HTML and as Markdown, and printed.
import { test, expect, download } from './pages.js';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
const FIGURES = '54 delegados de 13 países en representación de 20 ministerios o agencias, 5 mecanismos subregionales, 34 programas, 50 acciones potenciales de cooperación.';
const THEMES = 'Destacan los temas de seguridad alimentaria, bienestar infantil, atención a personas mayores y medición de la pobreza multidimensional.';
const CCT = 'Solo 2 de los 34 programas eran transferencias monetarias condicionadas.';

test('the report states the demo’s figures in Spanish, the plan’s language, whatever the interface language', async ({ page }) => {
  await page.goto('/report');
  const report = page.getByTestId('report');
  await expect(report).toHaveAttribute('lang', 'es');
  await expect(report.getByRole('heading', { level: 1 })).toContainText('Taller regional de cooperación Sur-Sur');
  await expect(report).toContainText(FIGURES);
  await expect(report).toContainText(THEMES);
  await expect(report).toContainText(CCT);
  await expect(report.getByRole('table', { name: 'Temas, los más ofrecidos primero' }).locator('tbody tr').first().locator('td')).toHaveText(['Seguridad alimentaria', '11', '36', '77', '2']);
  await expect(page.getByTestId('report-html')).toHaveText('Download as HTML');
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${DIR}report.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('report-html')).toBeHidden();
  await expect(page.locator('header.site-header nav')).toBeHidden();
  await page.screenshot({ path: `${DIR}report-print.png`, fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('the report downloads as a standalone HTML file and as Markdown', async ({ page }) => {
  await page.goto('/report');
  const html = await download(page, page.getByTestId('report-html'));
  expect(html.download.suggestedFilename()).toMatch(/-report\.html$/);
  expect(html.text.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html.text).toContain('<html lang="es">');
  expect(html.text).toContain('<style>');
  expect(html.text).not.toContain('<script');
  for (const sentence of [FIGURES, THEMES, CCT]) expect(html.text).toContain(sentence);
  const md = await download(page, page.getByTestId('report-md'));
  expect(md.download.suggestedFilename()).toMatch(/-report\.md$/);
  expect(md.text.startsWith('# Taller regional de cooperación Sur-Sur')).toBe(true);
  for (const sentence of [FIGURES, THEMES, CCT]) expect(md.text).toContain(sentence);
  expect(md.text).toContain('| Seguridad alimentaria | 11 | 36 | 77 | 2 |');
  // The downloaded file stands alone: opened by itself (in a blank page, not
  // under the app's Content-Security-Policy), it shows the report.
  const alone = await page.context().newPage();
  await alone.setContent(html.text);
  await expect(alone.getByRole('heading', { level: 1 })).toContainText('Taller regional');
  await expect(alone.locator('table')).toHaveCount(await alone.locator('caption').count());
});
