// Editing the plan: offers through their form, participants on /participants,
// deletions behind a confirmation, and invalid edits refused.
import { test, expect, Catalogue, OfferPage, OfferForm, Participants, Overview, Editor, storage, DEMO_ID } from './pages.js';

/** The open plan as saved in localStorage. */
async function savedPlan(page) {
  const all = await storage(page);
  return JSON.parse(all[`rondas.plan.${DEMO_ID}`]).plan;
}

test('editing an offer title saves it and it survives a reload', async ({ page }) => {
  const form = new OfferForm(page);
  await form.gotoEdit('off-pe-pension65');
  await expect(form.heading).toHaveText('Edit the offer');
  await expect(form.titleField).toHaveValue('Programa Nacional de Asistencia Solidaria Pensión 65');
  await expect(form.country).toHaveValue('pe');
  await expect(form.agency).toHaveValue('ag-pe-midis');

  await form.titleField.fill('Pensión 65 — edited by the tests');
  await form.save();

  const offer = new OfferPage(page);
  await expect(page).toHaveURL(/\/offers\/off-pe-pension65$/);
  await expect(offer.title).toHaveText('Pensión 65 — edited by the tests');
  expect((await savedPlan(page)).offers.find((o) => o.id === 'off-pe-pension65').title).toBe('Pensión 65 — edited by the tests');

  await page.reload();
  await expect(offer.title).toHaveText('Pensión 65 — edited by the tests');

  const catalogue = new Catalogue(page);
  await catalogue.goto();
  await catalogue.expectCount(34);
  await expect(catalogue.card('Pensión 65 — edited by the tests')).toBeVisible();
});

test('cancelling an offer edit keeps the offer as it was', async ({ page }) => {
  const form = new OfferForm(page);
  await form.gotoEdit('off-uy-tus');
  await form.titleField.fill('Not to be kept');
  await form.cancelButton.click();
  await expect(page).toHaveURL(/\/offers\/off-uy-tus$/);
  await expect(new OfferPage(page).title).toHaveText('Tarjeta Uruguay Social');
});

test('adding an offer', async ({ page }) => {
  const catalogue = new Catalogue(page);
  await catalogue.goto();
  await catalogue.addLink.click();
  await expect(page).toHaveURL(/\/offers\/new$/);

  const form = new OfferForm(page);
  await expect(form.heading).toHaveText('Add an offer');
  await form.titleField.fill('Programa de prueba de cuidados');
  await form.country.selectOption({ label: 'Uruguay' });
  await form.agency.selectOption({ label: 'Ministerio de Desarrollo Social' });
  await form.type.selectOption({ label: 'Care services' });
  await form.summary.fill('Un programa añadido por las pruebas.');
  await form.population.fill('Personas cuidadoras');
  await form.themes.getByLabel('Care systems').check();
  await form.modalities.getByLabel('Virtual seminar').check();
  await form.save();

  const offer = new OfferPage(page);
  await expect(page).toHaveURL(/\/offers\/offer-1$/);
  await expect(offer.title).toHaveText('Programa de prueba de cuidados');
  await expect(offer.article).toContainText('Uruguay · Ministerio de Desarrollo Social (MIDES)');
  await expect(offer.article).toContainText('Care services');
  await expect(offer.article).toContainText('Care systems');
  await expect(offer.article).toContainText('Virtual seminar');

  await catalogue.goto('?country=uy');
  await catalogue.expectCount(3, 35);
  await expect(catalogue.card('Programa de prueba de cuidados')).toBeVisible();
  const overview = new Overview(page);
  await overview.goto();
  await expect(overview.figure('offers')).toHaveText('35');
});

test('an offer without a title is refused, naming the field', async ({ page }) => {
  const form = new OfferForm(page);
  await form.gotoEdit('off-uy-tus');
  await form.titleField.fill('   ');
  await form.save();
  await expect(form.problems).toContainText('The changes were not saved:');
  await expect(form.problems).toContainText('offers/off-uy-tus, field “title”: must not be empty');
  await expect(page).toHaveURL(/\/offers\/off-uy-tus\/edit$/);
  expect((await savedPlan(page)).offers.find((o) => o.id === 'off-uy-tus').title).toBe('Tarjeta Uruguay Social');
});

test('deleting an offer asks first; cancel keeps it, confirm removes it (34 → 33)', async ({ page }) => {
  const offer = new OfferPage(page);
  await offer.goto('off-br-cisternas');
  await expect(offer.title).toHaveText('Programa Cisternas');

  await offer.deleteButton.click();
  await expect(offer.confirm.dialog).toBeVisible();
  await expect(offer.confirm.question).toHaveText('Delete the offer “Programa Cisternas”?');
  await offer.confirm.cancel();
  await expect(offer.title).toHaveText('Programa Cisternas');

  await offer.delete();
  await expect(page).toHaveURL(/\/catalogue$/);
  const catalogue = new Catalogue(page);
  await catalogue.expectCount(33, 33);
  await expect(catalogue.card('Programa Cisternas')).toHaveCount(0);

  await page.reload();
  await catalogue.expectCount(33, 33);
  await offer.goto('off-br-cisternas');
  await expect(offer.missing).toBeVisible();
});

test('agencies: add, edit and delete on /participants, deletion confirmed', async ({ page }) => {
  const participants = new Participants(page);
  await participants.goto();
  const agencies = participants.section('agencies');
  await expect(agencies.count).toHaveText('20');
  await expect(agencies.rows).toHaveCount(20);

  // Add.
  await agencies.addButton.click();
  await expect(page).toHaveURL(/\/participants\?edit=agencies%2Fnew$|\/participants\?edit=agencies\/new$/);
  const editor = agencies.editor;
  await expect(editor.heading).toHaveText('Add an agency');
  await editor.field('Name').fill('Agencia de Pruebas');
  await editor.field('Acronym').fill('AP-T');
  await editor.select('Country').selectOption({ label: 'Ecuador' });
  await editor.save();
  await expect(editor.form).toHaveCount(0);
  await expect(agencies.count).toHaveText('21');
  await expect(agencies.row('Agencia de Pruebas')).toContainText('AP-T');
  await expect(agencies.row('Agencia de Pruebas')).toContainText('Ecuador');

  // Edit.
  await participants.editRow('agencies', 'Agencia de Pruebas');
  await expect(editor.heading).toHaveText('Edit the agency');
  await expect(editor.field('Name')).toHaveValue('Agencia de Pruebas');
  await editor.field('Name').fill('Agencia de Pruebas Renombrada');
  await editor.save();
  await expect(editor.form).toHaveCount(0);
  await expect(agencies.row('Agencia de Pruebas Renombrada')).toContainText('AP-T');
  await expect(agencies.row('Agencia de Pruebas')).toHaveCount(0);
  await expect(agencies.count).toHaveText('21');

  // Delete: cancel first, then confirm.
  await participants.deleteRow('agencies', 'Agencia de Pruebas Renombrada');
  await expect(participants.confirm.question).toHaveText('Delete “Agencia de Pruebas Renombrada”?');
  await participants.confirm.cancel();
  await expect(agencies.count).toHaveText('21');
  await participants.deleteRow('agencies', 'Agencia de Pruebas Renombrada');
  await participants.confirm.confirm();
  await expect(agencies.row('Agencia de Pruebas Renombrada')).toHaveCount(0);
  await expect(agencies.count).toHaveText('20');

  await page.reload();
  await expect(agencies.count).toHaveText('20');
  expect((await savedPlan(page)).agencies).toHaveLength(20);
});

test('deleting a country lists what goes with it, and takes it', async ({ page }) => {
  const participants = new Participants(page);
  await participants.goto();
  await participants.deleteRow('countries', 'Uruguay');
  await expect(participants.confirm.question).toHaveText('Delete “Uruguay”?');
  await expect(participants.confirm.details).toHaveText([
    'Agencies also deleted: 1',
    'Delegates also deleted: 3',
    'Offers also deleted: 2',
    'Cooperation action forms also deleted: 5',
  ]);
  await participants.confirm.confirm();
  await expect(participants.section('countries').count).toHaveText('12');
  await expect(participants.section('agencies').count).toHaveText('19');
  await expect(participants.section('delegates').count).toHaveText('51');

  const overview = new Overview(page);
  await overview.layout.navLink('Overview').click();
  await expect(overview.figure('countries')).toHaveText('12');
  await expect(overview.figure('offers')).toHaveText('32');
});

test('an invalid ISO code is refused, naming the field, and the plan keeps the old value', async ({ page }) => {
  const participants = new Participants(page);
  await participants.goto();
  const countries = participants.section('countries');
  await expect(countries.row('Argentina')).toContainText('AR');

  await participants.editRow('countries', 'Argentina');
  await expect(page).toHaveURL(/edit=countries(%2F|\/)ar$/);
  const editor = countries.editor;
  await expect(editor.heading).toHaveText('Edit the country');
  await editor.field('ISO code').fill('x1');
  await editor.save();

  await expect(editor.problems).toContainText('The changes were not saved:');
  await expect(editor.problems).toContainText('countries/ar, field “iso”: must be a two-letter ISO code such as PE');
  await expect(editor.form).toBeVisible();
  await expect(countries.row('Argentina')).toContainText('AR');
  expect((await savedPlan(page)).countries.find((c) => c.id === 'ar').iso).toBe('AR');

  await editor.cancelButton.click();
  await expect(editor.form).toHaveCount(0);
  await page.reload();
  await expect(countries.row('Argentina')).toContainText('AR');
  await expect(countries.row('Argentina')).not.toContainText('X1');
});

test('a delegate can be added with its agency and languages', async ({ page }) => {
  const participants = new Participants(page);
  await participants.goto('?edit=delegates/new');
  const delegates = participants.section('delegates');
  const editor = delegates.editor;
  await expect(editor.heading).toHaveText('Add a delegate');
  await editor.field('Name').fill('Ana Prueba Test');
  await editor.field('Position').fill('Analista');
  await editor.select('Country').selectOption({ label: 'Perú' });
  await editor.select('Agency').selectOption({ label: 'Ministerio de Desarrollo e Inclusión Social' });
  await editor.form.getByRole('group', { name: 'Languages spoken' }).getByLabel('Portuguese').check();
  await editor.save();
  await expect(editor.form).toHaveCount(0);
  await expect(delegates.count).toHaveText('55');
  await expect(delegates.row('Ana Prueba Test')).toContainText('Perú');
  await expect(delegates.row('Ana Prueba Test')).toContainText('MIDIS');
  const saved = (await savedPlan(page)).delegates.find((d) => d.name === 'Ana Prueba Test');
  expect(saved).toMatchObject({ country: 'pe', agency: 'ag-pe-midis', position: 'Analista', languages: ['pt'] });
});

test('the event form saves the name and refuses a last day before the first', async ({ page }) => {
  await page.goto('/event');
  const overview = new Overview(page);
  await overview.layout.ready();
  const editor = new Editor(page);
  await expect(editor.heading).toHaveText('The event');

  await editor.field('Name').fill('Taller de prueba');
  await editor.save();
  await expect(overview.layout.notices).toHaveText(/The event was saved\./);
  await expect(overview.layout.planName).toHaveText('Taller de prueba');

  await editor.field('Last day').fill('2026-03-10');
  await editor.save();
  await expect(editor.problems).toContainText('The changes were not saved:');
  await expect(editor.problems).toContainText('ends before it starts');
  expect((await savedPlan(page)).event.ends_on).toBe('2026-03-19');

  await editor.cancelButton.click();
  await expect(editor.field('Last day')).toHaveValue('2026-03-19');
  await overview.layout.navLink('Overview').click();
  await expect(overview.heading).toHaveText('Taller de prueba');
  await expect(overview.when).toContainText('Tuesday, March 17, 2026 – Thursday, March 19, 2026');
});

test('cancelling the event form clears the problems of a refused save', async ({ page }) => {
  await page.goto('/event');
  await new Overview(page).layout.ready();
  const editor = new Editor(page);
  await editor.field('Last day').fill('2026-03-10');
  await editor.save();
  await expect(editor.problems).toContainText('ends before it starts');
  await editor.cancelButton.click();
  await expect(editor.field('Last day')).toHaveValue('2026-03-19');
  await expect(editor.problems).toHaveCount(0, { timeout: 1000 });
});
