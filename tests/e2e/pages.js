// Page objects of Rondas, over data-testid hooks and accessible roles/labels,
// and the `test` used by every spec: it fails a test in which the page logged
// a console error or threw (opt out with `test.use({ allowConsoleErrors: true })`).
import { test as base, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The embedded demo workshop, as the app compiles it in. */
export const DEMO_PATH = fileURLToPath(new URL('../../src/domain/demo/workshop.json', import.meta.url));
export const demoFile = () => JSON.parse(readFileSync(DEMO_PATH, 'utf8'));
export const DEMO_ID = 'plan-lima-2026';
export const DEMO_NAME = 'Taller regional de cooperación Sur-Sur en protección social — Rueda de negocios';
/**
 * The plan-file version this build writes (`pub const VERSION` in
 * src/domain/format/mod.rs): exports must carry it. A failure here after a
 * source change means dist/ is older than the sources — rebuild it.
 */
export const FORMAT_VERSION = Number(
  /pub const VERSION: u64 = (\d+);/.exec(readFileSync(fileURLToPath(new URL('../../src/domain/format/mod.rs', import.meta.url)), 'utf8'))[1],
);
/** The demo's figures: countries, delegates, agencies, mechanisms, offers, CCTs. */
/** The two screens screenshots are taken at: a laptop and a phone. */
export const SCREENSHOT_DEVICES = [
  { name: 'laptop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];

/**
 * The title a reader of `lang` sees for an offer of the demo: its translation
 * into that language, else the original (written in the plan's Spanish unless
 * the offer says otherwise).
 */
export const shownTitle = (offer, lang = 'en') =>
  ((offer.language || 'es') === lang ? offer.title : offer.translations?.[lang]?.title) ?? offer.title;

export const DEMO_FIGURES = { countries: 13, delegates: 54, agencies: 20, mechanisms: 5, offers: 34, cct: 2 };

export const test = base.extend({
  allowConsoleErrors: [false, { option: true }],
  /** Console errors and uncaught exceptions of the page, collected for the whole test. */
  pageErrors: [
    async ({ page, allowConsoleErrors }, use, testInfo) => {
      const errors = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      await use(errors);
      if (!allowConsoleErrors && testInfo.status === testInfo.expectedStatus) {
        expect(errors, 'console errors or page errors during the test').toEqual([]);
      }
    },
    { auto: true },
  ],
});
export { expect };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs `rondas-cli args…` and returns what it prints. RONDAS_CLI names a built
 * binary to run; without it, `cargo run` builds and runs this checkout's CLI.
 * A failure throws with the CLI's message.
 */
export function cli(args) {
  const [command, prefix] = process.env.RONDAS_CLI
    ? [process.env.RONDAS_CLI, []]
    : ['cargo', ['run', '-q', '--bin', 'rondas-cli', '--']];
  try {
    return execFileSync(command, [...prefix, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 230_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    throw new Error(`rondas-cli ${args.join(' ')}: ${String(e.stderr || e.message).slice(0, 500)}`);
  }
}


/** The dialog shown when another tab saved the open plan while this tab had an unsaved change. */
export class TabConflict {
  constructor(page) {
    this.dialog = page.getByTestId('conflict');
    this.mine = page.getByTestId('conflict-mine');
    this.theirs = page.getByTestId('conflict-theirs');
    this.differences = page.getByTestId('conflict-differences');
    this.keepBoth = page.getByTestId('conflict-keep-both');
    this.takeTheirs = page.getByTestId('conflict-take-theirs');
  }
}

/** The frame around every page: header, navigation, language switch, notices. */
export class Layout {
  constructor(page) {
    this.page = page;
    this.header = page.locator('header.site-header');
    this.nav = page.getByRole('navigation', { name: /^(Main|Principal)$/ });
    this.planName = page.getByTestId('plan-name');
    this.language = page.getByTestId('language');
    this.unsavedBadge = this.header.locator('.badge');
    this.notices = page.getByTestId('notice');
    this.main = page.locator('main#main');
  }

  navLink(name) {
    return this.nav.getByRole('link', { name, exact: true });
  }

  /** Waits for the wasm app to be mounted (the header shows the plan name). */
  async ready() {
    await expect(this.planName).not.toBeEmpty();
  }

  async setLanguage(code) {
    await this.language.selectOption(code);
    await expect(this.page.locator('html')).toHaveAttribute('lang', code);
  }
}

export class Overview {
  constructor(page) {
    this.page = page;
    this.layout = new Layout(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.when = page.locator('.hero .when');
    this.themes = page.locator('ol.bars > li');
  }

  async goto() {
    await this.page.goto('/');
    await this.layout.ready();
  }

  /** The number shown for a figure: countries, delegates, agencies, mechanisms, offers, cct. */
  figure(id) {
    return this.page.getByTestId(`figure-${id}`).locator('strong');
  }

  figureLabel(id) {
    return this.page.getByTestId(`figure-${id}`).locator('span');
  }
}

export class Catalogue {
  constructor(page) {
    this.page = page;
    this.layout = new Layout(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.search = page.getByTestId('catalogue-search');
    this.count = page.getByTestId('catalogue-count');
    this.list = page.getByTestId('offer-list');
    this.cards = page.getByTestId('offer-card');
    this.empty = page.locator('.catalogue .empty');
    this.clearButton = page.getByRole('search').getByRole('button', { name: /Clear filters|Quitar filtros/ });
    this.addLink = page.getByRole('link', { name: /Add an offer|Añadir una oferta/ });
    this.filters = {
      theme: page.getByTestId('filter-theme'),
      country: page.getByTestId('filter-country'),
      modality: page.getByTestId('filter-modality'),
      type: page.getByTestId('filter-type'),
    };
  }

  async goto(query = '') {
    await this.page.goto(`/catalogue${query}`);
    await this.layout.ready();
    await expect(this.count).not.toBeEmpty();
  }

  /** Expects the count line "{shown} of {total} offers" and as many cards. */
  async expectCount(shown, total = 34) {
    await expect(this.count).toHaveText(`${shown} of ${total} offers`);
    await expect(this.cards).toHaveCount(shown);
  }

  card(title) {
    return this.cards.filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async open(title) {
    await this.list.getByRole('link', { name: title, exact: true }).click();
  }

  /** The titles of the cards shown. */
  titles() {
    return this.cards.getByRole('heading').getByRole('link').allTextContents();
  }
}

/** A confirmation dialog opened by a Delete button. */
export class ConfirmDialog {
  constructor(page) {
    this.dialog = page.getByRole('dialog');
    this.question = this.dialog.locator('#confirm-question');
    this.details = this.dialog.locator('li');
    this.confirmButton = this.dialog.getByTestId('confirm-delete');
    this.cancelButton = this.dialog.getByRole('button', { name: /Cancel|Cancelar/ });
  }

  async confirm() {
    await this.confirmButton.click();
    await expect(this.dialog).toBeHidden();
  }

  async cancel() {
    await this.cancelButton.click();
    await expect(this.dialog).toBeHidden();
  }
}

export class OfferPage {
  constructor(page) {
    this.page = page;
    this.layout = new Layout(page);
    this.title = page.getByTestId('offer-title');
    this.article = page.locator('article.offer-detail');
    this.missing = page.locator('.page .empty');
    this.back = page.locator('.crumbs').getByRole('link');
    this.editLink = page.locator('.actions').getByRole('link', { name: /^(Edit|Editar)$/ });
    this.deleteButton = page.locator('.actions').getByRole('button', { name: /^(Delete|Eliminar)$/ });
    this.confirm = new ConfirmDialog(page);
  }

  async goto(id) {
    await this.page.goto(`/offers/${id}`);
    await this.layout.ready();
  }

  async delete() {
    await this.deleteButton.click();
    await expect(this.confirm.dialog).toBeVisible();
    await this.confirm.confirm();
  }
}

/** The frame of every record form (offers, participants, the event). */
export class Editor {
  constructor(scope) {
    this.form = scope.getByTestId('editor');
    this.heading = this.form.getByRole('heading', { level: 2 });
    this.problems = this.form.getByRole('alert');
    this.saveButton = this.form.getByRole('button', { name: /^(Save|Guardar)$/ });
    this.cancelButton = this.form.getByRole('button', { name: /^(Cancel|Cancelar)$/ });
  }

  /** A text input (or textarea) by its label. */
  field(label) {
    return this.form.getByLabel(label, { exact: true });
  }

  /** A select by its accessible name (its label text holds the options too). */
  select(label) {
    return this.form.getByRole('combobox', { name: label, exact: true });
  }

  async save() {
    await this.saveButton.click();
  }
}

export class OfferForm extends Editor {
  constructor(page) {
    super(page);
    this.page = page;
    this.layout = new Layout(page);
    this.titleField = this.field('Title');
    this.country = this.select('Offering country');
    this.agency = this.select('Ministry or agency');
    this.type = this.select('Program type');
    this.summary = this.field('Summary');
    this.population = this.field('Target population');
    this.themes = this.form.getByRole('group', { name: 'Themes' });
    this.modalities = this.form.getByRole('group', { name: 'Modalities of cooperation' });
  }

  async gotoEdit(id) {
    await this.page.goto(`/offers/${id}/edit`);
    await this.layout.ready();
    await expect(this.titleField).toBeVisible();
  }

  async gotoNew() {
    await this.page.goto('/offers/new');
    await this.layout.ready();
    await expect(this.titleField).toBeVisible();
  }
}

/** /participants: four sections (countries, mechanisms, agencies, delegates). */
export class Participants {
  constructor(page) {
    this.page = page;
    this.layout = new Layout(page);
    this.confirm = new ConfirmDialog(page);
  }

  async goto(query = '') {
    await this.page.goto(`/participants${query}`);
    await this.layout.ready();
  }

  section(kind) {
    const section = this.page.getByTestId(`section-${kind}`);
    return {
      root: section,
      count: section.locator('.section-head .count'),
      addButton: section.locator('.section-head').getByRole('button', { name: /^(Add|Añadir)\b/ }),
      rows: section.locator('tbody tr'),
      row: (name) => section.locator('tbody tr').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) }),
      editor: new Editor(section),
    };
  }

  async editRow(kind, name) {
    await this.section(kind).row(name).getByRole('button', { name: /^(Edit|Editar)$/ }).click();
  }

  async deleteRow(kind, name) {
    await this.section(kind).row(name).getByRole('button', { name: /^(Delete|Eliminar)$/ }).click();
    await expect(this.confirm.dialog).toBeVisible();
  }
}

/** /plans: export, import with preview, saved plans, set-aside data. */
export class Plans {
  constructor(page) {
    this.page = page;
    this.layout = new Layout(page);
    this.exportButton = page.getByTestId('export');
    this.importFile = page.getByTestId('import-file');
    this.preview = page.getByTestId('import-preview');
    this.openButton = page.getByTestId('import-open');
    this.importError = page.getByTestId('import-error');
    this.savedPlans = page.getByTestId('saved-plans');
    this.setAside = page.getByTestId('set-aside');
    this.room = page.getByTestId('room');
  }

  async goto() {
    await this.page.goto('/plans');
    await this.layout.ready();
  }

  /** Clicks export and returns the download with its parsed JSON and text. */
  async export() {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton.click()]);
    const text = readFileSync(await download.path(), 'utf8');
    return { download, text, json: JSON.parse(text) };
  }

  /** Picks a file with `text` in the import input. */
  async pick(name, text) {
    await this.importFile.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  }
}

/**
 * Runs `action` on Rondas's database (IndexedDB "rondas") in the page:
 * 'read' gives { plans: [{ id, text, revision }], aside: [[name, text]] };
 * 'write' puts the records `arg` ([{ id, text, revision }]) as they are.
 * A database the app has not created yet is left alone ('read' gives null).
 */
export async function database(page, action, arg = null) {
  return page.evaluate(
    async ([action, arg]) => {
      const db = await new Promise((resolve) => {
        const open = indexedDB.open('rondas');
        open.onupgradeneeded = () => open.transaction.abort();
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => resolve(null);
      });
      if (!db) return null;
      const done = (request) =>
        new Promise((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      try {
        if (action === 'write') {
          const tx = db.transaction('plans', 'readwrite');
          for (const record of arg) tx.objectStore('plans').put(record, record.id);
          await new Promise((resolve, reject) => {
            tx.oncomplete = resolve;
            tx.onabort = () => reject(tx.error);
          });
          return null;
        }
        const tx = db.transaction(['plans', 'aside']);
        const plans = await done(tx.objectStore('plans').getAll());
        const names = await done(tx.objectStore('aside').getAllKeys());
        const texts = await done(tx.objectStore('aside').getAll());
        return { plans, aside: names.map((name, i) => [name, texts[i]]) };
      } finally {
        db.close();
      }
    },
    [action, arg],
  );
}

/**
 * What the app keeps, by the names it shows: each saved plan's text as
 * `rondas.plan.ID` and each set-aside text as `rondas.aside.NAME` (both in
 * IndexedDB), and the preferences of local storage. Waits first (up to 3 s)
 * for the save under way to end (the header's "Not saved" badge to go).
 */
export async function storage(page) {
  await page.locator('header.site-header .badge').waitFor({ state: 'detached', timeout: 3000 }).catch(() => {});
  const local = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  const db = (await database(page, 'read')) ?? { plans: [], aside: [] };
  return {
    ...local,
    ...Object.fromEntries(db.plans.map((r) => [`rondas.plan.${r.id}`, r.text])),
    ...Object.fromEntries(db.aside.map(([name, text]) => [`rondas.aside.${name}`, text])),
  };
}

/** Saves plan files as the app would (revision 1 unless given), then reloads the page. */
export async function seedPlans(page, records, { active } = {}) {
  await database(page, 'write', records.map((r) => ({ revision: 1, ...r })));
  if (active) await page.evaluate((id) => localStorage.setItem('rondas.active-plan', JSON.stringify(id)), active);
  await page.reload();
}

/** Clicks `button` and returns the download with its text (and the JSON, if it parses). */
export async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = readFileSync(await file.path(), 'utf8');
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { download: file, text, json };
}

/** /demand: delegation mode, one country answering. */
export class Demand {
  constructor(page) {
    this.page = page;
    this.layout = new Layout(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.country = page.getByTestId('demand-country');
    this.delegate = page.getByRole('combobox', { name: /^(Answering as|Responde)/ });
    this.chooseFirst = page.locator('.demand .empty');
    this.summary = page.getByTestId('demand-summary');
    this.asked = page.locator('.summary ol.asked > li');
    this.exportButton = page.getByTestId('export-response');
    this.recommendations = page.getByTestId('recommendations');
    this.recommended = this.recommendations.locator(':scope > ul > li');
    this.rows = page.getByTestId('demand-row');
    this.themes = page.locator('ul.theme-choices');
    this.blankFormLink = page.locator('.demand .page-head a.button');
  }

  async goto(query = '') {
    await this.page.goto(`/demand${query}`);
    await this.layout.ready();
  }

  /** The row of an offer, by its exact title. */
  row(title) {
    return this.rows.filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  /** The priority select of an offer (or of a theme, by its label). */
  priority(title) {
    return this.page.getByRole('combobox', { name: `Priority for ${title}`, exact: true });
  }

  /** The note field of an offer's row (shown once a priority is set). */
  note(title) {
    return this.row(title).getByRole('textbox', { name: 'What do you want to learn?' });
  }

  /** The recommendation of an offer, by its title. */
  recommendation(title) {
    return this.recommended.filter({ has: this.page.locator('strong', { hasText: title }) });
  }

  /** The titles of the recommendations shown, in order. */
  recommendedTitles() {
    return this.recommended.locator('strong > :first-child').allTextContents();
  }

  async export() {
    return download(this.page, this.exportButton);
  }
}

/** /responses: the organizer merges response files. */
export class Responses {
  constructor(page) {
    this.page = page;
    this.layout = new Layout(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.input = page.getByTestId('responses-files');
    this.files = page.getByTestId('response-file');
    this.refused = page.getByTestId('responses-refused');
    this.applyButton = page.getByTestId('responses-apply');
  }

  async goto() {
    await this.page.goto('/responses');
    await this.layout.ready();
  }

  /** Sets all `files` ({ name, text } or { name, json }) on the input at once. */
  async pick(files) {
    await this.input.setInputFiles(
      files.map(({ name, text, json }) => ({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text ?? JSON.stringify(json, null, 2), 'utf8'),
      })),
    );
  }

  /** The card of one file, by its file name. */
  file(name) {
    const card = this.files.filter({ has: this.page.locator('p.eyebrow', { hasText: name }) });
    return {
      card,
      head: card.getByRole('heading', { level: 2 }),
      conflicts: card.getByTestId('response-conflicts').locator('li'),
      skipped: card.locator('details.skipped'),
      changes: card.getByTestId('response-change'),
      /** The checkbox of the change whose sentence contains `text`. */
      change: (text) => card.getByTestId('response-change').filter({ hasText: text }).getByRole('checkbox'),
      tickAll: card.getByRole('button', { name: 'Tick all', exact: true }),
      tickNone: card.getByRole('button', { name: 'Untick all', exact: true }),
    };
  }
}

/** /matrix: offers by row, countries by column; virtualised rows. */
export class Matrix {
  constructor(page) {
    this.page = page;
    this.layout = new Layout(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.grid = page.getByTestId('matrix');
    this.rows = page.getByTestId('matrix-row');
    this.groups = this.grid.locator('tbody tr.group');
    this.columns = this.grid.locator('thead th.col');
    this.order = page.getByRole('combobox', { name: 'Sort offers by' });
    this.group = page.getByRole('combobox', { name: 'Group by' });
    this.csvButton = page.getByTestId('matrix-csv');
    this.editor = page.getByTestId('cell-editor');
    this.editorPriority = this.editor.getByRole('combobox', { name: 'Priority', exact: true });
    this.editorNote = this.editor.getByRole('textbox', { name: 'What do you want to learn?' });
    this.editorClose = this.editor.getByRole('button', { name: 'Close' });
    this.gaps = {
      unwanted: page.getByTestId('gap-unwanted'),
      few: page.getByTestId('gap-few'),
      themes: page.getByTestId('gap-themes'),
    };
  }

  async goto(query = '') {
    await this.page.goto(`/matrix${query}`);
    await this.layout.ready();
    await expect(this.rows.first()).toBeVisible();
  }

  /**
   * The row of an offer, by its exact title (only if it is rendered), without
   * the "original: …" mark of a title in another language. Not by accessible
   * name: an unwanted offer's name starts with the "○ " of its CSS.
   */
  row(title) {
    const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.rows.filter({ has: this.page.locator('th.offer > span:first-child').filter({ hasText: exact }) });
  }

  /** The cell button of `country` (its name) for the offer `title`, whatever its priority. */
  cell(country, title) {
    return this.grid.locator(`td.cell > button[aria-label^="${cssString(`${country} — ${title}: `)}"]`);
  }

  /** The header cell of a country's column, labelled "<country>: <n> interests". */
  column(country) {
    return this.grid.locator(`thead th.col[aria-label^="${cssString(`${country}: `)}"]`);
  }

  /**
   * Scrolls the grid until the row of `title` is rendered and in view:
   * steps down from the top until it is rendered, then centres it.
   */
  async scrollToRow(title) {
    const where = () =>
      this.grid.evaluate((el, title) => {
        const tr = [...el.querySelectorAll('tbody tr[data-testid=matrix-row]')].find((r) => r.querySelector('th.offer > span:first-child')?.textContent === title);
        if (!tr) return null;
        const r = tr.getBoundingClientRect();
        const g = el.getBoundingClientRect();
        const head = el.querySelector('thead').getBoundingClientRect().height;
        return { inView: r.top >= g.top + head - 2 && r.bottom <= g.top + el.clientHeight + 2, wanted: el.scrollTop + r.top - g.top - el.clientHeight / 2 };
      }, title);
    const step = await this.grid.evaluate((el) => Math.max(60, Math.floor(el.clientHeight / 2)));
    const max = await this.grid.evaluate((el) => el.scrollHeight - el.clientHeight);
    let at = await where();
    for (let top = 0; !at; top += step) {
      if (top > max + step) throw new Error(`no matrix row "${title}"`);
      await this.scrollTo(Math.min(top, max));
      at = await where();
    }
    for (let tries = 0; tries < 5 && !(at?.inView); tries++) {
      if (at) await this.scrollTo(Math.max(0, at.wanted));
      at = await where();
    }
    await expect(this.row(title)).toBeVisible();
    return this.row(title);
  }

  /** Sets the grid's scrollTop and waits a frame for the window to follow. */
  async scrollTo(top) {
    await this.grid.evaluate(
      (el, top) =>
        new Promise((resolve) => {
          el.scrollTop = top;
          el.dispatchEvent(new Event('scroll'));
          requestAnimationFrame(() => requestAnimationFrame(resolve));
        }),
      top,
    );
  }

  /**
   * Every line of the grid, scrolling it from top to bottom: group headings
   * as { group, count } and offer rows as { title, cells, countries, weight },
   * where cells are the cell labels' priorities by country ("" for own offers).
   */
  async readAll() {
    const lines = new Map();
    const step = await this.grid.evaluate((el) => Math.max(60, Math.floor(el.clientHeight / 2)));
    const max = await this.grid.evaluate((el) => el.scrollHeight - el.clientHeight);
    for (let top = 0; ; top = Math.min(max, top + step)) {
      await this.scrollTo(top);
      const seen = await this.grid.evaluate((el) => {
        const rowHeight = 30;
        const spacer = el.querySelector('tbody tr.spacer');
        const first = Math.round(parseFloat(spacer.style.height || '0') / rowHeight);
        return [...el.querySelectorAll('tbody tr:not(.spacer)')].map((tr, i) => {
          if (tr.classList.contains('group')) {
            const th = tr.querySelector('th');
            return { index: first + i, group: th.firstChild.textContent.trim(), count: Number(th.querySelector('.count').textContent) };
          }
          const sums = [...tr.querySelectorAll('td.sum')].map((td) => Number(td.textContent));
          const cells = [...tr.querySelectorAll('td.cell')].map((td) => {
            const b = td.querySelector('button');
            return b ? b.getAttribute('aria-label').split(': ').pop() : '';
          });
          return { index: first + i, title: tr.querySelector('th.offer > span:first-child').textContent, cells, countries: sums[0], weight: sums[1] };
        });
      });
      for (const line of seen) lines.set(line.index, line);
      if (top >= max) break;
    }
    return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line);
  }

  async csv() {
    return download(this.page, this.csvButton);
  }
}

/** `s` escaped for a double-quoted CSS string. */
function cssString(s) {
  return s.replace(/[\\"]/g, (c) => `\\${c}`);
}

/** Parses RFC 4180 CSV text into rows of fields. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** /rounds: the scheduler's settings, run and schedule. */
export class Rounds {
  constructor(page) {
    this.page = page;
    this.layout = new Layout(page);
    this.run = page.getByTestId('run');
    this.cancel = page.getByTestId('cancel-run');
    this.progress = page.getByTestId('run-progress');
    this.summary = page.getByTestId('rounds-summary');
    this.stale = page.getByTestId('stale');
    this.grid = page.getByTestId('round-grid');
    this.sessions = page.getByTestId('session');
    this.seconds = page.getByLabel(/Time limit/);
    this.lockExisting = page.getByLabel(/Keep every current session/);
  }

  async goto() {
    await this.page.goto('/rounds');
    await this.layout.ready();
  }

  /** The session with this id. */
  session(id) {
    return this.sessions.filter({ has: this.page.locator('code', { hasText: new RegExp(`^${id}$`) }) });
  }

  /** The saved schedule of the open plan. */
  async saved() {
    const saved = await storage(this.page);
    const id = JSON.parse(saved['rondas.active-plan']);
    return JSON.parse(saved[`rondas.plan.${id}`]).plan.schedule ?? null;
  }
}
