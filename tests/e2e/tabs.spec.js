// Several tabs on one plan (two pages of one browser context): every save
// reaches the other tab at once, and no tab's change is ever lost silently.
import { test, expect, Catalogue, OfferForm, OfferPage, Plans, TabConflict, storage, DEMO_ID, DEMO_NAME } from './pages.js';

/** The saved title of an offer of the demo plan. */
async function savedTitle(page, offerId) {
  const saved = JSON.parse((await storage(page))[`rondas.plan.${DEMO_ID}`]);
  return saved.plan.offers.find((o) => o.id === offerId).title;
}

/** Two tabs of one plan: A edits one offer, B another. */
async function twoEditingTabs(context) {
  const a = await context.newPage();
  const b = await context.newPage();
  const formA = new OfferForm(a);
  const formB = new OfferForm(b);
  await formA.gotoEdit('off-uy-tus');
  await formB.gotoEdit('off-br-cisternas');
  return { a, b, formA, formB };
}

test('tab B edits an offer while tab A renames another and saves: both changes survive', async ({ context }) => {
  const { a, b, formA, formB } = await twoEditingTabs(context);

  await formB.titleField.fill('Cisternas, editado en B');
  await formA.titleField.fill('Tarjeta, renombrada en A');
  await formA.save();
  await expect(new OfferPage(a).title).toHaveText('Tarjeta, renombrada en A');
  await formB.save();
  await expect(new OfferPage(b).title).toHaveText('Cisternas, editado en B');

  // B's save normally comes after B has loaded A's save, and both land. On a
  // loaded machine it can race A's news: then it is refused as stale and B is
  // asked, never written over silently; keeping both keeps both changes.
  await expect.poll(() => savedTitle(a, 'off-uy-tus')).toBe('Tarjeta, renombrada en A');
  const conflict = new TabConflict(b);
  const landed = async () => (await savedTitle(a, 'off-br-cisternas')) === 'Cisternas, editado en B';
  await expect.poll(async () => (await landed()) || (await conflict.dialog.isVisible())).toBe(true);
  if (!(await landed())) {
    await conflict.keepBoth.click();
    const titles = async () =>
      Object.entries(await storage(a))
        .filter(([k]) => k.startsWith('rondas.plan.'))
        .map(([, text]) => JSON.parse(text).plan.offers.find((o) => o.id === 'off-br-cisternas').title);
    await expect.poll(titles).toContain('Cisternas, editado en B');
    return;
  }

  // Saved: both changes. Each tab shows both (B reloaded A's save, A reloads B's).
  await expect.poll(() => savedTitle(a, 'off-br-cisternas')).toBe('Cisternas, editado en B');
  for (const page of [a, b]) {
    const catalogue = new Catalogue(page);
    await catalogue.layout.navLink('Catalogue').click();
    await expect(catalogue.card('Tarjeta, renombrada en A')).toBeVisible();
    await expect(catalogue.card('Cisternas, editado en B')).toBeVisible();
    await expect(page.getByTestId('conflict')).toBeHidden();
  }
});

/** Makes the next saves of `page` fail as with a full storage, until `restore`. */
async function fillStorage(page) {
  await page.evaluate(() => {
    window.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  return () => page.evaluate(() => (IDBObjectStore.prototype.put = window.realPut));
}

/** Tab B holds a change it could not save when tab A saves the plan: B is asked. */
async function conflictingEdits(context) {
  const { a, b, formA, formB } = await twoEditingTabs(context);

  const restore = await fillStorage(b);
  await formB.titleField.fill('Cisternas, sin guardar en B');
  await formB.save();
  await expect(formB.layout.unsavedBadge).toHaveText('Not saved');
  await restore();

  await formA.titleField.fill('Tarjeta, renombrada en A');
  await formA.save();
  const conflict = new TabConflict(b);
  await expect(conflict.dialog).toBeVisible();
  await expect(conflict.dialog).toContainText('This plan was changed in another tab');
  await expect(conflict.mine).toContainText(DEMO_NAME);
  await expect(conflict.theirs).toContainText(DEMO_NAME);
  await expect(conflict.differences).toHaveText('offers: 2 changed');
  return { a, b, conflict };
}

test('a tab with an unsaved change is asked when another tab saves; "keep both" saves its version as a copy', async ({ context }) => {
  const { a, b, conflict } = await conflictingEdits(context);
  await conflict.keepBoth.click();
  await expect(conflict.dialog).toBeHidden();

  const copyName = `${DEMO_NAME} (copy from this tab)`;
  await expect(new OfferPage(b).layout.planName).toHaveText(copyName);
  await expect(new OfferPage(b).title).toHaveText('Cisternas, sin guardar en B');
  const saved = await storage(b);
  const plans = Object.keys(saved).filter((k) => k.startsWith('rondas.plan.')).map((k) => JSON.parse(saved[k]).plan);
  expect(plans).toHaveLength(2);
  const original = plans.find((p) => p.id === DEMO_ID);
  const copy = plans.find((p) => p.id !== DEMO_ID);
  expect(original.offers.find((o) => o.id === 'off-uy-tus').title).toBe('Tarjeta, renombrada en A');
  expect(original.offers.find((o) => o.id === 'off-br-cisternas').title).toBe('Programa Cisternas');
  expect(copy.event.name).toBe(copyName);
  expect(copy.offers.find((o) => o.id === 'off-br-cisternas').title).toBe('Cisternas, sin guardar en B');
  expect(copy.offers.find((o) => o.id === 'off-uy-tus').title).toBe('Tarjeta Uruguay Social');

  // Tab A learns of the copy at once.
  const plansA = new Plans(a);
  await plansA.layout.navLink('Plans & files').click();
  await expect(plansA.savedPlans.locator('li')).toHaveCount(2);
  await expect(plansA.savedPlans).toContainText(copyName);
});

test('a tab asked after another tab saved can take the other version instead', async ({ context }) => {
  const { b, conflict } = await conflictingEdits(context);
  await conflict.takeTheirs.click();
  await expect(conflict.dialog).toBeHidden();
  await expect(new OfferPage(b).title).toHaveText('Programa Cisternas');
  await expect(new OfferPage(b).layout.unsavedBadge).toHaveCount(0);
  const catalogue = new Catalogue(b);
  await catalogue.layout.navLink('Catalogue').click();
  await expect(catalogue.card('Tarjeta, renombrada en A')).toBeVisible();
  expect(await savedTitle(b, 'off-uy-tus')).toBe('Tarjeta, renombrada en A');
  expect(Object.keys(await storage(b)).filter((k) => k.startsWith('rondas.plan.'))).toEqual([`rondas.plan.${DEMO_ID}`]);
});
