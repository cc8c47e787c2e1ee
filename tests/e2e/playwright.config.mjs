// Playwright Test: the end-to-end tests in Debian's Chromium (no browser download), on the
// release dist/ served by ./server.mjs under a sub-path (no absolute asset URLs) with a
// strict Content-Security-Policy header. Run from the repository root, after the release
// build: npx playwright test -c tests/e2e/playwright.config.mjs [file or -g words]
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_BIN } from './browser.mjs';

export default defineConfig({
  testDir: './specs',
  globalSetup: './global-setup.mjs',
  // Two cores: one test per core.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  forbidOnly: true,
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM_BIN, args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  },
});
