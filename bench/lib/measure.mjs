// One measured page load in headless Chromium: start-up to the `tierup:interactive` mark,
// then (for tierup) one purchase added through the UI, long tasks, memory and storage.
import { CHROMIUM_ARGS } from '../../tests/e2e/chromium.mjs';
import { BLANK_PATH } from './server.mjs';
import { seedPurchases, storageUse } from './seed.mjs';

export const MARK = 'tierup:interactive';

export { CHROMIUM_ARGS };


const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 60_000);

// Said on the console by `instrument` once the page is at rest after the mark.
const SAID_IDLE = 'tierup-bench: idle after interactive';

// Runs in the page before any of its scripts: records long tasks and every wasm memory, and
// says on the console when the page is at rest after `mark`. Waiting for that message needs
// nothing run in the page: Playwright's waitForFunction would first evaluate its injected
// script (a 20-90 ms task in traces) on the page's main thread, in the middle of the load it
// measures, and that task was counted as the page's own longest.
function instrument({ mark, said }) {
  const bench = (window.__bench = { longtasks: [], memories: [], idleAt: null });
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName(mark).length) return;
    observer.disconnect();
    // Idle with nothing scheduled: an idle period between two frames (start-up shows the rest
    // of the widget a painted frame at a time) is shorter than the 50 ms of a page at rest.
    const settle = () => requestIdleCallback((deadline) => {
      if (deadline.timeRemaining() < 45 && !deadline.didTimeout) return settle();
      bench.idleAt = performance.now();
      console.debug(said);
    }, { timeout: 5000 });
    settle();
  }).observe({ type: 'mark', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longtasks = null; // no Long Tasks API
  }
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const instance = result instanceof WebAssembly.Instance ? result : result.instance;
      const memory = instance?.exports?.memory;
      if (memory instanceof WebAssembly.Memory) bench.memories.push(memory);
      return result;
    };
  }
}

/**
 * Main-thread time between two CDP Performance.getMetrics snapshots, ms: all tasks, and within
 * them script (JS and wasm), layout and style recalculation; plus DOM nodes added.
 */
function mainThread(a, b) {
  const d = (k) => (typeof a[k] === 'number' && typeof b[k] === 'number' ? b[k] - a[k] : NaN);
  const out = {
    task_ms: d('TaskDuration') * 1000,
    script_ms: d('ScriptDuration') * 1000,
    layout_ms: d('LayoutDuration') * 1000,
    style_ms: d('RecalcStyleDuration') * 1000,
    nodes: d('Nodes'),
  };
  return Object.values(out).every((v) => Number.isFinite(v) && v >= 0) ? out : null;
}

/** Resolves once the main thread has been idle (requestIdleCallback), at most 5 s from now. */
const idle = (page) => page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(), { timeout: 5000 })));

// In the page: elements matching `selector` in the document and every open shadow root.
function countDeep(selector) {
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return roots.reduce((n, r) => n + r.querySelectorAll(selector).length, 0);
}

/**
 * In the page: clicks `button` and times until a purchase row is added to the DOM (a
 * MutationObserver on the document and every open shadow root), then until the frame
 * after it (requestAnimationFrame, then a posted message: style, layout and paint done).
 */
function timeAdd({ button, rowSelector, timeoutMs }) {
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return new Promise((resolve) => {
    let t0 = 0;
    let done = false;
    const isRow = (n) => n.nodeType === 1 && (n.matches(rowSelector) || n.querySelector(rowSelector));
    const observer = new MutationObserver((records) => {
      if (done) return;
      if (!records.some((r) => [...r.addedNodes].some(isRow))) return;
      const tDom = performance.now();
      done = true;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ t0, dom_ms: tDom - t0, frame_ms: performance.now() - t0 });
        channel.port2.postMessage(null);
      });
    });
    for (const root of roots) observer.observe(root, { childList: true, subtree: true });
    setTimeout(() => { if (!done) { done = true; observer.disconnect(); resolve({ t0, error: 'no purchase row appeared' }); } }, timeoutMs);
    t0 = performance.now();
    button.click();
  });
}

/**
 * One run in a fresh browser context. `purchases` is null for the baseline (empty storage,
 * no purchase added), else the number of purchases seeded before the load.
 */
export async function measureRun(browser, baseUrl, { purchases, layout, addAmount = '2.00' }) {
  const context = await browser.newContext();
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
  page.on('crash', () => problems.push('page crashed'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  try {
    // Seed from a blank page of the same origin, so the measured navigation does no seeding.
    await page.goto(new URL(BLANK_PATH, baseUrl).href);
    if (purchases === null) await page.evaluate(() => localStorage.clear());
    else await seedPurchases(page, purchases, layout);
    await context.addInitScript(instrument, { mark: MARK, said: SAID_IDLE });
    const m0 = await metrics();

    const loaded = page.waitForEvent('console', { predicate: (msg) => msg.text() === SAID_IDLE, timeout: TIMEOUT_MS });
    await page.goto(baseUrl, { waitUntil: 'commit' });
    await loaded;
    const m1 = await metrics();
    const startup = await page.evaluate((mark) => ({
      ms: performance.getEntriesByName(mark, 'mark')[0].startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      resources: performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd })),
    }), MARK);

    const run = { startup_ms: startup.ms, fcp_ms: startup.fcp, resources: startup.resources.filter((r) => r.start <= startup.ms), main_thread_load: mainThread(m0, m1) };
    if (purchases !== null) {
      const stored = await storageUse(page);
      const notices = await page.evaluate(countDeep, '[data-testid="storage-notice"], [data-testid="schedule-error"], [data-testid="config-error"]');
      if (stored.quarantined.length || notices) {
        throw new Error(`tierup did not take the seeded purchases as they are (${notices} notice(s); quarantined: ${stored.quarantined.join(', ') || 'none'}): fix bench/lib/seed.mjs`);
      }
      run.rows_before = await page.evaluate(countDeep, '[data-testid="purchase-row"]');
      run.storage_seeded = stored;

      await page.getByTestId('amount-input').first().fill(addAmount);
      const button = await page.getByTestId('add-purchase').first().elementHandle();
      const add = await page.evaluate(timeAdd, { button, rowSelector: '[data-testid="purchase-row"]', timeoutMs: TIMEOUT_MS });
      if (add.error) throw new Error(`adding a purchase: ${add.error}`);
      await idle(page);
      run.main_thread_add = mainThread(m1, await metrics());
      run.add_dom_ms = add.dom_ms;
      run.add_frame_ms = add.frame_ms;
      run.rows_after = await page.evaluate(countDeep, '[data-testid="purchase-row"]');
      run.storage_saved = await storageUse(page);
      run.add_t0 = add.t0;
    }

    const { longtasks, idleAt, wasmBytes } = await page.evaluate(() => ({
      longtasks: window.__bench.longtasks,
      idleAt: window.__bench.idleAt,
      wasmBytes: window.__bench.memories.reduce((n, m) => n + m.buffer.byteLength, 0),
    }));
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');

    const longest = (tasks) => tasks.reduce((m, t) => Math.max(m, t.duration), 0);
    if (longtasks === null) {
      run.longtask_load_ms = run.longtask_add_ms = null;
    } else {
      // The load is navigation to idle after interactive; what the bench drives after that
      // (its own evaluations, filling the amount) is neither the load nor the add.
      const t0 = run.add_t0 ?? Infinity;
      run.longtask_load_ms = longest(longtasks.filter((t) => t.start < idleAt));
      run.longtask_add_ms = run.add_t0 === undefined ? null : longest(longtasks.filter((t) => t.start + t.duration >= t0));
    }
    run.wasm_memory_bytes = wasmBytes;
    run.js_heap_used_bytes = heap.usedSize;
    delete run.add_t0;
    if (problems.length) throw new Error(problems.join('\n'));
    return run;
  } finally {
    await context.close().catch(() => {});
  }
}
