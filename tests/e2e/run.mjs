// End-to-end tests: serve the release dist/ over a local static server (under a sub-path, to
// prove the build has no absolute asset URLs), open it in headless Chromium and check what a
// visitor sees. Usage: node tests/e2e/run.mjs [dist-dir]. Exit code 1 on any failure.
import { resolve } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const results = [];
async function test(name, fn) {
  try { await fn(); results.push([name, null]); console.log(`ok   ${name}`); }
  catch (e) { results.push([name, e]); console.log(`FAIL ${name}\n     ${e.stack ?? e}`); }
}
function assertEq(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

const server = await serve(dist, { prefix: '/some/sub/path/' });
const browser = await launch();

async function open(query = '') {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) problems.push(`outside request: ${r.url()}`);
  });
  await page.goto(server.url + query);
  await page.waitForSelector('#app[data-ready]', { timeout: 15000 });
  return { page, problems };
}

try {
  await test('release build renders all 20 areas and the booklet totals', async () => {
    const { page, problems } = await open();
    assertEq(await page.locator('#wt-areas tbody tr').count(), 20, 'rows');
    const totals = await page.locator('#wt-areas tfoot td .wt-val').allTextContents();
    assertEq(totals, ['70.336–70.636', '16.191', '24.410'], 'totals');
    assertEq(await page.getAttribute('html', 'lang'), 'nl', 'html lang');
    assertEq(problems, [], 'console errors or outside requests');
    await page.close();
  });

  await test('a figure opens to its booklet sentence', async () => {
    const { page } = await open();
    const cell = page.locator('tr[data-area=hrl] td').nth(1);
    await cell.locator('summary').click();
    const quote = await cell.locator('blockquote').first().textContent();
    if (!quote.includes('waarvan 1.500 in Heerlen Noord')) throw new Error(`quote: ${quote}`);
    await page.close();
  });

  await test('the static fallback is replaced, and the wasm failure text exists for old browsers', async () => {
    const html = await (await fetch(server.url)).text();
    if (!html.includes('wt-loadfail')) throw new Error('no fallback message in index.html');
    const { page } = await open();
    assertEq(await page.locator('.wt-loading').count(), 0, 'fallback still shown');
    await page.close();
  });
  await test('calculator: a municipality, a typed amount and a bad amount', async () => {
    const { page, problems } = await open();
    await page.selectOption('.wt-muni select', 'Amsterdam');
    assertEq(await page.locator('.wt-count').textContent(), '2 van 20 gebieden geselecteerd', 'count');
    // 10.166 + 8.521 = 18.687 homes; × 13.000 = 242.931.000.
    await page.fill('#wt-amt-build-text', '€ 13.000');
    assertEq(await page.locator(".wt-card[data-cat='0'] .wt-card-money").textContent(), '€ 242.931.000', 'funding');
    await page.fill('#wt-amt-build-text', '-5');
    assertEq(await page.locator('.wt-error-msg').textContent(), 'Een bedrag kan niet negatief zijn.', 'error');
    assertEq(await page.locator(".wt-card[data-cat='0'] .wt-card-money").textContent(), '€ 242.931.000', 'kept');
    assertEq(await page.locator('.wt-count').textContent(), '2 van 20 gebieden geselecteerd', 'selection kept');
    assertEq(problems, [], 'console errors');
    await page.close();
  });

} finally {
  await browser.close();
  await server.close();
}

const failed = results.filter(([, e]) => e).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
