// What the end-to-end tests share: the test site's addresses, a page that records what must
// not happen (console errors, failed or outside requests, uncaught exceptions, CSP
// violations), and small helpers to open a view and read the widget.
import { test as base, expect } from '@playwright/test';

export { expect };
export const site = () => process.env.WOONTOP_SITE;
export const widget = () => `${site()}dist/`;
export const hostPage = () => `${site()}examples/host.html`;

// Every securitypolicyviolation event, from the start of the page.
export const CSP_LISTENER = () => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

/** Records a page's problems (`base`: the site's address; data: and the page's own blob: URLs
 * reach no one). A browser's own /favicon.ico probe on the host page is not ours. */
export function watch(page, origin = site()) {
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => {
    const own = r.url().startsWith(origin) || r.url().startsWith('data:') || r.url().startsWith(`blob:${new URL(origin).origin}/`);
    if (!own) problems.push(`outside request: ${r.url()}`);
  });
  return problems;
}

export const test = base.extend({
  // The problems of the test's page, checked empty after the test (a test that expects one
  // empties the list itself).
  problems: async ({ page }, use) => {
    const problems = watch(page);
    await page.addInitScript(CSP_LISTENER);
    await use(problems);
    expect(problems, 'console errors, failed or outside requests').toEqual([]);
    expect(await page.evaluate(() => window.__csp ?? []), 'CSP violations').toEqual([]);
  },
  // Opens a view of the widget (a query string) and waits until it is drawn and responding.
  open: async ({ page, problems }, use) => {
    void problems;
    await use(async (query = '') => {
      await page.goto(widget() + query);
      await page.waitForSelector('#app[data-ready]', { timeout: 15_000 });
      return page;
    });
  },
});

/** The totals row of the areas table. */
export const totals = (page) => page.locator('#wt-areas tfoot td .wt-val').allTextContents();

/** Opens a section by its tab. */
export async function openSection(page, name) {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** The widget's content height in a frame (what its host's frame should be): its body's, which
 * has no margin (the document's scroll height is never less than the frame's). */
export const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

/** Clicks a language's button (`nl`, `en`) and waits for the view in that language: the
 * release opens the same view in that language's own build (a page load, js/boot.js). */
export async function switchLanguage(page, tag) {
  await page.locator(`button.lang-btn[lang=${tag}]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', tag);
  await expect(page.locator('#app[data-ready]')).toHaveCount(1);
  await expect(page.locator('.wt-static')).toHaveCount(0);
}
