// `make bench` (after `make build`): tierup's bytes, start-up and growth against a minimal Yew
// counter built the same way in the same run. Prints tables, writes bench/results/latest.json
// (the previous one becomes previous.json) and prints deltas against the previous run.
//
// `node bench/run.mjs --print` prints the last results again without measuring.
// Environment: BENCH_RUNS (default 15, the minimum for a report), BENCH_WARMUP (default 1),
// BENCH_SIZES (default 0,100,1000,10000), BENCH_SKIP_BUILDS=1 (reuse the counter and named
// wasm builds; for working on this script), BENCH_STRICT=1 (exit 1 when a budget is missed).
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { bundleBytes, loadedFiles } from './lib/bundle.mjs';
import { buildCounter, buildNamedWasm, checkSamePipeline, ensureTwiggy, run, toolVersions, twiggyTop, TWIGGY_VERSION } from './lib/builds.mjs';
import { CHROMIUM } from '../tests/e2e/chromium.mjs';
import { CHROMIUM_ARGS, MARK, measureRun } from './lib/measure.mjs';
import { SEED_OPENING_TOTAL, storageLayout } from './lib/seed.mjs';
import { serve } from './lib/server.mjs';
import { summary } from './lib/stats.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILT_DIST = path.join(REPO, 'dist');
// Measured from a copy taken at start: a build running meanwhile cannot mix two bundles.
const DIST = path.join(REPO, 'target', 'bench', 'dist');
const COUNTER = path.join(REPO, 'bench', 'counter');
// The counter twice: with exactly tierup's toolchain (scripts/wasm-env: pinned nightly, std
// rebuilt for size) and the stable way, the baseline of the reports before that toolchain.
const COUNTER_DIST = path.join(COUNTER, 'dist');
const COUNTER_STABLE_DIST = path.join(COUNTER, 'dist-stable');
const RESULTS = path.join(REPO, 'bench', 'results');
const BUDGET_FILE = path.join(REPO, 'bench', 'budget.json');

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
const SIZES = (process.env.BENCH_SIZES ?? '0,100,1000,10000').split(',').map(Number);
const SKIP_BUILDS = process.env.BENCH_SKIP_BUILDS === '1';
const STRICT = process.env.BENCH_STRICT === '1';

// The issues' budgets (#6 growth, #12 weight and start-up).
const BUDGETS = {
  english_gzip: 88_000, // gzip before interactive, an English reader (lighter than Yew's todomvc)
  heaviest_gzip: 91_000, // the same with the largest language pack
  startup_ratio: 1.5, // start-up with no purchases / the counter built like tierup, medians
  startup_growth: 1.5, // start-up with the most purchases / with none
  add_growth: 2, // adding a purchase with the most purchases / with none
  longtask_ms: 50, // longest main-thread task with the most purchases
  storage_bytes: 600 * 1024, // localStorage (UTF-16) for the most purchases
};

process.env.PATH = `${path.join(REPO, 'node_modules', '.bin')}:${process.env.HOME}/.cargo/bin:${process.env.PATH}`;

const log = (msg) => process.stderr.write(`bench: ${msg}\n`);
const seconds = (t) => `${((Date.now() - t) / 1000).toFixed(0)} s`;

async function main() {
  const started = new Date();
  const loadBefore = os.loadavg()[0];
  if (RUNS < 15) log(`BENCH_RUNS=${RUNS}: fewer than the 15 runs a report needs; figures are indicative only`);

  // 1. Builds. `make build` has built dist/; the counter and the named wasm are built here.
  if (!existsSync(path.join(BUILT_DIST, 'index.html'))) throw new Error('dist/index.html not found: make build first');
  rmSync(DIST, { recursive: true, force: true });
  cpSync(BUILT_DIST, DIST, { recursive: true });
  checkSamePipeline(REPO, COUNTER);
  let t = Date.now();
  for (const [toolchain, dist] of [['nightly', COUNTER_DIST], ['stable', COUNTER_STABLE_DIST]]) {
    if (!SKIP_BUILDS || !existsSync(path.join(dist, 'index.html'))) {
      t = Date.now();
      log(`building the Yew counter baseline (bench/counter, same profile and wasm-opt flags, ${toolchain})`);
      buildCounter(REPO, COUNTER, toolchain, dist);
      log(`  done in ${seconds(t)}`);
    }
  }
  ensureTwiggy();
  t = Date.now();
  const namedWasm = path.join(REPO, 'target', 'bench-names', 'tierup_names.wasm');
  if (!SKIP_BUILDS || !existsSync(namedWasm)) {
    log('building tierup with names kept for twiggy (target/bench-names)');
    buildNamedWasm(REPO);
    log(`  done in ${seconds(t)}`);
  }

  // 2. Bytes.
  const bytes = { tierup: bundleBytes(DIST), counter: bundleBytes(COUNTER_DIST), counter_stable: bundleBytes(COUNTER_STABLE_DIST) };
  const ratios = (base) => ({
    raw: bytes.tierup.total.raw / base.total.raw,
    gzip: bytes.tierup.total.gzip / base.total.gzip,
    brotli: bytes.tierup.total.brotli / base.total.brotli,
    english_gzip: bytes.tierup.english.gzip / base.total.gzip,
  });
  bytes.ratio = ratios(bytes.counter);
  bytes.ratio_stable = ratios(bytes.counter_stable);
  const committedBudget = existsSync(BUDGET_FILE) ? JSON.parse(readFileSync(BUDGET_FILE, 'utf8')).total_gzip_bytes : null;
  const twiggy = twiggyTop(namedWasm, 20);

  // 3. Timing runs, interleaved so drift on the machine hits every scenario alike.
  const layout = storageLayout(DIST);
  const scenarios = [
    { id: 'counter', label: 'Yew counter', dist: COUNTER_DIST, purchases: null },
    { id: 'counter-stable', label: 'Yew counter (stable)', dist: COUNTER_STABLE_DIST, purchases: null },
    ...SIZES.map((n) => ({ id: `tierup-${n}`, label: `tierup, ${n} purchases`, dist: DIST, purchases: n })),
  ];
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run scripts/install-tools.sh`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const servers = { [DIST]: await serve(DIST), [COUNTER_DIST]: await serve(COUNTER_DIST), [COUNTER_STABLE_DIST]: await serve(COUNTER_STABLE_DIST) };
  const runs = Object.fromEntries(scenarios.map((s) => [s.id, []]));
  const retries = [];
  let versions;
  try {
    versions = toolVersions(browser);
    t = Date.now();
    log(`timing: ${scenarios.length} scenarios x (${WARMUP} warm-up + ${RUNS} runs), fresh browser context each`);
    for (let round = -WARMUP; round < RUNS; round++) {
      for (const s of scenarios) {
        let r;
        for (let attempt = 1; !r; attempt++) {
          try {
            r = await measureRun(browser, servers[s.dist].url, { purchases: s.purchases, layout });
          } catch (err) {
            const what = `${s.label}, run ${round + 1}: ${err.message}`;
            if (attempt >= 2) throw new Error(what);
            log(`retrying once: ${what}`);
            retries.push(what);
          }
        }
        if (round >= 0) runs[s.id].push(r);
      }
      if (round >= 0 && ((round + 1) % 5 === 0 || round + 1 === RUNS)) log(`  ${round + 1}/${RUNS} rounds (${seconds(t)})`);
    }
  } finally {
    await browser.close().catch(() => {});
    for (const s of Object.values(servers)) await s.close();
  }

  // 4. Figures.
  const pick = (id, key) => runs[id].map((r) => r[key]);
  const startup = {
    counter: summary(pick('counter', 'startup_ms')),
    counter_stable: summary(pick('counter-stable', 'startup_ms')),
    tierup: summary(pick(`tierup-${SIZES[0]}`, 'startup_ms')),
  };
  startup.ratio = startup.tierup.median / startup.counter.median;
  startup.ratio_stable = startup.tierup.median / startup.counter_stable.median;
  // The same ratio taken within each round, whose loads ran seconds apart: a load on the machine
  // that comes and goes then weighs on both sides of it. Printed beside the ratio of the medians,
  // which the budget keeps (issue 12 states it so); on a busy machine the two differ.
  const inRounds = (id, baseId) => summary(runs[id].map((r, i) => r.startup_ms / runs[baseId][i].startup_ms));
  startup.ratio_in_rounds = inRounds(`tierup-${SIZES[0]}`, 'counter');
  // What a reader sees: the mark is set in an effect, which Yew runs after the browser has laid
  // out and painted when a render outlasts its 16 ms slice; the first paint is the same for both.
  startup.fcp = {
    counter: summary(pick('counter', 'fcp_ms')),
    tierup: summary(pick(`tierup-${SIZES[0]}`, 'fcp_ms')),
  };
  startup.fcp.ratio = startup.fcp.tierup && startup.fcp.counter ? startup.fcp.tierup.median / startup.fcp.counter.median : null;
  const base = SIZES[0];
  const growth = SIZES.map((n) => {
    const id = `tierup-${n}`;
    const rs = runs[id];
    const g = {
      purchases: n,
      startup: summary(pick(id, 'startup_ms')),
      add_dom: summary(pick(id, 'add_dom_ms')),
      add_frame: summary(pick(id, 'add_frame_ms')),
      longtask_load: summary(pick(id, 'longtask_load_ms')),
      longtask_add: summary(pick(id, 'longtask_add_ms')),
      longtask_run: summary(rs.map((r) => Math.max(r.longtask_load_ms ?? 0, r.longtask_add_ms ?? 0))),
      main_thread_load: breakdown(rs.map((r) => r.main_thread_load)),
      main_thread_add: breakdown(rs.map((r) => r.main_thread_add)),
      wasm_memory: summary(pick(id, 'wasm_memory_bytes')),
      js_heap: summary(pick(id, 'js_heap_used_bytes')),
      rows_before: rs[0].rows_before,
      rows_after: rs[0].rows_after,
      storage_seeded: rs[0].storage_seeded,
      storage_saved: rs[0].storage_saved,
    };
    return g;
  });
  startup.counter_main_thread = breakdown(pick('counter', 'main_thread_load'));
  // The counter's own longest load task: what the 50 ms goal looks like for the stack alone.
  startup.counter_longtask_load = summary(pick('counter', 'longtask_load_ms'));
  const g0 = growth.find((g) => g.purchases === base);
  for (const g of growth) {
    g.startup_ratio = g.startup.median / g0.startup.median;
    g.startup_ratio_in_rounds = inRounds(`tierup-${g.purchases}`, `tierup-${base}`);
    g.add_ratio = g.add_dom.median / g0.add_dom.median;
    g.add_frame_ratio = g.add_frame.median / g0.add_frame.median;
  }
  const gMax = growth[growth.length - 1];

  // What the page really fetched before the mark, against what bundle.mjs counts.
  const resourceCheck = (id, dist) => {
    const fetched = runs[id][0].resources.map((r) => decodeURIComponent(new URL(r.url).pathname).replace(/^\//, '')).filter((p) => /\.(wasm|m?js|css)$/.test(p));
    const counted = loadedFiles(dist);
    return {
      fetched_before_interactive: fetched,
      counted,
      not_counted: fetched.filter((f) => !counted.includes(f)),
      counted_not_fetched: counted.filter((f) => !fetched.includes(f)),
    };
  };
  const resources = { tierup: resourceCheck(`tierup-${base}`, DIST), counter: resourceCheck('counter', COUNTER_DIST) };

  const budgets = [
    { name: `gzip, English reader <= ${int(BUDGETS.english_gzip)} B`, value: bytes.tierup.english.gzip, limit: BUDGETS.english_gzip, unit: 'B' },
    { name: `gzip, heaviest language <= ${int(BUDGETS.heaviest_gzip)} B`, value: bytes.tierup.total.gzip, limit: BUDGETS.heaviest_gzip, unit: 'B' },
    { name: `start-up <= ${BUDGETS.startup_ratio} x Yew counter (tierup's flags)`, value: startup.ratio, limit: BUDGETS.startup_ratio, unit: 'x' },
    ...(committedBudget === null ? [] : [{ name: 'total gzip <= bench/budget.json (ratchet)', value: bytes.tierup.total.gzip, limit: committedBudget, unit: 'B' }]),
    { name: `start-up at ${gMax.purchases} <= ${BUDGETS.startup_growth} x at ${base}`, value: gMax.startup_ratio, limit: BUDGETS.startup_growth, unit: 'x' },
    { name: `add purchase at ${gMax.purchases} <= ${BUDGETS.add_growth} x at ${base}`, value: gMax.add_ratio, limit: BUDGETS.add_growth, unit: 'x' },
    ...[g0, gMax].filter((g, i, all) => all.indexOf(g) === i).flatMap((g) => [
      { name: `longest load task at ${g.purchases} <= ${BUDGETS.longtask_ms} ms (median run)`, value: g.longtask_load.median, limit: BUDGETS.longtask_ms, unit: 'ms' },
      { name: `longest load task at ${g.purchases} <= ${BUDGETS.longtask_ms} ms (worst run)`, value: g.longtask_load.max, limit: BUDGETS.longtask_ms, unit: 'ms' },
    ]),
    { name: `longest task at ${gMax.purchases} <= ${BUDGETS.longtask_ms} ms (median run, load or add)`, value: gMax.longtask_run.median, limit: BUDGETS.longtask_ms, unit: 'ms' },
    { name: `localStorage at ${gMax.purchases} < ${BUDGETS.storage_bytes / 1024} KB (UTF-16)`, value: gMax.storage_seeded.utf16_bytes, limit: BUDGETS.storage_bytes, unit: 'B', strict: true,
      note: `${gMax.storage_seeded.chars.toLocaleString('en-US')} chars: ${gMax.storage_seeded.chars < BUDGETS.storage_bytes ? 'under' : 'over'} if a char counted as a byte` },
  ].map((b) => ({ ...b, pass: b.strict ? b.value < b.limit : b.value <= b.limit }));

  const git = {
    commit: run('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO }),
    dirty: run('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO }) !== '',
  };
  const flat = {
    'bytes.tierup.raw': bytes.tierup.total.raw,
    'bytes.tierup.gzip': bytes.tierup.total.gzip,
    'bytes.tierup.brotli': bytes.tierup.total.brotli,
    'bytes.tierup.english.gzip': bytes.tierup.english.gzip,
    'bytes.counter.gzip': bytes.counter.total.gzip,
    'bytes.counter_stable.gzip': bytes.counter_stable.total.gzip,
    'bytes.ratio.gzip': bytes.ratio.gzip,
    'bytes.ratio_stable.gzip': bytes.ratio_stable.gzip,
    'startup.counter.ms': startup.counter.median,
    'startup.counter_stable.ms': startup.counter_stable.median,
    'startup.tierup.ms': startup.tierup.median,
    'startup.ratio': startup.ratio,
    'startup.ratio_stable': startup.ratio_stable,
    'startup.ratio_in_rounds': startup.ratio_in_rounds.median,
    'startup.fcp.counter.ms': startup.fcp.counter?.median ?? null,
    'startup.fcp.tierup.ms': startup.fcp.tierup?.median ?? null,
    'startup.fcp.ratio': startup.fcp.ratio,
  };
  for (const g of growth) {
    flat[`growth.${g.purchases}.startup.ms`] = g.startup.median;
    flat[`growth.${g.purchases}.add.ms`] = g.add_dom.median;
    flat[`growth.${g.purchases}.add_frame.ms`] = g.add_frame.median;
    flat[`growth.${g.purchases}.longtask.ms`] = g.longtask_run.median;
    flat[`growth.${g.purchases}.wasm_memory.bytes`] = g.wasm_memory.median;
    flat[`growth.${g.purchases}.js_heap.bytes`] = g.js_heap.median;
    flat[`growth.${g.purchases}.storage.bytes`] = g.storage_seeded.utf16_bytes;
  }

  const result = {
    schema: 1,
    date: started.toISOString(),
    duration_s: Math.round((Date.now() - started) / 1000),
    git,
    machine: { cpus: os.cpus().length, loadavg_1min_start: loadBefore, loadavg_1min_end: os.loadavg()[0] },
    tools: { ...versions, twiggy_pinned: TWIGGY_VERSION },
    config: { runs: RUNS, warmup: WARMUP, sizes: SIZES, mark: MARK, chromium_args: CHROMIUM_ARGS, seed: { opening_total: SEED_OPENING_TOTAL, amount: '1.00', layout } },
    budgets_config: BUDGETS,
    bytes,
    startup,
    growth,
    resources,
    retries,
    twiggy,
    budgets,
    summary: flat,
    runs,
  };

  mkdirSync(RESULTS, { recursive: true });
  const latest = path.join(RESULTS, 'latest.json');
  const previousFile = path.join(RESULTS, 'previous.json');
  let previous = null;
  if (existsSync(latest)) {
    try { previous = JSON.parse(readFileSync(latest, 'utf8')); } catch { previous = null; }
    renameSync(latest, previousFile);
  }
  writeFileSync(latest, JSON.stringify(result, null, 2) + '\n');

  report(result, previous);
  console.log(`\nwritten: ${path.relative(REPO, latest)}${previous ? ` (previous run kept as ${path.relative(REPO, previousFile)})` : ''}`);
  if (STRICT && budgets.some((b) => !b.pass)) process.exit(1);
}

/** Median of each field of the CDP main-thread breakdowns (runs without one are left out). */
function breakdown(list) {
  const ok = list.filter(Boolean);
  if (!ok.length) return null;
  return Object.fromEntries(Object.keys(ok[0]).map((k) => [k, summary(ok.map((b) => b[k])).median]));
}

// ---------------------------------------------------------------------------
// Printing

const int = (n) => (n === null || n === undefined ? '-' : Math.round(n).toLocaleString('en-US'));
const ms = (n) => (n === null || n === undefined ? '-' : n.toFixed(1));
const x = (n) => (n === null || n === undefined || !Number.isFinite(n) ? '-' : `${n.toFixed(2)}x`);
const kib = (n) => (n === null || n === undefined ? '-' : `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`);
const row = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
const title = (s) => console.log(`\n${s}\n${'-'.repeat(s.length)}`);
const spread = (s) => (s ? `${ms(s.p25)}-${ms(s.p75)}` : '-');
const range = (s) => (s ? `${ms(s.min)}-${ms(s.max)}` : '-');

function report(r, previous) {
  console.log(`\ntierup bench  ${r.date}  commit ${r.git.commit}${r.git.dirty ? ' + uncommitted changes' : ''}  ${r.config.runs} runs/scenario`);
  console.log(`${r.tools.rustc}; ${r.tools.trunk}; ${r.tools.wasm_bindgen}; ${r.tools.wasm_opt}; Chromium ${r.tools.chromium}`);
  const { cpus, loadavg_1min_start: l0, loadavg_1min_end: l1 } = r.machine;
  if (Math.max(l0, l1) > cpus / 2) {
    console.log(`warning: the machine was busy (1-min load ${l0.toFixed(1)} at start, ${l1.toFixed(1)} at end, ${cpus} CPUs): times are noisy;`);
    console.log('  ratios within this run hold up better than absolute times or deltas.');
  }

  title('Bytes loaded before interactive (gzip -9 as `make sizes`; brotli -q 11)');
  const w = [44, 9, 9, 9];
  console.log(row(['file', 'raw', 'gzip', 'brotli'], w));
  const counters = [['Yew counter', r.bytes.counter], ...(r.bytes.counter_stable ? [['Yew counter (stable)', r.bytes.counter_stable]] : [])];
  for (const [name, b] of [['tierup', r.bytes.tierup], ...counters]) {
    for (const f of b.files) console.log(row([`${name}: ${f.file}`, int(f.raw), int(f.gzip), int(f.brotli)], w));
    console.log(row([`${name}: total`, int(b.total.raw), int(b.total.gzip), int(b.total.brotli)], w));
    if (b.english && b.english.gzip !== b.total.gzip) console.log(row([`${name}: total, English reader`, int(b.english.raw), int(b.english.gzip), int(b.english.brotli)], w));
  }
  console.log(row(['ratio tierup / Yew counter', x(r.bytes.ratio.raw), x(r.bytes.ratio.gzip), x(r.bytes.ratio.brotli)], w));
  if (r.bytes.ratio_stable) console.log(row(['ratio tierup / Yew counter (stable)', x(r.bytes.ratio_stable.raw), x(r.bytes.ratio_stable.gzip), x(r.bytes.ratio_stable.brotli)], w));
  console.log(`'Yew counter' is built exactly like tierup (scripts/wasm-env); '(stable)' the stable way, the baseline of reports before it.`);
  for (const [name, c] of Object.entries(r.resources)) {
    if (c.not_counted.length) console.log(`warning: ${name} fetched before interactive but not counted: ${c.not_counted.join(', ')}`);
    if (c.counted_not_fetched.length) console.log(`note: ${name} counted but not fetched before interactive: ${c.counted_not_fetched.join(', ')}`);
  }

  title(`Start-up: navigation start -> "${r.config.mark}" mark, headless Chromium, ms`);
  const ws = [30, 8, 13, 13];
  console.log(row(['', 'median', 'IQR', 'min-max'], ws));
  console.log(row(['Yew counter', ms(r.startup.counter.median), spread(r.startup.counter), range(r.startup.counter)], ws));
  if (r.startup.counter_stable) console.log(row(['Yew counter (stable)', ms(r.startup.counter_stable.median), spread(r.startup.counter_stable), range(r.startup.counter_stable)], ws));
  console.log(row([`tierup (${r.config.sizes[0]} purchases)`, ms(r.startup.tierup.median), spread(r.startup.tierup), range(r.startup.tierup)], ws));
  console.log(row(['ratio tierup / Yew counter', x(r.startup.ratio), '', ''], ws));
  const rounds = r.startup.ratio_in_rounds;
  if (rounds) console.log(row(['  the same within each round', x(rounds.median), `${x(rounds.p25)}-${x(rounds.p75)}`, `${x(rounds.min)}-${x(rounds.max)}`], ws));
  if (r.startup.ratio_stable) console.log(row(['ratio tierup / Yew counter (stable)', x(r.startup.ratio_stable), '', ''], ws));
  if (r.startup.fcp?.ratio) {
    const f = r.startup.fcp;
    console.log(row(['first contentful paint: counter', ms(f.counter.median), spread(f.counter), range(f.counter)], ws));
    console.log(row(['first contentful paint: tierup', ms(f.tierup.median), spread(f.tierup), range(f.tierup)], ws));
    console.log(row(['ratio of first paints', x(f.ratio), '', ''], ws));
  }

  title(`Growth: opening total $${r.config.seed.opening_total} + N purchases of $${r.config.seed.amount} stored before load; ms, median (IQR)`);
  const wg = [7, 8, 13, 6, 8, 13, 6, 8, 6];
  console.log(row(['N', 'start-up', 'IQR', 'x N=0', 'add', 'IQR', 'x N=0', 'add+frame', 'x N=0'], wg));
  for (const g of r.growth) {
    console.log(row([int(g.purchases), ms(g.startup.median), spread(g.startup), x(g.startup_ratio),
      ms(g.add_dom.median), spread(g.add_dom), x(g.add_ratio), ms(g.add_frame.median), x(g.add_frame_ratio)], wg));
  }
  console.log('add: click on "Add purchase" -> the new purchase row is in the DOM; add+frame: to the end of the frame after it.');
  const within = r.growth.filter((g) => g.startup_ratio_in_rounds && g.purchases !== r.config.sizes[0]);
  if (within.length) console.log(`start-up x N=${int(r.config.sizes[0])} within each round, median (IQR): ${within.map((g) => `${int(g.purchases)}: ${x(g.startup_ratio_in_rounds.median)} (${x(g.startup_ratio_in_rounds.p25)}-${x(g.startup_ratio_in_rounds.p75)})`).join(', ')}`);
  const wr = [7, 11, 11, 11, 10, 10, 12, 12];
  console.log('');
  console.log(row(['N', 'task load', 'task add', 'task worst', 'wasm mem', 'JS heap', 'storage ch', 'storage B'], wr));
  const counterTask = r.startup.counter_longtask_load;
  if (counterTask) console.log(row(['counter', ms(counterTask.median), '', ms(counterTask.max), '', '', '', ''], wr));
  for (const g of r.growth) {
    console.log(row([int(g.purchases), ms(g.longtask_load.median), ms(g.longtask_add.median), ms(g.longtask_run.max),
      kib(g.wasm_memory.median), kib(g.js_heap.median), int(g.storage_seeded.chars), int(g.storage_seeded.utf16_bytes)], wr));
  }
  console.log('task: longest main-thread task (Long Tasks API, so 0 = none over 50 ms) during load and during the add, median');
  console.log('  of the runs; worst: longest in any run. wasm mem: linear memory size; JS heap: used, after a GC (both after the add).');
  if (counterTask) console.log("  counter: the Yew counter's load (tierup's flags), for scale.");
  const gm = r.growth[r.growth.length - 1];
  console.log('');
  const wb = [7, 11, 8, 8, 9, 10, 8, 8, 9];
  console.log(row(['N', 'load:script', 'layout', 'style', 'nodes', 'add:script', 'layout', 'style', 'nodes'], wb));
  const bd = (b) => (b ? [ms(b.script_ms), ms(b.layout_ms), ms(b.style_ms), int(b.nodes)] : ['-', '-', '-', '-']);
  console.log(row(['counter', ...bd(r.startup.counter_main_thread), '', '', '', ''], wb));
  for (const g of r.growth) console.log(row([int(g.purchases), ...bd(g.main_thread_load), ...bd(g.main_thread_add)], wb));
  console.log('where main-thread time goes (CDP Performance metrics, medians, ms): script (JS + wasm), layout and style');
  console.log('  recalculation, and DOM nodes added; load = navigation to the page at rest after interactive, add = click to idle after it.');
  console.log(`storage: localStorage keys + values (${r.config.seed.layout} layout), in UTF-16 code units (ch) and bytes (B = ch x 2), as loaded; after tierup saved`);
  console.log(`  ${int(gm.purchases + 1)} purchases itself: ${int(gm.storage_saved.chars)} ch = ${int(gm.storage_saved.utf16_bytes)} B.`);
  for (const g of r.growth) {
    if (g.rows_before !== g.purchases || g.rows_after !== g.purchases + 1) console.log(`note: with ${g.purchases} purchases stored, ${g.rows_before} rows shown before the add and ${g.rows_after} after.`);
  }

  for (const why of r.retries) console.log(`note: a run failed and was repeated: ${why.split('\n')[0]}`);

  title('Budgets');
  for (const b of r.budgets) {
    const fmt = b.unit === 'x' ? x : b.unit === 'ms' ? (v) => `${ms(v)} ms` : (v) => `${int(v)} B`;
    console.log(`${b.pass ? 'ok  ' : 'MISS'}  ${b.name.padEnd(56)} ${fmt(b.value).padStart(12)}  (limit ${fmt(b.limit)})${b.note ? `; ${b.note}` : ''}`);
  }

  title(`Where the bytes go: twiggy ${r.tools.twiggy_pinned} top 20 of tierup's wasm (built with names kept: ${int(r.twiggy.bytes_without_names)} B without them)`);
  console.log('  bytes       %  item');
  for (const i of r.twiggy.items) console.log(`${String(i.bytes).padStart(7)}  ${i.percent.toFixed(2).padStart(5)}%  ${shortName(i.name)}`);
  const top = r.twiggy.items.reduce((a, i) => a + i.percent, 0);
  console.log(`(top 20: ${top.toFixed(1)}% of the code and data; paths shortened, full names in latest.json)`);

  if (!previous?.summary) {
    title('Deltas: no previous run (bench/results/previous.json) to compare with');
    return;
  }
  title(`Deltas against the previous run (${previous.date}, commit ${previous.git?.commit ?? '?'}${previous.git?.dirty ? '+' : ''})`);
  const wd = [32, 14, 14, 12, 8];
  console.log(row(['metric', 'previous', 'now', 'delta', '%'], wd));
  for (const [k, now] of Object.entries(r.summary)) {
    const before = previous.summary[k];
    if (typeof before !== 'number' || typeof now !== 'number') { console.log(row([k, '-', fmtMetric(k, now), '', ''], wd)); continue; }
    const d = now - before;
    const pct = before === 0 ? '' : `${d >= 0 ? '+' : ''}${((100 * d) / before).toFixed(1)}`;
    console.log(row([k, fmtMetric(k, before), fmtMetric(k, now), `${d >= 0 ? '+' : ''}${fmtMetric(k, d)}`, pct], wd));
  }
}

// `a::b::c::d::e` -> `a::…::d::e`, so generic instances stay readable; then at most 130 chars.
function shortName(name) {
  const short = name.replace(/\b(\w+)(?:::\w+)+(::\w+::\w+)\b/g, (m, first, last) => (m.split('::').length > 3 ? `${first}::…${last}` : m));
  return short.length > 130 ? `${short.slice(0, 127)}...` : short;
}

const fmtMetric = (k, v) => (k.endsWith('.ms') ? ms(v) : k.includes('ratio') ? v.toFixed(3) : int(v));

// `node bench/run.mjs --print`: print results/latest.json (against previous.json) again, measuring nothing.
function reprint() {
  const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
  const latest = read(path.join(RESULTS, 'latest.json'));
  if (!latest) throw new Error('no bench/results/latest.json: run make bench first');
  report(latest, read(path.join(RESULTS, 'previous.json')));
}

(process.argv.includes('--print') ? Promise.resolve().then(reprint) : main()).catch((err) => {
  console.error(`bench: ${err.message}`);
  process.exit(1);
});
