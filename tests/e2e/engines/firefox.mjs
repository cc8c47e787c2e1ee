// Firefox ESR from Debian, driven by puppeteer-core over WebDriver BiDi (no geckodriver).
import { launchPuppeteer } from './puppeteer.mjs';
import { debianVersion } from './common.mjs';

export const FIREFOX_BIN = process.env.FIREFOX_BIN || '/usr/bin/firefox-esr';

export function launch() {
  return launchPuppeteer('firefox', { browser: 'firefox', executablePath: FIREFOX_BIN },
    async (browser) => `${await browser.version()} (Debian firefox-esr ${debianVersion('firefox-esr') || '?'}), WebDriver BiDi`);
}
