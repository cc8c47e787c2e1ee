// The areas table: one compact row per area at every width, sorting, an area's sources
// opened below its row, ticking areas by keyboard, the CSV.
import { readFileSync } from 'node:fs';
import { test, expect, widget, totals, openSection, switchLanguage } from '../fixtures.mjs';

test('one compact row per area from 320 to 1280 px: no sideways scrolling, figures on screen, one checkbox size, 24 px targets', async ({ page }) => {
  for (const width of [320, 360, 640, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${widget()}?view=table&k=grid`);
    await page.waitForSelector('#app[data-ready]');
    const m = await page.evaluate(() => {
      const wrap = document.querySelector('#wt-areas').closest('.wt-table-wrap');
      const rows = [...document.querySelectorAll('#wt-areas tbody tr[data-area]')];
      const right = Math.max(...[...document.querySelectorAll('#wt-areas td')].map((td) => td.getBoundingClientRect().right));
      const boxes = rows.map((r) => { const b = r.querySelector('input[type=checkbox]').getBoundingClientRect(); return `${b.width}x${b.height}`; });
      const targets = [...document.querySelectorAll('#wt-areas .wt-more, #wt-areas .wt-sort')].map((b) => Math.min(b.getBoundingClientRect().width, b.getBoundingClientRect().height));
      // Every row is one row of the table: from an article column's width on its cells side by
      // side; on a phone its name above its three figures, which stand side by side.
      const oneRow = rows.every((r) => new Set([...r.children].slice(1).map((c) => Math.round(c.getBoundingClientRect().top))).size === 1);
      return { rows: rows.length, scroll: wrap.scrollWidth - wrap.clientWidth, right, boxes: [...new Set(boxes)], minTarget: Math.min(...targets),
        tallest: Math.max(...rows.map((r) => r.getBoundingClientRect().height)), oneRow };
    });
    expect(m.rows).toBe(20);
    expect(m.oneRow, `cells side by side at ${width}px`).toBe(true);
    expect(m.scroll, `sideways scrolling at ${width}px`).toBe(0);
    expect(m.right, `figures past the screen at ${width}px`).toBeLessThanOrEqual(width);
    expect(m.boxes.length, `checkbox sizes at ${width}px: ${m.boxes}`).toBe(1);
    expect(parseFloat(m.boxes[0])).toBeGreaterThanOrEqual(24);
    expect(m.minTarget, `targets at ${width}px`).toBeGreaterThanOrEqual(24);
    // Compact: no card of 300 px; two short lines at most at 640 and wider.
    expect(m.tallest, `tallest row at ${width}px`).toBeLessThanOrEqual(width >= 640 ? 64 : 110);
  }
});

test('an area\'s sources open below its row: its sentence, box and notes; in English its own notes and the Dutch sentence', async ({ open }) => {
  const page = await open('?view=table');
  const more = page.locator('tr[data-area=hrl] .wt-more');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const detail = page.locator('#wt-d-hrl');
  await expect(detail).toBeVisible();
  const quote = await detail.locator('blockquote').first().textContent();
  expect(quote).toContain('waarvan 1.500 in Heerlen Noord');
  await expect(detail.locator('.wt-boxtext q').first()).toHaveText('+5.000 woningen');
  expect(await detail.locator('.wt-notes li').first().textContent()).toContain('geldt voor heel Parkstad');
  await expect(page.locator('#app .wt-noquote')).toHaveCount(0);
  // English opens the same view's link in the English build; an open row is not part of a
  // link (like a folded part), so it is opened again there.
  await switchLanguage(page, 'en');
  await expect(page.locator('tr[data-area=hrl] .wt-more')).toHaveAttribute('aria-expanded', 'false');
  await page.locator('tr[data-area=hrl] .wt-more').click();
  await expect(detail.locator('.wt-notes li').first()).toContainText('is for the whole Parkstad region');
  await expect(detail.locator('blockquote').first()).toHaveText(quote);
  // Closing it draws it no more; another row opens in its place.
  await page.locator('tr[data-area=dlf] .wt-more').click();
  await expect(page.locator('#wt-d-hrl')).toHaveCount(0);
  await expect(page.locator('#wt-d-dlf')).toBeVisible();
  await page.locator('tr[data-area=dlf] .wt-more').click();
  await expect(page.locator('.wt-detail')).toHaveCount(0);
});

test('from a row to the area\'s own view, and back', async ({ open }) => {
  const page = await open('?view=table');
  await page.locator('tr[data-area=dlf] .wt-more').click();
  await page.locator('#wt-d-dlf .wt-area-link a').click();
  await expect(page.locator('.wt-area-view h1')).toHaveText('Delft-West');
  await page.waitForURL(/[?&]a=dlf/);
  await page.goBack();
  await expect(page.locator('#wt-areas')).toBeVisible();
});

test('a keyboard user ticks areas with Space; the checkbox keeps its focus and the totals follow', async ({ open }) => {
  const page = await open('?view=table');
  const box = page.locator('tr[data-area=amw] input[type=checkbox]');
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.wt-bar-count')).toHaveText(/^19 van/);
  expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
  await expect(box).not.toBeChecked();
  await expect(page.locator('tr[data-area=amw]')).toHaveAttribute('data-off', 'true');
  expect(await totals(page)).toEqual(['60.170–60.470', '16.191', '23.410–24.410']);
  await page.keyboard.press('Space');
  await expect(page.locator('.wt-bar-count')).toHaveText(/^20 van/);
  await expect(page.locator('tr[data-off]')).toHaveCount(0);
});

test('sorting: header buttons and the keyboard sort, aria-sort follows, the link keeps it, the sort list too', async ({ open }) => {
  const page = await open('?view=table');
  const first = () => page.locator('#wt-areas tbody tr[data-area]').first().getAttribute('data-area');
  const header = page.locator('#wt-areas th[data-col=build]');
  await header.locator('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await first()).toBe('amw');
  await page.waitForURL(/&s=-build/);
  await header.locator('button').focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  expect(await page.locator('#wt-areas tbody tr[data-area]').evaluateAll((r) => r.slice(-2).map((x) => x.dataset.area))).toEqual(['ehv', 'lls']);
  await page.waitForURL(/&s=build/);
  await page.reload();
  await page.waitForSelector('#app[data-ready]');
  await expect(page.locator('#wt-areas th[data-col=build]')).toHaveAttribute('aria-sort', 'ascending');
  expect(await first()).not.toBe('amw');
  await page.selectOption('.wt-sortpick select', '-extra');
  await page.waitForURL(/&s=-extra/);
  await expect(page.locator('#wt-areas th[data-col=extra]')).toHaveAttribute('aria-sort', 'descending');
  // By municipality, which has no column of its own: from the list.
  await page.selectOption('.wt-sortpick select', '-municipality');
  expect(await first()).toBe('zdo');
});

test('the CSV download follows the selection and the table\'s order', async ({ open }) => {
  const page = await open('?g=bre~tbg~utr~dlf~dhz~sdm&view=table&s=-build');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.wt-csv').click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\ufeffcode;gebied;gemeente;')).toBe(true);
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(8);
  expect(lines.slice(1, 3).map((l) => l.split(';')[0])).toEqual(['bre', 'dhz']);
  expect(download.suggestedFilename()).toBe('woontopafspraken-nplv-2025.2.csv');
  // The same download from the sources section.
  await openSection(page, 'Bronnen');
  const [again] = await Promise.all([page.waitForEvent('download'), page.locator('.wt-sources .wt-csv').click()]);
  expect(readFileSync(await again.path(), 'utf8')).toBe(csv);
});
