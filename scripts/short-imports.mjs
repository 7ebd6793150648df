// Gives the wasm's imports short names, in the wasm and in the JS glue that provides them, and
// its exports the same, where the glue calls them.
//
// Why: wasm-bindgen names each import after its function and a 16-digit hash
// (`__wbg_querySelectorAll_6c1bd81d448fb480`), under the module "./tierup_bg.js", and writes
// each name twice: in the wasm's import section and as a key of the glue's import object. For
// tierup's ~135 imports that is ~6.4 KB of the wasm and ~4 KB of the JS, and the hashes do not
// compress. Renamed to `a`, `b`, ... under the module ".", the same bundle is ~4.7 KB gzip
// lighter. Nothing else refers to these names: the glue is the only provider of the imports.
// The exports wasm-bindgen adds for its glue (`__wbindgen_export2`, `__wasm_bindgen_func_elem_317`,
// ...) are read by the glue only, each as a property of the instance's exports: renamed, a further
// 205 B gzip (wasm and glue). Other exports (`memory`, `main`) keep their names.
//
// `shortenImports(wasmBytes, jsText)` returns both rewritten; it throws, failing the build,
// unless every renamed import occurs in the glue exactly once and every renamed export only as
// a property read (`.name`).

import { leb, skipImportDesc, uleb } from './wasm-bytes.mjs';

const utf8 = new TextDecoder();
const encode = (text) => [...Buffer.from(text, 'utf8')];

/** `a`..`z`, `A`..`Z`, then two letters: a valid, unquoted property name for each index. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[index % letters.length] + name;
    index = Math.floor(index / letters.length) - 1;
  } while (index >= 0);
  return name;
}

export function shortenImports(wasm, js) {
  const bytes = new Uint8Array(wasm);
  const out = [bytes.subarray(0, 8)];
  let glue = js;
  let at = 8;
  let module = null;
  while (at < bytes.length) {
    const id = bytes[at++];
    const [size, start] = leb(bytes, at);
    let body = bytes.subarray(start, start + size);
    if (id === 2) {
      let [count, p] = leb(bytes, start);
      const rewritten = uleb(count);
      for (let i = 0; i < count; i++) {
        let length;
        [length, p] = leb(bytes, p);
        const from = utf8.decode(bytes.subarray(p, p + length));
        p += length;
        [length, p] = leb(bytes, p);
        const name = utf8.decode(bytes.subarray(p, p + length));
        p += length;
        const descStart = p;
        p = skipImportDesc(bytes, p)[1];
        if (module === null) module = from;
        if (from !== module) throw new Error(`short-imports: imports from two modules (${module}, ${from})`);
        const short = shortName(i);
        const uses = glue.split(name).length - 1;
        if (uses !== 1) throw new Error(`short-imports: ${name} occurs ${uses} times in the glue, not once`);
        glue = glue.replace(name, short);
        rewritten.push(...uleb(1), ...encode('.'), ...uleb(short.length), ...encode(short), ...bytes.subarray(descStart, p));
      }
      body = Uint8Array.from(rewritten);
    } else if (id === 7) {
      [body, glue] = shortenExports(body, glue);
    }
    out.push(Uint8Array.from([id, ...uleb(body.length)]), body);
    at = start + size;
  }
  if (module !== null) {
    const quoted = JSON.stringify(module);
    const uses = glue.split(quoted).length - 1;
    if (uses !== 1) throw new Error(`short-imports: ${quoted} occurs ${uses} times in the glue, not once`);
    glue = glue.replace(quoted, '"."');
  }
  return { wasm: Buffer.concat(out), js: glue };
}

/** wasm-bindgen's own exports: the glue is their only reader. */
const GLUE_EXPORT = /^__wbindgen_|^__wasm_bindgen_/;

/** The export section `body` with wasm-bindgen's exports renamed, and `glue` reading them so. */
function shortenExports(body, glue) {
  let [count, p] = leb(body, 0);
  const rewritten = uleb(count);
  let renamed = 0;
  for (let i = 0; i < count; i++) {
    let length;
    [length, p] = leb(body, p);
    const name = utf8.decode(body.subarray(p, p + length));
    p += length;
    const descStart = p;
    p = leb(body, p + 1)[1]; // kind, then index
    let kept = name;
    if (GLUE_EXPORT.test(name)) {
      // These names are letters, digits and underscores: no escaping needed.
      const reads = new RegExp(`\\.${name}(?![\\w$])`, 'g');
      const uses = glue.match(new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'g'))?.length ?? 0;
      if (uses !== (glue.match(reads)?.length ?? 0)) {
        throw new Error(`short-imports: the glue uses the export ${name} other than as .${name}`);
      }
      kept = shortName(renamed++);
      glue = glue.replace(reads, `.${kept}`);
    }
    rewritten.push(...uleb(kept.length), ...encode(kept), ...body.subarray(descStart, p));
  }
  return [Uint8Array.from(rewritten), glue];
}
