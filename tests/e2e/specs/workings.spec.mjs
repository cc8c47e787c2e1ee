// "Hoe komt dit tot stand?": every result opens its working in place, with the numbers of the
// view; the open ones are kept in the link, read by a screen reader as a list, and printed.
import { test, expect } from '../fixtures.mjs';

const toggle = (page, code) => page.locator(`button.wt-how[aria-controls="wt-how-${code}"]`);
const steps = (page, code) => page.locator(`#wt-how-${code} li`);

test('the contribution line by line, kept in the link and after a reload', async ({ open }) => {
  const page = await open();
  const button = toggle(page, 'b');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toHaveAccessibleName('Hoe komt dit tot stand? bijdrage nieuwbouw 2025-2029');
  await expect(page.locator('.wt-how-steps')).toHaveCount(0);
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const lines = steps(page, 'b');
  await expect(lines.first()).toHaveText('Amsterdam Nieuw-West: 10.166 woningen × € 12.000 = € 121.992.000');
  await expect(lines.filter({ hasText: 'Utrecht Overvecht' })).toHaveText('Utrecht Overvecht: 900–1.200 woningen × € 12.000 = € 10.800.000–14.400.000');
  await expect(lines.filter({ hasText: 'zonder cijfer' })).toContainText('Eindhoven Woensel-Zuid, Lelystad Oost');
  await expect(lines.last()).toHaveText('Samen: 70.336–70.636 woningen × € 12.000 = € 844.032.000–847.632.000');
  // The last line is the result shown above it.
  await expect(page.locator(".wt-card[data-cat='b'] .wt-card-money")).toHaveText('€ 844.032.000–847.632.000');
  await page.waitForURL(/[?&]w=b(&|$)/);
  await page.reload();
  await page.waitForSelector('#app[data-ready]');
  await expect(toggle(page, 'b')).toHaveAttribute('aria-expanded', 'true');
  // 18 areas with a figure, one line for the two without, the sum.
  await expect(steps(page, 'b')).toHaveCount(20);
  // A screen reader meets a list; the button says what it controls.
  expect(await page.locator('#wt-how-b').evaluate((el) => el.tagName)).toBe('OL');
  await toggle(page, 'b').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#wt-how-b')).toHaveCount(0);
  await page.waitForURL((url) => !url.search.includes('w='));
});

test('the fitting amount, the maximum and the shares follow the selection and the amount', async ({ open }) => {
  const page = await open('?g=amw~amz&b=10000&w=fit~fits~max~vs~cov~plans');
  await expect(steps(page, 'fit')).toHaveText(['€ 600.000.000 ÷ 70.636 woningen = € 8.494,25 per woning; naar beneden afgerond op hele euro\'s: € 8.494, zodat het binnen het maximum past.']);
  // Amsterdam's two areas: 18.687 homes; 600.000.000 / 18.687 = 32.107,88…
  await expect(steps(page, 'fits')).toHaveText([/^€ 600\.000\.000 ÷ 18\.687 woningen = € 32\.107,88 per woning/]);
  // 18.687 × 10.000 = 186.870.000.
  await expect(steps(page, 'max')).toHaveText(['€ 186.870.000 ÷ € 600.000.000 = 31,1%']);
  await expect(steps(page, 'vs')).toHaveText(['€ 186.870.000 − € 600.000.000 = € 413.130.000 onder het maximum van € 600 miljoen']);
  await expect(steps(page, 'cov')).toHaveText(['€ 600.000.000 ÷ € 10.000 per woning = 60.000 woningen (naar beneden afgerond).']);
  await expect(steps(page, 'plans')).toHaveText(['18.687 woningen ÷ 70.336–70.636 woningen = 26,5–26,6%']);
  await page.fill('#wt-amt-b', '12000');
  await expect(steps(page, 'max')).toHaveText(['€ 224.244.000 ÷ € 600.000.000 = 37,4%']);
});

test('pro rata: both ends of the range, each area\'s share and who got the last euros, in English', async ({ open }) => {
  const page = await open('?lang=en&w=pr');
  await page.locator('.wt-prorata summary').click();
  const lines = steps(page, 'pr');
  await expect(lines.first()).toHaveText(/^Low estimate: all areas together claim €844,032,000, more than €600,000,000\./);
  await expect(lines.filter({ hasText: /^High estimate/ })).toHaveCount(1);
  await expect(lines.filter({ hasText: /^After rounding down, €\d+ was left; the largest remainders got €1 each: / })).toHaveCount(2);
  await expect(lines.filter({ hasText: /^Amsterdam Nieuw-West: €121,992,000 → €86,720,88[23]/ })).toHaveCount(1);
  await expect(lines.last()).toHaveText('Together for the selection: €600,000,000.');
});

test('an open working is printed; the buttons are not', async ({ open }) => {
  const page = await open('?w=b~fit');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#wt-how-b')).toBeVisible();
  await expect(page.locator('#wt-how-fit')).toBeVisible();
  await expect(page.locator('button.wt-how').first()).toBeHidden();
});

test('an unknown working in a link gets a notice and the others open', async ({ open }) => {
  const page = await open('?g=amw&w=b~nope');
  await expect(page.locator('.wt-notices')).toContainText('nope');
  await expect(steps(page, 'b')).toHaveCount(2);
});
