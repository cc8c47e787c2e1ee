// Launches Debian's (or the system's) Chromium through playwright-core: no browser download.
import { chromium } from 'playwright-core';

export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage', ...extraArgs],
  });
}
