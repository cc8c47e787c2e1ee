// Launches Debian's (or the system's) Chromium through playwright-core: no browser download.
import { chromium } from 'playwright-core';

export const CHROMIUM_BIN = process.env.CHROME_BIN || '/usr/bin/chromium';
// Shared with tests/e2e/engines/chromium.mjs (the same browser driven by puppeteer-core).
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM_BIN, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
