// Prints the size of every file in a build folder: raw, gzip and brotli (maximum quality),
// and the total of the JS and wasm the widget's page loads at start (every .js and .wasm but
// embed.js, which only host pages load, and image.js, which the page loads the first time a
// visitor downloads an image). With --budget-kb N it exits 1 when that total,
// brotli, exceeds N KB (KiB).
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
const code = rows.filter((r) => /\.(js|wasm)$/.test(r.file) && !/(^|\/)(embed|image)\.js$/.test(r.file));
const sum = (k) => code.reduce((a, r) => a + r[k], 0);
const total = { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
console.log(`${'JS + wasm at start (all but embed.js, image.js)'.padEnd(44)}${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ files: rows, js_wasm: total }, null, 2));
if (budget !== undefined) {
  const limit = Number(budget) * 1024;
  if (total.brotli > limit) {
    console.log(`size budget: JS + wasm is ${(total.brotli / 1024).toFixed(1)} KB brotli, over the ${budget} KB budget`);
    process.exit(1);
  }
  console.log(`size budget: JS + wasm ${(total.brotli / 1024).toFixed(1)} KB brotli, within ${budget} KB`);
}
