// Printing: whichever section is open, a printout holds the key result, the amounts, the
// results and the table in compact rows, on at most 3 A4 pages.
import { test, expect } from '../fixtures.mjs';

/** The number of pages in a PDF (its page objects). */
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const view of ['calc', 'map', 'sources']) {
  test(`printed from the ${view} section: the key result, amounts, results and all 20 rows on at most 3 A4 pages`, async ({ open }) => {
    const page = await open(`?view=${view}`);
    // What the browser does before it prints (Playwright's PDF does not fire it).
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('#wt-panel-calc')).toHaveCount(1);
    await expect(page.locator('#wt-areas tbody tr[data-area]')).toHaveCount(20);
    await page.emulateMedia({ media: 'print' });
    const text = await page.locator('main').innerText();
    for (const s of ['Bijdrage nieuwbouw 2025-2029', '12.000', '€ 844.032.000–847.632.000', '70.336–70.636', 'Zaandam-Oost']) expect(text).toContain(s);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pages(pdf)).toBeLessThanOrEqual(3);
    expect(pages(pdf)).toBeGreaterThanOrEqual(1);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(page.locator('.wt-panel')).toHaveCount(1);
  });
}
