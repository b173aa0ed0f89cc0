// Agendas: a delegation's rounds with its assigned delegates, the room door
// sheets, the calendar and spreadsheet exports, and one agenda per printed page.
import { test, expect, Rounds, download, parseCsv } from './pages.js';

/** The demo's saved schedule (the demo carries one). */
async function scheduled(page) {
  const rounds = new Rounds(page);
  await rounds.goto();
  await expect(rounds.grid).toBeVisible();
  return rounds.saved();
}

test('a delegation’s agenda lists its rounds and free slots, and its calendar holds one event per round', async ({ page }) => {
  const schedule = await scheduled(page);
  await page.goto('/agendas?country=pe');
  const agenda = page.getByTestId('agenda');
  await expect(agenda.getByRole('heading', { level: 2 })).toHaveText('Agenda of Perú');
  const mine = schedule.sessions.filter((s) => s.attendees.includes('pe') || s.offer.startsWith('off-pe-'));
  for (const s of mine) await expect(agenda.getByText(s.id, { exact: true })).toBeVisible();
  const { text } = await download(page, page.getByTestId('ics-country'));
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(mine.length);
  expect(text).toContain('END:VCALENDAR');
});

test('the whole event exports as a calendar and as CSV tables', async ({ page }) => {
  const schedule = await scheduled(page);
  await page.goto('/agendas');
  const { text: ics } = await download(page, page.getByTestId('ics-event'));
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(schedule.sessions.length);
  const { text: csv } = await download(page, page.getByTestId('csv-schedule'));
  const rows = parseCsv(csv);
  expect(rows.length).toBe(schedule.sessions.length + 1);
  const { text: agendas } = await download(page, page.getByTestId('csv-agendas'));
  expect(parseCsv(agendas).length).toBeGreaterThan(schedule.sessions.length);
});

test('a room’s door sheet and every agenda on its own printed page', async ({ page }) => {
  await scheduled(page);
  await page.goto('/agendas?room=room-1');
  await expect(page.getByTestId('room-agenda').getByRole('heading', { level: 2 })).toHaveText('Sala Pachacámac');
  await page.goto('/agendas?all=1');
  await expect(page.getByTestId('agenda')).toHaveCount(13);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(13);
});
