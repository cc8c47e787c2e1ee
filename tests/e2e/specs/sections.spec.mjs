// The sections: the WAI-ARIA tabs pattern with the keyboard, `view` and `nav` in the link,
// back and forward between sections, the key result in every section.
import { test, expect, widget, openSection } from '../fixtures.mjs';

const TABS = ['Rekenhulp', 'Kaart', 'Grafiek', 'Tabel', 'Bronnen'];

test('the navigation is a tab list: one selected tab in the Tab order, each controlling its panel', async ({ open }) => {
  const page = await open();
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveText(TABS);
  await expect(page.getByRole('tablist')).toHaveAttribute('aria-label', 'Onderdelen');
  expect(await tabs.evaluateAll((t) => t.map((x) => [x.getAttribute('aria-selected'), x.tabIndex]))).toEqual(
    [['true', 0], ['false', -1], ['false', -1], ['false', -1], ['false', -1]],
  );
  const panel = page.getByRole('tabpanel');
  await expect(panel).toHaveCount(1);
  expect(await panel.getAttribute('id')).toBe(await tabs.first().getAttribute('aria-controls'));
  expect(await panel.getAttribute('aria-labelledby')).toBe(await tabs.first().getAttribute('id'));
  // Only the open section is drawn.
  await expect(page.locator('.wt-panel')).toHaveCount(1);
  await expect(page.locator('.wt-map-svg, #wt-areas, .wt-svg')).toHaveCount(0);
});

test('arrow keys, Home and End move between tabs and open them; focus follows', async ({ open }) => {
  const page = await open();
  await page.getByRole('tab', { name: 'Rekenhulp' }).focus();
  const focused = () => page.evaluate(() => document.activeElement.textContent);
  const selected = () => page.locator('[role=tab][aria-selected=true]').textContent();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.wt-map-svg')).toBeVisible();
  expect([await focused(), await selected()]).toEqual(['Kaart', 'Kaart']);
  await page.keyboard.press('End');
  await expect(page.locator('#wt-panel-sources')).toBeVisible();
  expect(await focused()).toBe('Bronnen');
  await page.keyboard.press('ArrowRight');
  expect([await focused(), await selected()]).toEqual(['Rekenhulp', 'Rekenhulp']);
  await page.keyboard.press('ArrowLeft');
  expect(await selected()).toBe('Bronnen');
  await page.keyboard.press('Home');
  expect(await selected()).toBe('Rekenhulp');
  // Tab leaves the tab list for the panel: the other tabs are not in the Tab order.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement.getAttribute('role'))).not.toBe('tab');
});

test('view= opens a section; choosing one writes the link, and back and forward move between the sections chosen', async ({ open }) => {
  const page = await open('?view=chart');
  await expect(page.getByRole('tab', { name: 'Grafiek' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.wt-chart .wt-svg')).toBeVisible();
  await openSection(page, 'Kaart');
  await page.waitForURL(/[?&]view=map(&|$)/);
  await openSection(page, 'Tabel');
  await page.waitForURL(/[?&]view=table(&|$)/);
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Kaart' })).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Grafiek' })).toHaveAttribute('aria-selected', 'true');
  await page.goForward();
  await expect(page.getByRole('tab', { name: 'Kaart' })).toHaveAttribute('aria-selected', 'true');
  // The calculator is the default: its link says no view.
  await openSection(page, 'Rekenhulp');
  await page.waitForURL((url) => !url.search.includes('view='));
});

test('old links without view open the calculator as before', async ({ open }) => {
  const page = await open('?v=1&d=2025.2&g=amw~amz&b=13000&x=0&r=0');
  await expect(page.getByRole('tab', { name: 'Rekenhulp' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#wt-amt-b')).toHaveValue('13.000');
  await expect(page.locator('.wt-notices')).toHaveCount(0);
});

test('nav=0 shows one section alone, titled, without the navigation', async ({ open }) => {
  const page = await open('?view=map&nav=0');
  await expect(page.getByRole('tablist')).toHaveCount(0);
  await expect(page.locator('.wt-map-svg')).toBeVisible();
  await expect(page.locator('#wt-panel-map h2')).toBeVisible();
  await expect(page.locator('#wt-panel-map h2')).toHaveText('Kaart van de gebieden');
  await expect(page.locator('.wt-bar')).toBeVisible();
});

test('an unknown view or nav value opens the default with the usual notice; the rest of the link applies', async ({ open }) => {
  const page = await open('?g=amw~amz&view=kaart&nav=nee&lang=en');
  await expect(page.getByRole('tab', { name: 'Calculator' })).toHaveAttribute('aria-selected', 'true');
  const notice = await page.locator('.wt-notices').textContent();
  expect(notice).toContain('"kaart"');
  expect(notice).toContain('"nee"');
  await expect(page.locator('.wt-count')).toHaveText('2 of 20 areas selected');
});

test('the key result is in every section, and at 360 x 740 in view on arrival and while working further down', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const view of ['calc', 'map', 'chart', 'table', 'sources']) {
    await page.goto(`${widget()}?view=${view}`);
    await page.waitForSelector('#app[data-ready]');
    const bar = page.locator('.wt-bar');
    await expect(bar).toContainText('% van € 600 miljoen');
    const inView = () => bar.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    expect(await inView(), view).toBe(true);
    if (view === 'table') {
      const box = page.locator('tr[data-area=vla] input[type=checkbox]');
      await box.scrollIntoViewIfNeeded();
      await box.uncheck();
      await expect(page.locator('.wt-bar-count')).toHaveText(/^19 van/);
      expect(await inView(), 'beside the table, further down').toBe(true);
    }
  }
});

test('in an embed the key result stands below the navigation, not sticky (the frame never scrolls)', async ({ open }) => {
  const page = await open('?g=amw~amz&embed=1');
  await expect(page.locator('.wt-bar')).toHaveCount(1);
  expect(await page.locator('.wt-bar').evaluate((el) => getComputedStyle(el).position)).toBe('static');
  await expect(page.locator('.wt-tabs + .wt-bar')).toHaveCount(1);
});

for (const width of [320, 360]) {
  const rows = width === 320 ? 2 : 1;
  test(`at ${width} px the five tabs take ${rows} row(s) inside the width, embedded or not`, async ({ page, open }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const query of ['', '?embed=1']) {
      await open(query);
      const row = () => page.locator('.wt-tabs > .wt-tab').evaluateAll((tabs) => ({
        tops: new Set(tabs.map((t) => t.getBoundingClientRect().top)).size,
        right: Math.max(...tabs.map((t) => t.getBoundingClientRect().right)),
        width: document.documentElement.clientWidth,
      }));
      const { tops, right, width: w } = await row();
      expect(tops, query).toBeLessThanOrEqual(rows);
      expect(right, query).toBeLessThanOrEqual(w);
    }
  });
}
