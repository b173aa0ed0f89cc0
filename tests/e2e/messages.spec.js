// One sentence of the checker, written once in the locale files: the same
// words on the rounds page (in the interface's language) and in the workshop
// report (in the plan's language), in English and in Spanish.
import { test, expect, Rounds } from './pages.js';

const EN = 'El Salvador has 3 delegates and would be in 4 sessions in slot 2 (';
const ES = 'El Salvador tiene 3 delegados y estaría en 4 sesiones en la franja 2 (';

test('a broken rule kept in the schedule reads the same on the rounds page and in the report', async ({ page }) => {
  const rounds = new Rounds(page);
  await rounds.goto();
  // Slot 2: El Salvador is already in three sessions there, with three delegates.
  await rounds.session('s-1').getByRole('button', { name: 'Edit session s-1' }).click();
  await page.getByTestId('session-editor').getByTestId('edit-slot').selectOption('slot-2');
  await page.getByTestId('keep-or-undo').getByRole('button', { name: 'Keep it (flagged)' }).click();
  const flagged = rounds.session('s-1').getByTestId('session-conflicts');
  await expect(flagged).toContainText(EN);
  await expect.poll(async () => (await rounds.saved()).sessions.find((s) => s.id === 's-1').slot).toBe('slot-2');

  // The report is in the plan's language (Spanish) and says the same rule in the same words.
  await page.goto('/report');
  const report = page.getByTestId('report');
  await expect(report).toContainText('El calendario incumple 1 regla de las rondas:');
  const said = report.getByRole('listitem').filter({ hasText: ES });
  await expect(said).toHaveCount(1);
  const sentence = await said.textContent();

  // The interface in Spanish: the session in the grid says exactly the report's sentence.
  await rounds.goto();
  await rounds.layout.setLanguage('es');
  await expect(flagged).toContainText(sentence.trim());
});
