// Share links: a link reopens the same view, changes write the address bar (pushed for
// deliberate actions, replaced while typing), hostile links leave the widget working with a
// notice; the embed code for the whole widget, a section alone or one area; copying the link.
import { test, expect, widget, openSection } from '../fixtures.mjs';
import { HOSTILE_LINKS } from '../hostile-links.mjs';

test('a shared link reopens the same view; changes update the address bar', async ({ open }) => {
  const query = '?v=1&d=2025.2&g=amw~amz&b=13000&x=1000&r=0&lang=en&view=table';
  const page = await open(query);
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await expect(page.locator('.wt-bar-count')).toHaveText('2 of 20 areas selected');
  expect(new URL(page.url()).search).toBe(query);
  // A deliberate action pushes a history entry; back restores the previous view.
  await page.locator('tr[data-area=arn] input[type=checkbox]').check();
  await page.waitForURL(/g=amw~amz~arn&/);
  await page.goBack();
  await expect(page.locator('.wt-bar-count')).toHaveText(/^2 of/);
  const arn = page.locator('tr[data-area=arn]');
  await expect(arn.locator('input')).not.toBeChecked();
  await expect(arn).toHaveAttribute('data-off', 'true');
  await openSection(page, 'Calculator');
  await expect(page.locator(".wt-card[data-cat='b'] .wt-card-money")).toHaveText('€242,931,000');
  await expect(page.locator('#wt-amt-b')).toHaveValue('13,000');
  await expect(page.locator('#wt-amt-x')).toHaveValue('1,000');
  // Typing replaces the entry (no history flood) and survives a reload.
  const entries = await page.evaluate(() => history.length);
  await page.fill('#wt-amt-b', '11.000');
  await page.waitForURL(/b=11000&/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.reload();
  await page.waitForSelector('#app[data-ready]');
  await expect(page.locator('#wt-amt-b')).toHaveValue('11,000');
});

test(`${HOSTILE_LINKS.length} hostile links: the widget works, with a notice where parts were ignored`, async ({ open, page }) => {
  for (const link of HOSTILE_LINKS) {
    await open(link);
    await expect(page.locator('.wt-bar-result'), link).toContainText('€');
    await expect(page.locator('.wt-panel'), link).toHaveCount(1);
  }
  await open('?g=amw~xyz&b=abc&lang=en');
  const notice = await page.locator('.wt-notices').textContent();
  expect(notice).toContain('xyz');
  expect(notice).toContain('abc');
  await expect(page.locator('.wt-count')).toHaveText('1 of 20 areas selected');
  await page.locator('.wt-notices button').click();
  await expect(page.locator('.wt-notices')).toHaveCount(0);
});

test('the embed code: the whole widget on this section, the section alone, or one area, each with its height', async ({ open }) => {
  const page = await open('?g=utr&b=10000&view=map');
  await page.locator('.wt-embed-btn').click();
  const snippet = () => page.inputValue('#wt-embed-text');
  const src = async () => new URL((await snippet()).match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
  let text = await snippet();
  for (const part of ['<iframe data-woontop', 'loading="lazy"', 'title=', 'embed.js', 'height="']) expect(text).toContain(part);
  let url = await src();
  expect([url.searchParams.get('g'), url.searchParams.get('b'), url.searchParams.get('embed'), url.searchParams.get('view'), url.searchParams.get('nav')])
    .toEqual(['utr', '10000', '1', 'map', null]);
  await expect(page.locator('.wt-embed-code .wt-hint')).toContainText('px');
  await page.locator('#wt-embed-section').check();
  url = await src();
  expect([url.searchParams.get('view'), url.searchParams.get('nav')]).toEqual(['map', '0']);
  await page.locator('#wt-embed-area').check();
  await page.selectOption('.wt-choice-area select', 'sdm');
  url = await src();
  expect([url.searchParams.get('a'), url.searchParams.get('g')]).toEqual(['sdm', 'sdm']);
  text = await snippet();
  expect(text).toMatch(/height="\d+"/);
  // The embed code follows the section now open.
  await page.locator('#wt-embed-whole').check();
  await openSection(page, 'Grafiek');
  url = await src();
  expect(url.searchParams.get('view')).toBe('chart');
});

test('copy link reports its outcome', async ({ open, context }) => {
  const page = await open('?g=utr');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('.wt-copy').click();
  await expect(page.locator('.wt-share-status')).not.toHaveText('');
  expect(await page.locator('.wt-share-status').textContent()).toMatch(/gekopieerd|Kopieer/);
});
