// The business rounds: the scheduler runs in its Web Worker, the schedule is
// saved with the plan, flagged stale when the plan changes, and pinned
// sessions stay where they are on a re-run.
import { test, expect, Rounds, Plans, cli, demoFile } from './pages.js';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('the demo shows its schedule at once, and a run saves an optimal schedule that the grid shows', async ({ page }) => {
  const rounds = new Rounds(page);
  await rounds.goto();
  // The demo carries its schedule: a newcomer sees rounds at once, fresh and unbroken.
  const demo = demoFile().plan.schedule;
  await expect(rounds.sessions).toHaveCount(demo.sessions.length);
  await expect(rounds.summary).toContainText(`${demo.sessions.length} sessions`);
  await expect(rounds.stale).toHaveCount(0);
  await expect(page.getByTestId('conflicts')).toHaveCount(0);
  await rounds.run.click();
  await expect(page.getByTestId('run-time')).toBeVisible({ timeout: 30_000 });
  await expect(rounds.grid).toBeVisible({ timeout: 30_000 });
  const schedule = await rounds.saved();
  expect(schedule.sessions.length).toBeGreaterThan(20);
  expect(schedule.objective).toBeGreaterThan(0);
  expect(schedule.objective).toBeLessThanOrEqual(schedule.bound);
  await expect(rounds.summary).toContainText(`${schedule.sessions.length} sessions`);
  await expect(rounds.sessions).toHaveCount(schedule.sessions.length);
  await expect(page.getByTestId('run-time')).toContainText('ms');
  await expect(rounds.stale).toHaveCount(0);

  // A reload finds it, as saved.
  await page.reload();
  await expect(rounds.sessions).toHaveCount(schedule.sessions.length);
});

test('a pinned session stays where it is on a re-run, and a changed plan marks the schedule stale', async ({ page }) => {
  const rounds = new Rounds(page);
  await rounds.goto();
  await rounds.run.click();
  // The demo's grid shows at once: wait for the run to end before reading its schedule.
  await expect(page.getByTestId('run-time')).toBeVisible({ timeout: 30_000 });
  const first = await rounds.saved();
  const pinned = first.sessions[3];
  await rounds.session(pinned.id).getByRole('button', { name: `Pin session ${pinned.id} where it is` }).click();
  await expect(rounds.session(pinned.id).getByRole('button', { name: `Release session ${pinned.id}` })).toHaveAttribute('aria-pressed', 'true');

  // The plan changes: a country withdraws an interest the schedule satisfies.
  const other = first.sessions.find((s) => s.id !== pinned.id && s.attendees.length > 0);
  await page.goto(`/matrix?cell=${other.attendees[0]}:${other.offer}`);
  await page.getByTestId('cell-editor').getByRole('combobox').selectOption('');
  await page.getByTestId('cell-editor').getByRole('button', { name: 'Close' }).click();
  await rounds.goto();
  await expect(rounds.stale).toBeVisible();

  await page.getByLabel(/Seed/).fill('7');
  await page.getByLabel(/Seed/).blur();
  await rounds.run.click();
  await expect(rounds.stale).toHaveCount(0, { timeout: 30_000 });
  const second = await rounds.saved();
  const kept = second.sessions.find((s) => s.offer === pinned.offer && s.slot === pinned.slot && s.room === pinned.room);
  expect(kept).toBeDefined();
  expect(kept.attendees).toEqual(pinned.attendees);
  expect(kept.locked).toBe(true);
  // The withdrawn interest is no longer served.
  expect(second.sessions.some((s) => s.offer === other.offer && s.attendees.includes(other.attendees[0]))).toBe(false);
});

test('cancelling a run keeps the plan as it was, and the page stays responsive', async ({ page }) => {
  test.setTimeout(240_000); // cargo may have to compile the CLI first
  const path = join(tmpdir(), `rondas-rounds-${process.pid}.json`);
  cli(['generate', 'large-tight', '--seed', '3', '-o', path]);
  const plan = readFileSync(path, 'utf8');
  const plans = new Plans(page);
  await plans.goto();
  await plans.pick('large-tight.rondas.json', plan);
  await plans.openButton.click();
  const rounds = new Rounds(page);
  await rounds.goto();
  await rounds.seconds.fill('60');
  await rounds.seconds.blur();
  await rounds.run.click();
  await expect(rounds.progress).toBeVisible();
  // The main thread is free while the worker searches: the language switch answers.
  await rounds.layout.language.selectOption('es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rondas de negocios');
  await page.getByRole('button', { name: 'Cancelar' }).click();
  await expect(rounds.progress).toHaveCount(0);
  expect(await rounds.saved()).toBeNull();
  await expect(page.getByText('Todavía no hay programa: ejecute el programador.')).toBeVisible();
});
