// The chart: the selected areas, its summary, excluded figures marked, the metric in the
// link; text of 12 px or more inside the chart at every width.
import { test, expect, widget } from '../fixtures.mjs';

test('the chart follows the selection and the metric, and marks what is not counted', async ({ open }) => {
  const page = await open('?g=bre~tbg~utr&b=12000&view=chart');
  await expect(page.locator('.wt-svg .wt-name')).toHaveCount(3);
  const summary = await page.locator('#wt-chart-summary').textContent();
  expect(summary).toContain('3 gebieden');
  expect(summary).toContain('Breda-Noord (7.206)');
  // Tilburg's 2030-2040 figure is drawn as excluded, marked with an asterisk.
  const labels = await page.locator('.wt-svg .wt-val-label').allTextContents();
  expect(labels.some((l) => l.trim() === 'circa 8.000 *' || l.trim() === '8.000 *'), String(labels)).toBe(true);
  await expect(page.locator('.wt-svg .wt-chart-bar[data-s=x]')).toHaveCount(1);
  await page.locator('.wt-chart-tools button', { hasText: 'Rijksbijdrage' }).click();
  await page.waitForURL(/chart=money/);
  await expect(page.locator('.wt-chart-tools button', { hasText: 'Rijksbijdrage' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.wt-legend li').first()).toHaveText('Bijdrage bij gekozen bedrag');
});

test('320 to 1280 px: chart text of 12 px or more, all inside the chart', async ({ page }) => {
  for (const width of [320, 360, 640, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${widget()}?view=chart&chart=money`);
    await page.waitForSelector('#app[data-ready]');
    const m = await page.evaluate(() => {
      const el = document.querySelector('svg.wt-svg');
      const svg = el.getBoundingClientRect();
      const texts = [...el.querySelectorAll('text')];
      const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (svg.width / el.viewBox.baseVal.width));
      const outside = texts.filter((t) => { const r = t.getBoundingClientRect(); return r.left < svg.left - 1 || r.right > svg.right + 1; }).map((t) => t.textContent);
      return { minFont: Math.min(...sizes), outside };
    });
    expect(m.minFont, `chart text at ${width}px`).toBeGreaterThanOrEqual(12);
    expect(m.outside, `outside the chart at ${width}px`).toEqual([]);
  }
});
