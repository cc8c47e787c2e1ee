// Screenshots of the release build for a human look: node tests/e2e/screenshot.mjs [dist] [query]
// Writes tests/e2e/.out/<width>.png for a desktop, an article-column and a phone width.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const [dist = 'dist', query = ''] = process.argv.slice(2);
const out = resolve('tests/e2e/.out');
mkdirSync(out, { recursive: true });
const server = await serve(resolve(dist));
const browser = await launch();
for (const width of [1280, 640, 360]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(server.url + query);
  await page.waitForSelector('#app[data-ready]');
  await page.screenshot({ path: `${out}/${width}.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(`${width}px: horizontal page overflow ${overflow}px -> ${out}/${width}.png`);
  await page.close();
}
await browser.close();
await server.close();
