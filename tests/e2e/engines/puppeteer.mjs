// The adapter for engines that puppeteer-core drives (Chromium over the DevTools protocol,
// Firefox over WebDriver BiDi): one page at a time, a new one per `newPage()`.
import puppeteer from 'puppeteer-core';
import { withQueries } from './common.mjs';

const VIEWPORT = { width: 1280, height: 900 };

// Browser-made messages that are not the page's: a failed load is checked through the
// network where it matters (the host page has no icon, so a browser may probe /favicon.ico).
const ignored = (text) => text.startsWith('Failed to load resource');

export async function launchPuppeteer(name, options, describe) {
  const browser = await puppeteer.launch({ headless: true, defaultViewport: VIEWPORT, ...options });
  let page = null;
  let errors = [];
  const current = () => {
    if (!page) throw new Error('no page: call newPage() first');
    return page;
  };
  // "Control+a" style chords: modifiers held while the last key is pressed.
  const chord = async (keys) => {
    const parts = keys.split('+');
    const last = parts.pop();
    for (const m of parts) await current().keyboard.down(m);
    // WebDriver BiDi (Firefox) knows the space bar only as ' ', the DevTools protocol as both.
    await current().keyboard.press(last === 'Space' ? ' ' : last);
    for (const m of parts.reverse()) await current().keyboard.up(m);
  };
  const engine = {
    name,
    version: await describe(browser),
    async newPage() {
      if (page) await page.close().catch(() => {});
      page = await browser.newPage();
      errors = [];
      page.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
      page.on('console', (m) => {
        if (m.type() === 'error' && !ignored(m.text())) errors.push(m.text());
      });
    },
    async open(url) {
      if (!page) await engine.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    },
    async evaluate(fn, ...args) {
      return current().evaluate(fn, ...args);
    },
    async click(selector) {
      await current().click(selector);
    },
    /** Types like a person: click into the field, select all, delete, type. */
    async type(selector, text) {
      await current().click(selector);
      await chord('Control+a');
      await current().keyboard.press('Backspace');
      await current().keyboard.type(text);
    },
    press: chord,
    /** Chooses the option with this value (fires input and change, as a person's choice does). */
    async select(selector, value) {
      const chosen = await current().select(selector, value);
      if (!chosen.includes(value)) throw new Error(`${selector} has no option ${value}`);
    },
    async setViewport(width, height) {
      await current().setViewport({ width, height });
    },
    url: async () => current().url(),
    async back() {
      await current().goBack({ timeout: 10000 });
    },
    async forward() {
      await current().goForward({ timeout: 10000 });
    },
    errors: async () => [...errors],
    async close() {
      await browser.close();
    },
  };
  return withQueries(engine);
}
