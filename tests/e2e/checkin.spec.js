// The day of the rounds: check in the demo's delegates (by tick and by badge
// code, offline), mark two absent from slot 4, re-plan from slot 4, see that
// the first three slots did not move and that no absent delegate is sent
// anywhere later, then print only the agendas and door sheets that changed.
import { test, expect, Layout, Rounds, demoFile, DEMO_FIGURES, storage } from './pages.js';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** A delegate's check-in code, as src/domain/checkin_code.rs makes it. */
function checkinCode(id) {
  const mask = 0xffffffffffffffffn;
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(id)) {
    hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & mask;
  }
  hash ^= hash >> 33n;
  hash = (hash * 0xff51afd7ed558ccdn) & mask;
  hash ^= hash >> 33n;
  hash = (hash * 0xc4ceb9fe1a85ec53n) & mask;
  hash ^= hash >> 33n;
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return Array.from({ length: 6 }, (_, i) => alphabet[Number((hash >> BigInt(5 * i)) & 31n)]).join('');
}

const slotNumber = (id) => Number(id.replace('slot-', ''));

test('check in, mark two absent from slot 4, re-plan from slot 4 and print only what changed', async ({ page }) => {
  test.setTimeout(120_000);
  const demo = demoFile().plan;
  const rounds = new Rounds(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/checkin');
  await new Layout(page).ready();
  const before = await rounds.saved();
  const count = page.getByTestId('checkin-count');
  const rows = page.getByTestId('checkin-row');
  await expect(count).toHaveText(`0 of ${DEMO_FIGURES.delegates} delegates checked in`);
  await expect(rows).toHaveCount(DEMO_FIGURES.delegates);

  // The venue's Wi-Fi is down: everything still works.
  await page.context().setOffline(true);

  // By tick, found by country without its accent.
  const search = page.getByLabel('Search by name, country or agency');
  await search.fill('peru');
  const peru = demo.delegates.filter((d) => d.country === 'pe');
  await expect(rows).toHaveCount(peru.length);
  await rows.nth(0).getByRole('checkbox').click();
  await rows.nth(1).getByRole('checkbox').click();
  await expect(count).toHaveText(`2 of ${DEMO_FIGURES.delegates} delegates checked in`);
  await expect(rows.nth(0)).toHaveClass(/checked/);

  // By badge code, typed loosely.
  const code = checkinCode('del-1');
  await page.getByLabel('Badge code').fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`);
  await page.getByRole('button', { name: 'Check in', exact: true }).click();
  await expect(count).toHaveText(`3 of ${DEMO_FIGURES.delegates} delegates checked in`);
  await page.getByLabel('Badge code').fill('ZZZZZZ');
  await page.getByRole('button', { name: 'Check in', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'No delegate has the code' })).toBeVisible();
  await search.fill('');
  await expect(rows).toHaveCount(DEMO_FIGURES.delegates);
  await page.screenshot({ path: `${DIR}checkin-phone.png`, fullPage: false });

  // Two of Uruguay's delegates fall ill before slot 4.
  const absent = demo.delegates.filter((d) => d.country === 'uy').slice(0, 2);
  for (const d of absent) {
    await search.fill(d.name);
    await expect(rows).toHaveCount(1);
    // The list settles after the search: open the row's menus until they stay open.
    const row = rows.first();
    await expect(async () => {
      if ((await row.locator('details').getAttribute('open')) === null) await row.locator('summary').click();
      await expect(row.getByLabel('Absent from')).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await row.getByLabel('Absent from').selectOption({ index: 4 });
    await expect(rows.first()).toContainText('absent from slot 4');
  }
  await page.context().setOffline(false);

  // Re-plan from slot 4.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/replan');
  await expect(page.getByTestId('replan-absences')).toContainText(absent[0].name);
  await page.getByLabel('Re-plan from').selectOption('slot-4');
  await page.getByTestId('replan-run').click();
  const changes = page.getByTestId('replan-changes');
  await expect(changes).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('replan-last')).toContainText('from slot 4');
  await page.screenshot({ path: `${DIR}replan-changes-laptop.png`, fullPage: true });

  const after = await rounds.saved();
  const early = (schedule) =>
    schedule.sessions.filter((s) => slotNumber(s.slot) < 4).map((s) => JSON.stringify(s)).sort();
  expect(early(after)).toEqual(early(before));
  const absentIds = absent.map((d) => d.id);
  for (const s of after.sessions.filter((x) => slotNumber(x.slot) >= 4)) {
    expect(s.delegates ?? []).not.toEqual(expect.arrayContaining([absentIds[0]]));
    expect(s.delegates ?? []).not.toEqual(expect.arrayContaining([absentIds[1]]));
  }

  // Only the changed agendas and door sheets print.
  const stored = await storage(page);
  const saved = JSON.parse(stored[`rondas.plan.${JSON.parse(stored['rondas.active-plan'])}`]).plan.day.replanned;
  expect(saved.countries.length).toBeGreaterThan(0);
  expect(saved.countries.length).toBeLessThan(demo.countries.length);
  await page.getByTestId('print-changed').click();
  await expect(page.getByTestId('agenda-changed')).toBeChecked();
  const agendas = page.getByTestId('agenda');
  await expect(agendas).toHaveCount(saved.countries.length);
  await expect(page.getByTestId('room-agenda')).toHaveCount(saved.rooms.length);
  for (const c of saved.countries) {
    const name = demo.countries.find((x) => x.id === c).name;
    await expect(agendas.getByRole('heading', { name: `Agenda of ${name}` })).toHaveCount(1);
  }
  // No absent delegate is sent to a session from slot 4 on.
  for (const row of await page.locator('table.agenda tbody tr').all()) {
    const when = await row.locator('th').innerText();
    const n = Number(/Slot (\d+)/.exec(when)?.[1] ?? 0);
    if (n >= 4) for (const d of absent) await expect(row).not.toContainText(d.name);
  }
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // Each printed agenda or door sheet starts a page (one may run onto a second); the counts above
  // show that only the changed ones are in the page.
  expect(pages).toBeGreaterThanOrEqual(saved.countries.length + saved.rooms.length);
});
