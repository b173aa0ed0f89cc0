// Languages in the rounds: a delegation that shares no language with a
// presenter needs interpretation; the organizer marks a room as having it and
// makes it a rule, the scheduler keeps it, and the grid and agendas flag
// those sessions in words.
import { test, expect, Plans, Rounds, Editor, demoFile } from './pages.js';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** The demo, with Brazil's delegates speaking Portuguese only. */
function portugueseBrazil() {
  const file = demoFile();
  for (const d of file.plan.delegates) {
    if (d.country === 'br') d.languages = ['pt'];
  }
  return file;
}

test('a room with interpretation, made a rule: the run seats every session needing it there, flagged and counted', async ({ page }) => {
  const plans = new Plans(page);
  await plans.goto();
  await plans.pick('brasil.rondas.json', JSON.stringify(portugueseBrazil()));
  await expect(plans.preview).toBeVisible();
  await plans.openButton.click();

  // The demo's schedule, as it is: Brazil's sessions need interpretation,
  // and no room has it.
  const rounds = new Rounds(page);
  await rounds.goto();
  const count = page.getByTestId('interpretation-count');
  await expect(count).toContainText(/\d+ sessions need interpretation \(\d+ without it in their room\)\./);
  const missing = page.locator('.interpretation.missing');
  await expect(missing.first()).toContainText('Needs interpretation for');
  await expect(missing.first()).toContainText(/Brazil|Brasil/);

  // The organizer gives the first room interpretation and makes it a rule.
  await page.goto('/event');
  const editor = new Editor(page);
  await expect(editor.heading).toBeVisible();
  const firstRoom = page.getByTestId('room-row').first();
  await firstRoom.getByLabel('Interpretation').check();
  await editor.select('Sessions needing interpretation').selectOption('require');
  await editor.save();
  await expect(page.getByTestId('notice').last()).toContainText('The event was saved.');

  await rounds.goto();
  await rounds.run.click();
  await expect(page.getByTestId('run-time')).toBeVisible({ timeout: 30_000 });
  await expect(rounds.stale).toHaveCount(0);
  // Every flagged session is in the room with interpretation, and the count says so.
  await expect(count).toContainText(/sessions? needs? interpretation \(0 without it in (its|their) room\)\./);
  await expect(missing).toHaveCount(0);
  const flagged = rounds.sessions.filter({ has: page.getByTestId('needs-interpretation') });
  expect(await flagged.count()).toBeGreaterThan(0);
  // Where Brazil attends, it is named; where it presents, those who need it are.
  await expect(flagged.getByTestId('needs-interpretation').filter({ hasText: /Interpretation for Bra[sz]il$/ }).first()).toBeVisible();
  const schedule = await rounds.saved();
  const room = demoFile().plan.event.rooms[0].id;
  const brazilian = schedule.sessions.filter((s) => s.attendees.includes('br') && !s.offer.startsWith('off-br'));
  for (const s of brazilian) expect(s.room, `session ${s.id}`).toBe(room);
  await expect(page.getByTestId('conflicts')).toHaveCount(0);

  await page.screenshot({ path: `${DIR}rounds-interpretation-laptop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await flagged.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${DIR}rounds-interpretation-phone.png`, fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Brazil's agenda flags the same sessions, and so does its printed page.
  await page.goto('/agendas?country=br');
  const agenda = page.getByTestId('agenda');
  await expect(agenda.getByTestId('needs-interpretation').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(agenda.getByTestId('needs-interpretation').first()).toBeVisible();
});
