// What the build's wasm rewriters (short-imports.mjs, order-functions.mjs) read and write alike:
// LEB128 numbers, sections and import descriptions.

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
export function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** The offset after a (signed or unsigned) LEB128 at `at`. */
export function skipLeb(bytes, at) {
  while (bytes[at++] & 0x80);
  return at;
}

export function uleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

/** The module's sections: { id, start, body, end }, `body` being where the content starts. */
export function sections(wasm) {
  const out = [];
  for (let at = 8; at < wasm.length;) {
    const [size, body] = leb(wasm, at + 1);
    out.push({ id: wasm[at], start: at, body, end: body + size });
    at = body + size;
  }
  return out;
}

/** Skips an import's description (after its names): [its kind, next offset]. */
export function skipImportDesc(bytes, at) {
  const kind = bytes[at++];
  const limits = (at) => (bytes[at] & 1 ? skipLeb(bytes, skipLeb(bytes, at + 1)) : skipLeb(bytes, at + 1));
  if (kind === 0) return [kind, skipLeb(bytes, at)]; // function: type index
  if (kind === 1) return [kind, limits(at + 1)]; // table: reference type, limits
  if (kind === 2) return [kind, limits(at)]; // memory
  if (kind === 3) return [kind, at + 2]; // global: value type, mutability
  if (kind === 4) return [kind, skipLeb(bytes, at + 1)]; // tag
  throw new Error(`unknown import kind ${kind}`);
}
