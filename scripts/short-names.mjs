// Shortens the names by which the release wasm and its wasm-bindgen JS glue find each other.
//
// wasm-bindgen names every import after its method and a 16-digit hash
// (`__wbg_setAttribute_2704501201f15687`) and its closure entry points after their full Rust
// paths, and each name is written twice: in the wasm's import or export section and in the
// glue. Hashes do not compress: the ~150 names cost 3.8 KB brotli of the 100 KB budget.
// Like Emscripten's minified imports and exports, this renames them to `a`, `b`, … `ba`, … in
// both files, after Trunk's build, changing nothing else.
//
// The wasm's import and export sections are re-encoded (names are length-prefixed); the glue
// has each old name replaced as a whole word by a new one it never used before. The script then checks its own work and exits 1 on any doubt: every import the
// module asks for is a key of the glue's import object, and no old name is left in the glue.
//
// Trunk's content hashes in the two file names were computed before the rewrite, so both files
// are then renamed by the hash of what they now hold (and `index.html` follows): a cached
// file can never meet a partner it was not made for.
//
// Usage: node scripts/short-names.mjs dist
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const only = (re) => {
  const found = readdirSync(dir).filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`expected one ${re} in ${dir}, found ${found.length}`);
  return join(dir, found[0]);
};
const wasmPath = only(/_bg\.wasm$/);
const gluePath = only(/^(?!boot|embed).*\.js$/);
let glue = readFileSync(gluePath, 'utf8');

// --- the wasm binary: LEB128 and length-prefixed names ----------------------------------------
const bytes = readFileSync(wasmPath);
let pos = 0;
const u32 = () => {
  let result = 0;
  for (let shift = 0; ; shift += 7) {
    const b = bytes[pos++];
    if (b === undefined || shift > 35) throw new Error('the wasm ends inside a number');
    result += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return result;
  }
};
const name = () => {
  const len = u32();
  pos += len;
  return bytes.subarray(pos - len, pos).toString('utf8');
};
const leb = (n) => {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
};
const encodeName = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([leb(b.length), b]); };
const limits = () => { const flags = bytes[pos++]; u32(); if (flags & 1) u32(); };
// An import's description (after its names), skipped by kind: function, table, memory, global.
const skipImportDesc = () => {
  const kind = bytes[pos++];
  if (kind === 0) u32();
  else if (kind === 1) { pos++; limits(); }
  else if (kind === 2) limits();
  else if (kind === 3) pos += 2;
  else throw new Error(`import kind ${kind} not known to this script`);
};

// Short names in order (a … z, A … Z, then two characters), skipping every word the glue
// already uses and the reserved words among them, so that a new name can never capture or
// shadow anything: replacing the old names as whole words is then safe wherever they occur
// (as the import object's keys, as `wasm.name`, or as the glue's own wrapper functions).
const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const taken = new Set([...glue.matchAll(/[\w$]+/g)].map((m) => m[0]).concat(['do', 'if', 'in']));
let counter = 0;
const nextName = () => {
  for (;;) {
    let n = counter++;
    let s = alphabet[n % alphabet.length];
    for (n = Math.floor(n / alphabet.length); n > 0; n = Math.floor((n - 1) / alphabet.length)) {
      s = alphabet[(n - 1) % alphabet.length] + s;
    }
    if (!taken.has(s)) return s;
  }
};

const escape = (s) => s.replace(/[$]/g, '\\$&');
const word = (name) => new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, 'g');
// Renames a word throughout the glue; returns how often it occurred.
const renameInGlue = (from, to) => {
  if (!/^[\w$]+$/.test(from)) throw new Error(`${from}: not a JS identifier`);
  let count = 0;
  glue = glue.replace(word(from), () => { count++; return to; });
  return count;
};

// The names wasm-bindgen makes up; any other (`memory`, `main`) keeps its name, as it might
// also be an ordinary word of the glue.
const generated = /wbg|wbindgen|wasm_bindgen|externref/;
const renamed = new Map();
const out = [bytes.subarray(0, 8)];
pos = 8;
while (pos < bytes.length) {
  const sectionStart = pos;
  const id = bytes[pos++];
  const size = u32();
  const start = pos;
  const end = start + size;
  if (id === 2 || id === 7) {
    const parts = [];
    const count = u32();
    parts.push(leb(count));
    for (let i = 0; i < count; i++) {
      if (id === 2) {
        const module = name();
        const field = name();
        const descStart = pos;
        skipImportDesc();
        if (!generated.test(field)) throw new Error(`import ${field}: not a wasm-bindgen name`);
        const short = nextName();
        if (renameInGlue(field, short) === 0) throw new Error(`import ${field} is not in the glue`);
        renamed.set(field, short);
        parts.push(encodeName(module), encodeName(short), bytes.subarray(descStart, pos));
      } else {
        const field = name();
        const descStart = pos;
        pos++;
        u32();
        // An export the glue does not use keeps its name.
        const short = generated.test(field) ? nextName() : field;
        const n = short === field ? 0 : renameInGlue(field, short);
        if (n > 0) renamed.set(field, short);
        parts.push(encodeName(n > 0 ? short : field), bytes.subarray(descStart, pos));
      }
    }
    if (pos !== end) throw new Error(`section ${id} did not parse to its end`);
    const body = Buffer.concat(parts);
    out.push(Buffer.from([id]), leb(body.length), body);
  } else {
    out.push(bytes.subarray(sectionStart, end));
  }
  pos = end;
}
const wasm = Buffer.concat(out);

// --- checks -------------------------------------------------------------------------------------
for (const old of renamed.keys()) {
  if (word(old).test(glue)) {
    throw new Error(`${old} is still in the glue after renaming`);
  }
}
const module = new WebAssembly.Module(wasm);
const keys = new Set([...glue.matchAll(/(?<=[{,])([\w$]+)(?=:)/g)].map((m) => m[1]));
for (const { name: field } of WebAssembly.Module.imports(module)) {
  if (!keys.has(field)) throw new Error(`the wasm imports ${field}, which the glue does not define`);
}

// --- the files, named by what they hold ------------------------------------------------------
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
for (const [path, data] of [[wasmPath, wasm], [gluePath, Buffer.from(glue)]]) {
  const digest = createHash('sha256').update(data).digest('hex').slice(0, 16);
  const old = basename(path);
  const next = old.replace(/-[0-9a-f]+(?=(_bg\.wasm|\.js)$)/, `-${digest}`);
  if (next === old && !old.includes(digest)) throw new Error(`${old}: no content hash in the name`);
  if (!html.includes(old)) throw new Error(`index.html does not name ${old}`);
  html = html.split(old).join(next);
  rmSync(path);
  writeFileSync(join(dir, next), data);
}
writeFileSync(htmlPath, html);
console.log(`short names: ${renamed.size} names; wasm ${bytes.length} -> ${wasm.length} B, ` +
  `glue ${Buffer.byteLength(glue)} B`);
