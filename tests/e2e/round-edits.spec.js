// Hand edits of the schedule on the demo: each checked live, conflicts shown
// on the session with the reason in words, kept or undone, undo and redo by
// button and keyboard; pinned sessions kept by a re-run; chosen delegates in
// the agendas; filters and views of the grid; and the printed pages.
import { test, expect, Rounds, demoFile } from './pages.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const OVERBOOKED = 'El Salvador has 3 delegates and would be in 4 sessions in slot 2';

/** Opens the editor of session `id` from its button in the grid. */
async function edit(rounds, id) {
  await rounds.session(id).getByRole('button', { name: `Edit session ${id}` }).click();
  const editor = rounds.page.getByTestId('session-editor');
  await expect(editor.getByRole('heading', { level: 2 })).toContainText(`Session ${id}`);
  return editor;
}

/** Where session `id` is in the saved schedule. */
async function placeOf(rounds, id) {
  const s = (await rounds.saved()).sessions.find((x) => x.id === id);
  return s && `${s.slot} ${s.room}`;
}

/** Saves the PDF of the page as printed, and its first page as a PNG. */
async function printed(page, name, options = {}) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, ...options });
  const dir = mkdtempSync(join(tmpdir(), 'rondas-print-'));
  writeFileSync(join(dir, `${name}.pdf`), pdf);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(dir, `${name}.pdf`), join(SHOTS, name)]);
  const info = execFileSync('pdfinfo', [join(dir, `${name}.pdf`)], { encoding: 'utf8' });
  await page.emulateMedia({ media: 'screen' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)[1]),
    size: /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info).slice(1).map(Number),
    text: pdf,
  };
}

test('a move into a conflict shows the reason on the session; undo and redo by button and keyboard', async ({ page }) => {
  const rounds = new Rounds(page);
  await rounds.goto();
  await expect(rounds.sessions).toHaveCount(30);
  const editor = await edit(rounds, 's-1');
  await expect(page).toHaveURL(/session=s-1/);
  // A free room of the same slot: no rule broken, no question.
  await editor.getByTestId('edit-room').selectOption('room-2');
  await expect(editor.getByTestId('edit-room')).toHaveValue('room-2');
  await expect(page.getByTestId('keep-or-undo')).toBeHidden();
  // Slot 2: El Salvador is already in three sessions there, with three delegates.
  await editor.getByTestId('edit-slot').selectOption('slot-2');
  const prompt = page.getByTestId('keep-or-undo');
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText(OVERBOOKED);
  await prompt.getByRole('button', { name: 'Undo the edit' }).click();
  await expect(prompt).toBeHidden();
  await expect(editor.getByTestId('edit-slot')).toHaveValue('slot-1');
  expect(await placeOf(rounds, 's-1')).toBe('slot-1 room-2');

  // Again, and keep it: flagged in the editor and on the session in the grid.
  await editor.getByTestId('edit-slot').selectOption('slot-2');
  await prompt.getByRole('button', { name: 'Keep it (flagged)' }).click();
  await expect(editor.getByTestId('editor-conflicts')).toContainText(OVERBOOKED);
  await page.screenshot({ path: `${SHOTS}session-editor.png` });
  await editor.getByRole('button', { name: 'Close' }).click();
  await expect(editor).toBeHidden();
  await expect(page).not.toHaveURL(/session=/);
  // The focus is back on the session's edit button, for the keyboard.
  await expect(rounds.session('s-1').getByRole('button', { name: 'Edit session s-1' })).toBeFocused();
  await expect(rounds.session('s-1').getByTestId('session-conflicts')).toContainText(OVERBOOKED);
  await expect(page.getByTestId('conflicts')).toContainText('1 rule of the rounds broken');
  await page.screenshot({ path: `${SHOTS}rounds-grid.png`, fullPage: false });

  // Undo twice (button, then Ctrl+Z): back where the demo had it, no conflict.
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('conflicts')).toHaveCount(0);
  expect(await placeOf(rounds, 's-1')).toBe('slot-1 room-2');
  await page.keyboard.press('Control+z');
  await expect.poll(() => placeOf(rounds, 's-1')).toBe('slot-1 room-6');
  await expect(page.getByTestId('undo')).toBeDisabled();
  // Redo both (Ctrl+Shift+Z, then Ctrl+Y): the conflict is back, flagged.
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => placeOf(rounds, 's-1')).toBe('slot-1 room-2');
  await page.keyboard.press('Control+y');
  await expect(rounds.session('s-1').getByTestId('session-conflicts')).toContainText(OVERBOOKED);
  await expect(page.getByTestId('redo')).toBeDisabled();
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('conflicts')).toHaveCount(0);
});

test('a session dragged to a free cell moves there, and the move can be undone', async ({ page }) => {
  const rounds = new Rounds(page);
  await rounds.goto();
  await rounds.session('s-1').dragTo(page.getByRole('button', { name: 'Add a session in Slot 3, Sala Pachacámac' }));
  await expect.poll(() => placeOf(rounds, 's-1')).toBe('slot-3 room-1');
  await expect(page.getByTestId('keep-or-undo')).toBeHidden();
  await page.getByTestId('undo').click();
  await expect.poll(() => placeOf(rounds, 's-1')).toBe('slot-1 room-6');
});

test('a kept conflict stays flagged after a reload, and the schedule is not stale', async ({ page }) => {
  const rounds = new Rounds(page);
  await rounds.goto();
  const editor = await edit(rounds, 's-1');
  await editor.getByTestId('edit-room').selectOption('room-1');
  await editor.getByTestId('edit-slot').selectOption('slot-2');
  const prompt = page.getByTestId('keep-or-undo');
  await expect(prompt).toContainText('Sessions s-1 and s-2 are both in Sala Pachacámac in slot 2.');
  await prompt.getByRole('button', { name: 'Keep it (flagged)' }).click();
  await editor.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await rounds.layout.ready();
  for (const id of ['s-1', 's-2']) {
    await expect(rounds.session(id).getByTestId('session-conflicts')).toContainText('Sessions s-1 and s-2 are both in Sala Pachacámac in slot 2.');
  }
  await expect(rounds.stale).toHaveCount(0);
  // In Spanish too.
  await rounds.layout.setLanguage('es');
  await expect(rounds.session('s-1').getByTestId('session-conflicts')).toContainText('Las sesiones s-1 y s-2 están ambas en Sala Pachacámac en la franja 2.');
  await rounds.layout.setLanguage('en');
  const schedule = await rounds.saved();
  expect(schedule.sessions.find((s) => s.id === 's-1')).toMatchObject({ slot: 'slot-2', room: 'room-1' });
  // The satisfied weight is recomputed, not left as the solver's.
  expect(schedule.objective).toBe(demoFile().plan.schedule.objective);
});

test('attendees, a new session and a deletion, each checked; a pinned session stays on a re-run', async ({ page }) => {
  const rounds = new Rounds(page);
  await rounds.goto();
  // Guatemala leaves s-1 (Ecuador's Misión Ternura, with El Salvador).
  let editor = await edit(rounds, 's-1');
  await editor.getByRole('checkbox', { name: /^Guatemala/ }).uncheck();
  expect((await rounds.saved()).sessions.find((s) => s.id === 's-1').attendees).toEqual(['sv']);
  // Argentina joins without having asked: flagged, with the reason.
  await editor.getByRole('checkbox', { name: 'Argentina', exact: true }).check();
  await expect(page.getByTestId('keep-or-undo')).toContainText('Argentina has not asked for');
  await page.getByTestId('keep-or-undo').getByRole('button', { name: 'Undo the edit' }).click();
  // Moved to a free cell of slot 8 and pinned there.
  await editor.getByTestId('edit-slot').selectOption('slot-8');
  await editor.getByTestId('edit-room').selectOption('room-1');
  await editor.getByLabel(/Pinned where it is/).check();
  await editor.getByRole('button', { name: 'Close' }).click();
  await expect(rounds.session('s-1').getByRole('button', { name: 'Release session s-1' })).toHaveAttribute('aria-pressed', 'true');

  // A new session from a free cell, then deleted.
  await page.getByRole('button', { name: 'Add a session in Slot 1, Sala Pachacámac' }).click();
  editor = page.getByTestId('session-editor');
  await expect(editor.getByRole('heading', { level: 2 })).toHaveText('New session');
  await editor.getByTestId('new-offer').selectOption('off-pe-pension65');
  await editor.getByRole('checkbox', { name: 'Colombia (asked for it)' }).check();
  await editor.getByRole('button', { name: 'Add the session' }).click();
  await expect(editor.getByRole('heading', { level: 2 })).toContainText('Session s-31');
  // Perú presents Pensión 65 in s-15 already: a second session is one too many.
  await expect(page.getByTestId('keep-or-undo')).toContainText('would have 2 sessions, but at most 1 are allowed');
  await page.getByTestId('keep-or-undo').getByRole('button', { name: 'Keep it (flagged)' }).click();
  await expect(rounds.sessions).toHaveCount(31);
  await editor.getByRole('button', { name: 'Delete the session' }).click();
  await expect(editor).toBeHidden();
  await expect(rounds.sessions).toHaveCount(30);

  // The re-run keeps the pinned session exactly where it was put.
  await rounds.run.click();
  await expect(page.getByTestId('run-time')).toBeVisible({ timeout: 30_000 });
  const after = await rounds.saved();
  const kept = after.sessions.find((s) => s.offer === 'off-ec-mision-ternura');
  expect(kept).toMatchObject({ slot: 'slot-8', room: 'room-1', attendees: ['sv'], locked: true });
  await expect(rounds.session(kept.id).getByRole('button', { name: `Release session ${kept.id}` })).toBeVisible();
  // And the run can be undone like an edit.
  await page.getByTestId('undo').click();
  await expect.poll(async () => (await rounds.saved()).computed_at).toBe(demoFile().plan.schedule.computed_at);
});

test('a delegate chosen for a session shows in the delegation’s agenda after a reload', async ({ page }) => {
  const rounds = new Rounds(page);
  await page.goto('/agendas?country=pe');
  const row = page.getByTestId('agenda').getByRole('row').filter({ hasText: 's-7' });
  const before = await row.innerText();
  const pe = demoFile().plan.delegates.filter((d) => d.country === 'pe');
  const other = pe.find((d) => !before.includes(d.name));

  await rounds.goto();
  const editor = await edit(rounds, 's-7');
  const select = editor.getByLabel('Delegate of Perú');
  await expect(select).toHaveValue('');
  await select.selectOption(other.id);
  await expect(select).toHaveValue(other.id);
  expect((await rounds.saved()).sessions.find((s) => s.id === 's-7').delegates).toEqual([other.id]);

  await page.goto('/agendas?country=pe');
  await page.reload();
  await expect(row).toContainText(other.name);
  // Perú's delegates are still each in one place per slot.
  const names = await page.getByTestId('agenda').getByRole('row').filter({ hasText: 'Slot 4' }).allInnerTexts();
  const people = names.map((t) => pe.find((d) => t.includes(d.name))?.id).filter(Boolean);
  expect(new Set(people).size).toBe(people.length);
});

test('the grid filters by theme and country, and shows one delegation’s or one room’s agenda', async ({ page }) => {
  const plan = demoFile().plan;
  const rounds = new Rounds(page);
  await rounds.goto();
  const presenter = (s) => plan.offers.find((o) => o.id === s.offer).country;
  const chile = plan.schedule.sessions.filter((s) => presenter(s) === 'cl' || s.attendees.includes('cl'));
  await page.getByTestId('filter-country').selectOption('cl');
  await expect(page).toHaveURL(/country=cl/);
  await expect(rounds.sessions).toHaveCount(chile.length);

  const theme = plan.themes[0];
  const themed = chile.filter((s) => plan.offers.find((o) => o.id === s.offer).themes.includes(theme.id));
  await page.getByTestId('filter-theme').selectOption(theme.id);
  await expect(rounds.sessions).toHaveCount(themed.length);
  await page.reload(); // the filters live in the URL
  await expect(rounds.sessions).toHaveCount(themed.length);
  await page.getByTestId('filter-theme').selectOption('');
  await expect(rounds.sessions).toHaveCount(chile.length);

  // Chile's agenda: every slot, its sessions presenting or attending, the rest free.
  await page.getByTestId('view').selectOption('country');
  const agenda = page.getByTestId('agenda');
  await expect(agenda.getByRole('heading', { level: 2 })).toHaveText('Agenda of Chile');
  for (const s of chile) await expect(agenda.getByText(s.id, { exact: true })).toBeVisible();
  const busy = new Set(chile.map((s) => s.slot));
  await expect(agenda.locator('tr.free-slot')).toHaveCount(plan.event.slots.length - busy.size);
  await expect(agenda.locator('tr.presenting')).toHaveCount(chile.filter((s) => presenter(s) === 'cl').length);
  await page.setViewportSize({ width: 1000, height: 900 });
  await agenda.screenshot({ path: `${SHOTS}country-agenda.png` });

  // One room's sheet.
  await page.getByTestId('view').selectOption('room');
  await page.getByTestId('view-room').selectOption('room-1');
  await expect(page).toHaveURL(/view=room/);
  const door = page.getByTestId('room-agenda');
  await expect(door.getByRole('heading', { level: 2 })).toHaveText('Sala Pachacámac');
  const inRoom = plan.schedule.sessions.filter((s) => s.room === 'room-1');
  for (const s of inRoom) await expect(door.getByText(s.id, { exact: true })).toBeVisible();
});

test('printed pages: a delegation’s agenda on Letter, the master grid on A4 across, every room’s door', async ({ page }) => {
  const name = demoFile().plan.event.name;
  await page.goto('/agendas?country=pe&paper=letter');
  await expect(page.getByTestId('agenda')).toBeVisible();
  await expect(page.getByTestId('agenda').getByText(name, { exact: false })).toBeVisible();
  const agenda = await printed(page, 'printed-agenda');
  expect(agenda.size).toEqual([612, 792]); // Letter, in points
  expect(agenda.pages).toBeLessThanOrEqual(2); // Perú is in 16 rounds

  await page.goto('/rounds?paper=a4');
  await expect(page.getByTestId('round-grid')).toBeVisible();
  const grid = await printed(page, 'grid-print');
  expect(Math.round(grid.size[0])).toBe(842); // A4 across
  expect(Math.round(grid.size[1])).toBe(595);

  await page.goto('/agendas?doors=1');
  await expect(page.getByTestId('room-agenda')).toHaveCount(6);
  const doors = await printed(page, 'room-door');
  expect(doors.pages).toBe(6);
  expect(Math.round(doors.size[0])).toBe(595); // A4 upright by default
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the grid scrolls in its frame and the session editor fits the screen', async ({ page }) => {
    const rounds = new Rounds(page);
    await rounds.goto();
    await expect(rounds.sessions).toHaveCount(30);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow of the page').toBeLessThanOrEqual(0);
    const editor = await edit(rounds, 's-7');
    const box = await editor.boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}session-editor-phone.png` });
  });
});
