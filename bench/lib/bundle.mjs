// What a built page loads before it can become interactive, and how big it is.
// Shared by bench/run.mjs and tests/budget/bytes.test.mjs, so the bench table and
// the byte ratchet count the same files the same way.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { constants, brotliCompressSync } from 'node:zlib';
import path from 'node:path';

const COUNTED = /\.(wasm|m?js|css)$/i;

/** Attributes of every `<tag ...>` in (possibly minified, unquoted) HTML. */
function tags(html, tag) {
  const out = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs = {};
    for (const a of m[1].matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      attrs[a[1].toLowerCase()] = (a[2] ?? '').replace(/^["']|["']$/g, '');
    }
    out.push({ attrs, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Static imports, re-exports and `new URL('...', import.meta.url)` in a JS module.
const JS_REFS = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]|\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'`]([^"'`]+)["'`]|new\s+URL\(\s*["'`]([^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)/g;

/**
 * The wasm, JS and CSS files `distDir/index.html` loads on its own, in document order:
 * stylesheets, module preloads, fetch preloads, script srcs and what inline module
 * scripts import or instantiate, then (transitively) what those JS files import or
 * resolve with `new URL(..., import.meta.url)`. A service worker is registered, not
 * loaded, so it is not counted. Paths are relative to distDir.
 */
export function loadedFiles(distDir) {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} not found: build first`);
  const html = readFileSync(indexFile, 'utf8');
  const urls = [];
  for (const { attrs } of tags(html, 'link')) {
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (attrs.href && rel.some((r) => ['stylesheet', 'modulepreload', 'preload'].includes(r))) urls.push(attrs.href);
  }
  for (const { attrs, end } of tags(html, 'script')) {
    if (attrs.src) { urls.push(attrs.src); continue; }
    const body = html.slice(end, html.indexOf('</script>', end));
    for (const m of body.matchAll(JS_REFS)) urls.push(m[1] ?? m[2] ?? m[3]);
    for (const m of body.matchAll(/module_or_path\s*:\s*['"]([^'"]+)['"]/g)) urls.push(m[1]);
  }
  const files = [];
  const add = (url, fromDir, required) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return; // absolute URLs: nothing cross-origin today
    const clean = decodeURIComponent(url.split(/[?#]/)[0]);
    const rel = path.normalize(clean.startsWith('/') ? clean.slice(1) : path.join(fromDir, clean));
    if (!COUNTED.test(rel) || files.includes(rel)) return;
    if (!existsSync(path.join(distDir, rel))) {
      if (required) throw new Error(`index.html refers to ${url}, missing from ${distDir}`);
      return; // e.g. wasm-bindgen's default wasm name, unused when Trunk passes the real one
    }
    files.push(rel);
    if (/\.m?js$/i.test(rel)) {
      const source = readFileSync(path.join(distDir, rel), 'utf8');
      for (const m of source.matchAll(JS_REFS)) add(m[1] ?? m[2] ?? m[3], path.dirname(rel), false);
    }
  };
  for (const url of urls) add(url, '.', true);
  return files;
}

/** gzip -9 size exactly as `make sizes` measures it (`gzip -9 -c FILE | wc -c`). */
export function gzipSize(file) {
  const r = spawnSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`gzip -9 ${file} failed: ${r.stderr}`);
  return r.stdout.length;
}

/** brotli quality 11 size (node's zlib, the largest window brotli's CLI would use for the file). */
export function brotliSize(file) {
  const buf = readFileSync(file);
  return brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
}

const kind = (f) => (/\.wasm$/i.test(f) ? 'wasm' : /\.css$/i.test(f) ? 'css' : /\.txt$/i.test(f) ? 'pack' : 'js');

/**
 * The largest of the language packs in `distDir/i18n/` (gzip -9), or null. A reader whose language
 * is not English loads one pack before the widget is interactive; counting the largest makes the
 * totals those of the heaviest reader, not of the English one.
 */
export function largestPack(distDir) {
  const dir = path.join(distDir, 'i18n');
  if (!existsSync(dir)) return null;
  const packs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => `i18n/${f}`);
  const sized = packs.map((rel) => ({ rel, gzip: gzipSize(path.join(distDir, rel)) }));
  return sized.sort((a, b) => b.gzip - a.gzip)[0]?.rel ?? null;
}

/**
 * Raw / gzip -9 / brotli 11 bytes of every file loaded before interactive, and their totals:
 * what index.html loads, plus the largest language pack (kind 'pack'; an English reader loads
 * none, so `english` is the total without it).
 */
export function bundleBytes(distDir, { brotli = true } = {}) {
  const pack = largestPack(distDir);
  const files = [...loadedFiles(distDir), ...(pack ? [pack] : [])].map((rel) => {
    const file = path.join(distDir, rel);
    return {
      file: rel,
      kind: kind(rel),
      raw: statSync(file).size,
      gzip: gzipSize(file),
      ...(brotli ? { brotli: brotliSize(file) } : {}),
    };
  });
  const total = { raw: 0, gzip: 0, ...(brotli ? { brotli: 0 } : {}) };
  for (const f of files) for (const k of Object.keys(total)) total[k] += f[k];
  const english = { ...total };
  for (const f of files.filter((f) => f.kind === 'pack')) for (const k of Object.keys(english)) english[k] -= f[k];
  return { files, total, english };
}
