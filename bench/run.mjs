// Performance benchmark: the release build in dist/ against a plain-JS page doing the same core
// work on synthetic data (../shared/bench/vanilla-baseline.html, or $BASELINE). Measures
// bytes on the wire, startup, interaction latency and memory in headless Chromium.
// Usage (from the repository root, after a release build):
//   node bench/run.mjs [--runs N] [--out bench/results.json]
// Figures only: nothing here passes or fails, and no test depends on it.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const RUNS = Number(flag('--runs', 7));
const OUT = flag('--out', 'bench/results.json');
const DIST = resolve('dist');
const BASELINE = resolve(process.env.BASELINE ?? '../shared/bench/vanilla-baseline.html');
const SAMPLES = 200;
const MIXED = 1000;

// --- bytes on the wire ------------------------------------------------------------------------
function sizes(file) {
  const data = readFileSync(file);
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const sum = (rows) => Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, rows.reduce((a, r) => a + r[k], 0)]));
const distFiles = readdirSync(DIST).filter((f) => !f.startsWith('.') && statSync(join(DIST, f)).isFile()).sort()
  .map((file) => ({ file, ...sizes(join(DIST, file)) }));
const bytes = {
  // The Dutch page's start: boot.js and the Dutch build (the English build's files are beside it).
  app: { files: distFiles, js_wasm: sum(distFiles.filter((r) => r.file === 'boot.js' || /^woontop-(?!en-)[0-9a-f]+(_bg\.wasm|\.js)$/.test(r.file))), all: sum(distFiles) },
  baseline: { file: basename(BASELINE), ...sizes(BASELINE) }, // its JS is inline: the page is the total
};

// --- browser and pages ------------------------------------------------------------------------
// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs; the
// baseline's synchronous updates are well under a millisecond.
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const appServer = await serve(DIST, { prefix: '/app/', headers: ISOLATED });
const baseServer = await serve(dirname(BASELINE), { prefix: '/base/', headers: ISOLATED });

// Exact heap figures (otherwise rounded and delayed) and gc(), so that heap sizes exclude
// pending garbage.
const browser = await launch(['--enable-precise-memory-info', '--js-flags=--expose-gc']);

// How each page is driven: the same in-page code works on both through these selectors.
const TARGETS = {
  app: {
    url: appServer.url,
    ready: () => window.__bench.ready, // set by the observer in OBSERVE below
    amount: '#wt-amt-b',
    figure: ".wt-card[data-cat='b'] .wt-card-money",
    totals: ".wt-card[data-cat='b'] .wt-card-money", // the selection's contribution
    // The Rekenhulp's area picker, folded until asked for: opened as a visitor would.
    boxes: async (page) => {
      if (!(await page.$('.wt-picker[open]'))) await page.click('.wt-picker summary');
      await page.waitForSelector('.wt-picker input[type=checkbox]');
      return [1, 2].map((n) => `.wt-picker li:nth-child(${n}) input[type=checkbox]`);
    },
  },
  baseline: {
    url: `${baseServer.url}${basename(BASELINE)}`,
    ready: () => performance.getEntriesByName('rendered')[0]?.startTime,
    amount: '#amount',
    figure: '#totals',
    totals: '#totals',
    boxes: async () => ['#c0', '#c1'],
  },
};

// The app with four scenarios pinned (issue 23's target: the same latencies with the
// comparison table drawn): the calculator's changes then recompute and redraw four columns.
const PINNED_QUERY = '?p=amw~amz!12000!0!0!Amsterdam&p=!10000!0!0&p=dlf~utr~arn!13000!0!500&p=zdo!9000!2000!0';
const PINNED = { ...TARGETS.app, url: `${appServer.url}${PINNED_QUERY}` };

// Injected before any page script: the moment the app marks itself ready (a poll would add up
// to a frame of delay), and the layout shifts from the very first one.
function OBSERVE() {
  window.__bench = { ready: undefined, cls: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const seen = () => {
    if (window.__bench.ready !== undefined || !document.querySelector('#app[data-ready]')) return;
    window.__bench.ready = performance.now();
    mo.disconnect();
  };
  const mo = new MutationObserver(seen);
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
}

// A fresh context per page: empty cache, no state left by an earlier load.
async function open(target) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e}`));
  await page.addInitScript(OBSERVE);
  await page.goto(target.url);
  const ready = await (await page.waitForFunction(target.ready, null, { timeout: 30000 })).jsonValue();
  return { page, ready, close: () => context.close() };
}

async function startup(target) {
  const { page, ready, close } = await open(target);
  await page.waitForTimeout(500); // late shifts and paint entries arrive after the ready mark
  const after = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    cls: window.__bench.cls,
  }));
  await close();
  return { ready, ...after };
}

// Runs in the page. Each change is timed from just before the event is dispatched until the
// watched text differs: checked at once (the baseline renders inside its handler) and else on
// each DOM mutation (Yew renders from a microtask after the handler returns).
async function INTERACT({ amount, figure, totals, boxes, kinds, count, warmup, settle }) {
  const $ = (sel) => document.querySelector(sel);
  const text = (sel) => $(sel).textContent;
  const setAmount = (v) => { const el = $(amount); el.value = String(v); el.dispatchEvent(new InputEvent('input', { bubbles: true })); };
  const counter = { amount: 0, select: 0 };
  const acts = {
    // 5.000-29.500 in steps of 500: valid on both pages' fields and never twice in a row.
    amount: (k) => setAmount(5000 + (k % 50) * 500),
    select: (k) => $(boxes[k % 2]).click(), // off A, off B, on A, on B: every click changes the totals
  };
  const watched = { amount: figure, select: totals };
  async function change(kind) {
    const sel = watched[kind];
    const before = text(sel);
    let mo, timer;
    const updated = new Promise((ok, fail) => {
      mo = new MutationObserver(() => text(sel) !== before && ok(performance.now()));
      timer = setTimeout(() => fail(new Error(`${kind}: ${sel} did not change`)), 5000);
    });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true });
    const t0 = performance.now();
    acts[kind](counter[kind]++);
    const t1 = text(sel) !== before ? performance.now() : await updated;
    mo.disconnect();
    clearTimeout(timer);
    return t1 - t0;
  }
  // Start from an amount outside the sequence, so that its first step is a change.
  setAmount(1000);
  await new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < warmup; i++) await change(kinds[i % kinds.length]);
  const times = [];
  for (let i = 0; i < count; i++) {
    times.push(await change(kinds[i % kinds.length]));
    // Let the page lay out and paint between samples, as between a person's keystrokes.
    if (settle) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return times;
}

// Timed runs warm up first (JIT, caches) and pause between samples; the memory run does neither.
async function interact(page, target, kinds, count, timed) {
  const { amount, figure, totals } = target;
  const boxes = await target.boxes(page);
  return page.evaluate(INTERACT, { amount, figure, totals, boxes, kinds, count, warmup: timed ? 20 : 0, settle: timed });
}

// JS heap after a full GC, and for the app the wasm linear memory. boot.js keeps the glue's
// exports to itself, but the glue's default init returns the already-initialised exports when
// called again (`if (wasm !== undefined) return wasm;`), and those include the memory.
const memory = (page) => page.evaluate(async () => {
  window.gc?.();
  const tag = document.querySelector('script[data-wasm]');
  let wasm = null;
  if (tag) {
    const glue = await import(new URL(tag.dataset.js, document.baseURI).href); // same URL as boot.js: same module
    // The export names are minified (scripts/wasm-names.mjs): the memory is found by its type.
    const exports = Object.values((await glue.default()) ?? {});
    wasm = exports.find((e) => e instanceof WebAssembly.Memory)?.buffer.byteLength ?? null;
  }
  return { heap: performance.memory?.usedJSHeapSize ?? null, wasm };
});

// --- run ------------------------------------------------------------------------------------
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2;
}
function quantile(xs, q) { // nearest rank: always a measured value
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs });
const latency = (xs) => ({ p50: median(xs), p95: quantile(xs, 0.95), samples: xs.length });

const results = {};
try {
  // Page loads alternate between the two pages, so that a change in the machine's load during
  // the run affects both sides of the ratio alike.
  process.stderr.write(`startup: ${RUNS} loads of each page, alternating\n`);
  const allLoads = Object.fromEntries(Object.keys(TARGETS).map((name) => [name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, target] of Object.entries(TARGETS)) allLoads[name].push(await startup(target));
  }
  for (const [name, target] of Object.entries(TARGETS)) {
    process.stderr.write(`${name}`);
    const loads = allLoads[name];
    const r = {
      startup: {
        ready_ms: spread(loads.map((l) => l.ready)),
        fcp_ms: spread(loads.map((l) => l.fcp).filter((x) => x !== null)),
        cls: spread(loads.map((l) => l.cls)),
      },
    };

    process.stderr.write(', latency');
    let { page, close } = await open(target);
    r.latency_ms = {
      amount: latency(await interact(page, target, ['amount'], SAMPLES, true)),
      select: latency(await interact(page, target, ['select'], SAMPLES, true)),
    };
    await close();

    // Two rounds of changes: the first shows warm-up (caches, the allocator settling), the
    // second whether memory keeps growing (a leak) or has levelled off.
    process.stderr.write(`, memory over 2 x ${MIXED} changes\n`);
    ({ page, close } = await open(target));
    const before = await memory(page);
    await interact(page, target, ['amount', 'select'], MIXED, false);
    const after = await memory(page);
    await interact(page, target, ['amount', 'select'], MIXED, false);
    const more = await memory(page);
    await close();
    const grow = (from, to, k) => (from[k] && to[k] !== null ? (to[k] / from[k] - 1) * 100 : null);
    r.memory = {
      after_load: before, after_changes: after, after_more_changes: more,
      heap_growth_pct: grow(before, after, 'heap'), wasm_growth_pct: grow(before, after, 'wasm'),
      heap_growth_second_pct: grow(after, more, 'heap'), wasm_growth_second_pct: grow(after, more, 'wasm'),
    };
    results[name] = r;
  }

  process.stderr.write('app with four pinned scenarios: latency\n');
  {
    const { page, close } = await open(PINNED);
    results.app.latency_four_pinned_ms = {
      amount: latency(await interact(page, PINNED, ['amount'], SAMPLES, true)),
      select: latency(await interact(page, PINNED, ['select'], SAMPLES, true)),
    };
    await close();
  }

  // --- report ---------------------------------------------------------------------------------
  const { app, baseline } = results;
  const KiB = (n) => (n / 1024).toFixed(1);
  const MiB = (n) => (n === null ? 'n/a' : (n / 2 ** 20).toFixed(2));
  const ms = (n) => (n === undefined ? 'n/a' : n.toFixed(n < 10 ? 3 : 1));
  const ratio = (a, b) => (a == null || !b ? 'n/a' : `${(a / b).toFixed(1)}x`);
  const rows = [
    ['bytes: JS+wasm / page, brotli KiB', bytes.app.js_wasm.brotli, bytes.baseline.brotli, KiB],
    ['bytes: JS+wasm / page, gzip KiB', bytes.app.js_wasm.gzip, bytes.baseline.gzip, KiB],
    ['bytes: JS+wasm / page, raw KiB', bytes.app.js_wasm.raw, bytes.baseline.raw, KiB],
    ['bytes: all files, brotli KiB', bytes.app.all.brotli, bytes.baseline.brotli, KiB],
    ['startup: ready, median ms', app.startup.ready_ms.median, baseline.startup.ready_ms.median, ms],
    ['startup: ready, min ms', app.startup.ready_ms.min, baseline.startup.ready_ms.min, ms],
    ['startup: ready, max ms', app.startup.ready_ms.max, baseline.startup.ready_ms.max, ms],
    ['startup: first contentful paint, median ms', app.startup.fcp_ms.median, baseline.startup.fcp_ms.median, ms],
    ['startup: CLS, max', app.startup.cls.max, baseline.startup.cls.max, (n) => n.toFixed(4)],
    ['amount change: p50 ms', app.latency_ms.amount.p50, baseline.latency_ms.amount.p50, ms],
    ['amount change: p95 ms', app.latency_ms.amount.p95, baseline.latency_ms.amount.p95, ms],
    ['selection change: p50 ms', app.latency_ms.select.p50, baseline.latency_ms.select.p50, ms],
    ['selection change: p95 ms', app.latency_ms.select.p95, baseline.latency_ms.select.p95, ms],
    ['four pinned: amount change p50 ms', app.latency_four_pinned_ms.amount.p50, null, ms],
    ['four pinned: amount change p95 ms', app.latency_four_pinned_ms.amount.p95, null, ms],
    ['four pinned: selection change p50 ms', app.latency_four_pinned_ms.select.p50, null, ms],
    ['four pinned: selection change p95 ms', app.latency_four_pinned_ms.select.p95, null, ms],
    ['JS heap after load, MiB', app.memory.after_load.heap, baseline.memory.after_load.heap, MiB],
    [`JS heap after ${MIXED} changes, MiB`, app.memory.after_changes.heap, baseline.memory.after_changes.heap, MiB],
    ['wasm memory after load, MiB', app.memory.after_load.wasm, null, MiB],
    [`wasm memory after ${MIXED} changes, MiB`, app.memory.after_changes.wasm, null, MiB],
  ];
  const pct = (n) => (n === null ? 'n/a' : `${n >= 0 ? '+' : ''}${n.toFixed(1)}%`);
  console.log(`\n${'measure'.padEnd(44)}${'app'.padStart(10)}${'baseline'.padStart(10)}${'ratio'.padStart(9)}`);
  for (const [label, a, b, fmt] of rows) {
    console.log(`${label.padEnd(44)}${(a === null ? 'n/a' : fmt(a)).padStart(10)}${(b === null ? 'n/a' : fmt(b)).padStart(10)}${ratio(a, b).padStart(9)}`);
  }
  const growth = (label, k) => console.log(`${label.padEnd(44)}${pct(app.memory[k]).padStart(10)}${pct(baseline.memory[k] ?? null).padStart(10)}`);
  growth(`JS heap growth, changes 1-${MIXED}`, 'heap_growth_pct');
  growth(`JS heap growth, changes ${MIXED + 1}-${2 * MIXED}`, 'heap_growth_second_pct');
  growth(`wasm memory growth, changes 1-${MIXED}`, 'wasm_growth_pct');
  growth(`wasm memory growth, changes ${MIXED + 1}-${2 * MIXED}`, 'wasm_growth_second_pct');

  const cpus = os.cpus();
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model, cpus: cpus.length, memory_bytes: os.totalmem(), load_average: os.loadavg(),
      os: `${os.type()} ${os.release()}`, node: process.version, chromium: browser.version(),
    },
    settings: { runs: RUNS, samples: SAMPLES, mixed_changes: MIXED, baseline: relative(process.cwd(), BASELINE) },
    bytes,
    ...results,
    ratios: Object.fromEntries(rows.filter(([, a, b]) => a !== null && b).map(([label, a, b]) => [label, a / b])),
  };
  mkdirSync(dirname(resolve(OUT)), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nmachine: ${cpus.length} x ${cpus[0]?.model}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, Chromium ${browser.version()}\nwritten: ${OUT}`);
} finally {
  await browser.close();
  await appServer.close();
  await baseServer.close();
}
