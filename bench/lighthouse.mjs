// Lighthouse in the benchmark: its mobile profile (simulated 4× CPU slowdown and slow 4G) on
// the release build and on the vanilla baseline (../shared/bench/vanilla-baseline.html, or
// $BASELINE), both served with brotli, in one run. Adds `lighthouse` to the results file
// (bench/results.json, or --out F): scores, TBT, LCP, FCP, TTI, DOM size and the app's long
// tasks, the median of --runs N runs (default 5) per page.
// Lighthouse comes from bench/lighthouse/ (exactly 12.2.3: 13 needs Node 22), installed by
// scripts/bench.sh; the test command never installs it.
// Figures only: nothing here passes or fails.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { serve } from '../tests/e2e/server.mjs';

const require = createRequire(resolve('bench/lighthouse/package.json'));
const lighthouse = (await import(require.resolve('lighthouse'))).default;
const chromeLauncher = await import(require.resolve('chrome-launcher'));

const args = process.argv.slice(2);
const flag = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const RUNS = Number(flag('--runs', 5));
const OUT = flag('--out', 'bench/results.json');
const BASELINE = resolve(process.env.BASELINE ?? '../shared/bench/vanilla-baseline.html');

const app = await serve(resolve('dist'), { prefix: '/app/', brotli: true });
const base = await serve(dirname(BASELINE), { prefix: '/base/', brotli: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_BIN || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
async function audit(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const a = lhr.audits;
    // Long main-thread tasks, as Lighthouse saw them (simulated 4× slowdown).
    const long = (a['long-tasks']?.details?.items ?? []).map((t) => Math.round(t.duration));
    runs.push({
      performance: lhr.categories.performance.score * 100,
      accessibility: lhr.categories.accessibility.score * 100,
      best_practices: lhr.categories['best-practices'].score * 100,
      seo: lhr.categories.seo.score * 100,
      tbt_ms: a['total-blocking-time'].numericValue,
      lcp_ms: a['largest-contentful-paint'].numericValue,
      fcp_ms: a['first-contentful-paint'].numericValue,
      tti_ms: a.interactive.numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      dom_elements: a['dom-size']?.numericValue,
      long_tasks_ms: long,
      failed: Object.values(lhr.categories).flatMap((c) => c.auditRefs)
        .filter((r) => r.weight > 0 && a[r.id].score !== null && a[r.id].score < 1).map((r) => r.id),
    });
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  const mid = runs.find((r) => r.tbt_ms === pick('tbt_ms')) ?? runs[0];
  return {
    runs: RUNS,
    performance: pick('performance'), accessibility: pick('accessibility'),
    best_practices: pick('best_practices'), seo: pick('seo'),
    tbt_ms: Math.round(pick('tbt_ms')), lcp_ms: Math.round(pick('lcp_ms')), fcp_ms: Math.round(pick('fcp_ms')),
    tti_ms: Math.round(pick('tti_ms')), cls: pick('cls'), dom_elements: pick('dom_elements'),
    long_tasks_ms: mid.long_tasks_ms, not_full_marks: mid.failed,
  };
}

const result = {
  version: '12.2.3', profile: 'mobile (simulated: 4× CPU slowdown, slow 4G), served with brotli',
  app: await audit(app.url),
  baseline: await audit(`${base.url}${basename(BASELINE)}`),
};
await chrome.kill();
await app.close();
await base.close();
const all = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : {};
all.lighthouse = result;
writeFileSync(OUT, JSON.stringify(all, null, 2) + '\n');
console.table({ widget: result.app, baseline: result.baseline });
