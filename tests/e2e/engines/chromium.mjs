// Chromium from Debian, driven by puppeteer-core over the DevTools protocol, with the flags
// the Chromium-only tests (../run.mjs) use.
import { CHROMIUM_ARGS, CHROMIUM_BIN } from '../browser.mjs';
import { launchPuppeteer } from './puppeteer.mjs';
import { debianVersion } from './common.mjs';

export function launch() {
  return launchPuppeteer('chromium', { browser: 'chrome', executablePath: CHROMIUM_BIN, args: CHROMIUM_ARGS },
    async (browser) => `${await browser.version()} (Debian chromium ${debianVersion('chromium') || '?'}), CDP`);
}
