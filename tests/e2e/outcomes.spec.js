// One-tap outcomes of the sessions (the organizer's on a door sheet, a
// delegation's on its agenda), kept after a reload and counted in the report;
// "action wanted" opens the action form pre-filled; a delegation's agenda
// shared as text or by email, and its calendar's reminders.
import { test, expect, Rounds, Layout, download, DEMO_NAME, SCREENSHOT_DEVICES } from './pages.js';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** The demo's saved schedule (the demo carries one). */
async function scheduled(page) {
  const rounds = new Rounds(page);
  await page.goto('/rounds');
  // A busy machine may take a while to start the app.
  await expect(page.getByTestId('plan-name')).not.toBeEmpty({ timeout: 30000 });
  await expect(rounds.grid).toBeVisible();
  return rounds.saved();
}

/** The outcome controls of session `id` on the page. */
const controls = (page, id) => page.locator(`[data-testid="outcome"][data-session="${id}"]`);

test('outcomes recorded on a door sheet and an agenda are kept after a reload and counted in the report', async ({ page }) => {
  const schedule = await scheduled(page);
  const inRoom = schedule.sessions.filter((s) => s.room === 'room-1');
  expect(inRoom.length).toBeGreaterThanOrEqual(3);
  await page.goto('/agendas?room=room-1');
  const [a, b, c] = inRoom;
  const first = controls(page, a.id);
  await first.getByRole('button', { name: 'Held', exact: true }).click();
  await first.getByRole('button', { name: 'Useful: 4 of 5' }).click();
  await controls(page, b.id).getByRole('button', { name: 'Moved' }).click();
  await controls(page, c.id).getByRole('button', { name: 'Not held' }).click();
  // The organizer marks one attending delegation absent from the held session.
  const absentees = first.getByRole('group', { name: 'Absent delegations' }).getByRole('button');
  await absentees.first().click();
  await expect(absentees.first()).toHaveAttribute('aria-pressed', 'true');

  // A delegation rates the first session on its own agenda.
  const pe = schedule.sessions.find((s) => s.attendees.includes('pe'));
  await page.goto('/agendas?country=pe');
  const mine = controls(page, pe.id);
  await mine.getByRole('button', { name: 'Useful: 2 of 5' }).click();
  await expect(mine.getByRole('button', { name: 'Useful: 2 of 5' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(controls(page, pe.id).getByRole('button', { name: 'Useful: 2 of 5' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/agendas?room=room-1');
  await expect(controls(page, a.id).getByRole('button', { name: 'Held', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(controls(page, b.id).getByRole('button', { name: 'Moved' })).toHaveAttribute('aria-pressed', 'true');

  // The report is in the plan's language (Spanish).
  await page.goto('/report');
  const report = page.getByTestId('report');
  await expect(report.getByRole('heading', { name: 'Lo que pasó en las rondas' })).toBeVisible();
  const table = report.getByRole('table', { name: 'Resultados de las sesiones' });
  const row = (label) => table.locator('tr', { has: page.getByText(label, { exact: true }) }).locator('td').last();
  await expect(row('Sesiones realizadas')).toHaveText('1');
  await expect(row('Sesiones trasladadas')).toHaveText('1');
  await expect(row('Sesiones no realizadas')).toHaveText('1');
  await expect(row(/^Inasistencias/)).toHaveText('1');
  await expect(row('Utilidad media, de 1 a 5')).toHaveText('3,0 (valoraciones: 2)');
});

test('"action wanted" opens the action form pre-filled with the session and both countries', async ({ page }) => {
  const schedule = await scheduled(page);
  const s = schedule.sessions.find((x) => x.attendees.includes('pe'));
  await page.goto('/agendas?country=pe');
  const mine = controls(page, s.id);
  await expect(mine.getByTestId('open-action-form')).toHaveCount(0);
  await mine.getByTestId('action-wanted').click();
  await expect(mine.getByTestId('action-wanted')).toHaveAttribute('aria-pressed', 'true');
  await mine.getByTestId('open-action-form').click();
  await expect(page).toHaveURL(new RegExp(`/actions/form\\?session=${s.id}&country=pe&side=receiving`));
  await expect(page.getByTestId('action-session')).toHaveValue(s.id);
  await expect(page.getByTestId('action-receiving')).toHaveValue('pe');
  await expect(page.getByTestId('action-offering')).toHaveValue(s.offer.split('-')[1]);
});

test('a delegation’s agenda is copied as text, offered by email, and its calendar rings before each session', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const schedule = await scheduled(page);
  // The country with the fewest sessions has the shortest agenda.
  const count = (c) => schedule.sessions.filter((s) => s.attendees.includes(c) || s.offer.startsWith(`off-${c}-`)).length;
  const countries = [...new Set(schedule.sessions.flatMap((s) => s.attendees))];
  const shortest = countries.reduce((a, b) => (count(b) < count(a) ? b : a));
  const share = page.getByTestId('share');
  let links = 0;
  for (const country of [shortest, 'pe']) {
    await page.goto(`/agendas?country=${country}`);
    await share.getByTestId('copy-agenda').click();
    await expect(page.getByText('Agenda copied as text.')).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n')[0]).toMatch(/^Agenda of /);
    // The link the page should offer, encoded as Rondas does (RFC 3986).
    const enc = (x) => encodeURIComponent(x).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    const subject = `${text.split('\n')[0]} — ${DEMO_NAME}`;
    const expected = `mailto:?subject=${enc(subject)}&body=${enc(text.replaceAll('\n', '\r\n'))}`;
    if (expected.length <= 8000) {
      await expect(share.getByTestId('mail-agenda')).toHaveAttribute('href', expected);
      links += 1;
    } else {
      await expect(share.getByTestId('mail-too-long')).toBeVisible();
      await expect(share.getByTestId('mail-agenda')).toHaveCount(0);
    }
  }
  expect(links, 'the shortest agenda fits in a mail link').toBeGreaterThan(0);
  const mine = schedule.sessions.filter((s) => s.attendees.includes('pe') || s.offer.startsWith('off-pe-'));

  await page.getByTestId('alarm-minutes').fill('5');
  await page.getByTestId('alarm-minutes').blur();
  const { text: ics } = await download(page, page.getByTestId('ics-country'));
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(mine.length);
  expect(ics.match(/TRIGGER:-PT5M/g)).toHaveLength(mine.length);

  // In Spanish, the same text in Spanish.
  await new Layout(page).setLanguage('es');
  await share.getByTestId('copy-agenda').click();
  await expect(page.getByText('Agenda copiada como texto.')).toBeVisible();
  expect((await page.evaluate(() => navigator.clipboard.readText())).split('\n')[0]).toBe('Agenda de Perú');
});

const devices = SCREENSHOT_DEVICES;

for (const { name, ...options } of devices) {
  test.describe(`on a ${name}`, () => {
    test.use(options);
    test(`screenshots of the outcome controls (${name})`, async ({ page }) => {
      const schedule = await scheduled(page);
      const s = schedule.sessions.find((x) => x.attendees.includes('pe'));
      await page.goto('/agendas?country=pe');
      const mine = controls(page, s.id);
      await mine.getByRole('button', { name: 'Held', exact: true }).click();
      await mine.getByRole('button', { name: 'Useful: 4 of 5' }).click();
      await mine.getByTestId('action-wanted').click();
      await expect(mine.getByTestId('open-action-form')).toBeVisible();
      await page.screenshot({ path: `${DIR}outcomes-agenda-${name}.png`, fullPage: false });
      await page.goto(`/agendas?room=${s.room}`);
      await controls(page, s.id).getByRole('button', { name: 'Moved' }).click();
      await controls(page, s.id).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${DIR}outcomes-door-${name}.png`, fullPage: false });
      const box = await controls(page, s.id).getByRole('button', { name: 'Moved' }).boundingBox();
      expect(box.height).toBeGreaterThanOrEqual(44);
    });
  });
}
