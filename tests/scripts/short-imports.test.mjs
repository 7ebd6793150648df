// scripts/short-imports.mjs on a small module built here: the renamed wasm still gets each
// import from the function the glue gave it, and a name the glue holds twice stops the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { shortenImports } from '../../scripts/short-imports.mjs';

const bytes = (text) => [...Buffer.from(text, 'utf8')];
const named = (text) => [text.length, ...bytes(text)];
const leb = (n) => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >> 7)]);
const section = (id, body) => [id, ...leb(body.length), ...body];

/** A module importing `names` (no arguments, no result) that exports `run`, calling the last. */
function module(names) {
  const imports = names.flatMap((name) => [...named('./demo_bg.js'), ...named(name), 0x00, 0x00]);
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [names.length, ...imports]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...named('run'), 0x00, names.length]),
    ...section(10, [1, 4, 0, 0x10, names.length - 1, 0x0b]),
  ]);
}

const NAMES = ['__wbg_first_0123456789abcdef', '__wbg_second_fedcba9876543210', '__wbg_third_00112233aabbccdd'];
const glue = `(calls) => ({ "./demo_bg.js": { ${NAMES.map((n, i) => `${n}: () => calls.push(${i})`).join(', ')} } })`;

test('the renamed wasm calls the function the glue gave under the old name', async () => {
  const short = shortenImports(module(NAMES), glue);
  for (const name of NAMES) assert.ok(!short.js.includes(name), `${name} is gone from the glue`);
  assert.ok(!new TextDecoder().decode(short.wasm).includes('__wbg_'), 'no long name left in the wasm');
  assert.ok(short.wasm.length < module(NAMES).length);
  const calls = [];
  const { instance } = await WebAssembly.instantiate(short.wasm, eval(short.js)(calls));
  instance.exports.run();
  assert.deepEqual(calls, [2]);
});

test('a name the glue holds twice stops the build', () => {
  const twice = glue.replace('calls.push(0)', `calls.push(0), "${NAMES[0]}"`);
  assert.throws(() => shortenImports(module(NAMES), twice), /occurs 2 times/);
});

/** A module exporting two functions (returning 1 and 2) as `names`, and the first again as `main`. */
function exporting(names) {
  const exports = [...names.flatMap((name, i) => [...named(name), 0x00, i]), ...named('main'), 0x00, 0];
  const returns = (n) => [4, 0, 0x41, n, 0x0b];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 1, 0x7f]),
    ...section(3, [2, 0, 0]),
    ...section(7, [names.length + 1, ...exports]),
    ...section(10, [2, ...returns(1), ...returns(2)]),
  ]);
}

// One name is the start of the other, as wasm-bindgen's are.
const EXPORTS = ['__wbindgen_export', '__wbindgen_export2'];

test('the exports the glue reads are renamed, and the glue still reaches each', async () => {
  const reads = '(w) => [w.__wbindgen_export(), w.__wbindgen_export2(), w.main()]';
  const short = shortenImports(exporting(EXPORTS), reads);
  assert.ok(!short.js.includes('__wbindgen'), short.js);
  assert.ok(!new TextDecoder().decode(short.wasm).includes('__wbindgen'), 'no long export name left in the wasm');
  const { instance } = await WebAssembly.instantiate(short.wasm);
  assert.deepEqual(eval(short.js)(instance.exports), [1, 2, 1]);
});

test('an export the glue names other than as a property read stops the build', () => {
  const byString = '(w) => [w.__wbindgen_export(), w["__wbindgen_export2"]()]';
  assert.throws(() => shortenImports(exporting(EXPORTS), byString), /other than as \.__wbindgen_export2/);
});
