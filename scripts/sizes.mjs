// Prints the size of every file in a build folder: raw, gzip and brotli (maximum quality),
// and the total of the JS and wasm the widget's page loads at start, for each language's
// build (boot.js and that build's glue and wasm; not embed.js, which only host pages load, nor
// image.js, which the page loads the first time a visitor downloads an image). With
// --budget-kb N it exits 1 when a language's total, brotli, exceeds N KB (KiB).
// Usage: node scripts/sizes.mjs [dist] [--budget-kb 80] [--json out.json]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const budget = flag('--budget-kb');
const jsonOut = flag('--json');
const dir = args[0] ?? 'dist';

const walk = (d) => readdirSync(d).filter((f) => !f.startsWith('.')).flatMap((f) => {
  const p = join(d, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = walk(dir).sort().map((file) => {
  const data = readFileSync(file);
  return {
    file: relative(dir, file),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
console.log(`${'file'.padEnd(44)}  raw KB  gzip KB  brotli KB`);
for (const r of rows) console.log(`${r.file.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
// What a page loads at start, per language: boot.js and one build's glue and wasm, as the boot
// script names them (scripts/finish.mjs; a build folder without its page: every .js and .wasm
// but embed.js and image.js).
const page = (() => { try { return readFileSync(join(dir, 'index.html'), 'utf8'); } catch { return ''; } })();
const attr = (name) => page.match(new RegExp(`${name}=["']?\\./([\\w.-]+)`))?.[1];
const starts = [['nl', ''], ['en', '-en']]
  .filter(([, suffix]) => attr(`data-wasm${suffix}`))
  .map(([lang, suffix]) => [lang, ['boot.js', attr(`data-js${suffix}`), attr(`data-wasm${suffix}`)]]);
if (starts.length === 0) starts.push(['all', rows.map((r) => r.file).filter((f) => /\.(js|wasm)$/.test(f) && !/(^|\/)(embed|image)\.js$/.test(f))]);
const totals = starts.map(([lang, files]) => {
  const code = files.map((f) => rows.find((r) => r.file === f) ?? (() => { throw new Error(`sizes: ${dir} has no ${f}`); })());
  const sum = (k) => code.reduce((a, r) => a + r[k], 0);
  const total = { lang, files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
  console.log(`${`JS + wasm at start (${lang})`.padEnd(44)}${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
  return total;
});
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ files: rows, js_wasm: totals[0], starts: totals }, null, 2));
if (budget !== undefined) {
  const limit = Number(budget) * 1024;
  const over = totals.filter((t) => t.brotli > limit);
  for (const t of over) console.log(`size budget: JS + wasm (${t.lang}) is ${(t.brotli / 1024).toFixed(1)} KB brotli, over the ${budget} KB budget`);
  if (over.length) process.exit(1);
  console.log(`size budget: JS + wasm ${totals.map((t) => `${(t.brotli / 1024).toFixed(1)} KB (${t.lang})`).join(', ')} brotli, within ${budget} KB`);
}
