// Benchmark of the scheduler in headless Chromium (wasm, in its Web Worker),
// on the demo and on generated instances. Not part of the test suite.
//
//   node tests/e2e/bench/schedule.bench.mjs [--port 8791] [--seconds 20] [--only NAME]
//
// For each instance it writes the plan with rondas-cli ($RONDAS_CLI, or
// target/release/rondas-cli), opens a fresh browser on dist/ (served by
// serve.mjs), imports the plan through /plans, runs the scheduler on
// /rounds and times, in the page, from the click on Run to the saved
// schedule. Objective and bound are read from the saved plan. It prints one
// line of JSON per instance.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import config from '../playwright.config.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const PORT = Number(arg('port', 8791));
const SECONDS = Number(arg('seconds', 20));
const ONLY = arg('only', null);
const INSTANCES = ['demo', 'demo-like-tight', 'medium', 'medium-tight', 'large', 'large-tight', 'bilateral'];

function cli() {
  const bin = process.env.RONDAS_CLI ?? join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'release', 'rondas-cli');
  if (!existsSync(bin)) execFileSync('cargo', ['build', '-q', '--release', '--bin', 'rondas-cli'], { cwd: ROOT, stdio: 'inherit' });
  return bin;
}

function planFile(name) {
  const dir = join(tmpdir(), 'rondas-bench-schedule');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.rondas.json`);
  if (name === 'demo') execFileSync('sh', ['-c', `"${cli()}" demo > "${path}"`]);
  else execFileSync(cli(), ['generate', name, '--seed', '1', '-o', path]);
  return path;
}

async function measure(browser, name) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/plans`);
  await page.getByTestId('import-file').setInputFiles(planFile(name));
  await page.getByTestId('import-open').click();
  await page.goto(`http://127.0.0.1:${PORT}/rounds`);
  await page.getByLabel(/Time limit/).fill(String(SECONDS));
  await page.getByLabel(/Time limit/).blur();
  const start = await page.evaluate(() => performance.now());
  await page.getByTestId('run').click();
  await page.getByTestId('round-grid').waitFor({ timeout: (SECONDS + 60) * 1000 });
  const end = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(performance.now()))));
  const solverMs = Number((await page.getByTestId('run-time').textContent()).replace(/[^0-9]/g, ''));
  const schedule = await page.evaluate(() => {
    const id = JSON.parse(localStorage.getItem('rondas.active-plan'));
    return JSON.parse(localStorage.getItem(`rondas.plan.${id}`)).plan.schedule;
  });
  await page.close();
  const gap = schedule.bound ? (schedule.bound - schedule.objective) / schedule.bound : 0;
  return { instance: name, solver_ms: solverMs, click_to_grid_ms: Math.round(end - start), objective: schedule.objective, bound: schedule.bound, gap_percent: +(gap * 100).toFixed(2), sessions: schedule.sessions.length };
}

const server = spawn('node', [join(ROOT, 'tests/e2e/serve.mjs'), join(ROOT, 'dist'), String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch(config.use.launchOptions);
try {
  for (const name of INSTANCES.filter((n) => !ONLY || n === ONLY)) {
    console.log(JSON.stringify(await measure(browser, name)));
  }
} finally {
  await browser.close();
  server.kill();
}
