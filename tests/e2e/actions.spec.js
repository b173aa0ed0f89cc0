// What follows the rounds, end to end in the browser: a delegation fills in
// an action form from a session and exports it; the organizer merges it;
// two evaluators score it in their own browsers and send their files; the
// organizer merges both, selects under a budget, moves the action to
// "funded", reloads and finds all of it. Then the quick keying, the blank
// form, the comparison of both sides' forms, and screenshots of each page.
import { test, expect, Layout, Plans, Responses, download, storage, DEMO_ID } from './pages.js';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
// Session s-22 presents Brazil's PAA to Peru (among others).
const SESSION = 's-22';
const TITLE = 'Compras públicas a la agricultura familiar — misión a Lima (prueba)';

/** The plan as saved in localStorage. */
async function savedPlan(page) {
  return JSON.parse((await storage(page))[`rondas.plan.${DEMO_ID}`]);
}

/** Opens `path` and waits for the app. */
async function open(page, path) {
  await page.goto(path);
  await new Layout(page).ready();
}

/** A new browser (its own storage) that opens `planFile` through the Plans page. */
async function browserWith(browser, planFile) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const plans = new Plans(page);
  await plans.goto();
  if (planFile) {
    await plans.pick('plan.json', JSON.stringify(planFile));
    await expect(plans.preview).toBeVisible();
    await plans.openButton.click();
    await expect(page.getByTestId('plan-name')).not.toBeEmpty();
  }
  return { context, page };
}

/** Scores the row of `actionId` with `digits`, one per criterion, from the keyboard. */
async function score(page, actionId, digits) {
  const row = page.getByTestId('score-row').filter({ has: page.locator('code', { hasText: new RegExp(`^${actionId}$`) }) });
  await row.locator('input.score-box').first().focus();
  for (const d of digits) {
    await page.keyboard.type(String(d));
  }
  await expect(row.locator('input.score-box').last()).toHaveValue(String(digits[digits.length - 1]));
}

test('a form from a session travels from the delegation to the follow-up board and survives a reload', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // The delegation of Peru, in its browser: from the rounds grid to a form about session s-22.
  await open(page, '/rounds');
  const session = page.getByTestId('session').filter({ has: page.locator('code', { hasText: new RegExp(`^${SESSION}$`) }) });
  await session.getByRole('link', { name: `Register a cooperation action from session ${SESSION}` }).click();
  await expect(page).toHaveURL(new RegExp(`/actions/form\\?session=${SESSION}$`));
  await expect(page.getByTestId('action-session')).toHaveValue(SESSION);
  await expect(page.getByTestId('action-offering')).toHaveValue('br');
  await page.getByTestId('action-side').selectOption('receiving');
  await page.getByTestId('action-receiving').selectOption('pe');
  await page.getByTestId('action-type').selectOption('expert-visit');
  await page.getByLabel('Short title').fill(TITLE);
  await page.getByLabel('Description').fill('Dos especialistas del MDS visitan el MIDIS durante cinco días.');
  await page.getByLabel('Travel').fill('3200');
  await page.getByLabel('Per diem').fill('2500');
  await page.getByLabel('Other costs').fill('300');
  await expect(page.getByTestId('action-total')).toHaveText('Total: 6,000 USD');
  await page.screenshot({ path: `${DIR}actions-form-laptop.png`, fullPage: true });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/actions\/form\?id=act-pe-\d+$/);
  const id = new URL(page.url()).searchParams.get('id');

  // Its forms, exported as the delegation of Peru.
  await open(page, '/actions?country=pe');
  await expect(page.getByTestId('action-row').filter({ hasText: TITLE })).toHaveCount(1);
  const forms = await download(page, page.getByTestId('export-forms'));
  expect(forms.download.suggestedFilename()).toMatch(/^rondas-forms-pe-\d{12}\.json$/);
  expect(forms.json.response.country).toBe('pe');
  expect(forms.json.response.actions.map((a) => a.id)).toContain(id);

  // The organizer, in another browser with the demo: merges Peru's file.
  const organizer = await browserWith(browser);
  const org = organizer.page;
  const responses = new Responses(org);
  await responses.goto();
  await responses.pick([{ name: 'pe-forms.json', text: forms.text }]);
  const card = responses.file('pe-forms.json').card;
  await expect(card.getByTestId('response-change').filter({ hasText: `Add: form ${id}` })).toHaveCount(1);
  await responses.applyButton.click();
  await open(org, '/actions');
  await expect(org.getByTestId('action-row').filter({ hasText: TITLE })).toHaveCount(1);

  // Two evaluators score it in their own browsers, from the plan the organizer sends them.
  const sent = await savedPlan(org);
  const files = [];
  for (const [evaluator, digits] of [['ev-1', [5, 4, 5, 4, 4]], ['ev-5', [3, 2, 3, 3, 2]]]) {
    const { context, page: ev } = await browserWith(browser, sent);
    await open(ev, `/evaluation?evaluator=${evaluator}`);
    await score(ev, id, digits);
    if (evaluator === 'ev-1') {
      await ev.screenshot({ path: `${DIR}evaluation-scoring-laptop.png`, fullPage: false });
    }
    const file = await download(ev, ev.getByTestId('export-scores'));
    expect(file.json.response.evaluator).toBe(evaluator);
    expect(file.json.response.scores.find((s) => s.action === id).values.relevance).toBe(digits[0]);
    files.push({ name: `${evaluator}.json`, text: file.text });
    await context.close();
  }
  await responses.goto();
  await responses.pick(files);
  await expect(responses.files).toHaveCount(2);
  await expect(responses.file('ev-1.json').card.getByTestId('response-change').filter({ hasText: `score of ${id}` })).toHaveCount(1);
  await responses.applyButton.click();
  await open(org, '/evaluation');
  const ranked = org.getByTestId('rank-row').filter({ has: org.locator('code', { hasText: new RegExp(`^${id}$`) }) });
  // Weighted means 4.55 (ev-1) and 2.7 (ev-5): mean 3.625, spread 1.85, a disagreement.
  await expect(ranked.locator('td').nth(1)).toHaveText(/^3\.6[23]$/);
  await expect(ranked.locator('td').nth(3)).toContainText('1.85');
  await expect(ranked.locator('td').nth(4)).toHaveText('2');
  await expect(ranked).toContainText('disagreement');

  // The selection under a budget, with Peru's action forced in, adopted.
  await open(org, '/selection');
  await org.getByTestId('budget').fill('50000');
  await org.getByTestId('budget').press('Enter');
  await org.getByTestId('budget').blur();
  await expect(org.getByTestId('selection-summary')).toContainText('of 50,000 USD');
  const decision = org.getByTestId('decision').filter({ has: org.locator('code', { hasText: new RegExp(`^${id}$`) }) });
  await decision.getByRole('combobox').selectOption('include');
  await expect(decision).toHaveAttribute('data-selected', 'true');
  await expect(decision).toContainText('included by the organizer');
  const summary = await org.getByTestId('selection-summary').textContent();
  const [spent, budget] = [...summary.matchAll(/([\d,]+) of ([\d,]+) USD/g)][0].slice(1).map((n) => Number(n.replaceAll(',', '')));
  expect(spent).toBeLessThanOrEqual(budget);
  await org.getByTestId('adopt').click();

  // The follow-up: the action moves to "funded".
  await open(org, '/followup');
  const followed = org.locator(`[data-testid="followup-card"][data-action="${id}"]`);
  await expect(org.getByTestId('column-selected').locator(`[data-action="${id}"]`)).toHaveCount(1);
  await followed.getByTestId('followup-status').selectOption('funded');
  await expect(org.getByTestId('column-funded').locator(`[data-action="${id}"]`)).toHaveCount(1);

  // Reload: everything is still there.
  await org.reload();
  await new Layout(org).ready();
  await expect(org.getByTestId('column-funded').locator(`[data-action="${id}"]`)).toHaveCount(1);
  const plan = (await savedPlan(org)).plan;
  expect(plan.actions.find((a) => a.id === id).title).toBe(TITLE);
  expect(plan.scores.filter((s) => s.action === id).map((s) => s.evaluator).sort()).toEqual(['ev-1', 'ev-5']);
  expect(plan.selection.overrides[id]).toBe('include');
  expect(plan.selection.chosen).toContain(id);
  expect(plan.follow_ups.find((f) => f.action === id).status).toBe('funded');
  await open(org, '/actions');
  await expect(org.getByTestId('action-row').filter({ hasText: TITLE })).toHaveCount(1);
  await open(org, '/selection');
  await expect(org.getByTestId('decision').filter({ has: org.locator('code', { hasText: new RegExp(`^${id}$`) }) })).toHaveAttribute('data-selected', 'true');
  await organizer.context.close();
});

test('the committee: a criterion renamed, reweighted and removed, an evaluator removed with their scores, all kept after a reload', async ({ page }) => {
  await open(page, '/evaluation');
  await expect(page.getByTestId('criterion')).toHaveCount(5);
  const name = page.getByRole('textbox', { name: 'Label of Feasibility' });
  await name.fill('Practical feasibility');
  await name.press('Enter');
  await page.getByRole('spinbutton', { name: 'Weight of Practical feasibility' }).fill('30');
  await page.getByRole('spinbutton', { name: 'Weight of Practical feasibility' }).press('Enter');
  await page.getByRole('button', { name: 'Remove the criterion Sustainability' }).click();
  await expect(page.getByTestId('criterion')).toHaveCount(4);
  const row = page.getByTestId('evaluator').filter({ hasText: 'ev-5' });
  await row.getByRole('button', { name: 'Delete' }).click();
  await page.locator('dialog[open]').getByTestId('confirm-delete').click();
  await expect(page.getByTestId('evaluator')).toHaveCount(4);

  await page.reload();
  await new Layout(page).ready();
  await expect(page.getByTestId('evaluator')).toHaveCount(4);
  await expect(page.getByRole('spinbutton', { name: 'Weight of Practical feasibility' })).toHaveValue('30');
  const plan = (await savedPlan(page)).plan;
  expect(plan.criteria.map((c) => c.id)).not.toContain('sustainability');
  expect(plan.scores.some((s) => s.evaluator === 'ev-5')).toBe(false);
  expect(plan.scores.every((s) => !('sustainability' in s.values))).toBe(true);
});

test('paper forms: the blank form carries the session, and quick keying saves one per Enter', async ({ page }) => {
  await open(page, '/actions/blank?session=s-3');
  await expect(page.getByTestId('blank-session')).toHaveText(/^s-3 · /);
  await page.screenshot({ path: `${DIR}actions-blank-laptop.png`, fullPage: true });

  await open(page, '/actions/quick');
  await page.getByTestId('quick-session').fill('s-3');
  await expect(page.getByTestId('quick-receiving')).toHaveValue('co');
  await page.getByTestId('quick-receiving').selectOption('gt');
  await page.getByLabel('Travel').fill('1500');
  await page.getByLabel('Travel').press('Enter');
  await expect(page.getByTestId('keyed')).toHaveCount(1);
  await page.getByTestId('quick-receiving').selectOption('py');
  await page.getByLabel('Per diem').fill('800');
  await page.getByLabel('Per diem').press('Enter');
  await expect(page.getByTestId('keyed')).toHaveCount(2);
  await expect(page.getByTestId('keyed').first()).toContainText('Paraguay');
  await page.screenshot({ path: `${DIR}actions-quick-laptop.png`, fullPage: true });
  const plan = (await savedPlan(page)).plan;
  const keyed = plan.actions.filter((a) => a.session === 's-3' && a.offering === 'mx' && ['gt', 'py'].includes(a.receiving) && !a.description);
  expect(keyed.map((a) => a.cost.travel + a.cost.per_diem).sort()).toEqual([1500, 800].sort());
});

test('screenshots: the list, both sides compared, evaluation, selection, follow-up', async ({ page }) => {
  for (const [path, name, ready] of [
    ['/actions', 'actions-list', 'action-row'],
    ['/evaluation', 'evaluation', 'rank-row'],
    ['/selection', 'selection', 'decision'],
    ['/followup', 'followup', 'followup-card'],
  ]) {
    await open(page, path);
    await expect(page.getByTestId(ready).first()).toBeVisible();
    // Open what is folded: the action types, a follow-up card's details.
    const folded = { 'actions-list': 'details.types > summary', followup: '.board-card details > summary' }[name];
    if (folded) await page.locator(folded).first().click();
    await page.screenshot({ path: `${DIR}${name}-laptop.png`, fullPage: true });
  }
  await open(page, '/actions');
  await page.getByRole('link', { name: /^Compare both forms/ }).first().click();
  // The sides, the receiving side's added meeting (description, other costs) and so the total.
  await expect(page.getByTestId('compare').locator('tr.differs')).toHaveCount(4);
  await page.screenshot({ path: `${DIR}actions-compare-laptop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/followup');
  await expect(page.getByTestId('overdue')).toBeVisible();
  await page.screenshot({ path: `${DIR}followup-phone.png`, fullPage: true });
  await open(page, '/selection');
  await page.screenshot({ path: `${DIR}selection-phone.png`, fullPage: false });
  await page.getByTestId('language').selectOption('es');
  await open(page, '/evaluation?evaluator=ev-3');
  await expect(page.getByText('conflicto de interés: este evaluador no la puntúa').first()).toBeVisible();
  await page.screenshot({ path: `${DIR}evaluation-scoring-phone-es.png`, fullPage: false });
});
