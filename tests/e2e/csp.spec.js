// The Content-Security-Policy of the built app: the page runs only its own
// files. An inline script, an inline event handler, eval and a connection to
// another host are refused, and every page of the app works under the policy.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, Layout, Plans, demoFile } from './pages.js';

const INDEX = fileURLToPath(new URL('../../dist/index.html', import.meta.url));

/** Every route of the app (src/app/mod.rs), with a demo offer for the ones that take an id. */
const ROUTES = [
  '/', '/catalogue', '/offers/new', '/offers/off-uy-tus', '/offers/off-uy-tus/edit', '/demand', '/demand/form',
  '/matrix', '/responses', '/rounds', '/agendas', '/event', '/participants', '/plans', '/actions', '/actions/form',
  '/actions/compare', '/actions/blank', '/actions/quick', '/evaluation', '/selection', '/followup', '/analytics',
  '/report', '/editions',
];

/** Collects the page's policy violations in `window.__violations`, from before the app starts. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
}

test('the built page declares the policy first and has no inline script', () => {
  const html = readFileSync(INDEX, 'utf8');
  const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
  const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(head);
  expect(policy, 'a Content-Security-Policy meta element').not.toBeNull();
  // Before any element that loads something: a <meta> policy covers only what follows it.
  expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.search(/<(link|script|style)\b/));
  const directives = Object.fromEntries(
    policy[1].split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]),
  );
  expect(directives).toMatchObject({
    'default-src': "'self'",
    'script-src': "'self' 'wasm-unsafe-eval'",
    'style-src': "'self'",
    'connect-src': "'self'",
    'worker-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
  });
  for (const script of html.match(/<script\b[^>]*>[^<]*<\/script>/g) ?? []) {
    expect(script, 'every script is a file of the page').toMatch(/^<script\b[^>]*\bsrc="\/[^"]+"[^>]*><\/script>$/);
  }
  expect(html).not.toMatch(/\son[a-z]+=/i);
});

test('every page loads under the policy without a violation', async ({ page }) => {
  test.setTimeout(120_000);
  await recordViolations(page);
  const layout = new Layout(page);
  for (const route of ROUTES) {
    await page.goto(route);
    await layout.ready();
    await expect(layout.main.locator('h1, h2').first(), route).toBeVisible();
    expect(await page.evaluate(() => window.__violations), route).toEqual([]);
  }
  // A download is a blob: URL the policy must not block.
  const plans = new Plans(page);
  await plans.goto();
  const { json } = await plans.export();
  expect(json.format).toBe('rondas-plan');
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test('an injected script, event handler, eval or foreign connection does not run', async ({ page, pageErrors }) => {
  await recordViolations(page);
  const plans = new Plans(page);
  await plans.goto();

  // A plan whose event name carries markup: it is shown as text, nothing runs.
  const hostile = `<script>window.__ran = 'plan script'</script><img src=x onerror="window.__ran = 'plan onerror'">`;
  const file = demoFile();
  file.plan.event.name = hostile;
  await plans.pick('hostile.rondas.json', JSON.stringify(file));
  await plans.openButton.click();
  await expect(plans.layout.planName).toHaveText(hostile);

  // Script added at run time, as an injection into the DOM would: all refused.
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = "window.__ran = 'inline script'";
    document.head.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', "window.__ran = 'inline handler'");
    img.src = 'data:,not-an-image';
    document.body.append(img);
    // Later, from a task of the page's own: code that Playwright evaluates is exempt from the eval check.
    const refused = (f) =>
      new Promise((done) =>
        setTimeout(() => {
          try {
            f();
            done('ran');
          } catch (e) {
            done(e.name);
          }
        }),
      );
    const fetched = await fetch('https://example.com/steal').then(
      () => 'sent',
      (e) => e.name,
    );
    return {
      eval: await refused(() => eval('1 + 1')),
      function: await refused(() => new Function('return 1')()),
      fetched,
    };
  });
  expect(outcome).toEqual({ eval: 'EvalError', function: 'EvalError', fetched: 'TypeError' });
  await expect
    .poll(() => page.evaluate(() => window.__violations.map((v) => v.split(' ')[0]).sort()))
    .toEqual(['connect-src', 'script-src-attr', 'script-src-elem', 'script-src', 'script-src'].sort());
  expect(await page.evaluate(() => window.__ran)).toBeUndefined();

  // The refusals are the only console errors, and each names the policy.
  expect(pageErrors.length).toBeGreaterThan(0);
  for (const error of pageErrors) expect(error).toMatch(/Content Security Policy|Failed to fetch/);
  pageErrors.length = 0;
});
