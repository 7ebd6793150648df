// The builds `make bench` needs besides `make build`: the Yew counter baseline (same
// pipeline as tierup), a names-kept wasm for twiggy, and twiggy itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export const TWIGGY_VERSION = '0.8.0';

export function run(cmd, args, { cwd, env = {}, quiet = true } = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) {
    if (quiet) process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`failed (exit ${r.status}): ${cmd} ${args.join(' ')}`);
  }
  return (r.stdout ?? '').trim();
}

/** The trunk `rel="rust"` link's wasm-opt level and params in an index.html. */
export function wasmOptAttributes(indexHtml) {
  const html = readFileSync(indexHtml, 'utf8');
  const link = [...html.matchAll(/<link\b[^>]*>/gis)].map((m) => m[0]).find((t) => /data-trunk/.test(t) && /rel\s*=\s*"?rust"?/.test(t));
  if (!link) throw new Error(`${indexHtml}: no <link data-trunk rel="rust">`);
  const attr = (name) => link.match(new RegExp(`${name}\\s*=\\s*"([^"]*)"`))?.[1] ?? null;
  return { level: attr('data-wasm-opt'), params: (attr('data-wasm-opt-params') ?? '').split(/\s+/).filter(Boolean) };
}

/** The key = value lines of a TOML table, comments and blank lines dropped, sorted. */
function tomlTable(file, table) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.trim() === `[${table}]`);
  if (start < 0) return [];
  const out = [];
  for (const line of lines.slice(start + 1)) {
    const l = line.replace(/#.*/, '').trim();
    if (l.startsWith('[')) break;
    if (l) out.push(l.replace(/\s*=\s*/, ' = '));
  }
  return out.sort();
}

/** Throws unless the counter is built with tierup's release profile, wasm-opt level/flags and minify setting. */
export function checkSamePipeline(repo, counter) {
  const diffs = [];
  const same = (what, a, b) => { if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push(`${what}: tierup ${JSON.stringify(a)} vs counter ${JSON.stringify(b)}`); };
  same('[profile.release]', tomlTable(path.join(repo, 'Cargo.toml'), 'profile.release'), tomlTable(path.join(counter, 'Cargo.toml'), 'profile.release'));
  same('wasm-opt', wasmOptAttributes(path.join(repo, 'index.html')), wasmOptAttributes(path.join(counter, 'index.html')));
  const minify = (f) => readFileSync(f, 'utf8').match(/^\s*minify\s*=\s*"([^"]*)"/m)?.[1] ?? null;
  same('Trunk minify', minify(path.join(repo, 'Trunk.toml')), minify(path.join(counter, 'Trunk.toml')));
  if (diffs.length) throw new Error(`bench/counter is not built like tierup; make them equal:\n  ${diffs.join('\n  ')}`);
}

/**
 * `trunk build --release --offline` of bench/counter into `dist`, sharing the repo's target/ for
 * compiled deps, with `toolchain` 'nightly' (exactly tierup's wasm build: scripts/wasm-env) or
 * 'stable' (the baseline of earlier reports).
 */
export function buildCounter(repo, counter, toolchain, dist) {
  run(path.join(repo, 'scripts', 'wasm-env'), ['trunk', 'build', '--release', '--offline', '--dist', dist], {
    cwd: counter,
    env: { CARGO_TARGET_DIR: path.join(repo, 'target'), TIERUP_WASM_TOOLCHAIN: toolchain },
  });
}

export function ensureTwiggy() {
  let have = null;
  try { have = run('twiggy', ['--version']).split(/\s+/)[1]; } catch { have = null; }
  if (have === TWIGGY_VERSION) return;
  process.stderr.write(`bench: installing twiggy ${TWIGGY_VERSION} (found: ${have ?? 'none'}; about a minute)\n`);
  run('cargo', ['install', '--locked', `twiggy@${TWIGGY_VERSION}`], { quiet: false });
}

/**
 * tierup's wasm with function names kept, otherwise as shipped: the release build without
 * `strip` and with v0 symbol names (its own target dir, so the main one's fingerprints stay
 * put), wasm-bindgen, then wasm-opt at the index.html level and flags plus -g (keep names).
 */
export function buildNamedWasm(repo) {
  const dir = path.join(repo, 'target', 'bench-names');
  // v0 mangling: demangled names then say which generic instance (e.g. which component's view).
  // Through scripts/wasm-env (the same toolchain and std as the shipped wasm), which keeps this flag.
  run(path.join(repo, 'scripts', 'wasm-env'), ['cargo', 'build', '--release', '--locked', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', 'tierup'], {
    cwd: repo,
    env: { CARGO_TARGET_DIR: dir, CARGO_PROFILE_RELEASE_STRIP: 'false', CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: '-Csymbol-mangling-version=v0' },
  });
  const bindgen = path.join(dir, 'bindgen');
  rmSync(bindgen, { recursive: true, force: true });
  mkdirSync(bindgen, { recursive: true });
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', bindgen, path.join(dir, 'wasm32-unknown-unknown', 'release', 'tierup.wasm')]);
  const { level, params } = wasmOptAttributes(path.join(repo, 'index.html'));
  const out = path.join(dir, 'tierup_names.wasm');
  run('wasm-opt', [`-O${level ?? 's'}`, '-g', ...params, path.join(bindgen, 'tierup_bg.wasm'), '-o', out]);
  if (!existsSync(out)) throw new Error(`wasm-opt wrote no ${out}`);
  return out;
}

const NAME_SECTIONS = /^"[\w ]+ names" subsection$|^custom section 'name'|^"name" custom section/;

/** twiggy's top `n` items of `wasm`, name sections left out (they are not shipped). */
export function twiggyTop(wasm, n = 20) {
  const all = JSON.parse(run('twiggy', ['top', '-f', 'json', wasm]));
  const names = all.filter((i) => NAME_SECTIONS.test(i.name));
  const items = all.filter((i) => !NAME_SECTIONS.test(i.name));
  const total = items.reduce((s, i) => s + i.shallow_size, 0);
  const tidy = (name) => name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '');
  return {
    file: wasm,
    built_as: 'release with strip = false and v0 symbol mangling; wasm-bindgen; wasm-opt at the index.html level and flags, plus -g',
    bytes_without_names: total,
    name_section_bytes: names.reduce((s, i) => s + i.shallow_size, 0),
    items: items.slice(0, n).map((i) => ({ name: tidy(i.name), bytes: i.shallow_size, percent: (100 * i.shallow_size) / total })),
  };
}

export function toolVersions(browser) {
  const v = (cmd, args = ['--version']) => { try { return run(cmd, args).split('\n')[0]; } catch { return null; } };
  return {
    rustc: v('rustc', ['-V']),
    trunk: v('trunk'),
    wasm_bindgen: v('wasm-bindgen'),
    wasm_opt: v('wasm-opt'),
    twiggy: v('twiggy'),
    node: process.version,
    chromium: browser?.version() ?? null,
  };
}
