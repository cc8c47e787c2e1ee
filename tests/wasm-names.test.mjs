// Tests of scripts/wasm-names.mjs on a glue of wasm-bindgen's shape and a small wasm module
// made here byte by byte: names mapped exactly once, refusals on doubt, and the check.
// Usage: node --test tests/wasm-names.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyMapping, check } from '../scripts/wasm-names.mjs';

const GLUE = 'let wasm;function imp(){return{__proto__:null,"./w_bg.js":{__proto__:null,__wbg_log_0123456789abcdef:function(e){console.log(e)},__wbindgen_cast_1:function(e){return e}}}}'
  + 'function fin(e){return wasm=e.exports,wasm.__wbindgen_start(),wasm.memory}';
const MAPPING = {
  imports: [['./w_bg.js', '__wbg_log_0123456789abcdef', 'a'], ['./w_bg.js', '__wbindgen_cast_1', 'b']],
  exports: [['memory', 'c'], ['__wbindgen_start', 'd']],
};

// A module importing a.a and a.b (no parameters) and exporting a function d and a memory c.
function wasmModule({ imports = ['a', 'b'], exports = ['d'], memory = 'c' } = {}) {
  const str = (s) => [s.length, ...Buffer.from(s)];
  const section = (id, body) => [id, body.length, ...body];
  const type = section(1, [1, 0x60, 0, 0]);
  const imp = section(2, [imports.length, ...imports.flatMap((n) => [...str('a'), ...str(n), 0, 0])]);
  const func = section(3, [1, 0]);
  const mem = section(5, [1, 0, 1]);
  const exp = section(7, [exports.length + 1, ...exports.flatMap((n) => [...str(n), 0, imports.length]), ...str(memory), 2, 0]);
  const code = section(10, [1, 2, 0, 0x0b]);
  return new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...type, ...imp, ...func, ...mem, ...exp, ...code]);
}

test('imports, their module and the exports the glue reads get their short names', () => {
  const out = applyMapping(GLUE, MAPPING, 'a');
  assert.equal(out, 'let wasm;function imp(){return{__proto__:null,"a":{__proto__:null,a:function(e){console.log(e)},b:function(e){return e}}}}'
    + 'function fin(e){return wasm=e.exports,wasm.d(),wasm.c}');
  check(out, wasmModule());
});

test('a name it cannot map exactly once is refused, not guessed', () => {
  assert.throws(() => applyMapping(GLUE.replace('__wbindgen_cast_1:', 'x:'), MAPPING, 'a'), /__wbindgen_cast_1/);
  assert.throws(() => applyMapping(`${GLUE};__wbg_log_0123456789abcdef()`, MAPPING, 'a'), /__wbg_log/);
  const twoModules = { ...MAPPING, imports: [...MAPPING.imports, ['env', 'x', 'c']] };
  assert.throws(() => applyMapping(GLUE, twoModules, 'a'), /2 import modules/);
});

test('the check finds an import the glue lacks and an export the wasm lacks', () => {
  const out = applyMapping(GLUE, MAPPING, 'a');
  assert.throws(() => check(out, wasmModule({ imports: ['a', 'b', 'e'] })), /import e/);
  assert.throws(() => check(out, wasmModule({ exports: ['z'] })), /wasm\.d/);
});
