// Open and trustworthy (issue 24): the citations and their copy buttons, the dataset files
// beside the widget, the notice of a link made with an older dataset, the search for a
// neighbourhood, and the accessibility statement.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, widget } from '../fixtures.mjs';

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A and AA violations axe-core finds on the page as it is now. */
async function violations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(' ')}`);
}

test('the citations name the booklet and the widget, and copy what they show', async ({ open, context }) => {
  const page = await open('?view=sources&g=dor~dhz');
  const texts = await page.locator('.wt-citation-text').allTextContents();
  expect(texts).toHaveLength(4);
  for (const t of texts) {
    expect(t).toContain('Gebieden Nationaal Programma Leefbaarheid en Veiligheid');
    expect(t).toContain('Woontopafspraken 2024-2030. Wonen in leefbare en veilige buurten');
    expect(t).toContain('2025.2');
    expect(t).toContain('2026-12-02');
    expect(t).toMatch(/\(z\.j\.\)|\(n\.d\.\)/);
    // The link of the current view: it reopens these two areas.
    const link = new URL(t.slice(t.indexOf('http')));
    expect(link.searchParams.get('g').split('~').sort()).toEqual(['dhz', 'dor']);
  }
  await expect(page.locator('.wt-citation-text[lang="en"]')).toHaveCount(2);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('.wt-cite summary').click();
  const copy = page.getByRole('button', { name: 'Kopiëren: uitgebreide citatie (English)' });
  await copy.click();
  await expect(page.locator('.wt-citation-status').filter({ hasText: 'Gekopieerd.' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(texts[3]);
});

test('the dataset files resolve from the Bronnen section, with the sizes it states', async ({ open }) => {
  const page = await open('?view=sources');
  const links = page.locator('a.wt-file');
  await expect(links).toHaveCount(3);
  const bodies = {};
  for (const a of await links.all()) {
    const href = await a.getAttribute('href');
    const url = new URL(href, page.url()).href;
    const res = await page.request.get(url);
    expect(res.status(), href).toBe(200);
    const body = await res.body();
    bodies[href.split('/').pop()] = body.toString('utf8');
    // "(97 kB)" after the link: the size rounded up to whole kB.
    const line = await a.locator('xpath=..').textContent();
    expect(line).toContain(`(${Math.ceil(body.length / 1000)} kB)`);
  }
  const json = JSON.parse(bodies['woontop-2025.2.json']);
  expect(json.dataset_version).toBe('2025.2');
  expect(json.areas).toHaveLength(20);
  expect(json.areas.find((a) => a.code === 'dor').context[0].names).toContain('Crabbehof');
  const pkg = JSON.parse(bodies['datapackage.json']);
  expect(pkg.resources.map((r) => r.path)).toEqual(['woontop-2025.2.csv', 'woontop-2025.2.json']);
  const csv = bodies['woontop-2025.2.csv'].split('\r\n').filter(Boolean);
  expect(csv[0].split(',')).toEqual(pkg.resources[0].schema.fields.map((f) => f.name));
  expect(csv).toHaveLength(21);
});

test('a link of dataset 2025.1 names what changed since for its areas', async ({ open }) => {
  const page = await open('?v=1&d=2025.1&g=dor&b=12000&x=0&r=0');
  const notice = page.locator('.wt-notices');
  await expect(notice).toContainText('dataset 2025.1; nu geldt 2025.2');
  const changes = notice.locator('.wt-since li');
  expect(await changes.count()).toBeGreaterThanOrEqual(2);
  await expect(notice.locator('summary')).toContainText('Wat er sindsdien veranderde voor de gebieden in deze link');
  await notice.locator('summary').click();
  await expect(changes.first()).toBeVisible();
  await expect(changes.first()).toContainText(/Landelijk|Dordrecht-West/);
  await expect(notice.locator('.wt-since')).toContainText('Dordrecht-West: Verduurzamen');
  await expect(notice).toContainText(/En \d+ wijzigingen bij andere gebieden/);
  // The whole list is in Bronnen.
  await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
  await page.getByRole('tab', { name: 'Bronnen' }).click();
  await page.locator('.wt-changes summary').first().click();
  await expect(page.locator('.wt-changes li')).toHaveCount(11);
});

test('search: a neighbourhood finds its area, by keyboard too', async ({ open }) => {
  const page = await open('?view=map');
  const field = page.getByRole('searchbox', { name: 'Zoek uw wijk' });
  await field.fill('moerwijk');
  await expect(page.locator('.wt-search-status')).toHaveText('1 gebied gevonden voor "moerwijk".');
  await expect(page.locator('.wt-search-results li')).toHaveCount(1);
  await expect(page.locator('.wt-search-results a')).toHaveText('Den Haag Zuidwest');
  await expect(page.locator('.wt-via')).toContainText('Wijken: Moerwijk');
  expect(await violations(page)).toEqual([]);
  // Keyboard only: type, Tab to the result's select button, Space; then back to the link.
  await field.fill('');
  await field.focus();
  await page.keyboard.type('CRABBÉHOF');
  await expect(page.locator('.wt-search-results a')).toHaveText('Dordrecht-West');
  await page.keyboard.press('Tab');
  await expect(page.locator('.wt-search-results a')).toBeFocused();
  await page.keyboard.press('Tab');
  const pick = page.locator('.wt-search-pick');
  await expect(pick).toBeFocused();
  await expect(pick).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(pick).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.wt-bar-count')).toHaveText('19 van 20 gebieden geselecteerd');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#wt-area-h')).toHaveText('Dordrecht-West');
  expect(new URL(page.url()).searchParams.get('a')).toBe('dor');
});

test('search: a name the booklet does not give gets a polite answer with the municipalities', async ({ open }) => {
  const page = await open('?view=map&lang=en');
  const field = page.getByRole('searchbox', { name: 'Find your neighbourhood' });
  await field.fill('Leidsche Rijn');
  await expect(page.locator('.wt-search-status')).toContainText('The booklet does not name "Leidsche Rijn"');
  // The municipalities to try, in the same announced sentence.
  await expect(page.locator('.wt-search-status')).toContainText('Amsterdam, Arnhem, Breda');
  await expect(page.locator('.wt-search-status')).toContainText('Vlaardingen, Zaanstad.');
  await expect(page.locator('.wt-search-results li')).toHaveCount(0);
  expect(await violations(page)).toEqual([]);
  await field.fill('Dordrecht');
  await expect(page.locator('.wt-search-results a')).toHaveText('Dordrecht-West');
  // One letter is too short, and says so.
  await field.fill('m');
  await expect(page.locator('.wt-search-status')).toHaveText('Type at least 2 letters.');
  await expect(page.locator('.wt-search-results li')).toHaveCount(0);
});

test('the accessibility statement is linked, beside the widget, and passes axe-core', async ({ open }) => {
  const page = await open('');
  const link = page.locator('.wt-footer').getByRole('link', { name: 'Toegankelijkheidsverklaring' });
  await link.click();
  await expect(page).toHaveURL(/toegankelijkheid\.html$/);
  await expect(page.locator('h1')).toContainText('Toegankelijkheidsverklaring');
  await expect(page.locator('main')).toContainText('WCAG 2.1');
  await expect(page.locator('main')).toContainText('EN 301 549');
  await expect(page.locator('[data-host-contact]')).toHaveCount(1);
  await expect(page.locator('#en[lang="en"]')).toContainText('Accessibility statement');
  expect(await violations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Terug naar de widget' }).click();
  await page.waitForSelector('#app[data-ready]');
  expect(page.url()).toBe(widget());
});
