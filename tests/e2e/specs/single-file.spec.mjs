// The single-file build (dist-single/woontop.html) from file://, with no server, under its own
// hash-based policy.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, watch, CSP_LISTENER, openSection } from '../fixtures.mjs';

test('the single file works from file:// with no server, under its own hash-based policy', async ({ page }) => {
  const problems = watch(page, 'file://');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(CSP_LISTENER);
  await page.goto(pathToFileURL(resolve('dist-single/woontop.html')).href + '?g=amw~amz&b=10000&view=table');
  await page.waitForSelector('#app[data-ready]', { timeout: 15_000 });
  expect((await page.locator('#wt-areas tfoot td .wt-val').allTextContents())[0]).toBe('18.687');
  await page.locator('tr[data-area=dlf] .wt-more').click();
  await openSection(page, 'Rekenhulp');
  await expect(page.locator(".wt-card[data-cat='b'] .wt-card-money")).toHaveText('€ 186.870.000');
  expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
  // No links to files that are not beside it; a line says where they are.
  await openSection(page, 'Bronnen');
  await expect(page.locator('a.wt-file').first()).toBeHidden();
  await expect(page.locator('.wt-single-only')).toBeVisible();
  for (const link of await page.locator('.wt-statement').all()) await expect(link).toBeHidden();
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  expect(policy).toMatch(/script-src 'sha256-[^']+' 'sha256-[^']+' data: 'wasm-unsafe-eval'; style-src 'sha256-/);
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect(problems.filter((p) => !p.startsWith('outside request: file:'))).toEqual([]);
});
