// Screenshots of the release build for a human look:
//   node tests/e2e/screenshot.mjs [dist] [query] [--host]
// Writes tests/e2e/.out/<width>.png for a desktop, an article-column and a phone width; with
// --host, the widget embedded in examples/host.html (in embed mode) at those widths.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const args = process.argv.slice(2);
const host = args.includes('--host');
const [dist = 'dist', query = ''] = args.filter((a) => a !== '--host');
const out = resolve('tests/e2e/.out');
mkdirSync(out, { recursive: true });
const server = await serve(resolve('.'), { prefix: '/s/' });
const app = `${server.url}${dist}/`;
const browser = await launch();
for (const width of [1280, 640, 360]) {
  const page = await browser.newPage({ viewport: { width: host ? width + 32 : width, height: 900 } });
  if (host) {
    await page.goto(`${server.url}examples/host.html`);
    await page.evaluate((src) => new Promise((done) => {
      document.body.style.maxWidth = 'none';
      const old = document.querySelector('iframe');
      const frame = old.cloneNode(false);
      frame.addEventListener('load', done, { once: true });
      frame.src = src;
      old.replaceWith(frame);
    }), `${app}${query || '?'}&embed=1`);
    const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
    await frame.waitForSelector('#app[data-ready]');
    await page.waitForTimeout(500);
  } else {
    await page.goto(app + query);
    await page.waitForSelector('#app[data-ready]');
  }
  await page.screenshot({ path: `${out}/${width}.png`, fullPage: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`${width}px: page ${height}px tall -> ${out}/${width}.png`);
  await page.close();
}
await browser.close();
await server.close();
