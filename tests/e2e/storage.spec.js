// Storage that fits real plans: plans in IndexedDB, moved over from the old
// version's local storage, a 20 MB plan, the room shown, and an unreadable
// plan that cannot be set aside (no room) never written over.
import { test, expect, Layout, Overview, Plans, demoFile, database, storage, seedPlans, DEMO_ID, DEMO_NAME } from './pages.js';

/** Seeds local storage as the old version left it, before the app's first start. */
async function oldVersionLeft(page, entries) {
  await page.addInitScript((entries) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', 'yes');
      for (const [key, value] of entries) localStorage.setItem(key, value);
    }
  }, entries);
}

test('plans the old version saved in local storage move to the database on first start', async ({ page }) => {
  const file = demoFile();
  file.plan.id = 'plan-old';
  file.plan.event.name = 'Taller guardado por la versión anterior';
  const text = JSON.stringify(file);
  await oldVersionLeft(page, [
    ['rondas.plan.plan-old', text],
    ['rondas.aside.plan-broken.1700000000000', '{"format": "rondas-plan", garbage'],
    ['rondas.active-plan', '"plan-old"'],
    ['rondas.language', '"en"'],
  ]);
  const overview = new Overview(page);
  await overview.goto();
  await expect(overview.layout.planName).toHaveText('Taller guardado por la versión anterior');

  const saved = await storage(page);
  expect(saved['rondas.plan.plan-old']).toBe(text);
  expect(saved['rondas.aside.plan-broken.1700000000000']).toBe('{"format": "rondas-plan", garbage');
  const local = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(local).toEqual(['rondas.active-plan', 'rondas.language']);
  expect((await database(page, 'read')).plans.map((r) => [r.id, r.revision])).toEqual([['plan-old', 1]]);

  const plans = new Plans(page);
  await plans.layout.navLink('Plans & files').click();
  await expect(plans.savedPlans.locator('li')).toHaveCount(1);
  await expect(plans.setAside.locator('code')).toHaveText('rondas.aside.plan-broken.1700000000000');
});

test('an old plan whose copy cannot be written stays in local storage until it can', async ({ page }) => {
  const file = demoFile();
  file.plan.id = 'plan-old';
  const text = JSON.stringify(file);
  await oldVersionLeft(page, [['rondas.plan.plan-old', text]]);
  await page.addInitScript(() => {
    if (localStorage.getItem('test.full') !== 'no') {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
  });
  const layout = new Layout(page);
  await page.goto('/');
  await expect(layout.notices.first()).toContainText(
    'The plans saved by an earlier version of Rondas could not be moved to the browser’s database (the browser’s storage is full). They stay where they were',
  );
  expect(await page.evaluate(() => localStorage.getItem('rondas.plan.plan-old'))).toBe(text);

  await page.evaluate(() => localStorage.setItem('test.full', 'no'));
  await page.reload();
  await expect(layout.planName).toHaveText(DEMO_NAME);
  await expect.poll(async () => (await storage(page))['rondas.plan.plan-old']).toBe(text);
  expect(await page.evaluate(() => localStorage.getItem('rondas.plan.plan-old'))).toBeNull();
});

test('full storage and an unreadable saved plan: it is kept untouched, nothing is saved in its place', async ({ page }) => {
  const overview = new Overview(page);
  await overview.goto();
  const future = JSON.stringify({ format: 'rondas-plan', version: 5, plan: { id: DEMO_ID, event: { name: 'De una versión futura' } } });
  // Setting it aside needs room that is not there: writes to the set-aside store fail.
  await page.addInitScript(() => {
    if (localStorage.getItem('test.full') !== 'no') {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name === 'aside') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    }
  });
  await seedPlans(page, [{ id: DEMO_ID, text: future }]);

  const layout = new Layout(page);
  await expect(layout.notices).toHaveCount(1);
  await expect(layout.notices).toContainText(`The saved plan rondas.plan.${DEMO_ID} could not be read`);
  await expect(layout.notices).toContainText('could not be set aside: the browser’s storage is full');
  await expect(layout.notices).toContainText('Rondas saves nothing in its place. Download it from Plans & files');
  await expect(layout.notices).not.toContainText('left untouched');

  // The demo opens as a new plan; the unreadable one is still there, byte for byte.
  await expect(overview.layout.planName).toHaveText(DEMO_NAME);
  await expect(overview.figure('offers')).toHaveText('34');
  const saved = await storage(page);
  expect(saved[`rondas.plan.${DEMO_ID}`]).toBe(future);
  const others = Object.keys(saved).filter((k) => k.startsWith('rondas.plan.') && k !== `rondas.plan.${DEMO_ID}`);
  expect(others).toHaveLength(1);
  expect(JSON.parse(saved[others[0]]).plan.event.name).toBe(DEMO_NAME);

  // Plans & files offers it for download, as it is.
  const plans = new Plans(page);
  await plans.layout.navLink('Plans & files').click();
  const entry = plans.setAside.locator('li').filter({ hasText: `rondas.plan.${DEMO_ID}` });
  await expect(entry).toContainText('Could not be set aside');
  const [download] = await Promise.all([page.waitForEvent('download'), entry.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe(`rondas.plan.${DEMO_ID}.json`);
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(await download.path(), 'utf8')).toBe(future);

  // Importing a plan with that id opens it, but does not save over the unreadable one.
  await plans.pick('demo.rondas.json', JSON.stringify(demoFile()));
  await plans.openButton.click();
  await expect(layout.notices.last()).toContainText('was not saved: its place (rondas.plan.plan-lima-2026) holds a saved plan that could not be read');
  expect((await storage(page))[`rondas.plan.${DEMO_ID}`]).toBe(future);

  // With room again, the next start sets it aside.
  await page.evaluate(() => localStorage.setItem('test.full', 'no'));
  await page.reload();
  await expect(layout.notices).toContainText('It was set aside untouched');
  const after = await storage(page);
  const aside = Object.keys(after).filter((k) => k.startsWith(`rondas.aside.${DEMO_ID}.`));
  expect(aside).toHaveLength(1);
  expect(after[aside[0]]).toBe(future);
});

test('a 20 MB plan is saved and reopened after a reload; the room it takes is shown', async ({ page }) => {
  test.setTimeout(240_000); // 20 MB through the file picker, parsed, saved, read back
  const file = demoFile();
  file.plan.id = 'plan-big';
  file.plan.event.name = 'Taller de 20 MB';
  const block = 'Resumen largo de un programa, con todos sus detalles. '.repeat(11200);
  file.plan.offers.forEach((offer, i) => {
    offer.summary = `${i}: ${block}`;
  });
  const text = JSON.stringify(file);
  expect(text.length).toBeGreaterThan(20_000_000);

  const plans = new Plans(page);
  await plans.goto();
  await plans.pick('big.rondas.json', text);
  await expect(plans.preview).toContainText('Taller de 20 MB', { timeout: 60_000 });
  await plans.openButton.click();
  await expect(plans.layout.planName).toHaveText('Taller de 20 MB');
  await expect.poll(async () => (await storage(page))['rondas.plan.plan-big']?.length ?? 0, { timeout: 60_000 }).toBeGreaterThan(20_000_000);

  await page.reload();
  await expect(plans.layout.planName).toHaveText('Taller de 20 MB', { timeout: 60_000 });
  const row = plans.savedPlans.locator('li').filter({ hasText: 'Taller de 20 MB' });
  await expect(row).toContainText('Open now');
  await expect(row).toContainText(/20\.\d MB/);
  await expect(plans.room).toContainText(/Your saved plans take 2\d\.\d MB\./);
  await expect(plans.room).toContainText(/The browser lets this site use [\d.,]+ [kMG]B more \([\d.,]+ [kMG]?B used of [\d.,]+ [kMG]B\)\./);
  const overview = new Overview(page);
  await overview.layout.navLink('Overview').click();
  await expect(overview.figure('offers')).toHaveText('34');

  await plans.layout.setLanguage('es');
  await overview.layout.navLink('Planes y archivos').click();
  await expect(plans.room).toContainText(/Sus planes guardados ocupan 2\d,\d MB\./);
});
