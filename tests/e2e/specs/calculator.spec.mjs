// The calculator: amounts (typed, by keyboard, suggested, refused), the selection, the
// hypothetical amounts folded away, the pro-rata table drawn only while open.
import { test, expect } from '../fixtures.mjs';

const money = (page) => page.locator(".wt-card[data-cat='b'] .wt-card-money");

test('a municipality, a typed amount and a bad amount', async ({ open }) => {
  const page = await open();
  await page.selectOption('.wt-muni select', 'Amsterdam');
  await expect(page.locator('.wt-count')).toHaveText('2 van 20 gebieden geselecteerd');
  // 10.166 + 8.521 = 18.687 homes; × 13.000 = 242.931.000.
  await page.fill('#wt-amt-b', '€ 13.000');
  await expect(money(page)).toHaveText('€ 242.931.000');
  await page.fill('#wt-amt-b', '-5');
  await expect(page.locator('.wt-error-msg')).toHaveText('Een bedrag kan niet negatief zijn.');
  await expect(page.locator('#wt-amt-b')).toHaveAttribute('aria-invalid', 'true');
  await expect(money(page)).toHaveText('€ 242.931.000');
  await expect(page.locator('.wt-count')).toHaveText('2 van 20 gebieden geselecteerd');
  await expect(page.locator('.wt-bar-count')).toHaveText('2 van 20 gebieden geselecteerd');
});

test('the slider moves by keyboard and the text field follows', async ({ open }) => {
  const page = await open('?g=amw');
  await page.locator('.wt-amount[data-amount=b] .wt-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#wt-amt-b')).toHaveValue('12.250');
  await expect(money(page)).toHaveText('€ 124.533.500');
});

test('the amount at which all plans fit: shown, and "use" sets exactly € 8.494', async ({ open }) => {
  const page = await open();
  const fit = page.locator('.wt-fit').first();
  await expect(fit).toHaveText(/^Bij € 8\.494 per woning passen/);
  await fit.locator('.wt-use').click();
  await page.waitForURL(/b=8494&/);
  await expect(page.locator('#wt-amt-b')).toHaveValue('8.494');
  // 70.336 × 8.494 = 597.433.984; 70.636 × 8.494 = 599.982.184: within € 600 miljoen.
  await expect(money(page)).toHaveText('€ 597.433.984–599.982.184');
  await page.locator('.wt-picker summary').click();
  await page.locator('.wt-picks label', { hasText: 'Amsterdam Nieuw-West' }).locator('input').uncheck();
  await expect(page.locator('.wt-fit')).toHaveCount(2);
});

test('the hypothetical amounts are folded away until asked for, and open when a link sets one', async ({ open }) => {
  const page = await open();
  await expect(page.locator('#wt-amt-x')).toHaveCount(0);
  await expect(page.locator('.wt-card')).toHaveCount(1);
  await page.locator('.wt-hypo summary').click();
  await page.fill('#wt-amt-r', '1000');
  // 23.410–24.410 retrofits × € 1.000.
  await expect(page.locator(".wt-card[data-cat='r'] .wt-card-money")).toHaveText('€ 23.410.000–24.410.000');
  await page.waitForURL(/r=1000/);
  await page.reload();
  await page.waitForSelector('#app[data-ready]');
  await expect(page.locator('#wt-amt-r')).toHaveValue('1.000');
  await expect(page.locator('.wt-hypo')).toHaveAttribute('open');
});

test('areas ticked one by one in the calculator', async ({ open }) => {
  const page = await open('?g=');
  await expect(page.locator('.wt-count')).toHaveText('0 van 20 gebieden geselecteerd');
  await page.locator('.wt-picker summary').click();
  await expect(page.locator('.wt-picks input')).toHaveCount(20);
  await page.locator('.wt-picks label', { hasText: 'Delft-West' }).locator('input').check();
  await expect(page.locator('.wt-count')).toHaveText('1 van 20 gebieden geselecteerd');
  await expect(money(page)).toHaveText('€ 20.400.000');
  await page.getByRole('button', { name: 'Alle gebieden' }).click();
  await expect(page.locator('.wt-count')).toHaveText('20 van 20 gebieden geselecteerd');
});

test('the pro-rata table is in the page only while open, and follows the selection then', async ({ open }) => {
  const page = await open('?g=amw~amz');
  await expect(page.locator('.wt-prorata-table')).toHaveCount(0);
  await page.locator('.wt-prorata summary').click();
  await expect(page.locator('.wt-prorata-table tbody tr')).toHaveCount(2);
  await page.locator('.wt-picker summary').click();
  await page.locator('.wt-picks label', { hasText: 'Delft-West' }).locator('input').check();
  await expect(page.locator('.wt-prorata-table tbody tr')).toHaveCount(3);
  await page.locator('.wt-prorata summary').click();
  await expect(page.locator('.wt-prorata-table')).toHaveCount(0);
});
