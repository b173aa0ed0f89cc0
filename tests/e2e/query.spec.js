// The selection in the URL goes through leptos_router's query signals: any
// text, `%`, `+` and `&` included, comes back unchanged from the address.
import { test, expect, Catalogue } from './pages.js';

test('a search with %, + and & is kept in the URL as typed and survives a reload', async ({ page }) => {
  const catalogue = new Catalogue(page);
  await catalogue.goto();
  const typed = '100% a+b & c%41';
  await catalogue.search.fill(typed);
  await expect(page).toHaveURL(/[?&]q=100%25%20a%2Bb%20%26%20c%2541$/);
  await expect(catalogue.search).toHaveValue(typed);
  await catalogue.filters.theme.selectOption({ index: 1 });
  await expect(page).toHaveURL(/[?&]q=100%25%20a%2Bb%20%26%20c%2541(&|$)/);
  await page.reload();
  await expect(catalogue.search).toHaveValue(typed);
  // Cleared, the parameter leaves the URL.
  await catalogue.search.fill('');
  await expect(page).not.toHaveURL(/[?&]q=/);
});
