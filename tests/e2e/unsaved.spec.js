// Unsaved work is protected: a form's draft outlives a move to another page,
// and reloading or closing the tab asks first while a draft is kept.
import { test, expect, OfferForm, OfferPage, Participants, Catalogue } from './pages.js';

/** Starts reloading the page and returns the dialog it raised, or null once the reload went through. */
async function reloadDialog(page) {
  const dialog = page.waitForEvent('dialog', { timeout: 5_000 }).catch(() => null);
  const reloaded = page.reload().then(() => null, () => null);
  const first = await Promise.race([dialog, reloaded.then(() => 'reloaded')]);
  return first === 'reloaded' ? null : first;
}

test('an offer edit survives a move to another page and back', async ({ page }) => {
  const form = new OfferForm(page);
  await form.gotoEdit('off-uy-tus');
  await form.titleField.fill('Tarjeta en borrador');
  await form.summary.fill('Resumen sin guardar');

  // Away through the navigation, then back with the browser.
  await form.layout.navLink('Catalogue').click();
  await new Catalogue(page).expectCount(34);
  await page.goBack();
  await expect(form.titleField).toHaveValue('Tarjeta en borrador');
  await expect(form.summary).toHaveValue('Resumen sin guardar');

  // Away again, and back through the catalogue and the offer's page: the same draft.
  await form.layout.navLink('Overview').click();
  await form.layout.navLink('Catalogue').click();
  await new Catalogue(page).open('Tarjeta Uruguay Social');
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(form.titleField).toHaveValue('Tarjeta en borrador');

  // Cancelled, the draft is gone: the form shows the saved offer again.
  await form.cancelButton.click();
  await expect(new OfferPage(page).title).toHaveText('Tarjeta Uruguay Social');
  await page.goBack();
  await expect(form.titleField).toHaveValue('Tarjeta Uruguay Social');
});

test('a participant form keeps its draft across pages, and saving it ends the draft', async ({ page }) => {
  const participants = new Participants(page);
  await participants.goto('?edit=countries/uy');
  const editor = participants.section('countries').editor;
  await editor.field('Name').fill('Uruguay (borrador)');
  await participants.layout.navLink('Catalogue').click();
  await page.goBack();
  await expect(editor.field('Name')).toHaveValue('Uruguay (borrador)');
  await editor.save();
  await expect(participants.section('countries').row('Uruguay (borrador)')).toBeVisible();
  // Nothing unsaved any more: a reload goes through without a question.
  expect(await reloadDialog(page)).toBeNull();
  await expect(participants.section('countries').row('Uruguay (borrador)')).toBeVisible();
});

test('reloading with an unsaved form asks first; the draft stays when the user stays', async ({ page }) => {
  const form = new OfferForm(page);
  await form.gotoEdit('off-uy-tus');
  // Untouched, the form holds nothing unsaved.
  expect(await reloadDialog(page)).toBeNull();
  await expect(form.titleField).toHaveValue('Tarjeta Uruguay Social');

  await form.titleField.click();
  await form.titleField.fill('Tarjeta en borrador');
  const dialog = await reloadDialog(page);
  expect(dialog?.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(form.titleField).toHaveValue('Tarjeta en borrador');

  // Typing back the saved value leaves nothing unsaved.
  await form.titleField.fill('Tarjeta Uruguay Social');
  expect(await reloadDialog(page)).toBeNull();
});
