// The map: 20 areas, each a toggle by click, Enter and Space like the table; the highlight
// rings its areas; the language follows; labels of 12 px or more and 24 px targets.
import { test, expect, widget, openSection, switchLanguage } from '../fixtures.mjs';

const area = (page, i) => page.locator(`.wt-map-svg [role=button][data-area='${i}']`);
const DLF = 4;

test('20 areas; a click, Enter and Space toggle an area, and the table and the map agree', async ({ open }) => {
  const page = await open('?view=map');
  await expect(page.locator('.wt-map-svg [role=button]')).toHaveCount(20);
  const dlf = area(page, DLF);
  await dlf.click();
  await expect(dlf).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.wt-bar-count')).toHaveText(/^19 van/);
  const mark = page.locator(`.wt-map-marks [data-area='${DLF}']`);
  await expect(mark).toHaveAttribute('data-off', 'true');
  const fill = (i) => page.evaluate((j) => getComputedStyle(document.querySelector(`.wt-map-marks [data-area='${j}']`)).fill, i);
  expect(await fill(DLF)).not.toBe(await fill(0));
  await dlf.focus();
  await page.keyboard.press('Enter');
  await expect(dlf).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press(' ');
  await expect(dlf).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => document.activeElement.dataset.area)).toBe(String(DLF));
  // A click on the symbol toggles too; the table says the same.
  await mark.click({ force: true });
  await expect(dlf).toHaveAttribute('aria-pressed', 'true');
  await openSection(page, 'Tabel');
  await page.locator('tr[data-area=dlf] input').uncheck();
  await openSection(page, 'Kaart');
  await expect(area(page, DLF)).toHaveAttribute('aria-pressed', 'false');
  await expect(area(page, DLF)).toHaveAttribute('aria-label', /^Delft-West: circa 1\.700 woningen 2025-2029/);
});

test('a bottleneck\'s highlight rings its areas on the map and the legend says so; the language follows', async ({ open }) => {
  const page = await open('?view=map');
  await page.locator(".wt-chip[data-kind='grid']").click();
  await expect(page.locator('.wt-map-marks [data-hl=true]').first()).toBeVisible();
  const rings = await page.evaluate(() => {
    const stroke = (s) => getComputedStyle(s).stroke;
    const syms = [...document.querySelectorAll('.wt-map-marks .wt-map-sym')];
    const hl = syms.filter((s) => s.hasAttribute('data-hl'));
    return { hl: hl.length, ringed: new Set(hl.map(stroke)).size, apart: hl.every((h) => syms.filter((s) => !s.hasAttribute('data-hl')).every((s) => stroke(s) !== stroke(h))) };
  });
  expect(rings.hl === 6 && rings.ringed === 1 && rings.apart, JSON.stringify(rings)).toBe(true);
  await expect(page.locator('.wt-map-legend li').filter({ hasText: 'Ring: knelpunt' })).toHaveCount(1);
  await page.locator('.wt-select-these').click();
  await expect(page.locator('.wt-bar-count')).toHaveText(/^6 van 20/);
  await switchLanguage(page, 'en');
  await expect(area(page, DLF)).toHaveAttribute('aria-label', /^Delft-West: about 1,700 homes/);
  await expect(page.locator('.wt-map-attr')).toContainText('OpenStreetMap contributors');
  await expect(page.locator('#wt-map-summary')).toHaveText(/^Map of the 20 areas/);
});

test('labels of 12 px or more and targets of 24 px at 320, 640 and 1280 px', async ({ page }) => {
  for (const width of [320, 640, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${widget()}?view=map`);
    await page.waitForSelector('#app[data-ready]');
    const m = await page.evaluate(() => {
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
    expect(m.font, `labels at ${width}px`).toBeGreaterThanOrEqual(11.9);
    expect(m.target, `targets at ${width}px`).toBeGreaterThanOrEqual(23.9);
    expect(m.right).toBeLessThanOrEqual(width);
  }
});
