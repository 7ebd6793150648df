// Puts the wasm's function bodies in an order that gzip compresses better: each next body is the
// one most like the ~30 KB before it (gzip -9 finds repeats only within the last 32 KB). Calls,
// exports, the function table and every other function index are renumbered to match; nothing
// else changes, so the module does exactly what it did.
//
// Why: LLVM emits functions roughly in source order, so an element built in one view and a
// similar one in another can sit far apart. Measured on tierup's wasm (gzip -9): this order
// 103,798 -> 102,895 B; sorting by size instead about -300 B, a random order +5 KB (what
// wasm-opt's own --reorder-functions did, by call counts: +1.6 KB). Shingles of 6 bytes and a
// frame of 30,000 B were the best of 5-8 bytes and 24,000-32,000 B.
//
// `orderFunctions(wasmBytes)` returns the reordered module. It throws, failing the build, on what
// it cannot renumber safely (an opcode it does not know, a "name" section).

import { leb, sections, skipImportDesc, skipLeb, uleb } from './wasm-bytes.mjs';

// Instructions with no immediate: control without labels, parametric, numeric (0x45-0xC4,
// sign extension included), ref.is_null.
const PLAIN = new Set([0x00, 0x01, 0x05, 0x0b, 0x0f, 0x1a, 0x1b, 0xd1]);
for (let op = 0x45; op <= 0xc4; op++) PLAIN.add(op);
// Block types that are one byte: empty, and the value types of the features rustc's wasm uses.
const BLOCK_BYTES = new Set([0x40, 0x7f, 0x7e, 0x7d, 0x7c, 0x70, 0x6f]);
// 0xFC instructions by sub-opcode: how many LEB immediates follow (0-7: saturating truncations).
const FC_IMMEDIATES = [0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 2, 1, 2, 1, 2, 1, 1, 1];

/**
 * Copies instructions from `at` into `out` up to and with the `end` that closes them (a body's
 * or a constant expression's), each function index (call, ref.func) through `renumber`.
 * Returns the offset after that `end`.
 */
function copyCode(bytes, at, renumber, out) {
  const copy = (to) => {
    for (; at < to; at++) out.push(bytes[at]);
  };
  for (let depth = 0; ;) {
    const op = bytes[at];
    if (op === undefined) throw new Error('order-functions: code runs past its end');
    copy(at + 1);
    if (op === 0x0b && depth-- === 0) return at;
    if (PLAIN.has(op)) continue;
    if (op === 0x10 || op === 0xd2) { // call, ref.func
      const [old, next] = leb(bytes, at);
      out.push(...uleb(renumber(old)));
      at = next;
    } else if (op >= 0x02 && op <= 0x04) { // block, loop, if
      depth++;
      copy(BLOCK_BYTES.has(bytes[at]) ? at + 1 : skipLeb(bytes, at));
    } else if (op === 0x0c || op === 0x0d || (op >= 0x20 && op <= 0x26) || (op >= 0x3f && op <= 0x42)) {
      copy(skipLeb(bytes, at)); // a label, local, global, table or memory index, or an integer
    } else if (op === 0x0e) { // br_table: the labels, then the default
      let [count, to] = leb(bytes, at);
      for (; count >= 0; count--) to = skipLeb(bytes, to);
      copy(to);
    } else if (op === 0x11) copy(skipLeb(bytes, skipLeb(bytes, at))); // call_indirect: type, table
    else if (op === 0x1c) { // select with types
      const [count, next] = leb(bytes, at);
      copy(next + count);
    } else if (op >= 0x28 && op <= 0x3e) { // loads and stores: alignment (bit 6: a memory index follows), offset
      const [align, next] = leb(bytes, at);
      copy(skipLeb(bytes, align & 0x40 ? skipLeb(bytes, next) : next));
    } else if (op === 0x43) copy(at + 4);
    else if (op === 0x44) copy(at + 8);
    else if (op === 0xd0) copy(at + 1); // ref.null's type
    else if (op === 0xfc && leb(bytes, at)[0] < FC_IMMEDIATES.length) {
      let [sub, to] = leb(bytes, at);
      for (let i = 0; i < FC_IMMEDIATES[sub]; i++) to = skipLeb(bytes, to);
      copy(to);
    } else {
      throw new Error(`order-functions: unknown instruction 0x${op.toString(16)} at ${at - 1}`);
    }
  }
}

const FRAME = 30000; // bytes of bodies that gzip can still see behind the next one
const SHINGLE = 6; // byte sequences this long are what makes two bodies alike

/** Shingles of `body` as a set of 22-bit hashes (collisions only blur the choice a little). */
function shingles(body) {
  const set = new Set();
  for (let i = 0; i + SHINGLE <= body.length; i++) {
    let h = 0;
    for (let k = 0; k < SHINGLE; k++) h = (Math.imul(h, 31) + body[i + k]) | 0;
    set.add((h ^ (h >>> 11)) & 0x3fffff);
  }
  return Int32Array.from(set);
}

/**
 * The order of `bodies`: from the one with the most shingles, each next the body with the largest
 * share of its shingles among the last FRAME bytes' (ties: the earlier body; `left` keeps the
 * original order), so that gzip finds most of it just behind. Deterministic: the same module
 * always gets the same order.
 */
function similarOrder(bodies) {
  const sets = bodies.map(shingles);
  const inFrame = new Uint16Array(1 << 22);
  const left = new Set(bodies.keys());
  const order = [];
  let frameStart = 0;
  let frameBytes = 0;
  let next = 0;
  for (const i of left) if (sets[i].length > sets[next].length) next = i;
  while (left.size) {
    left.delete(next);
    order.push(next);
    for (const h of sets[next]) inFrame[h]++;
    frameBytes += bodies[next].length;
    while (frameBytes > FRAME && frameStart < order.length - 1) {
      const old = order[frameStart++];
      for (const h of sets[old]) inFrame[h]--;
      frameBytes -= bodies[old].length;
    }
    let best = -1;
    let bestShare = -1;
    for (const i of left) {
      const set = sets[i];
      let seen = 0;
      for (const h of set) if (inFrame[h]) seen++;
      const share = set.length ? seen / set.length : 1;
      if (share > bestShare) [best, bestShare] = [i, share];
    }
    next = best;
  }
  return order;
}

export function orderFunctions(wasm) {
  const all = sections(wasm);
  const customName = (s) => new TextDecoder().decode(wasm.subarray(s.body + 1, s.body + 1 + wasm[s.body]));
  if (all.some((s) => s.id === 0 && customName(s) === 'name')) {
    throw new Error('order-functions: the module has a "name" section, which this does not renumber');
  }
  const find = (id) => all.find((s) => s.id === id);
  let imported = 0;
  const importSection = find(2);
  if (importSection) {
    let [count, at] = leb(wasm, importSection.body);
    for (; count > 0; count--) {
      for (let part = 0; part < 2; part++) {
        const [length, next] = leb(wasm, at);
        at = next + length;
      }
      const [kind, next] = skipImportDesc(wasm, at);
      if (kind === 0) imported++;
      at = next;
    }
  }

  // The bodies, each as its locals and instructions (without its size).
  const code = find(10);
  const functions = find(3);
  if (!code || !functions) return wasm;
  const bodies = [];
  let [count, at] = leb(wasm, code.body);
  for (let i = 0; i < count; i++) {
    const [size, start] = leb(wasm, at);
    bodies.push(wasm.subarray(start, start + size));
    at = start + size;
  }
  const types = [];
  [count, at] = leb(wasm, functions.body);
  for (let i = 0; i < count; i++) {
    const [type, next] = leb(wasm, at);
    types.push(type);
    at = next;
  }

  const order = similarOrder(bodies);
  const newIndex = new Array(bodies.length);
  order.forEach((old, position) => (newIndex[old] = imported + position));
  const renumber = (old) => (old < imported ? old : newIndex[old - imported]);

  const rebuilt = new Map();
  rebuilt.set(3, [...uleb(order.length), ...order.flatMap((old) => uleb(types[old]))]);
  const codeOut = [...uleb(order.length)];
  for (const old of order) {
    const body = bodies[old];
    let [groups, p] = leb(body, 0);
    for (; groups > 0; groups--) p = skipLeb(body, p) + 1; // count, then a one-byte value type
    const out = Array.from(body.subarray(0, p));
    if (copyCode(body, p, renumber, out) !== body.length) throw new Error('order-functions: a body does not end where its size says');
    codeOut.push(...uleb(out.length), ...out);
  }
  rebuilt.set(10, codeOut);
  for (const [id, rewrite] of [[6, globals], [7, exports], [8, start], [9, elements]]) {
    const section = find(id);
    if (section) rebuilt.set(id, rewrite(wasm, section, renumber));
  }

  const parts = [wasm.subarray(0, 8)];
  for (const s of all) {
    const body = rebuilt.get(s.id);
    parts.push(body && s.id !== 0 ? Uint8Array.from([s.id, ...uleb(body.length), ...body]) : wasm.subarray(s.start, s.end));
  }
  return Buffer.concat(parts);
}

function globals(wasm, section, renumber) {
  let [count, at] = leb(wasm, section.body);
  const out = uleb(count);
  for (; count > 0; count--) {
    out.push(wasm[at], wasm[at + 1]); // type, mutability
    at = copyCode(wasm, at + 2, renumber, out);
  }
  return out;
}

function exports(wasm, section, renumber) {
  let [count, at] = leb(wasm, section.body);
  const out = uleb(count);
  for (; count > 0; count--) {
    const [length, name] = leb(wasm, at);
    out.push(...wasm.subarray(at, name + length));
    const kind = wasm[name + length];
    const [index, next] = leb(wasm, name + length + 1);
    out.push(kind, ...uleb(kind === 0x00 ? renumber(index) : index));
    at = next;
  }
  return out;
}

function start(wasm, section, renumber) {
  return uleb(renumber(leb(wasm, section.body)[0]));
}

/** Element segments, by their flags: bit 0 passive or declared, bit 1 a table index or declared, bit 2 expressions. */
function elements(wasm, section, renumber) {
  let [count, at] = leb(wasm, section.body);
  const out = uleb(count);
  const copyLeb = () => {
    const to = skipLeb(wasm, at);
    out.push(...wasm.subarray(at, to));
    at = to;
  };
  for (; count > 0; count--) {
    const [flags] = leb(wasm, at);
    copyLeb();
    if (flags & 2 && !(flags & 1)) copyLeb(); // the table
    if (!(flags & 1)) at = copyCode(wasm, at, renumber, out); // the offset
    if (flags & 3) out.push(wasm[at++]); // element kind or reference type
    let [items] = leb(wasm, at);
    copyLeb();
    for (; items > 0; items--) {
      if (flags & 4) at = copyCode(wasm, at, renumber, out);
      else {
        const [index, next] = leb(wasm, at);
        out.push(...uleb(renumber(index)));
        at = next;
      }
    }
  }
  return out;
}
