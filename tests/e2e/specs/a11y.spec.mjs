// WCAG 2.1 A and AA rules of axe-core on every section and on the views a visitor can reach.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from '../fixtures.mjs';

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const VIEWS = {
  'the calculator, its disclosures open': '?x=1000',
  'the map with a highlight': '?view=map&k=grid',
  'the money chart': '?view=chart&chart=money',
  'the table with a row open': '?view=table&k=grid',
  'the sources': '?view=sources',
  'English': '?lang=en&view=table',
  'dark': '?theme=dark&view=map',
  'embedded, a section alone': '?embed=1&view=chart&nav=0',
  'notices shown': '?g=amw~xyz&b=abc',
  'the notice of an older dataset\'s link': '?v=1&d=2025.1&g=dor~bre&b=12000&x=0&r=0',
  'an area\'s own view': '?a=utr',
  'four pinned scenarios, dark': '?theme=dark&p=amw~amz!12000!0!0!Amsterdam&p=!10000!0!0&p=dlf!13000!0!500&p=utr~arn!9000!0!0',
  'the chart of the maximum with pinned points': '?view=chart&p=amw!12000!0!0&p=dlf~utr!30000!0!0',
};

for (const [name, query] of Object.entries(VIEWS)) {
  test(`axe-core: no WCAG 2.1 AA violation in ${name}`, async ({ open }) => {
    const page = await open(query);
    // Open what can be opened, so that it is checked too.
    for (const opener of ['#wt-areas .wt-more', '.wt-embed-btn']) {
      if (await page.locator(opener).count()) await page.locator(opener).first().click();
    }
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await page.waitForTimeout(200);
    // Evaluated through the DevTools protocol, so the page's strict policy does not block it.
    await page.evaluate(AXE);
    const result = await page.evaluate(async () => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }));
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.length}x ${v.nodes[0].target.join(' ')} (${v.nodes[0].failureSummary.split('\n')[1]?.trim()})`);
    expect(found).toEqual([]);
  });
}
