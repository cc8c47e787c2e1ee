// Short names between the wasm and its JS glue. wasm-bindgen names each import after its
// method and a 16-digit hash (`__wbg_setAttribute_2704501201f15687`) and each closure entry
// after its whole Rust path, and writes every name twice, in the wasm and in the glue; hashes
// do not compress. binaryen's pass `--minify-imports-and-exports-and-modules` renames them in
// the wasm (to `a`, `b`, …, and the one import module to `a`) and prints its mapping; this
// module applies that mapping to the glue, and checks that every import the wasm now asks for
// is defined there and that every export the glue uses exists.
//
// The glue's shape (wasm-bindgen 0.2, `--target web`, as Trunk builds it): the imports are
// the keys of one object under the module's name (`"./woontop_bg.js":{…, __wbg_x_…:function…}`),
// and the exports are read as `wasm.<name>`.

/** The glue with binaryen's `mapping` ({imports: [[module, old, new]], exports: [[old, new]]})
 * applied, `module` being the imports' new module name. Throws on anything it cannot map
 * exactly once. */
export function applyMapping(glue, mapping, module) {
  const modules = [...new Set(mapping.imports.map(([m]) => m))];
  if (modules.length !== 1) throw new Error(`wasm-names: ${modules.length} import modules, expected 1`);
  const quoted = JSON.stringify(modules[0]);
  if (glue.split(quoted).length !== 2) throw new Error(`wasm-names: the module ${quoted} is not named once in the glue`);
  let out = glue.replace(quoted, JSON.stringify(module));
  const word = (name) => name.replace(/[$]/g, '\\$');
  for (const [, old, short] of mapping.imports) {
    // An import is one key of the imports object, and nowhere else.
    const key = new RegExp(`(?<![\\w$])${word(old)}(?=:)`, 'g');
    const uses = out.match(new RegExp(`(?<![\\w$])${word(old)}(?![\\w$])`, 'g'))?.length ?? 0;
    if ((out.match(key)?.length ?? 0) !== 1 || uses !== 1) throw new Error(`wasm-names: import ${old} is not one key of the glue`);
    out = out.replace(key, short);
  }
  for (const [old, short] of mapping.exports) {
    out = out.replace(new RegExp(`(?<=\\bwasm\\.)${word(old)}(?![\\w$])`, 'g'), short);
  }
  return out;
}

/** Every import `wasm` asks for is defined in `glue`, and every export `glue` reads exists. */
export function check(glue, wasm) {
  const module = new WebAssembly.Module(wasm);
  const exports = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  for (const { module: m, name } of WebAssembly.Module.imports(module)) {
    if (!glue.includes(`${JSON.stringify(m)}:`) && !glue.includes(`'${m}':`)) throw new Error(`wasm-names: no import module ${m} in the glue`);
    if (!new RegExp(`[{,]${name.replace(/[$]/g, '\\$')}:`).test(glue)) throw new Error(`wasm-names: import ${name} is not defined in the glue`);
  }
  for (const [, name] of glue.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)) {
    if (!exports.has(name)) throw new Error(`wasm-names: the glue reads wasm.${name}, which the wasm does not export`);
  }
}
