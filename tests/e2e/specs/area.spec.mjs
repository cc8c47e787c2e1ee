// One area's own view (a=code): figures with sources, money, the link to the whole
// calculator; embedded; an area without figures; an unknown code.
import { test, expect } from '../fixtures.mjs';

test('an area\'s own view: figures with their sources, money, and the whole calculator with this area', async ({ open, page }) => {
  await open('?v=1&g=dlf&b=12000&x=0&r=0&a=dlf');
  await expect(page.locator('.wt-area-view h1')).toHaveText('Delft-West');
  await expect(page.locator('#wt-areas, [role=tablist]')).toHaveCount(0);
  await expect(page.locator('.wt-area-fig')).toHaveCount(3);
  // The sources, notes and bottlenecks of its table row, shown from the page's part.
  await expect(page.locator('.wt-area-sources .wt-detail-fig blockquote').filter({ hasText: '1.400' })).not.toHaveCount(0);
  await expect(page.locator('.wt-area-sources .wt-noquote')).toHaveCount(0);
  expect(await page.locator('.wt-area-money dd').count()).toBeGreaterThanOrEqual(3);
  const href = await page.locator('.wt-area-all a').getAttribute('href');
  const url = new URL(href, page.url());
  expect([url.searchParams.get('g'), url.searchParams.get('a')]).toEqual(['dlf', null]);
  await page.locator('.wt-area-all a').click();
  await expect(page.getByRole('tablist')).toBeVisible();
  await expect(page.locator('.wt-bar-count')).toHaveText('1 van 20 gebieden geselecteerd');
});

test('embedded, without figures, and an unknown code', async ({ open, page }) => {
  for (const [code, name] of [['hrl', 'Heerlen-Noord'], ['rtz', 'Rotterdam-Zuid'], ['lls', 'Lelystad Oost']]) {
    await open(`?v=1&a=${code}&embed=1&theme=dark`);
    await expect(page.locator('.wt-area-view h1')).toHaveText(name);
    expect(await page.getAttribute('html', 'data-embed')).toBe('');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
  }
  await open('?v=1&a=ehv&lang=en');
  await expect(page.locator('.wt-area-view')).toContainText('names this area but gives no figures');
  await open('?v=1&a=xyz');
  await expect(page.getByRole('tablist')).toBeVisible();
  await expect(page.locator('.wt-notices')).toContainText('xyz');
});
