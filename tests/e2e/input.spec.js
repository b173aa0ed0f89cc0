// Bounded, honest reading of picked files: a byte-order mark is accepted, a
// file over the limit is refused before it is read, invalid UTF-8 is named by
// its byte offset, a huge value is quoted as an excerpt; a 20 MB plan opens.
import { test, expect, Plans, demoFile, DEMO_NAME, FORMAT_VERSION } from './pages.js';

/** Picks a file of raw bytes in the import input. */
async function pickBytes(plans, name, buffer) {
  await plans.importFile.setInputFiles({ name, mimeType: 'application/json', buffer });
}

const demo = () => ({ format: 'rondas-plan', version: FORMAT_VERSION, plan: demoFile().plan });

test('a byte-order mark is accepted; invalid UTF-8 is named by its offset; a huge value is quoted short', async ({ page }) => {
  const plans = new Plans(page);
  await plans.goto();
  const text = JSON.stringify(demo(), null, 2);
  await pickBytes(plans, 'windows.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  await expect(plans.preview).toBeVisible();
  await expect(plans.importError).toHaveCount(0);

  const bytes = Buffer.from(text, 'utf8');
  const offset = bytes.indexOf(Buffer.from('Taller', 'utf8'));
  bytes[offset] = 0xff;
  await pickBytes(plans, 'latin1.json', bytes);
  await expect(plans.importError).toContainText(`This is not UTF-8 text: the byte at offset ${offset} starts an invalid sequence.`);

  const huge = demo();
  huge.plan.event.rooms[0].capacity = 'x'.repeat(1_000_000);
  await plans.pick('huge.json', JSON.stringify(huge));
  await expect(plans.importError).toContainText('plan.event.rooms[0].capacity');
  const message = await plans.importError.textContent();
  expect(message.length).toBeLessThan(1_000);
  await expect(plans.layout.planName).toHaveText(DEMO_NAME);
});

test('a file over 32 MB is refused with the limit; a plan of 20 MB opens', async ({ page }) => {
  test.setTimeout(120_000);
  const plans = new Plans(page);
  await plans.goto();
  await pickBytes(plans, 'video.json', Buffer.alloc(32 * 1024 * 1024 + 1, 0x20));
  await expect(plans.importError).toContainText('This file is too large: a plan file holds at most 32 MB.');

  const big = demo();
  const summary = 'Un programa de protección social que llega a cada hogar. '.repeat(10_500);
  for (const offer of big.plan.offers) offer.summary = summary;
  const text = JSON.stringify(big);
  expect(text.length).toBeGreaterThan(20_000_000);
  await plans.pick('big.json', text);
  await expect(plans.preview).toBeVisible({ timeout: 60_000 });
  await plans.openButton.click();
  await expect(plans.layout.planName).toHaveText(DEMO_NAME);
});
