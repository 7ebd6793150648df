// Trunk post_build hook: minifies (minify-js.mjs), then turns Trunk's output into what runs under a
// strict Content-Security-Policy, embeds anywhere and works offline.
//
// - Trunk always injects an inline <script type="module"> to start the wasm; a CSP without
//   'unsafe-inline' blocks it. It is replaced by tierup-embed.js, a file with a stable name that
//   loads this build's hashed bundle relative to its own URL, so a host page (at any path)
//   and the standalone page start tierup the same way.
// - static/site/ (demo article, manifest, icons, service-worker registration) is copied in.
// - i18n/ gets a language pack per language but English (scripts run `cargo run --bin i18n_packs`,
//   which writes them from the compiled tables); the loader tells the widget their names.
// - sw.js gets the precache list of every file of this build, from the hashed names.
// - tierup-assets.json lists what a host page must cache to run an embedded tierup offline.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const fail = (why) => {
  console.error(`post-build: ${why}`);
  process.exit(1);
};

cpSync(path.join(root, 'static', 'site'), staging, { recursive: true });
// Minify (release only) before anything is hashed or listed.
await import('./minify-js.mjs');

const names = readdirSync(staging);
const bundle = names.find((n) => /^tierup-[0-9a-f]+\.js$/.test(n)) ?? fail('no hashed tierup-*.js');
const wasm = names.find((n) => /^tierup-[0-9a-f]+_bg\.wasm$/.test(n)) ?? fail('no hashed tierup-*_bg.wasm');

// Trunk runs this hook inside scripts/wasm-env: a native build must not see the wasm build's
// nightly and build-std settings (with them, cargo fails: "duplicate lang item in crate core").
function nativeEnv() {
  const env = { ...process.env };
  for (const name of ['RUSTUP_TOOLCHAIN', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_UNSTABLE_BUILD_STD_FEATURES',
    'CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS']) delete env[name];
  return env;
}

// The language packs, from the same tables the native tests check (a native build of the crate).
const packs = JSON.parse(execFileSync(
  'cargo', ['run', '--quiet', '--locked', '--offline', '--bin', 'i18n_packs', '--', path.join(staging, 'i18n')],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: nativeEnv() },
));

// The loader, written as small as terser would (every reader loads it, and it is written after
// the minifier runs); README's "Embedding" says how a page includes it.
const pageUrl = (file) => `new URL('./${file}',import.meta.url)`;
writeFileSync(
  path.join(staging, 'tierup-embed.js'),
  `import init from'./${bundle}';` +
    // The widget fetches the reader's language pack from these (English is in the wasm).
    `globalThis.tierupLanguages={base:${pageUrl('i18n/')}.href,...${JSON.stringify(packs)}};` +
    `init({module_or_path:${pageUrl(wasm)}});\n`,
);

// Replace Trunk's inline start-up script (quoted or, once minified, unquoted attributes).
const indexPath = path.join(staging, 'index.html');
const inline = /<script type="?module"?(?: nonce="?[^>"]*"?)?>[\s\S]*?<\/script>/g;
let index = readFileSync(indexPath, 'utf8');
if (!inline.test(index)) fail('Trunk start-up script not found in index.html');
index = index.replace(inline, '');
const scripts = '<script type="module" src="tierup-embed.js"></script><script type="module" src="sw-register.js"></script>';
index = index.replace('</body>', `${scripts}</body>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(index)) fail('an inline script is left in index.html');
// Trunk gives the stylesheet an integrity hash but no crossorigin; a frame with an opaque
// origin (sandboxed without allow-same-origin) can only check the hash over CORS.
index = index.replace(/<link (?![^>]*crossorigin)(?=[^>]*rel="?stylesheet)/g, '<link crossorigin ');
writeFileSync(indexPath, index);

// What a host page must cache to run an embedded tierup offline (see README, "Offline").
const embedFiles = ['tierup-embed.js', bundle, wasm, ...Object.values(packs).map((f) => `i18n/${f}`)];
const assets = { version: digestOf(embedFiles), files: embedFiles };
writeFileSync(path.join(staging, 'tierup-assets.json'), `${JSON.stringify(assets, null, 2)}\n`);

// Everything in the build, for the service worker to precache; its version is their digest.
const files = readdirSync(staging, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.relative(staging, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
  .filter((f) => f !== 'sw.js' && !f.startsWith('.'))
  .sort();
const version = digestOf(files);

function digestOf(names) {
  const digest = createHash('sha256');
  for (const f of names) digest.update(f).update(readFileSync(path.join(staging, f)));
  return digest.digest('hex').slice(0, 16);
}

const worker = readFileSync(path.join(root, 'scripts', 'sw.template.js'), 'utf8')
  .replace('__VERSION__', version)
  .replace('__PRECACHE__', JSON.stringify(['./', ...files]));
writeFileSync(path.join(staging, 'sw.js'), worker);

console.log(`post-build: loader, sw.js (${files.length + 1} files, version ${version}), tierup-assets.json`);
