// The static page and the start: what a visitor sees before the wasm, without JavaScript, and
// when WebAssembly cannot start or the app fails; the swap to the app without layout shift;
// the page's own policy; valid HTML.
import { copyFileSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { test, expect, widget, totals, watch, CSP_LISTENER } from '../fixtures.mjs';
import { serve } from '../server.mjs';

const SECTIONS = ['calc', 'map', 'chart', 'table', 'sources'];

test('release build renders all 20 areas and the booklet totals', async ({ open }) => {
  const page = await open('?view=table');
  await expect(page.locator('#wt-areas tbody tr[data-area]')).toHaveCount(20);
  expect(await totals(page)).toEqual(['70.336–70.636', '16.191', '23.410–24.410']);
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  await expect(page.locator('.wt-static')).toHaveCount(0);
});

test('without JavaScript every section is there, the navigation jumps to it, and every figure and sentence is in the page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 640, height: 900 } });
  const page = await context.newPage();
  await page.goto(widget());
  const panels = page.locator('.wt-static .wt-panel');
  await expect(panels).toHaveCount(5);
  for (const code of SECTIONS) await expect(page.locator(`#wt-panel-${code}`)).toBeVisible();
  await expect(page.locator('.wt-noscript')).toBeVisible();
  // The navigation links to the sections' anchors.
  const links = await page.locator('.wt-tabs a').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
  expect(links).toEqual(SECTIONS.map((s) => `#wt-panel-${s}`));
  await page.locator('.wt-tabs a', { hasText: 'Tabel' }).click();
  await expect(page).toHaveURL(/#wt-panel-table$/);
  const top = await page.locator('#wt-panel-table').evaluate((e) => e.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(5);
  // Every row, every total, and every row's sources shown (find-in-page finds them).
  await expect(page.locator('.wt-static #wt-areas tbody tr[data-area]')).toHaveCount(20);
  await expect(page.locator('.wt-static .wt-detail').first()).toBeVisible();
  const text = await page.locator('.wt-static').innerText();
  for (const s of ['70.336–70.636', '16.191', '23.410–24.410', 'waarvan 1.500 in Heerlen Noord', 'circa 900–1.200']) expect(text).toContain(s);
  await context.close();
});

// Positions of what the first paint shows, to compare with the app's.
const layout = (page) => page.evaluate(() => {
  // Where an element is shown: its left, top and width (null when it is not shown).
  const at = (sel) => { const e = document.querySelector(sel); if (!e || !e.getClientRects().length) return null; const r = e.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top), Math.round(r.width)]; };
  const visible = [...document.querySelectorAll('.wt-panel')].filter((p) => p.getClientRects().length > 0);
  const first = visible[0]?.querySelector(':scope > :not(h2)')?.getBoundingClientRect();
  return {
    h1: at('h1'), tabs: at('.wt-tabs'), bar: at('.wt-bar'), panel: visible.map((p) => p.dataset.panel),
    first: first && [Math.round(first.left), Math.round(first.top), Math.round(first.width)],
  };
});

for (const [name, query] of [['the calculator', ''], ['the map, embedded', '?view=map&embed=1'], ['the table at 360 px', '?view=table'], ['a section alone', '?view=chart&nav=0&embed=1']]) {
  test(`before the wasm, ${name} is shown where the app draws it, and the largest paint stays the first`, async ({ page }) => {
    const viewport = name.includes('360') ? { width: 360, height: 740 } : { width: 640, height: 900 };
    await page.setViewportSize(viewport);
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.addInitScript(() => {
      window.__cls = 0;
      window.__paints = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__paints.push(e.startTime); }).observe({ type: 'largest-contentful-paint', buffered: true });
      new MutationObserver((_, o) => { if (document.getElementById('app')?.hasAttribute('data-swapped')) { window.__swap = performance.now(); o.disconnect(); } })
        .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-swapped'] });
    });
    await page.goto(widget() + query);
    await page.waitForLoadState('domcontentloaded');
    const before = await layout(page);
    release();
    await page.waitForSelector('#app[data-ready]');
    await page.waitForTimeout(200);
    const after = await layout(page);
    expect(before.panel).toHaveLength(1);
    expect(after).toEqual(before);
    expect(await page.evaluate(() => window.__cls)).toBe(0);
    const { paints, swap } = await page.evaluate(() => ({ paints: window.__paints, swap: window.__swap }));
    expect(paints.length).toBeGreaterThan(0);
    expect(paints.every((p) => p < swap), `largest paints ${paints} after the swap at ${swap}`).toBe(true);
  });
}

test('a trap in the wasm (how a release panic ends) leaves a readable message in the page\'s language', async ({ page }) => {
  await page.goto(`${widget()}?lang=en`);
  await page.waitForSelector('#app[data-ready]');
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  const alert = page.locator('#app [role=alert]');
  await expect(alert).toHaveText(/^Something went wrong in the calculator\./);
  expect(await alert.getAttribute('lang')).toBe('en');
  await expect(page.locator('.wt-panel')).toHaveCount(0);
  await expect(page.locator('#app[data-ready]')).toHaveCount(0);
  // Any other script error on the page is none of ours and leaves the widget alone.
  await page.goto(widget());
  await page.waitForSelector('#app[data-ready]');
  await page.evaluate(() => setTimeout(() => { throw new TypeError('host page bug'); }));
  await page.waitForTimeout(100);
  await expect(page.locator('.wt-bar')).toHaveCount(1);
});

test('a host with a generic MIME type for .wasm still starts it; a missing wasm or no WebAssembly leaves every section and a message', async ({ browser }) => {
  const generic = await browser.newPage();
  await generic.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await generic.goto(widget());
  await generic.waitForSelector('#app[data-ready]', { timeout: 15_000 });
  await generic.close();

  for (const way of ['missing', 'none']) {
    const page = await browser.newPage();
    if (way === 'missing') await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
    else await page.addInitScript(() => { delete globalThis.WebAssembly; });
    await page.goto(widget());
    await page.waitForSelector('#app.wt-failed', { timeout: 15_000 });
    await expect(page.locator('.wt-loadfail')).toBeVisible();
    // Every section is shown, one after the other, with every row.
    for (const code of SECTIONS) await expect(page.locator(`#wt-panel-${code}`)).toBeVisible();
    await expect(page.locator('.wt-static #wt-areas tbody tr[data-area]')).toHaveCount(20);
    await page.close();
  }
});

test('the static page is replaced and removed once the app is drawn', async ({ open }) => {
  const html = await (await fetch(widget() + 'index.html')).text();
  expect(html).toContain('wt-loadfail');
  const page = await open();
  await expect(page.locator('.wt-static')).toHaveCount(0);
  await expect(page.locator('#wt-crash')).toHaveCount(1);
});

test('without a CSP header the page\'s own meta policy holds: the head script runs, any other inline script is refused', async ({ browser }) => {
  const bare = await serve(resolve('.'), { prefix: '/some/sub/path/' });
  try {
    const page = await browser.newPage();
    const problems = watch(page, bare.url);
    await page.addInitScript(CSP_LISTENER);
    const response = await page.goto(`${bare.url}dist/?view=map`);
    expect(response.headers()['content-security-policy']).toBeUndefined();
    expect(await page.getAttribute('html', 'data-view')).toBe('map');
    await page.waitForSelector('#app[data-ready]', { timeout: 15_000 });
    await expect(page.locator('.wt-map-svg [role=button]')).toHaveCount(20);
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    expect(problems).toEqual([]);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true;';
      document.head.append(script);
      return window.__inline === true;
    });
    expect(ran).toBe(false);
    await page.waitForFunction(() => window.__csp.length > 0);
    expect((await page.evaluate(() => window.__csp))[0]).toMatch(/^script-src(-elem)? inline$/);
    await page.close();
  } finally {
    await bare.close();
  }
});

test('no horizontal page scrolling from 320 px to desktop width, in every section', async ({ page }) => {
  for (const width of [320, 768, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    for (const view of SECTIONS) {
      await page.goto(`${widget()}?k=grid&chart=money&view=${view}`);
      await page.waitForSelector('#app[data-ready]');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${view} at ${width}px`).toBe(0);
    }
  }
});

test('at most 500 elements once the app is ready, in every section', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  for (const view of SECTIONS) {
    await page.goto(`${widget()}?view=${view}`);
    await page.waitForSelector('#app[data-ready]');
    await page.waitForFunction(() => !document.querySelector('.wt-static'));
    const n = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(n, view).toBeLessThanOrEqual(500);
  }
});

test('Nu HTML Checker: the page, the rendered app, the host page and the accessibility statement have no HTML errors', async ({ open }) => {
  const page = await open('?k=grid&view=table');
  await page.locator('#wt-areas .wt-more').first().click();
  const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
  writeFileSync(join(dir, 'rendered.html'), '<!doctype html>\n' + await page.evaluate(() => document.documentElement.outerHTML));
  copyFileSync(resolve('dist/index.html'), join(dir, 'index.html'));
  copyFileSync(resolve('examples/host.html'), join(dir, 'host.html'));
  copyFileSync(resolve('dist/toegankelijkheid.html'), join(dir, 'toegankelijkheid.html'));
  void readFileSync;
  const jar = resolve('node_modules/vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'text', dir], { encoding: 'utf8' });
  expect(run.status, `vnu errors:\n${run.stderr}${run.stdout}`).toBe(0);
});
