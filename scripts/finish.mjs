// The release build's last step, on Trunk's dist/:
// 1. The wasm and its JS glue find each other by short names (scripts/wasm-names.mjs:
//    binaryen renames, the mapping is applied to the glue and checked); both files are then
//    named after the hash of what they now hold (Trunk's hashes were taken before), so that a
//    cached file never meets a partner it was not made for. The same for the English build's
//    two files (a second Trunk build, into its own folder), which are copied into dist/ and
//    named in the boot script's `data-js-en` and `data-wasm-en`.
// 2. Our own scripts (boot.js, image.js, embed.js; Trunk copies them as written) are minified with
//    esbuild (whitespace, comments, local names), as Trunk minified its JS glue.
// 3. Trunk's HTML minifier also minifies the page's inline head script, which the page's
//    policy allows by its SHA-256 hash (src/static_page.rs): the hash is written again for
//    the script as shipped. The step fails when the page does not have exactly one inline
//    script and one hash, so that a change elsewhere cannot leave a page its policy refuses.
// Usage: node scripts/finish.mjs [dist] [dist of the English build]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { applyMapping, check } from './wasm-names.mjs';

const [dist = 'dist', enDist] = process.argv.slice(2);
const index = join(dist, 'index.html');
let html = readFileSync(index, 'utf8');

// The features the build's wasm uses (its target-features section is stripped).
const FEATURES = ['reference-types', 'bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'multivalue'];
// The boot script's data attributes name the two files (unquoted in Trunk's minified HTML).
const named = (page, attr) => page.match(new RegExp(`${attr}=["']?\\./([\\w.-]+)`))?.[1]
  ?? (() => { throw new Error(`finish: index.html has no ${attr}`); })();
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Step 1 for the wasm and glue one Trunk build wrote into `from` (named in its index.html):
 *  short names, then written into `dist` named `<stem>-<hash>`. Returns the new names. */
const finishBuild = (from, stem) => {
  const page = readFileSync(join(from, 'index.html'), 'utf8');
  const [wasmFile, glueFile] = [named(page, 'data-wasm'), named(page, 'data-js')];
  const mapping = JSON.parse(execFileSync('wasm-opt', [...FEATURES.map((f) => `--enable-${f}`),
    '--minify-imports-and-exports-and-modules', join(from, wasmFile), '-o', join(from, wasmFile)], { encoding: 'utf8' }));
  const wasm = readFileSync(join(from, wasmFile));
  const [module] = new Set(WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => i.module));
  const glue = applyMapping(readFileSync(join(from, glueFile), 'utf8'), mapping, module);
  check(glue, wasm);
  const names = { wasm: `${stem}-${hash(wasm)}_bg.wasm`, js: `${stem}-${hash(glue)}.js`, was: { wasm: wasmFile, js: glueFile } };
  writeFileSync(join(dist, names.js), glue);
  writeFileSync(join(dist, names.wasm), wasm);
  if (from === dist) for (const f of [wasmFile, glueFile]) if (!Object.values(names).includes(f)) unlinkSync(join(dist, f));
  return names;
};

// Dutch, the page's own build.
const stem = named(html, 'data-js').replace(/-[0-9a-f]+\.js$/, '');
const nl = finishBuild(dist, stem);
for (const kind of ['wasm', 'js']) {
  if (!html.includes(nl.was[kind])) throw new Error(`finish: index.html does not name ${nl.was[kind]}`);
  html = html.split(nl.was[kind]).join(nl[kind]);
}
// English, from its own Trunk build: the boot script starts it for a link with `lang=en`
// (js/boot.js), from its own two attributes.
if (enDist) {
  const en = finishBuild(enDist, `${stem}-en`);
  const tag = html.match(/<script\b[^>]*\bdata-wasm=[^>]*>/)?.[0]
    ?? (() => { throw new Error('finish: index.html has no boot script'); })();
  html = html.replace(tag, `${tag.slice(0, -1)} data-js-en=./${en.js} data-wasm-en=./${en.wasm}>`);
}

for (const [file, format] of [['boot.js', 'esm'], ['image.js', 'esm'], ['embed.js', 'iife']]) {
  const path = join(dist, file);
  const source = readFileSync(path, 'utf8');
  // Top-level await (boot.js is a module) needs a target that has it.
  const { code } = transformSync(source, { minify: true, format, target: 'es2022', legalComments: 'inline' });
  writeFileSync(path, code);
}

/** The page with its policy's script hash written for its one inline script. */
export function rehash(html) {
  const scripts = [...html.matchAll(/<script>([^<]*)<\/script>/g)];
  if (scripts.length !== 1) throw new Error(`finish: ${scripts.length} inline scripts in index.html, expected 1`);
  const hashes = html.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
  if (hashes.length !== 1) throw new Error(`finish: ${hashes.length} script hashes in index.html, expected 1`);
  const hash = `'sha256-${createHash('sha256').update(scripts[0][1], 'utf8').digest('base64')}'`;
  return html.replace(hashes[0], hash);
}

writeFileSync(index, rehash(html));
