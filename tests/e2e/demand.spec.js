// Delegation mode: a delegate marks what their country wants to learn,
// accepts a suggestion, and downloads the response file; and the printable
// blank form for delegations that answer on paper.
import { test, expect, Demand, demoFile, DEMO_ID, DEMO_NAME, FORMAT_VERSION, shownTitle } from './pages.js';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const demo = demoFile().plan;
const title = (id) => shownTitle(demo.offers.find((o) => o.id === id));
const peru = demo.interests.filter((i) => i.country === 'pe');
const peruThemes = demo.theme_interests.filter((i) => i.country === 'pe');

/** "N offers asked for: H high, M medium, L low priority; T themes." */
const summary = (offers, high, medium, low, themes) =>
  `${offers} offers asked for: ${high} high, ${medium} medium, ${low} low priority; ${themes} themes.`;
const count = (list, p) => list.filter((i) => i.priority === p).length;
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

// What the test changes: one answer changed, one added (with a note), one theme.
const CHANGED = 'off-br-crianca-feliz'; // Peru: low → high
const ADDED = 'off-ar-tarjeta-alimentar'; // Peru: not asked → medium, with a note
const NOTE = 'Cómo se focaliza la tarjeta y cómo se recarga.';
const THEME = { id: 'digital-inclusion', label: 'Digital inclusion' };

test('a delegate answers for Peru, accepts a suggestion and downloads the response file; a reload keeps it all', async ({ page }) => {
  expect(peru.find((i) => i.offer === CHANGED).priority).toBe('low');
  expect(peru.find((i) => i.offer === ADDED)).toBeUndefined();

  // The delegate's link, as the secretariat sends it, names the country.
  const demand = new Demand(page);
  await demand.goto('?country=pe');
  await expect(demand.heading).toHaveText('Demand: what your country wants to learn');
  await expect(demand.country).toHaveValue('pe');
  await demand.delegate.selectOption({ label: 'Rocío del Pilar Quispe Huamán' });
  await expect(page).toHaveURL(/\/demand\?country=pe&delegate=del-47$/);
  await expect(demand.rows).toHaveCount(34);
  await expect(demand.summary).toHaveText(summary(11, 3, 6, 2, 2));
  await expect(demand.asked).toHaveCount(11);
  await expect(demand.priority(title(CHANGED))).toHaveValue('low');
  await expect(demand.priority(title(ADDED))).toHaveValue('');
  await expect(demand.note(title(ADDED))).toHaveCount(0);

  // Peru's own three offers are marked as such, with no priority to choose.
  for (const own of demo.offers.filter((o) => o.country === 'pe')) {
    const row = demand.row(own.title);
    await expect(row, own.id).toContainText('Offered by your country');
    await expect(row.getByTestId('priority')).toHaveCount(0);
  }
  // Every other offer has its select: 31 offers + 13 themes.
  await expect(page.getByTestId('priority')).toHaveCount(31 + demo.themes.length);

  // One changed answer, one new answer with a note.
  await demand.priority(title(CHANGED)).selectOption({ label: 'High' });
  await expect(demand.summary).toHaveText(summary(11, 4, 6, 1, 2));
  await demand.priority(title(ADDED)).selectOption({ label: 'Medium' });
  await expect(demand.summary).toHaveText(summary(12, 4, 7, 1, 2));
  await expect(demand.row(title(ADDED))).toHaveClass(/\basked\b/);
  await demand.note(title(ADDED)).fill(NOTE);
  await demand.note(title(ADDED)).press('Tab'); // the note is saved on change
  await expect(demand.asked.filter({ hasText: title(ADDED) })).toContainText('Medium');

  // A theme interest.
  await demand.priority(THEME.label).selectOption({ label: 'High' });
  await expect(demand.summary).toHaveText(summary(12, 4, 7, 1, 3));

  // The first suggestion is accepted: it leaves the list and is asked for, medium.
  await expect(demand.recommendations.getByRole('heading')).toHaveText('Suggested for you');
  const suggested = await demand.recommendedTitles();
  expect(suggested.length).toBeGreaterThan(0);
  expect(suggested.length).toBeLessThanOrEqual(6);
  expect(suggested).not.toContain(title(ADDED));
  const accepted = suggested[0];
  const acceptedOffer = demo.offers.find((o) => shownTitle(o) === accepted);
  expect(acceptedOffer.country).not.toBe('pe');
  await expect(demand.priority(accepted)).toHaveValue('');
  await demand.recommendation(accepted).getByTestId('accept-recommendation').click();
  await expect(demand.recommendation(accepted)).toHaveCount(0);
  await expect(demand.summary).toHaveText(summary(13, 4, 8, 1, 3));
  await expect(demand.priority(accepted)).toHaveValue('medium');
  await expect(demand.asked).toHaveCount(13);

  // The response file: Peru's answers only, the new ones included, stamped.
  const started = new Date(Date.now() - 60_000).toISOString().slice(0, 19);
  const { download, json } = await demand.export();
  expect(download.suggestedFilename()).toMatch(/^rondas-response-pe-\d{12}\.json$/);
  expect(json).toBeDefined();
  expect(Object.keys(json).sort()).toEqual(['format', 'response', 'version']);
  expect(json.format).toBe('rondas-plan');
  expect(json.version).toBe(FORMAT_VERSION);
  const r = json.response;
  expect(r.plan).toBe(DEMO_ID);
  expect(r.country).toBe('pe');
  expect(r.created_at).toMatch(STAMP);
  expect(r.created_at.slice(0, 19) >= started, `created_at ${r.created_at} is recent`).toBe(true);
  expect(download.suggestedFilename()).toBe(`rondas-response-pe-${r.created_at.replace(/\D/g, '').slice(0, 12)}.json`);

  expect(r.interests).toHaveLength(13);
  expect(r.interests.every((i) => i.country === 'pe')).toBe(true);
  const byOffer = Object.fromEntries(r.interests.map((i) => [i.offer, i]));
  expect(byOffer[CHANGED]).toMatchObject({ priority: 'high', delegate: 'del-47' });
  expect(byOffer[CHANGED].updated_at).toMatch(STAMP);
  expect(byOffer[CHANGED].updated_at > peru.find((i) => i.offer === CHANGED).updated_at).toBe(true);
  expect(byOffer[ADDED]).toMatchObject({ country: 'pe', priority: 'medium', note: NOTE, delegate: 'del-47' });
  expect(byOffer[ADDED].updated_at).toMatch(STAMP);
  expect(byOffer[acceptedOffer.id]).toMatchObject({ country: 'pe', priority: 'medium', delegate: 'del-47' });
  // The other ten answers are as the plan had them.
  for (const before of peru.filter((i) => i.offer !== CHANGED)) {
    expect(byOffer[before.offer], before.offer).toEqual(before);
  }
  expect(r.theme_interests).toHaveLength(3);
  expect(r.theme_interests.every((i) => i.country === 'pe')).toBe(true);
  expect(r.theme_interests.find((i) => i.theme === THEME.id)).toMatchObject({ priority: 'high' });
  for (const before of peruThemes) {
    expect(r.theme_interests.find((i) => i.theme === before.theme)).toEqual(before);
  }

  // A reload keeps every answer.
  await page.reload();
  await demand.layout.ready();
  await expect(demand.summary).toHaveText(summary(13, 4, 8, 1, 3));
  await expect(demand.delegate).toHaveValue('del-47');
  await expect(demand.priority(title(CHANGED))).toHaveValue('high');
  await expect(demand.priority(title(ADDED))).toHaveValue('medium');
  await expect(demand.note(title(ADDED))).toHaveValue(NOTE);
  await expect(demand.priority(accepted)).toHaveValue('medium');
  await expect(demand.priority(THEME.label)).toHaveValue('high');
  await expect(demand.recommendation(accepted)).toHaveCount(0);
});

test('picking a country in the select opens its answers and puts it in the URL', async ({ page }) => {
  const demand = new Demand(page);
  await demand.goto();
  await expect(demand.chooseFirst).toHaveText('Choose your country to start.');
  await expect(demand.rows).toHaveCount(0);
  await demand.country.selectOption({ label: 'Perú' });
  await expect(page).toHaveURL(/\/demand\?country=pe$/, { timeout: 2000 });
  await expect(demand.summary).toHaveText(summary(11, 3, 6, 2, 2), { timeout: 2000 });

  // Switching country drops the delegate, who belongs to the other country.
  await demand.goto('?country=pe&delegate=del-47');
  await demand.country.selectOption({ label: 'Chile' });
  await expect(page).toHaveURL(/\/demand\?country=cl$/, { timeout: 2000 });
  await expect(demand.summary).toHaveText(summary(9, 3, 4, 2, 2), { timeout: 2000 });
});

test('withdrawing an answer ("Not asked") removes it from the summary and the response file', async ({ page }) => {
  const demand = new Demand(page);
  await demand.goto('?country=pe');
  await expect(demand.summary).toHaveText(summary(11, 3, 6, 2, 2));
  await demand.priority(title(CHANGED)).selectOption({ label: 'Not asked' });
  await expect(demand.summary).toHaveText(summary(10, 3, 6, 1, 2));
  await demand.priority('Elderly care').selectOption({ label: 'Not asked' });
  await expect(demand.summary).toHaveText(summary(10, 3, 6, 1, 1));
  const { json } = await demand.export();
  expect(json.response.interests.map((i) => i.offer)).not.toContain(CHANGED);
  expect(json.response.interests).toHaveLength(10);
  expect(json.response.theme_interests.map((i) => i.theme)).toEqual(['care-systems']);
});

test('an unknown country in the URL asks to choose one', async ({ page }) => {
  const demand = new Demand(page);
  await demand.goto('?country=zz');
  await expect(demand.chooseFirst).toHaveText('Choose your country to start.');
  await expect(demand.exportButton).toHaveCount(0);
  await expect(demand.country).toHaveValue('');
});

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));
const hasPdftoppm = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

test('the blank form lists every offer with three boxes, names the event and the country, and prints to PDF', async ({ page }) => {
  const demand = new Demand(page);
  await demand.goto('?country=pe');
  await expect(demand.blankFormLink).toHaveAttribute('href', '/demand/form?country=pe');
  await demand.blankFormLink.click();
  await expect(page).toHaveURL(/\/demand\/form\?country=pe$/);

  const paper = page.locator('.paper');
  await expect(paper.locator('.eyebrow')).toHaveText(DEMO_NAME);
  await expect(paper.getByRole('heading', { level: 2 })).toHaveText('Demand form');
  await expect(paper.locator('dl.fill-in dd').first()).toHaveText('Perú');
  const rows = paper.locator('table.form-table tbody tr');
  await expect(rows).toHaveCount(34);
  await expect(paper.locator('table.form-table thead th')).toHaveText(['Id', 'Title', 'High', 'Medium', 'Low', 'What do you want to learn?']);
  for (let i = 0; i < 34; i++) {
    const row = rows.nth(i);
    await expect(row.locator('td.box')).toHaveCount(3);
    await expect(row.locator('td.box')).toHaveText(['☐', '☐', '☐']);
    await expect(row.locator('code')).toHaveText(demo.offers[i].id);
    await expect(row.getByRole('rowheader')).toContainText(shownTitle(demo.offers[i]));
  }
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();

  // Printed (headless Chromium renders print CSS to PDF): buttons are hidden.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  mkdirSync(RESULTS, { recursive: true });
  const pdfPath = `${RESULTS}blank-form.pdf`;
  const pdf = await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(statSync(pdfPath).size).toBeGreaterThan(10_000);

  if (hasPdftoppm) {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, `${RESULTS}blank-form-page1`]);
    expect(existsSync(`${RESULTS}blank-form-page1.png`)).toBe(true);
    // 34 offers do not fit on one A4 page.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))[1]);
    expect(pages).toBeGreaterThan(1);
    // And its text, to check the event and the first offers made it to paper.
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdfPath, '-'], { encoding: 'utf8' });
    writeFileSync(`${RESULTS}blank-form-page1.txt`, text);
    expect(text).toContain('Demand form');
    expect(text).toContain('Perú');
    expect(text).toContain(DEMO_NAME.toUpperCase().slice(0, 40));
    expect(text).toMatch(/Bolsa\s+Família\s+Programme/);
    expect(text).not.toContain('Plans & files'); // no navigation on paper
    expect(text).not.toContain('Print');
  } else {
    test.info().annotations.push({ type: 'skipped-check', description: 'pdftoppm is not installed (apt package poppler-utils): no PNG of the PDF' });
  }
});

test('the reasons of the suggestions use the singular for one', async ({ page }) => {
  const demand = new Demand(page);
  await demand.goto('?country=pe');
  await expect(demand.recommended).toHaveCount(6);
  const redcudi = demand.recommendation('Red Nacional de Cuido y Desarrollo Infantil (REDCUDI)');
  await expect(redcudi).toContainText('of Andina asked for it');
  const reasons = (await demand.recommended.locator('p.muted').allTextContents()).join(' · ');
  expect(reasons).not.toMatch(/\b1 countries\b/);
  expect(reasons).not.toMatch(/\byou asked for 1 [^·]* programs\b/);
});
