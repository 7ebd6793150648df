// scripts/order-functions.mjs on a small module built here: the functions move, and every call,
// export and table entry still reaches the function it did.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { orderFunctions } from '../../scripts/order-functions.mjs';

const named = (text) => [text.length, ...Buffer.from(text, 'utf8')];
const leb = (n) => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >> 7)]);
const section = (id, body) => [id, ...leb(body.length), ...body];
const body = (locals, code) => [...leb(locals.length + code.length), ...locals, ...code];

// Function indices: 0 the import `seven`; 1 `base`, 2 `plus10`, 3 `pick`, 4 `big`, 5 `nop`, 6 `ref`.
const [SEVEN, BASE, PLUS10, PICK, BIG, NOP, REF] = [0, 1, 2, 3, 4, 5, 6];
const nop = [0x10, NOP];
const BODIES = [
  body([0], [0x10, SEVEN, 0x0b]), // base: seven()
  body([0], [0x10, BASE, 0x41, 10, 0x6a, 0x0b]), // plus10: base() + 10
  body([0], [0x20, 0, 0x11, 0, 0, 0x0b]), // pick(i): table[i]()
  // big: one of each kind of immediate, each followed by a call of `nop`, which an immediate
  // skipped wrongly would leave unrenumbered (an invalid module, or a call of another function).
  body([1, 1, 0x7f], [
    0x41, 0, 0x41, 7, 0x36, 2, 4, ...nop, // memory[4] = 7
    0x41, 0, 0x28, 2, 4, ...nop, 0x21, 0, // x = memory[4]
    0x42, 0xac, 0x02, ...nop, 0xa7, 0x20, 0, 0x6a, 0x21, 0, // x += i64 300
    0x44, 0, 0, 0, 0, 0, 0, 0, 0x40, ...nop, 0xaa, 0x20, 0, 0x6a, 0x21, 0, // x += f64 2.0
    0x43, 0, 0, 0, 0x40, ...nop, 0xa8, 0x20, 0, 0x6a, 0x21, 0, // x += f32 2.0
    // Three blocks, left by a br_table whose default (2) read as an opcode would take the call's.
    0x02, 0x40, 0x02, 0x40, 0x02, 0x40, ...nop, 0x41, 1, 0x0e, 2, 0, 1, 2, ...nop, 0x0b, 0x0b, 0x0b,
    0x41, 16, 0x41, 0, 0x41, 4, 0xfc, 11, 0, ...nop, // memory.fill
    0x20, 0, 0x10, PLUS10, 0x6a, // x + plus10()
    0x41, 1, 0x04, 0x7f, ...nop, 0x41, 0xe8, 0x07, 0x05, 0x41, 0xd0, 0x0f, 0x0b, 0x6a, // + (1 ? 1000 : 2000)
    0x0b,
  ]),
  body([0], [0x0b]), // nop
  body([0], [0xd2, BIG, 0x0b]), // ref: big as a function reference
];

function module(bodies = BODIES, extra = []) {
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [4, 0x60, 0, 1, 0x7f, 0x60, 1, 0x7f, 1, 0x7f, 0x60, 0, 0, 0x60, 0, 1, 0x70]),
    ...section(2, [1, ...named('env'), ...named('seven'), 0x00, 0]),
    ...section(3, [6, 0, 0, 1, 0, 2, 3]),
    ...section(4, [1, 0x70, 0x00, 2]),
    ...section(5, [1, 0x00, 1]),
    ...section(7, [4, ...named('plus10'), 0x00, PLUS10, ...named('pick'), 0x00, PICK, ...named('big'), 0x00, BIG, ...named('ref'), 0x00, REF]),
    ...section(9, [1, 0x00, 0x41, 0, 0x0b, 2, BASE, BIG]),
    ...section(10, [bodies.length, ...bodies.flat()]),
    ...extra,
  ]);
}

async function run(wasm) {
  const { instance } = await WebAssembly.instantiate(wasm, { env: { seven: () => 7 } });
  const { plus10, pick, big, ref } = instance.exports;
  return { plus10: plus10(), pick0: pick(0), pick1: pick(1), big: big(), ref: ref()() };
}

test('every call, export and table entry reaches the same function after the move', async () => {
  const before = module();
  const after = orderFunctions(before);
  assert.notDeepEqual(Buffer.from(after), Buffer.from(before), 'the functions moved');
  assert.deepEqual(await run(before), { plus10: 17, pick0: 7, pick1: 1328, big: 1328, ref: 1328 });
  assert.deepEqual(await run(after), await run(before));
});

test('an instruction it cannot read stops the build rather than a call going astray', () => {
  const simd = body([0], [0xfd, 0x0c, ...new Array(16).fill(0), 0x1a, 0x41, 0, 0x0b]);
  assert.throws(() => orderFunctions(module([...BODIES.slice(0, 3), simd, ...BODIES.slice(4)])), /unknown instruction 0xfd/);
});

test('a module with function names stops the build (they would name the wrong functions)', () => {
  const names = section(0, [...named('name'), 1, 7, 1, BASE, ...named('base')]);
  assert.throws(() => orderFunctions(module(BODIES, names)), /"name" section/);
});
