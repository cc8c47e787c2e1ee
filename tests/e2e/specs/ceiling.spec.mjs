// "Waar het maximum knelt": the selection's contribution against the amount per home, with the
// maximum, the booklet's band, the chosen amount and the crossing labelled; drawn for its
// width; its text alternative; downloadable as SVG and PNG.
import { test, expect, openSection } from '../fixtures.mjs';
import { readImages, recordBlobs } from '../images.mjs';

test('the crossing, the band and the chosen amount, drawn for 320 px', async ({ open, page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await open('?view=chart');
  const summary = page.locator('#wt-ceiling-summary');
  await expect(summary).toHaveText('Bij € 12.000 per woning kost de selectie ≈ € 844–847,6 miljoen; de lijn komt boven het maximum uit vanaf € 8.494–8.530 per woning. Het maximum is € 600 miljoen.');
  const svg = page.locator('.wt-ceiling-svg');
  await expect(svg).toHaveAttribute('aria-labelledby', 'wt-ceiling-summary');
  await expect(svg.locator('.wt-cl-label').last()).toHaveText('€ 8.494–8.530');
  await expect(svg.locator('.wt-cl-line')).toHaveCount(2);
  await expect(svg.locator('.wt-cl-band')).toHaveCount(1);
  // Drawn for its width, never scaled: its text is 12 px at 320 px, and it fits.
  const { width, box, font, right } = await svg.evaluate((el) => ({
    width: Number(el.getAttribute('width')),
    box: el.getBoundingClientRect().width,
    font: Math.min(...[...el.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize))),
    right: Math.max(...[...el.querySelectorAll('text')].map((t) => t.getBoundingClientRect().right)) - el.getBoundingClientRect().left,
  }));
  expect(font).toBeGreaterThanOrEqual(12);
  expect(Math.abs(box - width)).toBeLessThan(0.5);
  expect(width).toBeLessThanOrEqual(320);
  expect(right).toBeLessThanOrEqual(width + 0.5);
  // The chosen amount moves with the amount.
  const now = () => svg.locator('.wt-cl-now').getAttribute('x1');
  const before = await now();
  await openSection(page, 'Rekenhulp');
  await page.fill('#wt-amt-b', '20000');
  await openSection(page, 'Grafiek');
  await expect(summary).toContainText('Bij € 20.000 per woning');
  expect(Number(await now())).toBeGreaterThan(Number(before));
});

test('the crossing is the selection\'s own fitting amount; a small selection stays below', async ({ open, page }) => {
  await open('?view=chart');
  await page.waitForURL(/[?&]g=/);
  const all = new URL(page.url()).searchParams.get('g');
  await open(`?g=${all.split('~').filter((c) => c !== 'amw' && c !== 'amz').join('~')}`);
  // The calculator offers the amount at which this selection uses the whole maximum.
  await expect(page.locator('.wt-fits')).toContainText('€ 11.549');
  await openSection(page, 'Grafiek');
  const summary = page.locator('#wt-ceiling-summary');
  await expect(summary).toContainText('vanaf € 11.549–11.616 per woning');
  await open('?view=chart&g=amw~amz&lang=en');
  await expect(summary).toContainText('up to €30,000 a home the line stays below the maximum');
  await expect(page.locator('.wt-ceiling-svg .wt-cl-cross')).toHaveCount(0);
  await open('?view=chart&g=ehv');
  await expect(summary).toHaveText('De selectie heeft geen cijfer voor 2025-2029: er is geen lijn te tekenen.');
  await expect(page.locator('.wt-ceiling-svg')).toHaveCount(0);
});

test('the chart of the maximum downloads as SVG and PNG, its code loaded when asked for', async ({ open }) => {
  const page = await open('?view=chart&theme=dark');
  const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('image.js')));
  expect(await scripts()).toEqual([]);
  await page.evaluate(recordBlobs);
  const names = [];
  for (const format of ['svg', 'png']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-image='ceiling.${format}']`).click()]);
    names.push(download.suggestedFilename());
  }
  expect(names).toEqual(['woontopafspraken-nplv-2025.2-maximum.svg', 'woontopafspraken-nplv-2025.2-maximum.png']);
  expect(await scripts()).toHaveLength(1);
  const images = await page.evaluate(readImages);
  expect(images[0].title).toBe('Waar het maximum knelt');
  expect(images[0].lines.join(' ')).toContain('de lijn komt boven het maximum uit');
  expect(images.at(-1).ink, 'the PNG is almost blank').toBeGreaterThan(0.05);
});

test('pinned scenarios are numbered points on it, at their own amounts', async ({ open }) => {
  const page = await open('?view=chart&p=amw!12000!0!0&p=amw~amz!9000!0!0');
  const pins = page.locator('.wt-ceiling-svg .wt-cl-pin text');
  await expect(pins).toHaveText(['1', '2']);
  // Scenario 2's amount is lower: its point lies left of scenario 1's.
  const [one, two] = await pins.evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().left));
  expect(two).toBeLessThan(one);
});
