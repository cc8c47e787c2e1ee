// One wasm per language (scripts/finish.mjs, js/boot.js): a visitor loads the build of the
// link's language and no other, and the language buttons open the same view in the other
// build (a new page load: selection, amounts, section and pinned scenarios come with the link).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, watch, openSection, switchLanguage } from '../fixtures.mjs';

const wasmName = (url) => new URL(url).pathname.replace(/^.*\//, '');
const DUTCH = /^woontop-(?!en-)[0-9a-f]+_bg\.wasm$/;
const ENGLISH = /^woontop-en-[0-9a-f]+_bg\.wasm$/;

/** Records the wasm files the page requests. */
function wasmRequests(page) {
  const names = [];
  page.on('request', (r) => { if (r.url().includes('.wasm')) names.push(wasmName(r.url())); });
  return names;
}

test('each language starts its own build only; English and back keep the whole view', async ({ open, page }) => {
  const wasm = wasmRequests(page);
  await open('?g=amw~amz&b=13000');
  expect(wasm).toEqual([expect.stringMatching(DUTCH)]);
  await expect(page.locator('.wt-bar-count')).toHaveText('2 van 20 gebieden geselecteerd');
  await page.locator('.wt-pin .wt-btn').click();
  await openSection(page, 'Tabel');
  await page.waitForURL((url) => /[?&]p=/.test(url.search) && url.searchParams.get('view') !== null);
  const dutch = new URL(page.url());

  wasm.length = 0;
  await switchLanguage(page, 'en');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  expect(wasm).toEqual([expect.stringMatching(ENGLISH)]);
  await expect(page.locator('.wt-bar-count')).toHaveText('2 of 20 areas selected');
  await expect(page.locator('#wt-tab-table')).toHaveAttribute('aria-selected', 'true');
  await openSection(page, 'Calculator');
  await expect(page.locator('.wt-compare-table thead th')).toHaveText(['1 2 areas, €13,000']);
  // Everything but the language is the Dutch link's.
  const english = new URL(page.url());
  english.searchParams.delete('lang');
  english.searchParams.delete('view');
  dutch.searchParams.delete('view');
  expect(english.search).toBe(dutch.search);

  // Back: the Dutch page again, in its own build.
  await page.goBack();
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('#app[data-ready]')).toHaveCount(1);
  await expect(page.locator('.wt-static')).toHaveCount(0);
  await expect(page.locator('.wt-bar-count')).toHaveText('2 van 20 gebieden geselecteerd');
});

test('a link\'s lang in any case, with spaces, starts the English build; an unknown one the Dutch', async ({ open, page }) => {
  const wasm = wasmRequests(page);
  await open('?lang=%20EN%20&g=dlf');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.wt-bar-count')).toHaveText('1 of 20 areas selected');
  expect(wasm).toEqual([expect.stringMatching(ENGLISH)]);
  wasm.length = 0;
  await open('?lang=de&g=dlf');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('.wt-notices')).toBeVisible();
  expect(wasm).toEqual([expect.stringMatching(DUTCH)]);
});

test('the single file carries both builds: English opens from file:// with no server', async ({ page }) => {
  const problems = watch(page, 'file://');
  await page.goto(`${pathToFileURL(resolve('dist-single/woontop.html')).href}?g=amw~amz&b=10000`);
  await page.waitForSelector('#app[data-ready]', { timeout: 15_000 });
  await expect(page.locator(".wt-card[data-cat='b'] .wt-card-money")).toHaveText('€ 186.870.000');
  await switchLanguage(page, 'en');
  await expect(page.locator(".wt-card[data-cat='b'] .wt-card-money")).toHaveText('€186,870,000');
  expect(problems.filter((p) => !p.startsWith('outside request: file:'))).toEqual([]);
});
