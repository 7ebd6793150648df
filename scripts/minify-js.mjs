// Trunk post_build hook (see Trunk.toml): minifies the JS in the staging dir of a
// release build with terser, gives the wasm's imports short names (short-imports.mjs),
// orders its functions for gzip (order-functions.mjs) and rewrites the
// Subresource-Integrity digests in the staged HTML to match.
//
// Why: Trunk 0.21.14's own JS minifier (minify-js) cannot parse the glue that
// wasm-bindgen 0.2.130 emits (`export { initSync, __wbg_init as default }`); it
// warns "Failed to minify JS" and ships the JS unminified.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { minify } from 'terser';

import { orderFunctions } from './order-functions.mjs';
import { shortenImports } from './short-imports.mjs';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('minify-js: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const files = walk(staging);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const html = new Map(htmlFiles.map((f) => [f, readFileSync(f, 'utf8')]));
const digest = (algo, buf) => `${algo}-${createHash(algo).update(buf).digest('base64')}`;

/** Writes `after` over `file` and points the HTML's integrity digests at it. */
function rewrite(file, before, after) {
  writeFileSync(file, after);
  for (const algo of ['sha256', 'sha384', 'sha512']) {
    const oldSri = digest(algo, before);
    const newSri = digest(algo, after);
    for (const [f, text] of html) html.set(f, text.split(oldSri).join(newSri));
  }
}

// The loader (tierup-embed.js) starts the wasm through the glue's default export only. The glue
// also exports initSync, a synchronous start from a compiled module, with its own warning text:
// without the export, terser drops it. A glue that no longer has this export line stops the build.
const GLUE_EXPORTS = 'export { initSync, __wbg_init as default };';
const isGlue = (file) => files.includes(file.replace(/\.js$/, '_bg.wasm'));

for (const file of files.filter((f) => /\.m?js$/.test(f))) {
  const before = readFileSync(file);
  let source = before.toString('utf8');
  if (isGlue(file)) {
    if (!source.includes(GLUE_EXPORTS)) {
      console.error(`minify-js: ${path.relative(staging, file)} has no "${GLUE_EXPORTS}" (a new wasm-bindgen?)`);
      process.exit(1);
    }
    source = source.replace(GLUE_EXPORTS, 'export { __wbg_init as default };');
  }
  const isModule = /^\s*(import|export)\b/m.test(source);
  // `unsafe_methods` writes an object's function-valued properties as methods (`f(a){...}` for
  // `f:function(a){...}`): the glue's import object is a hundred of them (-57 B gzip). What it
  // changes is that a method cannot be called with `new`, and nothing does that to them: the wasm
  // calls its imports as plain functions.
  const result = await minify(source, {
    module: isModule,
    ecma: 2020,
    compress: { passes: 2, unsafe_methods: true },
    mangle: true,
    format: { comments: false },
  });
  const after = Buffer.from(result.code, 'utf8');
  if (after.length >= before.length) continue;
  rewrite(file, before, after);
  console.log(`minify-js: ${path.relative(staging, file)} ${before.length} -> ${after.length} bytes`);
}

for (const wasmFile of files.filter((f) => f.endsWith('_bg.wasm'))) {
  const glueFile = wasmFile.replace(/_bg\.wasm$/, '.js');
  const [wasm, glue] = [readFileSync(wasmFile), readFileSync(glueFile)];
  const short = shortenImports(wasm, glue.toString('utf8'));
  const ordered = orderFunctions(short.wasm);
  rewrite(wasmFile, wasm, ordered);
  rewrite(glueFile, glue, Buffer.from(short.js, 'utf8'));
  console.log(`short-imports: ${path.relative(staging, wasmFile)} ${wasm.length} -> ${short.wasm.length} bytes, its glue ${glue.length} -> ${short.js.length}; functions ordered`);
}

for (const [f, text] of html) writeFileSync(f, text);
