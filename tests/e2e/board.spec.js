// The live board: what is on now and next in each room at a fixed clock, in
// the workshop's language (the demo's is Spanish), one room, full screen, and
// the board advancing as the clock does.
import { test, expect as strict, demoFile } from './pages.js';
import { fileURLToPath } from 'node:url';

// A debug build on a busy machine takes a while to draw the page.
test.describe.configure({ timeout: 90_000 });
const expect = strict.configure({ timeout: 30_000 });
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const plan = demoFile().plan;
const slots = plan.event.slots;
const start = (id) => slots.find((s) => s.id === id);
const moment = (s) => `${s.date}T${s.start}`;
const title = (offer) => plan.offers.find((o) => o.id === offer).title;

/** The demo's sessions in `room`: the one on at `at` ("YYYY-MM-DDTHH:MM"), and the next. */
function expected(room, at) {
  const here = plan.schedule.sessions
    .filter((s) => s.room === room)
    .map((s) => ({ ...s, from: moment(start(s.slot)), to: `${start(s.slot).date}T${start(s.slot).end}` }))
    .sort((a, b) => a.from.localeCompare(b.from));
  return { now: here.find((s) => s.from <= at && at < s.to), next: here.find((s) => s.from > at) };
}

test('at a fixed clock each room shows its session now and its next, in the workshop’s language', async ({ page }) => {
  const at = '2026-03-18T10:15';
  await page.goto(`/board?at=${at}`);
  const board = page.getByTestId('board');
  await expect(board).toHaveAttribute('lang', 'es');
  await expect(page.getByTestId('board-phase')).toHaveText('Ronda 2 · 10:00–10:45');
  await expect(page.getByTestId('board-clock')).toContainText('10:15');
  const rooms = page.getByTestId('board-room');
  await expect(rooms).toHaveCount(plan.event.rooms.length);
  for (const room of plan.event.rooms) {
    const card = page.locator(`[data-room="${room.id}"]`);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(room.name);
    const { now, next } = expected(room.id, at);
    const nowBox = card.getByTestId('board-now');
    if (now) {
      await expect(nowBox.locator('.live-offer')).toHaveText(title(now.offer));
      const presenter = plan.countries.find((c) => c.id === plan.offers.find((o) => o.id === now.offer).country).name;
      await expect(nowBox).toContainText(`Presenta ${presenter}`);
    } else {
      await expect(nowBox).toHaveText('Sin sesión ahora');
    }
    const nextBox = card.getByTestId('board-next');
    await expect(nextBox).toContainText(next ? title(next.offer) : 'No hay más sesiones en esta sala');
  }
});

test('between rounds the board says when the next starts, and after the last that the rounds are over', async ({ page }) => {
  await page.goto('/board?at=2026-03-18T10:50');
  await expect(page.getByTestId('board-phase')).toHaveText('Próxima ronda a las 11:15');
  await page.goto('/board?at=2026-03-18T08:30');
  await expect(page.getByTestId('board-phase')).toHaveText('Próxima ronda a las 09:00');
  await page.goto('/board?at=2026-03-18T15:00');
  await expect(page.getByTestId('board-phase')).toHaveText('Próxima ronda: jueves 19 de marzo de 2026 a las 09:00');
  await page.goto('/board?at=2026-03-19T13:00');
  await expect(page.getByTestId('board-phase')).toHaveText('Las ruedas han terminado');
});

test('one room’s board, chosen in the filter, for a tablet at its door', async ({ page }) => {
  const at = '2026-03-19T10:20';
  await page.goto(`/board?at=${at}`);
  await page.getByTestId('board-room-filter').selectOption('room-4');
  await expect(page).toHaveURL(/room=room-4/);
  await expect(page.getByTestId('board-room')).toHaveCount(1);
  const { now, next } = expected('room-4', at);
  await expect(page.getByTestId('board-now').locator('.live-offer')).toHaveText(title(now.offer));
  await expect(page.getByTestId('board-next').locator('.live-offer')).toHaveText(title(next.offer));
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`/board?at=${at}&room=room-4&full=1`);
  await expect(page.getByTestId('board-now').locator('.live-offer')).toHaveText(title(now.offer));
  await page.screenshot({ path: `${SHOTS}board-room-tablet.png` });
  await page.goto('/board?room=no-such-room&at=2026-03-18T10:15');
  await expect(page.getByText('Esta sala no está en el plan.')).toBeVisible();
});

test('full screen hides the app’s header and footer, and a button brings them back', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/board?at=2026-03-18T10:15');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByTestId('board-full').click();
  await expect(page).toHaveURL(/full=1/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByTestId('board-room')).toHaveCount(plan.event.rooms.length);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}board-1920.png` });
  await page.getByTestId('board-exit').click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page).not.toHaveURL(/full=1/);
});

test.describe('with the venue’s clock', () => {
  test.use({ timezoneId: 'America/Lima' });

  test('the board advances with the clock', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-03-18T09:40:00-05:00') });
    await page.goto('/board');
    await expect(page.getByTestId('board-phase')).toHaveText('Ronda 1 · 09:00–09:45');
    await expect(page.getByTestId('board-clock')).toContainText('09:40');
    await page.clock.runFor('06:00');
    await expect(page.getByTestId('board-phase')).toHaveText('Próxima ronda a las 10:00');
    await page.clock.runFor('15:00');
    await expect(page.getByTestId('board-phase')).toHaveText('Ronda 2 · 10:00–10:45');
  });
});
