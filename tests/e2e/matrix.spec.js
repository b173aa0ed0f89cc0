// The supply-demand matrix: offers by row, countries by column (rows
// virtualised), sorting and grouping kept in the URL, the cell editor, the
// gaps and the CSV export — all checked against the demo's data.
import { test, expect, Matrix, demoFile, storage, parseCsv, DEMO_ID, shownTitle } from './pages.js';

const demo = demoFile().plan;
const WEIGHT = { high: 3, medium: 2, low: 1 };
const LABEL = { high: 'High', medium: 'Medium', low: 'Low' };
const CODE = { High: 'high', Medium: 'medium', Low: 'low' };
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0); // the core compares names as bytes
const columns = [...demo.countries].sort((a, b) => byName(a.name, b.name));
const countryName = (id) => demo.countries.find((c) => c.id === id).name;
const themeLabel = (id) => demo.themes.find((t) => t.id === id).labels.en;
const title = (id) => shownTitle(demo.offers.find((o) => o.id === id));

/** Each offer's row as the demo's interests make it, in catalogue order. */
const rows = demo.offers.map((o, index) => {
  const asked = demo.interests.filter((i) => i.offer === o.id);
  return {
    index,
    id: o.id,
    title: shownTitle(o),
    planTitle: shownTitle(o, 'es'),
    country: o.country,
    theme: themeLabel(o.themes[0]),
    cells: columns.map((c) => {
      if (c.id === o.country) return '';
      const i = asked.find((x) => x.country === c.id);
      return i ? LABEL[i.priority] : 'Not asked';
    }),
    countries: asked.length,
    weight: asked.reduce((s, i) => s + WEIGHT[i.priority], 0),
  };
});
const byDemand = [...rows].sort((a, b) => b.weight - a.weight || a.index - b.index);
const columnTotal = (id) => demo.interests.filter((i) => i.country === id).length;

test.beforeAll(() => {
  expect(rows).toHaveLength(34);
  expect(columns).toHaveLength(13);
  expect(demo.interests).toHaveLength(151);
});

test('the matrix shows the 34 offers by the 13 countries, as the demo has them; rows are virtualised', async ({ page }) => {
  const matrix = new Matrix(page);
  await matrix.goto();
  await expect(matrix.heading).toHaveText('Supply and demand');
  await expect(matrix.order).toHaveValue('');
  await expect(matrix.group).toHaveValue('');

  // Columns by country name, each with its ISO code and number of interests.
  await expect(matrix.columns).toHaveCount(13);
  await expect(matrix.columns.locator('.iso')).toHaveText(columns.map((c) => c.iso));
  await expect(matrix.columns.locator('.total')).toHaveText(columns.map((c) => String(columnTotal(c.id))));
  await expect(matrix.column('Perú')).toHaveAttribute('aria-label', `Perú: ${columnTotal('pe')} interests`);

  // Every row, scrolling the grid from top to bottom.
  const lines = await matrix.readAll();
  expect(lines.map((l) => l.title)).toEqual(rows.map((r) => r.title));
  for (const [i, line] of lines.entries()) {
    expect(line, rows[i].id).toEqual({ index: i, title: rows[i].title, cells: rows[i].cells, countries: rows[i].countries, weight: rows[i].weight });
  }

  // At the bottom only the rows near the view are in the DOM.
  await matrix.scrollToRow(rows[33].title);
  const rendered = await matrix.rows.count();
  expect(rendered).toBeLessThan(34);
  await expect(matrix.row(rows[0].title)).toHaveCount(0);
  await matrix.scrollTo(0);
  await expect(matrix.row(rows[0].title)).toBeVisible();

  // The own offers have no button; unwanted offers are marked.
  const own = await matrix.scrollToRow(title('off-pe-pension65'));
  await expect(own.locator('td.own')).toHaveCount(1);
  await expect(matrix.cell('Perú', title('off-pe-pension65'))).toHaveCount(0);
  await matrix.scrollToRow(title('off-uy-tus'));
  await expect(matrix.row(title('off-uy-tus'))).toHaveClass(/\bunwanted\b/);
});

test('sorting by demand puts the most wanted offer first and the URL keeps it', async ({ page }) => {
  const matrix = new Matrix(page);
  await matrix.goto();
  await matrix.order.selectOption({ label: 'Demand' });
  await expect(page).toHaveURL(/\/matrix\?order=demand$/);
  const first = matrix.rows.first();
  await expect(first.getByRole('rowheader').locator('span').first()).toHaveText(byDemand[0].title);
  // The three offers twelve countries asked for lead, by weight: Cadastro Único first.
  expect(byDemand.slice(0, 3).map((r) => r.id)).toEqual(['off-br-cadunico', 'off-mx-coneval-pobreza', 'off-cl-chcc']);
  expect(byDemand.slice(0, 3).map((r) => r.countries)).toEqual([12, 12, 12]);
  await expect(first.getByRole('rowheader')).toHaveText('Single Registry for Social Programmes (Cadastro Único)');
  await expect(first.locator('td.sum')).toHaveText(['12', String(byDemand[0].weight)]);

  const lines = await matrix.readAll();
  expect(lines.map((l) => l.title)).toEqual(byDemand.map((r) => r.title));
  const weights = lines.map((l) => l.weight);
  expect(weights).toEqual([...weights].sort((a, b) => b - a));
  expect(lines.slice(-4).every((l) => l.countries === 0)).toBe(true);

  // Back to the catalogue order.
  await matrix.scrollTo(0);
  await matrix.order.selectOption({ label: 'Catalogue order' });
  await expect(page).toHaveURL(/\/matrix$/);
  await expect(matrix.rows.first().getByRole('rowheader').locator('span').first()).toHaveText(rows[0].title);
});

test('grouping by theme shows a heading per first theme, with its number of offers', async ({ page }) => {
  const matrix = new Matrix(page);
  await matrix.goto();
  await matrix.group.selectOption({ label: 'Theme' });
  await expect(page).toHaveURL(/\/matrix\?group=theme$/);
  await expect(matrix.groups.first()).toBeVisible();

  const groups = [...new Set(rows.map((r) => r.theme))].sort(byName);
  const expected = groups.flatMap((g) => {
    const members = rows.filter((r) => r.theme === g);
    return [{ group: g, count: members.length }, ...members.map((r) => r.title)];
  });
  const lines = await matrix.readAll();
  expect(lines.map((l) => (l.group ? { group: l.group, count: l.count } : l.title))).toEqual(expected);
  expect(lines.filter((l) => l.group)).toHaveLength(groups.length);
  await matrix.scrollTo(0);
  await expect(matrix.groups.first().getByRole('rowheader')).toContainText(groups[0]);
});

test('sorting and grouping are in the URL: a shared link opens them and they survive a reload', async ({ page }) => {
  const matrix = new Matrix(page);
  await matrix.goto('?order=demand&group=theme');
  const check = async () => {
    await expect(matrix.order).toHaveValue('demand');
    await expect(matrix.group).toHaveValue('theme');
    const lines = await matrix.readAll();
    const groups = [...new Set(rows.map((r) => r.theme))].sort(byName);
    const expected = groups.flatMap((g) => [g, ...byDemand.filter((r) => r.theme === g).map((r) => r.title)]);
    expect(lines.map((l) => l.group ?? l.title)).toEqual(expected);
  };
  await check();
  await page.reload();
  await expect(matrix.rows.first()).toBeVisible();
  await check();
  await expect(page).toHaveURL(/\/matrix\?order=demand&group=theme$/);
});

test('a cell opens its editor (in the URL); a new priority updates the cell and the totals; Escape and Close close it', async ({ page }) => {
  const matrix = new Matrix(page);
  await matrix.goto('?order=demand&group=theme');
  const offer = 'off-py-tekopora';
  const row = rows.find((r) => r.id === offer);
  const peru = columnTotal('pe');
  await matrix.scrollToRow(title(offer));
  const cell = matrix.cell('Perú', title(offer));
  await expect(cell).toHaveAttribute('aria-label', `Perú — ${title(offer)}: Not asked`);
  await expect(matrix.editor).toBeHidden();

  await cell.click();
  await expect(page).toHaveURL(/\/matrix\?order=demand&group=theme&cell=pe(:|%3A)off-py-tekopora$/);
  await expect(matrix.editor).toBeVisible();
  await expect(matrix.editor.getByRole('heading')).toHaveText(`Perú → ${title(offer)}`);
  await expect(matrix.editorPriority).toHaveValue('');
  await expect(matrix.editorNote).toHaveCount(0);

  await matrix.editorPriority.selectOption({ label: 'Medium' });
  await expect(cell).toHaveAttribute('aria-label', `Perú — ${title(offer)}: Medium`);
  await expect(cell).toHaveText('M');
  await expect(matrix.row(title(offer)).locator('td.sum')).toHaveText([String(row.countries + 1), String(row.weight + 2)]);
  await expect(matrix.column('Perú')).toHaveAttribute('aria-label', `Perú: ${peru + 1} interests`);
  await matrix.editorNote.fill('Transferencias con corresponsabilidad');
  await matrix.editorNote.press('Tab');

  await page.keyboard.press('Escape');
  await expect(matrix.editor).toBeHidden();
  await expect(page).toHaveURL(/\/matrix\?order=demand&group=theme$/);
  const saved = JSON.parse((await storage(page))[`rondas.plan.${DEMO_ID}`]).plan;
  expect(saved.interests.find((i) => i.country === 'pe' && i.offer === offer)).toMatchObject({
    priority: 'medium',
    note: 'Transferencias con corresponsabilidad',
  });

  // An asked cell: raised to High, then closed with the Close button.
  const cadunico = matrix.cell('Perú', title('off-br-cadunico'));
  await matrix.scrollToRow(title('off-br-cadunico'));
  await cadunico.click();
  await expect(matrix.editorPriority).toHaveValue('high');
  await expect(matrix.editorNote).toHaveValue(demo.interests.find((i) => i.country === 'pe' && i.offer === 'off-br-cadunico').note);
  await matrix.editorPriority.selectOption({ label: 'Low' });
  await expect(cadunico).toHaveAttribute('aria-label', `Perú — ${title('off-br-cadunico')}: Low`);
  await matrix.editorClose.click();
  await expect(matrix.editor).toBeHidden();
  await expect(page).not.toHaveURL(/cell=/);

  // "Not asked" withdraws the interest.
  await cadunico.click();
  await matrix.editorPriority.selectOption({ label: 'Not asked' });
  await expect(cadunico).toHaveAttribute('aria-label', `Perú — ${title('off-br-cadunico')}: Not asked`);
  await expect(matrix.column('Perú')).toHaveAttribute('aria-label', `Perú: ${peru} interests`);
  // Opening a cell pushed a history entry: Back closes the editor.
  await page.goBack();
  await expect(matrix.editor).toBeHidden();
  await expect(page).toHaveURL(/\/matrix\?order=demand&group=theme$/);
});

test('a link with a cell opens its editor; a reload keeps the edit', async ({ page }) => {
  const matrix = new Matrix(page);
  await matrix.goto('?order=demand&group=theme&cell=pe:off-uy-tus');
  await expect(matrix.editor).toBeVisible();
  await expect(matrix.editor.getByRole('heading')).toHaveText(`Perú → ${title('off-uy-tus')}`);
  await expect(matrix.editorPriority).toHaveValue('');
  await matrix.editorPriority.selectOption('high');
  await matrix.editorClose.click();
  await expect(matrix.editor).toBeHidden();
  await page.reload();
  await expect(matrix.rows.first()).toBeVisible();
  await matrix.scrollToRow(title('off-uy-tus'));
  await expect(matrix.cell('Perú', title('off-uy-tus'))).toHaveAttribute('aria-label', `Perú — ${title('off-uy-tus')}: High`);
  // No longer unwanted.
  await expect(matrix.gaps.unwanted.locator('li')).toHaveCount(3);
  await expect(matrix.gaps.unwanted).not.toContainText(title('off-uy-tus'));

  // A cell that names no such country or offer opens nothing.
  await matrix.goto('?cell=zz:off-nowhere');
  await expect(matrix.editor).toBeHidden();
});

test('the gap cards: the 4 offers nobody asked for, no country that asked for little, 2 themes without offer', async ({ page }) => {
  const matrix = new Matrix(page);
  await matrix.goto();
  const unwanted = ['off-do-siuben', 'off-sv-pati', 'off-mx-pension-discapacidad', 'off-uy-tus'];
  expect(rows.filter((r) => r.countries === 0).map((r) => r.id).sort()).toEqual([...unwanted].sort());
  await expect(matrix.gaps.unwanted.getByRole('heading')).toHaveText('Offers nobody asked for 4');
  await expect(matrix.gaps.unwanted.locator('li')).toHaveText(rows.filter((r) => r.countries === 0).map((r) => r.title));

  // Below half the median (11 → 5) nobody: the fewest asked for 9.
  await expect(matrix.gaps.few.getByRole('heading')).toHaveText('Countries that asked for little 0');
  await expect(matrix.gaps.few).toContainText('None.');

  const asking = (theme) => demo.theme_interests.filter((i) => i.theme === theme).length;
  await expect(matrix.gaps.themes.getByRole('heading')).toHaveText('Themes asked for without an offer 2');
  // The core lists them by theme id.
  await expect(matrix.gaps.themes.locator('li')).toHaveText(
    ['climate-resilience', 'digital-inclusion'].map((t) => `${themeLabel(t)} (${asking(t)} countries)`),
  );
});

test('the CSV download is the grid as a table: header, 34 rows in the grid’s order, totals', async ({ page }) => {
  const matrix = new Matrix(page);
  await matrix.goto('?order=demand');
  const { download, text } = await matrix.csv();
  expect(download.suggestedFilename()).toBe('taller-regional-de-cooperacion-sur-sur-en-proteccion-matrix.csv');
  const table = parseCsv(text.replace(/\n$/, ''));
  expect(table).toHaveLength(1 + 34 + 1);
  const width = 3 + 13 + 2;
  for (const [i, line] of table.entries()) expect(line, `line ${i + 1}`).toHaveLength(width);

  const [header, ...body] = table;
  expect(header).toEqual(['offer_id', 'offer', 'offering_country', ...columns.map((c) => c.name), 'countries', 'weight']);
  const totals = body.pop();
  const grid = await matrix.readAll();
  expect(body.map((r) => r[0])).toEqual(byDemand.map((r) => r.id));
  for (const [i, record] of body.entries()) {
    const line = grid[i];
    expect(record[1], `row ${i + 1}`).toBe(byDemand[i].planTitle);
    expect(record[2]).toBe(countryName(byDemand[i].country));
    // Cells: the priority codes where the grid says High/Medium/Low; empty where not asked or own.
    expect(record.slice(3, 16)).toEqual(line.cells.map((c) => CODE[c] ?? ''));
    expect(Number(record[16])).toBe(line.countries);
    expect(Number(record[17])).toBe(line.weight);
  }
  expect(totals.slice(0, 3)).toEqual(['', 'total', '']);
  expect(totals.slice(3, 16)).toEqual(columns.map((c) => String(columnTotal(c.id))));
  await expect(matrix.columns.locator('.total')).toHaveText(totals.slice(3, 16));
  expect(Number(totals[16])).toBe(151);
  expect(Number(totals[17])).toBe(rows.reduce((s, r) => s + r.weight, 0));
});

test('the grid scrolls smoothly: rows are as tall as the virtualisation assumes and a wheel step moves by its size', async ({ page }) => {
  const matrix = new Matrix(page);
  await matrix.goto();
  const heights = await matrix.rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height));
  // The wheel scrolls what is under the mouse: a point of the grid on screen.
  await matrix.grid.scrollIntoViewIfNeeded();
  const box = await matrix.grid.boundingBox();
  const bottom = Math.min(box.y + box.height, page.viewportSize().height);
  await page.mouse.move(box.x + box.width / 2, (Math.max(box.y, 0) + bottom) / 2);
  const steps = [];
  for (let i = 0; i < 8; i++) {
    const before = await matrix.grid.evaluate((el) => el.scrollTop);
    const max = await matrix.grid.evaluate((el) => el.scrollHeight - el.clientHeight);
    if (before >= max) break;
    await page.mouse.wheel(0, 100);
    await expect.poll(() => matrix.grid.evaluate((el) => el.scrollTop)).not.toBe(before);
    await page.waitForTimeout(100);
    const after = await matrix.grid.evaluate((el) => el.scrollTop);
    steps.push(Math.round(after - before));
  }
  expect(steps.length).toBeGreaterThan(2);
  // Each step moves by 100 px, or less at the very bottom; never more.
  expect(steps.filter((s) => s > 101), `wheel steps: ${steps.join(', ')}`).toEqual([]);
  expect(heights.every((h) => Math.abs(h - 30) < 1), `row heights: ${[...new Set(heights)].join(', ')}`).toBe(true);
});
