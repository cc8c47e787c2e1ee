// The chart and the map download as SVG and PNG: the drawing as the page shows it, with its
// title, the selection in words, the source line with the dataset version and the link to
// the view, in the theme's colours; the PNG at twice the CSS size.
import { test, expect, openSection, switchLanguage } from '../fixtures.mjs';
import { checkWords, readImages, recordBlobs } from '../images.mjs';

test('images of the chart and the map, in Dutch and in English', async ({ open }) => {
  const page = await open('?g=amw~dlf~bre&theme=dark&view=chart');
  await page.evaluate(recordBlobs);
  const files = [];
  const live = {};
  for (const [section, graphic] of [['Grafiek', 'chart'], ['Kaart', 'map']]) {
    await openSection(page, section);
    for (const format of ['svg', 'png']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-image='${graphic}.${format}']`).click()]);
      files.push(download.suggestedFilename());
    }
    live[graphic] = await page.evaluate((g) => {
      const svg = document.querySelector(g === 'chart' ? '.wt-svg' : '.wt-map-svg');
      const mark = document.querySelector(g === 'chart' ? '.wt-svg .wt-chart-bar[data-s="0"]' : '.wt-map-svg .wt-map-sym:not([data-off])');
      return {
        summary: document.querySelector(g === 'chart' ? '#wt-chart-summary' : '#wt-map-summary').textContent,
        width: svg.getBoundingClientRect().width,
        fill: getComputedStyle(mark).fill,
        swatches: svg.closest('figure').querySelectorAll('.wt-legend li').length,
      };
    }, graphic);
  }
  expect(files).toEqual(['grafiek.svg', 'grafiek.png', 'kaart.svg', 'kaart.png'].map((f) => `woontopafspraken-nplv-2025.2-${f}`));
  // Each PNG is made from an SVG first: svg, svg + png, svg, svg + png.
  const images = await page.evaluate(readImages);
  expect(images.map((i) => i.type)).toEqual(['image/svg+xml', 'image/svg+xml', 'png', 'image/svg+xml', 'image/svg+xml', 'png']);
  const link = page.url();
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--wt-color-bg').trim());
  for (const [i, what, title] of [[0, 'chart', 'Grafiek van de geselecteerde gebieden'], [3, 'map', 'Kaart van de gebieden']]) {
    const svg = images[i];
    // The link the image carries is the view's (the section may have changed since).
    checkWords(svg, { title, summary: live[what].summary, link: svg.lines.join('').match(/https?:\/\/\S+/)[0] });
    expect(svg.lines.join('')).toContain(link.split('&view=')[0].split('?')[1]);
    expect(Math.abs(svg.width - 24 - live[what].width), `${what}: image ${svg.width} px wide`).toBeLessThanOrEqual(0.5);
    expect(svg.swatches).toBe(live[what].swatches);
    expect(svg.swatchesDrawn).toBe(true);
    expect(svg.background).toBe(bg);
    expect(svg.markFill).toBe(live[what].fill);
    expect(images[i + 1]).toEqual(svg);
    expect([images[i + 2].width, images[i + 2].height]).toEqual([Math.round(2 * svg.width), 2 * svg.height]);
    expect(images[i + 2].ink, `${what}: the PNG is almost blank`).toBeGreaterThan(0.05);
  }
  // In English (the English build, the same view), the words and the names follow.
  await switchLanguage(page, 'en');
  await page.evaluate(recordBlobs);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator("[data-image='map.svg']").click()]);
  expect(download.suggestedFilename()).toBe('housing-summit-nplv-2025.2-map.svg');
  const english = (await page.evaluate(readImages)).at(-1);
  expect(english.title).toBe('Map of the areas');
  expect(english.lines.some((l) => l.startsWith('Source: Woontopafspraken'))).toBe(true);
});
