// Playwright drives Debian's chromium (never a downloaded browser) against
// the release build in dist/, served with the single-page fallback.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.RONDAS_PORT ?? 8765);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.js/,
  outputDir: 'results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node serve.mjs ../../dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
