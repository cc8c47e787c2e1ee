// End-to-end tests: serve the release dist/ (and the example host page) over a local static
// server under a sub-path (proving the build has no absolute asset URLs) with a strict
// Content-Security-Policy, open it in headless Chromium and check what a visitor sees. One test
// serves it again without any header, so that the page's own meta policy is all there is.
// Usage: node tests/e2e/run.mjs (from the repository root, after the release build).
// E2E_ONLY=words runs only the tests whose name contains them (while working on one).
// Exit code 1 on any failure.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { HOSTILE_LINKS } from './hostile-links.mjs';
import { checkWords, readImages, recordBlobs } from './images.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; frame-src 'self'; img-src 'self' blob:";
const results = [];
async function test(name, fn) {
  if (process.env.E2E_ONLY && !name.includes(process.env.E2E_ONLY)) return;
  try { await fn(); results.push([name, null]); console.log(`ok   ${name}`); }
  catch (e) { results.push([name, e]); console.log(`FAIL ${name}\n     ${e.stack ?? e}`); }
}
function assertEq(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

const site = await serve(resolve('.'), { prefix: '/some/sub/path/', headers: { 'content-security-policy': CSP } });
const server = { url: `${site.url}dist/`, host: `${site.url}examples/host.html` };
const browser = await launch();

// Collects console errors, uncaught exceptions, CSP violations and requests outside our site
// (`base`: the site's address).
function watch(page, base = site.url) {
  const problems = [];
  // Failed loads are reported with their URL below; a browser's own /favicon.ico probe on
  // the example host page (which has no icon) is not ours.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => {
    // data: and our own blob: URLs (downloads are made from one) reach no one.
    const own = r.url().startsWith(base) || r.url().startsWith('data:') || r.url().startsWith(`blob:${new URL(base).origin}/`);
    if (!own) problems.push(`outside request: ${r.url()}`);
  });
  return problems;
}
const CSP_LISTENER = () => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

async function open(query = '') {
  const page = await browser.newPage();
  const problems = watch(page);
  await page.addInitScript(CSP_LISTENER);
  await page.goto(server.url + query);
  await page.waitForSelector('#app[data-ready]', { timeout: 15000 });
  return { page, problems };
}
const cspViolations = (frame) => frame.evaluate(() => window.__csp);
const totals = (page) => page.locator('#wt-areas tfoot td .wt-val').allTextContents();

try {
  await test('release build renders all 20 areas and the booklet totals', async () => {
    const { page, problems } = await open();
    assertEq(await page.locator('#wt-areas tbody tr').count(), 20, 'rows');
    const totals = await page.locator('#wt-areas tfoot td .wt-val').allTextContents();
    assertEq(totals, ['70.336–70.636', '16.191', '23.410–24.410'], 'totals');
    assertEq(await page.getAttribute('html', 'lang'), 'nl', 'html lang');
    assertEq(problems, [], 'console errors or outside requests');
    await page.close();
  });

  await test('a figure opens to its booklet sentence, box and notes (read from the static page)', async () => {
    const { page, problems } = await open();
    const cell = page.locator('tr[data-area=hrl] td').nth(1);
    await cell.locator('summary').click();
    const quote = await cell.locator('blockquote').first().textContent();
    if (!quote.includes('waarvan 1.500 in Heerlen Noord')) throw new Error(`quote: ${quote}`);
    assertEq(await cell.locator('.wt-boxtext q').textContent(), '+5.000 woningen', 'box text');
    const note = await cell.locator('.wt-notes li').first().textContent();
    if (!note.includes('geldt voor heel Parkstad')) throw new Error(`Dutch note: ${note}`);
    assertEq(await page.locator('#app .wt-noquote').count(), 0, 'no sentence missing');
    // The static table is gone, but the app still has its texts; English notes are its own.
    await page.locator('button.lang-btn[lang=en]').click();
    await cell.locator('summary').click();
    const en = await cell.locator('.wt-notes li').first().textContent();
    if (!en.includes('is for the whole Parkstad region')) throw new Error(`English note: ${en}`);
    assertEq(await cell.locator('blockquote').first().textContent(), quote, 'the Dutch sentence, in English too');
    assertEq(problems, [], 'console errors or outside requests');
    await page.close();
  });

  await test('a trap in the wasm (how a release panic ends) leaves a readable message', async () => {
    // The shipped std aborts on panic without a hook: the trap reaches JS as a
    // WebAssembly.RuntimeError, thrown from an event handler like this one.
    const { page } = await open('?lang=en');
    await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
    const alert = page.locator('#app [role=alert]');
    await alert.waitFor();
    if (!(await alert.textContent()).startsWith('Something went wrong in the calculator.')) throw new Error('message');
    assertEq(await alert.getAttribute('lang'), 'en', 'message language');
    assertEq(await page.locator('#wt-areas').count(), 0, 'the half-drawn widget is gone');
    assertEq(await page.locator('#app[data-ready]').count(), 0, 'no longer marked ready');
    // Any other script error on the host page is none of ours and leaves the widget alone.
    const other = await open();
    await other.page.evaluate(() => setTimeout(() => { throw new TypeError('host page bug'); }));
    await other.page.waitForTimeout(100);
    assertEq(await other.page.locator('#wt-areas tbody tr').count(), 20, 'rows after a foreign error');
    await page.close();
    await other.page.close();
  });

  await test('a host with a generic MIME type for .wasm still starts it; a missing wasm or no WebAssembly leaves the table and a message', async () => {
    const page = await browser.newPage();
    await page.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    });
    await page.goto(server.url);
    await page.waitForSelector('#app[data-ready]', { timeout: 15000 });
    assertEq(await page.locator('#wt-areas tbody tr').count(), 20, 'rows');
    await page.close();

    const broken = await browser.newPage();
    await broken.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await broken.goto(server.url);
    await broken.waitForSelector('#app.wt-failed', { timeout: 15000 });
    assertEq(await broken.locator('.wt-static tbody tr').count(), 20, 'the static table stays');
    // Shown at once (it otherwise fades in after 6 s, for browsers that never run boot.js).
    assertEq(await broken.locator('.wt-loadfail').evaluate((e) => getComputedStyle(e).opacity), '1', 'failure text opacity');
    await broken.close();

    // A browser (or a policy) without WebAssembly at all.
    const none = await browser.newPage();
    await none.addInitScript(() => { delete globalThis.WebAssembly; });
    await none.goto(server.url);
    await none.waitForSelector('#app.wt-failed', { timeout: 15000 });
    assertEq(await none.locator('.wt-static tbody tr').count(), 20, 'the static table stays without WebAssembly');
    await none.close();
  });

  await test('the static fallback is replaced, and the wasm failure text exists for old browsers', async () => {
    const html = await (await fetch(server.url + 'index.html')).text();
    if (!html.includes('wt-loadfail')) throw new Error('no fallback message in index.html');
    const { page } = await open();
    assertEq(await page.locator('.wt-loading').count(), 0, 'fallback still shown');
    await page.close();
  });
  await test('without JavaScript the booklet table is there as plain HTML', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    assertEq(await page.locator('.wt-static tbody tr').count(), 20, 'static rows');
    const text = await page.locator('.wt-static tfoot').textContent();
    for (const total of ['70.336–70.636', '16.191', '23.410–24.410']) {
      if (!text.includes(total)) throw new Error(`static totals lack ${total}`);
    }
    await context.close();
  });

  await test('the app replaces the static content without layout shift (CLS 0)', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(server.url);
    await page.waitForSelector('#app[data-ready]');
    await page.waitForTimeout(300);
    assertEq(await page.evaluate(() => window.__cls), 0, 'cumulative layout shift');
    assertEq(await page.locator('.wt-static').count(), 0, 'static content removed');
    await page.close();
  });

  await test('the app draws itself in steps: the first screen replaces the static page with the title and lead in place, the rest follows below, every row is drawn when ready', async () => {
    const viewport = { width: 412, height: 823 };
    const context = await browser.newContext({ javaScriptEnabled: false, viewport });
    const plain = await context.newPage();
    await plain.goto(server.url);
    const lead = (page) => page.locator('.wt-lead').first().evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { top: Math.round(r.top), height: Math.round(r.height), text: e.textContent };
    });
    const before = await lead(plain);
    await context.close();

    const swapWatch = () => {
      new MutationObserver((_, observer) => {
        const root = document.getElementById('app');
        if (!root?.hasAttribute('data-swapped')) return;
        observer.disconnect();
        window.__swap = {
          at: performance.now(),
          calculator: Boolean(root.querySelector('main .wt-calc')),
          table: Boolean(root.querySelector('#wt-areas')),
        };
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-swapped'] });
    };
    const page = await browser.newPage({ viewport });
    const problems = watch(page);
    await page.addInitScript(swapWatch);
    await page.addInitScript(() => {
      window.__paints = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__paints.push({ at: e.startTime, cls: e.element?.className });
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(server.url);
    await page.waitForSelector('#app[data-ready]', { timeout: 15000 });
    const swap = await page.evaluate(() => window.__swap);
    assertEq(swap.calculator, true, 'the calculator is in the first screen');
    assertEq(swap.table, false, 'the table follows after the swap');
    const after = await lead(page);
    assertEq(JSON.stringify(after), JSON.stringify(before), 'the lead where and as the static page showed it');
    // The largest paint is the static page's, at the first paint: the app adds no larger one.
    const paints = await page.evaluate(() => window.__paints);
    if (!paints.length || paints.some((p) => p.at >= swap.at)) throw new Error(`largest paints ${JSON.stringify(paints)} after the swap at ${swap.at}`);
    const undrawn = await page.locator('#wt-areas tbody tr').evaluateAll((rows) => rows.filter((r) => getComputedStyle(r).contentVisibility !== 'visible').length);
    assertEq(undrawn, 0, 'rows still undrawn when ready');
    assertEq(await page.locator('#app[data-rows]').count(), 0, 'the steps\' marker is gone');
    // The whole page, as Lighthouse counts it, stays under 800 elements (issue 12).
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    if (elements >= 800) throw new Error(`${elements} elements when ready`);
    assertEq(problems.join('\n'), '', 'console errors');
    await page.close();

    // A visitor who has scrolled into the static page while the wasm loads keeps it, and
    // their place, until the app is drawn whole.
    const scrolled = await browser.newPage({ viewport });
    await scrolled.addInitScript(swapWatch);
    let release;
    const held = new Promise((r) => { release = r; });
    await scrolled.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await scrolled.goto(server.url);
    await scrolled.evaluate(() => scrollTo(0, 1500));
    release();
    await scrolled.waitForSelector('#app[data-ready]', { timeout: 15000 });
    const late = await scrolled.evaluate(() => window.__swap);
    assertEq(late.table, true, 'the static page stays until the table is drawn');
    const y = await scrolled.evaluate(() => scrollY);
    if (Math.abs(y - 1500) > viewport.height / 2) throw new Error(`scrolled from 1500 to ${y}`);
    await scrolled.close();
  });

  await test('no horizontal page scrolling from 320 px to desktop width', async () => {
    for (const width of [320, 768, 1440]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(server.url + '?k=grid&chart=money');
      await page.waitForSelector('#app[data-ready]');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assertEq(overflow, 0, `horizontal overflow at ${width}px`);
      await page.close();
    }
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

  await test('a keyboard user ticks areas with Space; the checkbox keeps its focus', async () => {
    const { page, problems } = await open();
    const box = page.locator('tr[data-area=amw] input[type=checkbox]');
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.wt-count').textContent.startsWith('19 van'));
    assertEq(await box.evaluate((el) => el === document.activeElement), true, 'focus kept');
    assertEq(await box.isChecked(), false, 'unticked');
    assertEq(await totals(page), ['60.170–60.470', '16.191', '23.410–24.410'], 'totals without Amsterdam Nieuw-West');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.wt-count').textContent.startsWith('20 van'));
    assertEq(await page.locator('tr[data-off]').count(), 0, 'no row left out');
    assertEq(problems, [], 'console errors');
    await page.close();
  });

  await test('320 to 1280 px: every figure without sideways scrolling, chart text of 12 px or more, one checkbox size', async () => {
    for (const width of [320, 360, 640, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 740 } });
      await page.goto(server.url + '?k=grid');
      await page.waitForSelector('#app[data-ready]');
      const m = await page.evaluate(() => {
        const wrap = document.querySelector('#wt-areas').closest('.wt-table-wrap');
        const right = Math.max(...[...document.querySelectorAll('#wt-areas td')].map((td) => td.getBoundingClientRect().right));
        const svg = document.querySelector('svg.wt-svg').getBoundingClientRect();
        const texts = [...document.querySelectorAll('svg.wt-svg text')];
        const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (svg.width / document.querySelector('svg.wt-svg').viewBox.baseVal.width));
        const outside = texts.filter((t) => { const r = t.getBoundingClientRect(); return r.left < svg.left - 1 || r.right > svg.right + 1; }).map((t) => t.textContent);
        const boxes = [...document.querySelectorAll('#wt-areas input[type=checkbox]')].map((c) => { const r = c.getBoundingClientRect(); return `${r.width}x${r.height}`; });
        const summaries = [...document.querySelectorAll('#wt-areas summary')].map((s) => s.getBoundingClientRect().height);
        return { scroll: wrap.scrollWidth - wrap.clientWidth, right, minFont: Math.min(...sizes), outside, boxes: [...new Set(boxes)], minTarget: Math.min(...summaries) };
      });
      assertEq(m.scroll, 0, `sideways scrolling inside the table at ${width}px`);
      if (m.right > width) throw new Error(`a figure ends at ${m.right}px, past the ${width}px screen`);
      if (m.minFont < 12) throw new Error(`chart text of ${m.minFont}px at ${width}px`);
      assertEq(m.outside, [], `chart text outside the chart at ${width}px`);
      assertEq(m.boxes.length, 1, `checkbox sizes at ${width}px: ${m.boxes}`);
      if (parseFloat(m.boxes[0]) < 24) throw new Error(`checkboxes of ${m.boxes[0]} at ${width}px`);
      if (m.minTarget < 24) throw new Error(`a source-box toggle ${m.minTarget}px high at ${width}px`);
      await page.close();
    }
  });

  await test('at 360 x 740 the key result is in view on arrival and while working further down', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(server.url);
    await page.waitForSelector('#app[data-ready]');
    const bar = page.locator('.wt-bar');
    const inView = () => bar.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    assertEq(await inView(), true, 'summary bar in view on arrival');
    assertEq((await bar.textContent()).includes('% van € 600 miljoen'), true, 'the bar names the share of the maximum');
    await page.locator('tr[data-area=dlf] input[type=checkbox]').scrollIntoViewIfNeeded();
    await page.locator('tr[data-area=dlf] input[type=checkbox]').uncheck();
    await page.waitForFunction(() => document.querySelector('.wt-bar-count').textContent.startsWith('19 van'));
    assertEq(await inView(), true, 'summary bar in view next to the table');
    await page.close();
  });

  await test('in an embed the key result sits right above the amount fields (the frame never scrolls)', async () => {
    const { page, problems } = await open('?v=1&g=amw~amz&b=12000&x=0&r=0&embed=1');
    assertEq(await page.locator('.wt-bar').count(), 1, 'one summary bar');
    assertEq(await page.locator('.wt-calc .wt-bar + .wt-amounts').count(), 1, 'right above the amounts');
    assertEq(await page.locator('.wt-bar').evaluate((el) => getComputedStyle(el).position), 'static', 'not sticky');
    assertEq(problems, [], 'console errors');
    await page.close();
  });

  await test('sorting: header buttons and the keyboard sort, aria-sort follows, the link keeps it', async () => {
    const { page, problems } = await open();
    const first = () => page.locator('#wt-areas tbody tr').first().getAttribute('data-area');
    const header = page.locator("#wt-areas th:has(button[data-act='sort:build'])");
    await header.locator('button').click();
    await page.waitForFunction(() => document.querySelector('#wt-areas tbody tr').dataset.area === 'amw');
    assertEq(await header.getAttribute('aria-sort'), 'descending', 'aria-sort after a click');
    await page.waitForURL(/&s=-build/, { timeout: 2000 });
    await page.locator("#wt-areas button[data-act='sort:build']").focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector("#wt-areas th[aria-sort]")?.getAttribute('aria-sort') === 'ascending');
    assertEq((await page.locator('#wt-areas tbody tr').evaluateAll((rows) => rows.slice(-2).map((r) => r.dataset.area))), ['ehv', 'lls'], 'unknown figures last');
    await page.waitForURL(/&s=build/, { timeout: 2000 });
    await page.reload();
    await page.waitForSelector('#app[data-ready]');
    assertEq(await page.locator("#wt-areas th:has(button[data-act='sort:build'])").getAttribute('aria-sort'), 'ascending', 'after reload');
    assertEq(await page.locator('#wt-areas tbody tr').count(), 20, 'rows');
    assertEq(await first() !== 'amw', true, 'ascending starts with a small figure');
    assertEq(problems, [], 'console errors');
    await page.close();
    const narrow = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await narrow.goto(server.url);
    await narrow.waitForSelector('#app[data-ready]');
    await narrow.selectOption('.wt-sortpick select', '-extra');
    await narrow.waitForURL(/&s=-extra/, { timeout: 2000 });
    assertEq(await narrow.locator("#wt-areas th:has(button[data-act='sort:extra'])").getAttribute('aria-sort'), 'descending', 'the sort list sorts');
    await narrow.close();
  });

  await test('the amount at which all plans fit: shown, and "use" sets exactly € 8.494', async () => {
    const { page, problems } = await open();
    const fit = page.locator('.wt-fit').first();
    assertEq((await fit.textContent()).startsWith('Bij € 8.494 per woning passen'), true, 'the fitting amount');
    await fit.locator('.wt-use').click();
    await page.waitForURL(/b=8494&/, { timeout: 2000 });
    assertEq(await page.inputValue('#wt-amt-build-text'), '8.494', 'the field takes it exactly');
    // 70.336 × 8.494 = 597.433.984; 70.636 × 8.494 = 599.982.184: within € 600 miljoen.
    assertEq(await page.locator(".wt-card[data-cat='0'] .wt-card-money").textContent(), '€ 597.433.984–599.982.184', 'funding');
    await page.locator('tr[data-area=amw] input[type=checkbox]').uncheck();
    await page.waitForFunction(() => document.querySelectorAll('.wt-fit').length === 2);
    assertEq(problems, [], 'console errors');
    await page.close();
  });

  await test("an area's own view (a=code): figures with sources, money, link to the whole calculator; one without figures; an unknown code", async () => {
    const { page, problems } = await open('?v=1&g=dlf&b=12000&x=0&r=0&a=dlf');
    assertEq(await page.locator('.wt-area-view h1').textContent(), 'Delft-West', 'title');
    assertEq(await page.locator('#wt-areas').count(), 0, 'no areas table');
    assertEq(await page.locator('.wt-area-fig').count(), 3, 'three figures');
    await page.locator('.wt-area-fig').nth(1).locator('summary').click();
    const quote = await page.locator('.wt-area-fig').nth(1).locator('blockquote').first().textContent();
    assertEq(quote.includes('1.400'), true, `the 2030-2035 sentence: ${quote}`);
    assertEq(await page.locator('.wt-area-money dd').count() >= 3, true, 'money lines');
    const href = await page.locator('.wt-area-all a').getAttribute('href');
    assertEq(new URL(href).searchParams.get('g'), 'dlf', 'the whole calculator with this area');
    assertEq(new URL(href).searchParams.get('a'), null, 'not the area view again');
    // Embedded (auto height, theme): the same view, in the embed's compact style.
    for (const [code, name] of [['hrl', 'Heerlen-Noord'], ['rtz', 'Rotterdam-Zuid'], ['lls', 'Lelystad Oost']]) {
      await page.goto(server.url + `?v=1&a=${code}&embed=1&theme=dark`);
      await page.waitForSelector('#app[data-ready]');
      assertEq(await page.locator('.wt-area-view h1').textContent(), name, `${code} embedded`);
      assertEq(await page.getAttribute('html', 'data-embed'), '', `${code}: embed mode`);
      assertEq(await page.getAttribute('html', 'data-theme'), 'dark', `${code}: theme`);
    }
    await page.goto(server.url + '?v=1&a=ehv&lang=en');
    await page.waitForSelector('#app[data-ready]');
    const ehv = await page.locator('.wt-area-view').textContent();
    assertEq(ehv.includes('names this area but gives no figures'), true, 'a useful card without figures');
    await page.goto(server.url + '?v=1&a=xyz');
    await page.waitForSelector('#app[data-ready]');
    assertEq(await page.locator('#wt-areas tbody tr').count(), 20, 'an unknown code gives the whole widget');
    assertEq((await page.locator('.wt-notices').textContent()).includes('xyz'), true, 'and the usual notice');
    assertEq(await cspViolations(page), [], 'CSP violations');
    assertEq(problems, [], 'console errors');
    await page.close();
  });

  await test("the embed code offers one area's own view ('only this area')", async () => {
    const { page, problems } = await open();
    await page.locator('.wt-embed-btn').click();
    await page.selectOption('.wt-embed-what select', 'sdm');
    const snippet = await page.inputValue('#wt-embed-text');
    assertEq(/[?&;]a=sdm&|[?&;]a=sdm"/.test(snippet) || snippet.includes('a=sdm'), true, `snippet: ${snippet}`);
    assertEq(snippet.includes('g=sdm'), true, 'the area selected');
    assertEq(problems, [], 'console errors');
    await page.close();
  });

  await test('the map: 20 areas drawn from the page; click, Enter and Space toggle an area like the table; highlight and language follow; labels of 12 px or more at 320 and 1280 px', async () => {
    const { page, problems } = await open();
    const areas = page.locator('.wt-map-svg [role=button]');
    assertEq(await areas.count(), 20, 'areas on the map');
    const dlf = page.locator(".wt-map-svg [role=button][data-act='toggle:dlf']");
    const dlfMark = page.locator(".wt-map-marks [data-act='toggle:dlf']");
    await dlf.click();
    await page.waitForFunction(() => !document.querySelector('tr[data-area=dlf] input').checked);
    // The map follows the figures a frame later.
    const mapSays = (v) => page.waitForFunction((w) => document.querySelector(".wt-map-svg [role=button][data-act='toggle:dlf']").getAttribute('aria-pressed') === w, v, { timeout: 2000 });
    await mapSays('false');
    assertEq(await dlf.getAttribute('aria-pressed'), 'false', 'the map says it is off');
    assertEq(await dlfMark.getAttribute('data-off'), 'true', 'its symbol is open');
    const fill = (id) => page.evaluate((i) => getComputedStyle(document.querySelector(`.wt-map-marks [data-act='toggle:${i}']`)).fill, id);
    assertEq((await fill('dlf')) !== (await fill('amw')), true, 'drawn open, unlike a selected one');
    await dlf.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('tr[data-area=dlf] input').checked);
    await mapSays('true');
    assertEq(await dlf.getAttribute('aria-pressed'), 'true', 'Enter toggles it back on');
    await page.keyboard.press(' ');
    await page.waitForFunction(() => !document.querySelector('tr[data-area=dlf] input').checked);
    assertEq(await page.evaluate(() => document.activeElement.getAttribute('data-act')), 'toggle:dlf', 'focus stays on the area');
    // The table's checkbox drives the map too.
    await page.locator('tr[data-area=dlf] input').check();
    await page.waitForFunction(() => document.querySelector(".wt-map-svg [data-act='toggle:dlf'][role=button]").getAttribute('aria-pressed') === 'true');
    assertEq((await dlf.getAttribute('aria-label')).startsWith('Delft-West: circa 1.700 woningen 2025-2029'), true, 'Dutch name');
    // A bottleneck's highlight rings its areas on the map, and the legend says so.
    await page.locator(".wt-chip[data-act='highlight:grid']").click();
    await page.waitForFunction(() => document.querySelectorAll('.wt-map-marks [data-hl=true]').length > 0);
    const rings = await page.evaluate(() => {
      const stroke = (s) => getComputedStyle(s).stroke;
      const syms = [...document.querySelectorAll('.wt-map-marks .wt-map-sym')];
      const hl = syms.filter((s) => s.hasAttribute('data-hl'));
      return { hl: hl.length, ringed: new Set(hl.map(stroke)).size, apart: hl.every((h) => syms.filter((s) => !s.hasAttribute('data-hl')).every((s) => stroke(s) !== stroke(h))) };
    });
    assertEq(rings.hl > 0 && rings.ringed === 1 && rings.apart, true, `rings shown ${JSON.stringify(rings)}`);
    assertEq(await page.locator('.wt-map-legend li').filter({ hasText: 'Ring: knelpunt' }).count(), 1, 'legend entry');
    // English names and legend after a language switch; the drawing is the same nodes.
    await page.evaluate(() => { document.querySelector('.wt-map-svg').dataset.probe = 'same'; });
    await page.locator('.lang-btn[lang=en]').click();
    await page.waitForFunction(() => document.querySelector(".wt-map-svg [role=button][data-act='toggle:dlf']").getAttribute('aria-label').startsWith('Delft-West: about 1,700 homes'));
    assertEq(await page.evaluate(() => document.querySelector('.wt-map-svg').dataset.probe), 'same', 'not redrawn');
    assertEq((await page.locator('.wt-map-attr').textContent()).includes('OpenStreetMap contributors'), true, 'attribution');
    assertEq((await page.locator('#wt-map-summary').textContent()).startsWith('Map of the 20 areas'), true, 'summary');
    assertEq(problems, [], 'console errors');
    await page.close();
    for (const width of [320, 1280]) {
      const p = await browser.newPage({ viewport: { width, height: 900 } });
      await p.goto(server.url);
      await p.waitForSelector('#app[data-ready]');
      const m = await p.evaluate(() => {
        const svg = document.querySelector('.wt-map-svg');
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const labels = [...svg.querySelectorAll('.wt-map-label')];
        const boxes = [...svg.querySelectorAll('.wt-map-hit')].map((r) => r.getBoundingClientRect());
        return {
          font: Math.min(...labels.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
          target: Math.min(...boxes.map((b) => Math.min(b.width, b.height))),
          right: svg.getBoundingClientRect().right,
        };
      });
      if (m.font < 11.9) throw new Error(`map labels of ${m.font}px at ${width}px`);
      if (m.target < 23.9) throw new Error(`map targets of ${m.target}px at ${width}px`);
      if (m.right > width) throw new Error(`the map runs past the screen at ${width}px`);
      await p.close();
    }
  });

  await test('the pro-rata table is in the page only while open, and follows the selection then', async () => {
    const { page, problems } = await open('?g=amw~amz');
    assertEq(await page.locator('.wt-prorata-table').count(), 0, 'closed: not drawn');
    await page.locator('.wt-prorata summary').click();
    await page.waitForSelector('.wt-prorata-table');
    assertEq(await page.locator('.wt-prorata-table tbody tr').count(), 2, 'one row per selected area');
    await page.locator('tr[data-area=dlf] input').check();
    await page.waitForFunction(() => document.querySelectorAll('.wt-prorata-table tbody tr').length === 3);
    await page.locator('.wt-prorata summary').click();
    await page.waitForFunction(() => !document.querySelector('.wt-prorata-table'));
    assertEq(problems, [], 'console errors');
    await page.close();
  });

  await test('a shared link reopens the same view; changes update the address bar', async () => {
    const query = '?v=1&d=2025.1&g=amw~amz&b=13000&x=1000&r=0&lang=en';
    const { page, problems } = await open(query);
    assertEq(await page.getAttribute('html', 'lang'), 'en', 'lang');
    assertEq(await page.locator('.wt-count').textContent(), '2 of 20 areas selected', 'count');
    assertEq(await page.locator(".wt-card[data-cat='0'] .wt-card-money").textContent(), '€242,931,000', 'funding');
    assertEq(await page.inputValue('#wt-amt-build-text'), '13,000', 'amount field');
    assertEq(new URL(page.url()).search, query, 'canonical link kept');
    // A deliberate action pushes a history entry; back restores the previous view.
    await page.locator('tr[data-area=arn] input[type=checkbox]').check();
    await page.waitForURL(/g=amw~amz~arn&/, { timeout: 2000 });
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.wt-count').textContent.startsWith('2 of'));
    const arn = page.locator('tr[data-area=arn]');
    assertEq(await arn.locator('input').isChecked(), false, 'back unticks the area');
    assertEq(await arn.getAttribute('data-off'), 'true', 'and marks its row left out');
    // Typing replaces the entry (no history flood) and survives a reload.
    const entries = await page.evaluate(() => history.length);
    await page.fill('#wt-amt-build-text', '11.000');
    await page.waitForURL(/b=11000&/, { timeout: 2000 });
    assertEq(await page.evaluate(() => history.length), entries, 'typing adds no history entries');
    await page.reload();
    await page.waitForSelector('#app[data-ready]');
    assertEq(await page.inputValue('#wt-amt-build-text'), '11,000', 'after reload');
    assertEq(await cspViolations(page), [], 'CSP violations');
    assertEq(problems, [], 'console errors');
    await page.close();
  });

  await test(`${HOSTILE_LINKS.length} hostile links: notice shown, no console error, widget works`, async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    for (const link of HOSTILE_LINKS) {
      await page.goto(server.url + link);
      await page.waitForSelector('#app[data-ready]', { timeout: 15000 });
      const rows = await page.locator('#wt-areas tbody tr').count();
      if (rows !== 20) throw new Error(`${link}: ${rows} rows`);
      const money = await page.locator(".wt-card[data-cat='0'] .wt-card-money").textContent();
      if (!money.includes('€')) throw new Error(`${link}: no funding shown`);
    }
    // A link with bad parts shows a notice that can be dismissed, and keeps the good parts.
    await page.goto(server.url + '?g=amw~xyz&b=abc&lang=en');
    await page.waitForSelector('#app[data-ready]');
    const notice = await page.locator('.wt-notices').textContent();
    if (!notice.includes('xyz') || !notice.includes('abc')) throw new Error(`notice: ${notice}`);
    assertEq(await page.locator('.wt-count').textContent(), '1 of 20 areas selected', 'good parts kept');
    await page.locator('.wt-notices button').click();
    assertEq(await page.locator('.wt-notices').count(), 0, 'dismissed');
    assertEq(problems, [], 'console errors');
    await page.close();
  });

  await test('strict CSP: the widget page runs with no violation', async () => {
    const { page, problems } = await open();
    await page.locator('tr[data-area=dlf] td').nth(1).locator('summary').click();
    assertEq(await cspViolations(page), [], 'CSP violations');
    assertEq(problems, [], 'console errors');
    await page.close();
  });

  await test('without a CSP header the page\'s own meta policy holds: all 20 areas, no violation', async () => {
    const bare = await serve(resolve('.'), { prefix: '/some/sub/path/' });
    try {
      const page = await browser.newPage();
      const problems = watch(page, bare.url);
      await page.addInitScript(CSP_LISTENER);
      const response = await page.goto(`${bare.url}dist/`);
      assertEq(response.headers()['content-security-policy'], undefined, 'CSP header');
      await page.waitForSelector('#app[data-ready]', { timeout: 15000 });
      assertEq(await page.locator('#wt-areas tbody tr').count(), 20, 'rows');
      assertEq(await totals(page), ['70.336–70.636', '16.191', '23.410–24.410'], 'totals');
      await page.locator('tr[data-area=dlf] td').nth(1).locator('summary').click();
      assertEq(await cspViolations(page), [], 'CSP violations');
      assertEq(problems, [], 'console errors or outside requests');
      // The meta policy is enforced, not just present: an inline script is refused and reported.
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inline = true;';
        document.head.append(script);
        return window.__inline === true;
      });
      assertEq(ran, false, 'inline script ran');
      await page.waitForFunction(() => window.__csp.length > 0);
      const [violation] = await cspViolations(page);
      if (!/^script-src(-elem)? inline$/.test(violation)) throw new Error(`violation: ${violation}`);
      await page.close();
    } finally {
      await bare.close();
    }
  });

  await test('host page with a strict CSP: the iframe takes the content height', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    const problems = watch(page);
    await page.addInitScript(CSP_LISTENER);
    await page.goto(server.host);
    const frameEl = page.locator('iframe[data-woontop]');
    await frameEl.scrollIntoViewIfNeeded();
    const frame = await (await frameEl.elementHandle()).contentFrame();
    await frame.waitForSelector('#app[data-ready]', { timeout: 15000 });
    const content = async () => Math.ceil(await frame.evaluate(() => document.querySelector('main').getBoundingClientRect().height));
    await page.waitForFunction(() => Number(document.querySelector('iframe').getAttribute('height')) !== 1400);
    let want = await content();
    let got = Number(await frameEl.getAttribute('height'));
    if (Math.abs(got - want) > 4) throw new Error(`iframe ${got}px, content ${want}px`);
    // It follows the content when it changes (open the pro-rata table, then shrink back).
    await frame.locator('.wt-prorata summary').click();
    await page.waitForFunction((h) => Number(document.querySelector('iframe').getAttribute('height')) > h, got);
    want = await content();
    got = Number(await frameEl.getAttribute('height'));
    if (Math.abs(got - want) > 4) throw new Error(`after growing: iframe ${got}px, content ${want}px`);
    assertEq(await frame.locator('.wt-embed-btn').count(), 0, 'no embed button inside a frame');
    assertEq(await page.evaluate(() => window.__csp), [], 'host CSP violations');
    assertEq(await cspViolations(frame), [], 'widget CSP violations');
    assertEq(problems, [], 'console errors');
    await page.close();
  });

  await test('the embed snippet and copy link describe the current view', async () => {
    const { page } = await open('?g=utr&b=10000');
    await page.locator('.wt-embed-btn').click();
    const snippet = await page.inputValue('#wt-embed-text');
    for (const part of ['<iframe data-woontop', 'g=utr', 'b=10000', 'embed=1', 'loading="lazy"', 'title=', 'embed.js']) {
      if (!snippet.includes(part)) throw new Error(`snippet lacks ${part}: ${snippet}`);
    }
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('.wt-copy').click();
    await page.waitForFunction(() => document.querySelector('.wt-share-status').textContent !== '');
    const status = await page.locator('.wt-share-status').textContent();
    if (!status.includes('gekopieerd') && !status.includes('Kopieer')) throw new Error(`status: ${status}`);
    await page.close();
  });

  await test('the single-file build works from file:// with no server, under its own hash-based CSP', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(CSP_LISTENER);
    await page.goto(pathToFileURL(resolve('dist-single/woontop.html')).href + '?g=amw~amz&b=10000');
    await page.waitForSelector('#app[data-ready]', { timeout: 15000 });
    assertEq((await totals(page))[0], '18.687', 'selected total');
    assertEq(await page.locator(".wt-card[data-cat='0'] .wt-card-money").textContent(), '€ 186.870.000', 'funding');
    const outside = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
    assertEq(outside, [], 'network requests');
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    if (!/script-src 'sha256-[^']+' data: 'wasm-unsafe-eval'; style-src 'sha256-/.test(policy)) throw new Error(`policy: ${policy}`);
    await page.locator('tr[data-area=dlf] td').nth(1).locator('summary').click();
    assertEq(await cspViolations(page), [], 'CSP violations');
    assertEq(problems.filter((p) => !p.startsWith('outside request: file:')), [], 'console errors');
    await page.close();
  });

  await test('chart, bottleneck highlight and CSV download follow the selection', async () => {
    const { page, problems } = await open('?g=bre~tbg~utr&b=12000');
    assertEq(await page.locator('.wt-svg .wt-name').count(), 3, 'chart rows');
    const summary = await page.locator('#wt-chart-summary').textContent();
    if (!summary.includes('3 gebieden') || !summary.includes('Breda-Noord (7.206)')) throw new Error(`summary: ${summary}`);
    // Tilburg's 2030-2040 figure is drawn as excluded, marked with an asterisk.
    const labels = await page.locator('.wt-svg .wt-val-label').allTextContents();
    if (!labels.some((l) => l.trim() === 'circa 8.000 *' || l.trim() === '8.000 *')) throw new Error(`labels: ${labels}`);
    await page.locator('button[aria-pressed]', { hasText: 'Rijksbijdrage' }).click();
    await page.waitForURL(/chart=money/);
    // Highlight grid congestion, then select exactly those areas.
    await page.locator(".wt-chip[data-act='highlight:grid']").click();
    assertEq(await page.locator('tr[data-hl]').count(), 6, 'highlighted rows');
    await page.locator('.wt-select-these').click();
    assertEq(await page.locator('.wt-count').textContent(), '6 van 20 gebieden geselecteerd', 'selected');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.wt-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    if (!csv.startsWith('\ufeffcode;gebied;gemeente;')) throw new Error(`csv head: ${csv.slice(0, 40)}`);
    const lines = csv.trim().split('\r\n');
    assertEq(lines.length, 8, 'header + 6 areas + totals');
    assertEq(download.suggestedFilename(), 'woontopafspraken-nplv-2025.1.csv', 'file name');
    assertEq(problems, [], 'console errors');
    await page.close();
  });

  await test('images: the chart and the map download as SVG and PNG, with title, selection, source, version and link drawn in, in the theme\'s colours, the PNG at twice the CSS size', async () => {
    const { page, problems } = await open('?g=amw~dlf~bre&theme=dark');
    await page.evaluate(recordBlobs);
    const files = [];
    for (const act of ['chart.svg', 'chart.png', 'map.svg', 'map.png']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-act='image:${act}']`).click()]);
      files.push(download.suggestedFilename());
    }
    assertEq(files, ['grafiek.svg', 'grafiek.png', 'kaart.svg', 'kaart.png'].map((f) => `woontopafspraken-nplv-2025.1-${f}`), 'file names');
    // Each PNG is made from an SVG first: svg, svg + png, svg, svg + png.
    const images = await page.evaluate(readImages);
    assertEq(images.map((i) => i.type), ['image/svg+xml', 'image/svg+xml', 'png', 'image/svg+xml', 'image/svg+xml', 'png'], 'blobs');
    const live = await page.evaluate(() => ({
      link: location.href,
      bg: getComputedStyle(document.documentElement).getPropertyValue('--wt-color-bg').trim(),
      chart: { summary: document.querySelector('#wt-chart-summary').textContent, width: document.querySelector('.wt-svg').getBoundingClientRect().width,
        fill: getComputedStyle(document.querySelector('.wt-svg .wt-s0')).fill, swatches: document.querySelectorAll('.wt-chart .wt-legend li').length },
      map: { summary: document.querySelector('.wt-map figcaption').textContent, width: document.querySelector('.wt-map-svg').getBoundingClientRect().width,
        fill: getComputedStyle(document.querySelector('.wt-map-svg .wt-map-sym:not([data-off])')).fill, swatches: document.querySelectorAll('.wt-map .wt-legend li').length },
    }));
    if (!live.link.includes('g=amw~bre~dlf') && !live.link.includes('g=amw~dlf~bre')) throw new Error(`link ${live.link}`);
    for (const [i, what, title] of [[0, 'chart', 'Grafiek van de geselecteerde gebieden'], [3, 'map', 'Kaart van de gebieden']]) {
      const svg = images[i];
      checkWords(svg, { title, summary: live[what].summary, link: live.link });
      // The drawing in its width on the page, 12 px of margin each side.
      if (Math.abs(svg.width - 24 - live[what].width) > 0.5) throw new Error(`${what}: image ${svg.width} px wide, drawing ${live[what].width}`);
      assertEq(svg.swatches, live[what].swatches, `${what}: the legend's swatches`);
      assertEq(svg.swatchesDrawn, true, `${what}: every swatch drawn`);
      assertEq(svg.background, live.bg, `${what}: the dark theme's background`);
      assertEq(svg.markFill, live[what].fill, `${what}: a selected mark's fill, as on the page`);
      assertEq(images[i + 1], svg, `${what}: the PNG's SVG is the SVG download`);
      assertEq([images[i + 2].width, images[i + 2].height], [Math.round(2 * svg.width), 2 * svg.height], `${what}: PNG size`);
      if (!(images[i + 2].ink > 0.05)) throw new Error(`${what}: the PNG is almost blank (${images[i + 2].ink} drawn on)`);
    }
    // In English, the words and the names follow.
    await page.locator('button.lang-btn[lang=en]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator("[data-act='image:map.svg']").click()]);
    assertEq(download.suggestedFilename(), 'housing-summit-nplv-2025.1-map.svg', 'English file name');
    const english = (await page.evaluate(readImages)).at(-1);
    assertEq(english.title, 'Map of the areas', 'English title');
    if (!english.lines.some((l) => l.startsWith('Source: Woontopafspraken'))) throw new Error(`English lines ${english.lines}`);
    assertEq(await cspViolations(page), [], 'CSP violations');
    assertEq(problems, [], 'console errors or outside requests');
    await page.close();
  });

  // WCAG 2.1 A/AA rules of axe-core, injected into the page, on every view a visitor can reach.
  const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  const views = {
    'default view': '',
    'all areas, money chart, highlight': '?chart=money&k=grid',
    'English view': '?lang=en',
    'dark view': '?theme=dark',
    'embed view': '?embed=1',
    'notices shown': '?g=amw~xyz&b=abc',
  };
  for (const [name, query] of Object.entries(views)) {
    await test(`axe-core: no WCAG 2.1 AA violation in the ${name}`, async () => {
      const { page } = await open(query);
      // Open every disclosure so that hidden content is checked too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      // Source boxes are rendered when opened; wait until they all are.
      await page.waitForFunction(() => document.querySelectorAll('details.wt-fig .wt-srcbox').length === document.querySelectorAll('details.wt-fig').length);
      // Evaluated through the DevTools protocol, so the page's strict CSP does not block it.
      await page.evaluate(AXE);
      const result = await page.evaluate(async () => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }));
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.length}x ${v.nodes[0].target.join(' ')} (${v.nodes[0].failureSummary.split('\n')[1]?.trim()})`);
      assertEq(found, [], 'violations');
      await page.close();
    });
  }

  await test('Nu HTML Checker: the page and the rendered app have no HTML errors', async () => {
    const { page } = await open('?k=grid');
    const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
    writeFileSync(join(dir, 'rendered.html'), '<!doctype html>\n' + await page.evaluate(() => document.documentElement.outerHTML));
    copyFileSync(resolve('dist/index.html'), join(dir, 'index.html'));
    copyFileSync(resolve('examples/host.html'), join(dir, 'host.html'));
    await page.close();
    const jar = resolve('node_modules/vnu-jar/build/dist/vnu.jar');
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'text', dir], { encoding: 'utf8' });
    assertEq(run.status, 0, `vnu errors:\n${run.stderr}${run.stdout}`);
  });

} finally {
  await browser.close();
  await site.close();
}

const failed = results.filter(([, e]) => e).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
