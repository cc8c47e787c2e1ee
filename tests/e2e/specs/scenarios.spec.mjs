// "Zet vast" and "Scenario's vergelijken": up to four pinned scenarios side by side, each
// figure with its difference from the first, renamed, reordered, removed or opened again; in
// the link, the CSV and the embed code (their points on the chart of the maximum:
// ceiling.spec.mjs).
import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures.mjs';

const PIN = '.wt-pin .wt-btn';
const STATUS = '.wt-pin-status';
const heads = (page) => page.locator('.wt-compare-table thead th').allTextContents();
const pinCount = (url) => (new URL(url).search.match(/[?&]p=/g) || []).length;

test('pin, compare, rename, reorder, remove and open again; the link keeps it all', async ({ open }) => {
  const page = await open();
  await expect(page.locator('.wt-compare')).toHaveCount(0);
  await page.locator(PIN).click();
  await expect(page.locator(STATUS)).toHaveText('Vastgezet als scenario 1: 20 gebieden, € 12.000.');
  // The same figures again: a message, nothing more.
  await page.locator(PIN).click();
  await expect(page.locator(STATUS)).toHaveText('Dit scenario staat al vast.');
  await page.fill('#wt-amt-b', '10000');
  await page.locator(PIN).click();
  expect(await heads(page)).toEqual(['1 20 gebieden, € 12.000', '2 20 gebieden, € 10.000']);
  // Each figure with its difference from scenario 1, computed by the core.
  const row = (name) => page.locator('.wt-compare-table tbody tr', { has: page.locator(`th:text-is("${name}")`) }).locator('td');
  await expect(row('Bedrag per woning 2025-2029')).toHaveText(['€ 12.000', '€ 10.000−€ 2.000']);
  await expect(row('Rijksbijdrage 2025-2029').nth(1)).toHaveText('€ 703.360.000–706.360.000−€ 140.672.000 / −€ 141.272.000');
  await expect(row('Woningen die het maximum betaalt')).toHaveText(['50.000', '60.000+10.000']);
  await expect(page.locator('.wt-compare-table thead th[data-current]')).toHaveText('2 20 gebieden, € 10.000');
  // Rename the second, move it first, and the link carries the order and the name.
  await page.getByRole('textbox', { name: 'Naam van scenario 2' }).fill('Lager bedrag');
  await page.getByRole('button', { name: 'Naar links: 2' }).click();
  expect(await heads(page)).toEqual(['1 Lager bedrag', '2 20 gebieden, € 12.000']);
  await page.waitForURL((url) => url.search.includes('!Lager%20bedrag') && pinCount(url) === 2);
  expect(page.url().indexOf('b=10000')).toBeLessThan(page.url().indexOf('!Lager'));
  await page.reload();
  await page.waitForSelector('#app[data-ready]');
  expect(await heads(page)).toEqual(['1 Lager bedrag', '2 20 gebieden, € 12.000']);
  // Open the second: the calculator takes its amount; remove the first.
  await page.getByRole('button', { name: 'Openen: 2' }).click();
  await expect(page.locator('#wt-amt-b')).toHaveValue('12.000');
  await page.getByRole('button', { name: 'Verwijderen: 1' }).click();
  expect(await heads(page)).toEqual(['1 20 gebieden, € 12.000']);
  await page.waitForURL((url) => pinCount(url) === 1);
});

test('a fifth pin gets a plain message and nothing else changes', async ({ open }) => {
  const page = await open('?p=!1000!0!0&p=!2000!0!0&p=!3000!0!0&p=!4000!0!0');
  expect(await heads(page)).toHaveLength(4);
  const before = page.url();
  await page.locator(PIN).click();
  await expect(page.locator(STATUS)).toHaveText('Er staan al vier scenario\'s vast. Verwijder er een om dit scenario vast te zetten.');
  expect(await heads(page)).toHaveLength(4);
  await page.waitForTimeout(300);
  expect(page.url()).toBe(before);
});

test('a link with a bad scenario and more than four opens with notices and the valid ones', async ({ open }) => {
  const six = ['amw!9000!0!0', 'amw!twaalf!0!0', 'amw~xyz!10000!0!0', 'dlf!11000!0!0', 'utr!12000!0!0', 'arn!13000!0!0'];
  const page = await open(`?lang=en&${six.map((p) => `p=${p}`).join('&')}`);
  const notices = page.locator('.wt-notices li');
  await expect(notices).toHaveText([
    'The pinned scenario "amw!twaalf!0!0" could not be read and was left out; the others are shown.',
    /xyz/,
    'Up to four scenarios can be pinned; 1 more in the link was left out.',
  ]);
  expect(await heads(page)).toEqual(['1 1 area, €9,000', '2 1 area, €10,000', '3 1 area, €11,000', '4 1 area, €12,000']);
});

test('the CSV has a block per scenario and the embed code carries them', async ({ open }) => {
  const page = await open('?g=amw&p=amw~amz!12000!0!0!Amsterdam&p=dlf!10000!0!0&view=table');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.wt-csv').click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  const blocks = csv.trim().split('\r\n\r\n').map((b) => b.split('\r\n').map((l) => l.split(';')));
  expect(blocks).toHaveLength(3);
  expect(blocks[1][0]).toEqual(['scenario 1', 'Amsterdam']);
  expect(blocks[2][0]).toEqual(['scenario 2', '1 gebied, € 10.000']);
  // Each block is the table of its own areas at its own amounts, with the same columns.
  expect(blocks[1][1]).toEqual(blocks[0][0]);
  const col = blocks[0][0].indexOf('bijdrage_2025_2029_laag');
  expect(blocks[1].slice(2, -1).map((r) => r[0])).toEqual(['amw', 'amz']);
  // 18.687 homes × € 12.000.
  expect(blocks[1].at(-1)[col]).toBe('224244000');
  expect(blocks[2].slice(2, -1).map((r) => [r[0], r[col]])).toEqual([['dlf', String(Number(blocks[2][2][3]) * 10000)]]);
  await page.locator('.wt-embed-btn').click();
  const code = await page.inputValue('#wt-embed-text');
  expect(code).toContain('p=amw~amz!12000!0!0!Amsterdam');
  expect(code).toContain('p=dlf!10000!0!0');
});

test('the comparison is printed without its buttons', async ({ open }) => {
  const page = await open('?p=amw!12000!0!0&p=dlf!10000!0!0');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.wt-compare-table')).toBeVisible();
  await expect(page.locator('.wt-sc-tools').first()).toBeHidden();
  await expect(page.locator(PIN)).toBeHidden();
});
