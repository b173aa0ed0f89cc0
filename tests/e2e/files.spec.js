// Plan files and storage: export, import with a preview, refused files,
// corrupt saved data set aside, and a full storage quota.
import { test, expect, Plans, Overview, Catalogue, OfferForm, OfferPage, Layout, storage, seedPlans, DEMO_ID, DEMO_NAME, FORMAT_VERSION } from './pages.js';

test('export downloads the plan file; importing it back restores the exported state', async ({ page }) => {
  const plans = new Plans(page);
  await plans.goto();
  const { download, json, text } = await plans.export();
  expect(download.suggestedFilename()).toBe('taller-regional-de-cooperacion-sur-sur-en-proteccion.rondas.json');
  expect(json.format).toBe('rondas-plan');
  expect(json.version).toBe(FORMAT_VERSION);
  expect(json.plan.id).toBe(DEMO_ID);
  expect(json.plan.event.name).toBe(DEMO_NAME);
  expect(json.plan.offers).toHaveLength(34);
  expect(json.plan.offers.find((o) => o.id === 'off-uy-tus').title).toBe('Tarjeta Uruguay Social');

  // Change the plan: rename an offer and delete another.
  const form = new OfferForm(page);
  await form.gotoEdit('off-uy-tus');
  await form.titleField.fill('Tarjeta cambiada');
  await form.save();
  await expect(new OfferPage(page).title).toHaveText('Tarjeta cambiada');
  const offer = new OfferPage(page);
  await offer.goto('off-br-cisternas');
  await offer.delete();
  await new Catalogue(page).expectCount(33, 33);

  // Import the exported file: a preview first, nothing changed yet.
  await plans.layout.navLink('Plans & files').click();
  await plans.pick('exported.rondas.json', text);
  await expect(plans.preview).toBeVisible();
  await expect(plans.preview).toContainText('exported.rondas.json');
  await expect(plans.preview.getByRole('heading')).toHaveText(DEMO_NAME);
  await expect(plans.preview).toContainText('Tuesday, March 17, 2026 · Lima, Perú');
  await expect(plans.preview).toContainText('13 countries · 54 delegates · 20 ministries and agencies · 34 programs offered');
  await expect(plans.preview).toContainText(`It has the same id as your saved plan “${DEMO_NAME}”, which it will replace.`);
  await expect(plans.savedPlans).toContainText('13 countries · 33 offers');

  await plans.openButton.click();
  await expect(plans.preview).toHaveCount(0);
  await expect(plans.savedPlans.locator('li')).toHaveCount(1);
  await expect(plans.savedPlans).toContainText('13 countries · 34 offers');

  const catalogue = new Catalogue(page);
  await catalogue.goto();
  await catalogue.expectCount(34);
  await expect(catalogue.card('Tarjeta Uruguay Social')).toBeVisible();
  await expect(catalogue.card('Tarjeta cambiada')).toHaveCount(0);
  await expect(catalogue.card('Programa Cisternas')).toBeVisible();

  // What is saved is the exported plan again.
  const saved = JSON.parse((await storage(page))[`rondas.plan.${DEMO_ID}`]);
  expect(saved).toEqual(json);
});

test('a file that is not JSON is refused with its line and column; the plan is unchanged', async ({ page }) => {
  const plans = new Plans(page);
  await plans.goto();
  const before = await storage(page);
  await plans.pick('broken.json', '{\n  "format": "rondas-plan",\n  "version": 1,\n  "plan": { oops }\n}\n');
  await expect(plans.importError).toBeVisible();
  await expect(plans.importError).toContainText('“broken.json” cannot be opened.');
  await expect(plans.importError).toContainText(/This is not valid JSON \(line 4, column \d+\)/);
  await expect(plans.importError).toContainText('Your plans have not changed.');
  await expect(plans.preview).toHaveCount(0);
  await expect(plans.layout.planName).toHaveText(DEMO_NAME);
  expect(await storage(page)).toEqual(before);

  const overview = new Overview(page);
  await overview.layout.navLink('Overview').click();
  await expect(overview.figure('offers')).toHaveText('34');
});

test('a plan with a missing reference is refused naming the record and field; the plan is unchanged', async ({ page }) => {
  const plans = new Plans(page);
  await plans.goto();
  const { json } = await plans.export();
  const before = await storage(page);

  json.plan.event.name = 'Should never open';
  json.plan.offers.find((o) => o.id === 'off-uy-tus').country = 'zz';
  await plans.pick('dangling.rondas.json', JSON.stringify(json, null, 2));
  await expect(plans.importError).toBeVisible();
  await expect(plans.importError).toContainText('“dangling.rondas.json” cannot be opened.');
  await expect(plans.importError).toContainText('offers/off-uy-tus, field “country”: refers to “zz”, which is not among the countries');
  await expect(plans.importError).toContainText('Your plans have not changed.');
  await expect(plans.preview).toHaveCount(0);
  await expect(plans.layout.planName).toHaveText(DEMO_NAME);
  expect(await storage(page)).toEqual(before);

  // A JSON file that is not a plan file, and one of a future version.
  await plans.pick('other.json', '{"hello": "world"}');
  await expect(plans.importError).toContainText('This is not a Rondas plan file: it lacks "format": "rondas-plan".');
  await plans.pick('future.json', JSON.stringify({ ...json, version: 99 }));
  await expect(plans.importError).toContainText(`This file has version 99; this version of Rondas reads versions 1 to ${FORMAT_VERSION}.`);

  const catalogue = new Catalogue(page);
  await catalogue.goto();
  await catalogue.expectCount(34);
  await expect(catalogue.layout.planName).toHaveText(DEMO_NAME);
});

test('corrupt saved data is reported, set aside untouched, and the app still opens a plan', async ({ page }) => {
  const overview = new Overview(page);
  await overview.goto();
  const garbage = '{"format": "rondas-plan", "version": 1, "plan": {"id": "plan-lima-2026", garbage';
  await seedPlans(page, [{ id: DEMO_ID, text: garbage }]);

  const layout = new Layout(page);
  await expect(layout.notices).toHaveCount(1);
  await expect(layout.notices).toContainText(`The saved plan rondas.plan.${DEMO_ID} could not be read`);
  await expect(layout.notices).toContainText('It was set aside untouched; see Plans & files.');
  await expect(layout.notices).toHaveAttribute('role', 'alert');

  const saved = await storage(page);
  const asideKeys = Object.keys(saved).filter((k) => k.startsWith(`rondas.aside.${DEMO_ID}.`));
  expect(asideKeys).toHaveLength(1);
  expect(saved[asideKeys[0]]).toBe(garbage);

  // A usable plan is open (the demo again), and saved properly.
  await expect(overview.figure('offers')).toHaveText('34');
  await expect.poll(async () => JSON.parse((await storage(page))[`rondas.plan.${DEMO_ID}`]).format).toBe('rondas-plan');

  const plans = new Plans(page);
  await layout.navLink('Plans & files').click();
  await expect(plans.setAside).toBeVisible();
  await expect(plans.setAside.getByRole('heading')).toHaveText('Saved data set aside');
  await expect(plans.setAside.locator('code')).toHaveText(asideKeys[0]);

  // Downloading it gives back the garbage untouched.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    plans.setAside.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${asideKeys[0]}.json`);

  // Dismissing the notice, then deleting the set-aside data after confirming.
  await layout.notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(layout.notices).toHaveCount(0);
  await plans.setAside.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toContainText('Delete this saved data for good?');
  await page.getByRole('dialog').getByTestId('confirm-delete').click();
  await expect(plans.setAside).toHaveCount(0);
  expect(Object.keys(await storage(page)).filter((k) => k.startsWith('rondas.aside.'))).toEqual([]);
});

test('a full storage quota is reported; the edit stays in the tab, marked "Not saved"', async ({ page }) => {
  const form = new OfferForm(page);
  await form.gotoEdit('off-uy-tus');
  const layout = new Layout(page);
  await expect(layout.unsavedBadge).toHaveCount(0);

  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });

  await form.titleField.fill('Tarjeta que no cabe');
  await form.save();
  const offer = new OfferPage(page);
  await expect(offer.title).toHaveText('Tarjeta que no cabe');
  await expect(layout.notices).toHaveCount(1);
  await expect(layout.notices).toHaveAttribute('role', 'alert');
  await expect(layout.notices).toContainText('Your last change could not be saved: the browser’s storage is full.');
  await expect(layout.unsavedBadge).toHaveText('Not saved');

  // The edit is visible everywhere in the tab; storage still holds the last saved plan.
  await layout.navLink('Catalogue').click();
  await expect(new Catalogue(page).card('Tarjeta que no cabe')).toBeVisible();
  const saved = JSON.parse((await storage(page))[`rondas.plan.${DEMO_ID}`]);
  expect(saved.plan.offers.find((o) => o.id === 'off-uy-tus').title).toBe('Tarjeta Uruguay Social');
});

test('saved plans: start an empty plan, switch back to the demo, delete the other after confirming', async ({ page }) => {
  const plans = new Plans(page);
  await plans.goto();
  await expect(plans.savedPlans.locator('li')).toHaveCount(1);
  await expect(plans.savedPlans.locator('li')).toContainText('Open now');

  await page.getByRole('button', { name: 'New empty plan' }).click();
  await expect(plans.layout.planName).toHaveText('New workshop');
  await expect(plans.savedPlans.locator('li')).toHaveCount(2);
  const demoRow = plans.savedPlans.locator('li').filter({ hasText: DEMO_NAME });
  const emptyRow = plans.savedPlans.locator('li').filter({ hasText: 'New workshop' });
  await expect(emptyRow).toContainText('0 countries · 0 offers');
  await expect(emptyRow).toContainText('Open now');

  const overview = new Overview(page);
  await overview.layout.navLink('Overview').click();
  await expect(overview.figure('offers')).toHaveText('0');
  await page.reload();
  await expect(overview.layout.planName).toHaveText('New workshop');

  await overview.layout.navLink('Plans & files').click();
  await demoRow.getByRole('button', { name: 'Open' }).click();
  await expect(plans.layout.planName).toHaveText(DEMO_NAME);
  await expect(demoRow).toContainText('Open now');

  await emptyRow.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toContainText('Delete “New workshop”?');
  await page.getByRole('dialog').getByTestId('confirm-delete').click();
  await expect(plans.savedPlans.locator('li')).toHaveCount(1);
  const keys = Object.keys(await storage(page)).filter((k) => k.startsWith('rondas.plan.'));
  expect(keys).toEqual([`rondas.plan.${DEMO_ID}`]);
  await page.reload();
  await expect(plans.layout.planName).toHaveText(DEMO_NAME);
});
