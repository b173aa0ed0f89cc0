// No change is dropped in silence: a delegate of another country in the
// demand link is named up front and the answers still save, and an edit the
// plan refuses is reported in words.
import { test, expect, Demand, Layout, demoFile } from './pages.js';

const demo = demoFile().plan;
const OFFER = demo.offers.find((o) => o.id === 'off-ar-tarjeta-alimentar');
const FOLLOWED = demo.follow_ups.find((f) => f.action === 'act-cr-4');

test('a demand link with a delegate of another country says so, and the answers are saved', async ({ page }) => {
  expect(demo.delegates.find((d) => d.id === 'del-20').country).toBe('cr');
  expect(demo.interests.find((i) => i.country === 'gt' && i.offer === OFFER.id)).toBeUndefined();

  const demand = new Demand(page);
  await demand.goto('?country=gt&delegate=del-20');
  await expect(page.getByTestId('delegate-mismatch')).toHaveText(
    'The link names Luis Diego Mora Jiménez, a delegate of Costa Rica, not of Guatemala: answers are saved without a delegate until you choose one of Guatemala.',
  );
  await expect(demand.delegate).toHaveValue('');
  const before = await demand.asked.count();

  await demand.priority(OFFER.title).selectOption({ label: 'High' });
  await expect(demand.asked).toHaveCount(before + 1);
  await expect(demand.layout.notices).toHaveCount(0);

  // Saved: a reload shows the answer.
  await page.reload();
  await demand.layout.ready();
  await expect(demand.priority(OFFER.title)).toHaveValue('high');

  // Choosing one of Guatemala's delegates clears the warning.
  const own = demo.delegates.find((d) => d.country === 'gt');
  await demand.delegate.selectOption({ label: own.name });
  await expect(page.getByTestId('delegate-mismatch')).toHaveCount(0);
});

test('a follow-up that would end before it starts is refused, and the notice says why', async ({ page }) => {
  expect(FOLLOWED.starts_on).toBe('2026-11-10');
  await page.goto('/followup');
  await new Layout(page).ready();
  const card = page.locator('[data-testid="followup-card"][data-action="act-cr-4"]');
  await card.locator('details > summary').click();
  const ends = card.getByLabel('Ends', { exact: true });
  await expect(ends).toHaveValue(FOLLOWED.ends_on);
  await ends.fill('2026-11-01');

  const notice = new Layout(page).notices;
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('Nothing was changed:');
  await expect(notice).toContainText('ends before it starts');

  // The plan kept its end date.
  await page.reload();
  await new Layout(page).ready();
  await card.locator('details > summary').click();
  await expect(card.getByLabel('Ends', { exact: true })).toHaveValue(FOLLOWED.ends_on);
});
