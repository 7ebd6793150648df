// Browser test harness for tierup: serves dist/ over loopback, drives the system
// Chromium through playwright-core and offers the vocabulary the tests speak in.
//
// Every widgetTest gets a fresh browser context (so a fresh, empty localStorage)
// and fails on any page error or console error. Nothing here sleeps: every wait
// is on a condition (waitForFunction / locator waits) with a timeout.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { serverUrl, startServer, stopServer } from './static-server.mjs';
import { storageEntries, storedLedger } from './storage.mjs';
import { TIMEOUT_MS } from './timeout.mjs';

export { serverUrl, startServer, stopServer };
export * from './storage.mjs';
export { TIMEOUT_MS };

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests', 'e2e', 'fixtures');
export const DIST_DIR = path.resolve(process.env.TIERUP_DIST ?? path.join(REPO_ROOT, 'dist'));
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts');

// ---------------------------------------------------------------------------
// One server and one browser per test file (node --test runs each file in its
// own process), closed when the file's tests are done.

/** Launches Debian's Chromium headless with the flags that behave here. */
export const launchBrowser = () => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

let envPromise = null;

function environment() {
  envPromise ??= (async () => {
    if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
      throw new Error(`${DIST_DIR}/index.html not found: build first (make build)`);
    }
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} not found: run scripts/install-tools.sh`);
    }
    const server = await startServer(DIST_DIR);
    const { port } = server.address();
    // Playwright gives the browser a fresh temporary profile (user-data-dir) per launch.
    const browser = await launchBrowser();
    const downloads = await mkdtemp(path.join(tmpdir(), 'tierup-e2e-'));
    return { server, browser, baseUrl: `http://127.0.0.1:${port}/`, downloads };
  })();
  return envPromise;
}

after(async () => {
  if (!envPromise) return;
  const env = await envPromise.catch(() => null);
  if (!env) return;
  await env.browser.close().catch(() => {});
  await new Promise((resolve) => env.server.close(resolve));
  await rm(env.downloads, { recursive: true, force: true });
});

const baseUrls = new WeakMap();

/**
 * A browser test: `fn({ page, context, baseUrl, downloads, server })` runs in a fresh
 * browser context. The test fails on any uncaught page error or console error.
 * With `serve` (options of startServer), the test gets a server of its own, stopped after it.
 */
export function widgetTest(name, fn, { allowConsoleError = null, serve = null, context: options = {} } = {}) {
  test(name, async () => {
    const env = await environment();
    const own = serve && await startServer(serve.root ?? DIST_DIR, serve);
    const baseUrl = own ? serverUrl(own, serve.prefix) : env.baseUrl;
    const context = await env.browser.newContext({ acceptDownloads: true, ...options });
    context.setDefaultTimeout(TIMEOUT_MS);
    const problems = [];
    // Every page of the test (more than one for the multi-tab tests) is watched for errors.
    const track = (page) => {
      baseUrls.set(page, baseUrl);
      page.on('pageerror', (err) => problems.push(`page error: ${err.stack ?? err.message}`));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        if (allowConsoleError && allowConsoleError.test(text)) return;
        problems.push(`console error: ${text}`);
      });
      page.on('crash', () => problems.push('page crashed'));
      return page;
    };
    const page = track(await context.newPage());
    const newPage = async () => track(await context.newPage());
    let failed = true;
    try {
      await fn({ page, context, baseUrl, downloads: env.downloads, server: own, newPage });
      failed = false;
    } finally {
      if (failed || problems.length) await saveArtifacts(page, name);
      await context.close().catch(() => {});
      if (own) await stopServer(own);
    }
    assert.deepEqual(problems, [], `the page reported errors:\n${problems.join('\n')}`);
  });
}

async function saveArtifacts(page, name) {
  try {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const base = path.join(ARTIFACTS_DIR, name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 80));
    await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5_000 });
    writeFileSync(`${base}.html`, await page.content());
  } catch {
    // best effort only
  }
}

// ---------------------------------------------------------------------------
// Vocabulary

/** Locator for every element with this data-testid. */
export const byTestId = (page, testid) => page.getByTestId(testid);

/** Navigates to the widget (fresh load) and waits until it is visible. */
export async function openWidget(page, file = '') {
  await page.goto(widgetUrl(page, file));
  await byTestId(page, 'tierup').first().waitFor({ state: 'visible' });
}

/** The address of a page of the build under test (`file` relative to its root). */
export function widgetUrl(page, file = '') {
  const baseUrl = baseUrls.get(page);
  assert.ok(baseUrl, 'widgetUrl: page was not created by widgetTest');
  return new URL(file, baseUrl).href;
}

/** Reloads the page and waits for the widget again. */
export async function reloadWidget(page) {
  await page.reload();
  await byTestId(page, 'tierup').first().waitFor({ state: 'visible' });
}

/** Whitespace-normalised text of the first element with this test id. */
export async function text(page, testid) {
  const loc = byTestId(page, testid).first();
  const raw = await loc.textContent({ timeout: TIMEOUT_MS });
  return normalise(raw ?? '');
}

/** Whitespace-normalised texts of all elements with this test id, in DOM order. */
export async function texts(page, testid) {
  return (await byTestId(page, testid).allTextContents()).map(normalise);
}

const normalise = (s) => s.replace(/\s+/g, ' ').trim();

/** A string for a failure message, with no-break and other special spaces written as \uXXXX. */
export const showSpaces = (s) => JSON.stringify(s).replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Waits until the (first) element with `testid` has matching text:
 *  - a string: the text contains it (or equals it with { exact: true });
 *  - a RegExp: the text matches it.
 * Text is textContent with whitespace collapsed. With { exactSpaces: true } only ASCII
 * whitespace collapses: a no-break (U+00A0) or narrow no-break (U+202F) space must be
 * exactly where `expected` has one (amounts formatted by Intl.NumberFormat).
 */
export async function expectText(page, testid, expected, { exact = false, index = 0, timeout = TIMEOUT_MS, exactSpaces = false } = {}) {
  const spec = expected instanceof RegExp
    ? { kind: 're', source: expected.source, flags: expected.flags, exactSpaces }
    : { kind: exact ? 'eq' : 'includes', value: String(expected), exactSpaces };
  try {
    await page.waitForFunction(({ testid, spec, index }) => {
      // tierup renders inside open shadow roots: search them too, like Playwright's locators.
      const deepAll = (root, sel) => [...root.querySelectorAll(sel)].concat(
        ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => deepAll(e.shadowRoot, sel)));
      const el = deepAll(document, `[data-testid="${testid}"]`)[index];
      if (!el) return false;
      const t = (el.textContent ?? '').replace(spec.exactSpaces ? /[ \t\n\r\f]+/g : /\s+/g, ' ')
        .replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
      if (spec.kind === 're') return new RegExp(spec.source, spec.flags).test(t);
      if (spec.kind === 'eq') return t === spec.value;
      return t.includes(spec.value);
    }, { testid, spec, index }, { timeout });
  } catch (err) {
    const all = exactSpaces
      ? await byTestId(page, testid).allTextContents().then((ts) => ts.map((t) => t.trim())).catch(() => [])
      : await texts(page, testid).catch(() => []);
    const show = exactSpaces ? showSpaces : JSON.stringify;
    const how = spec.kind === 're' ? `to match ${expected}` : spec.kind === 'eq' ? `to be ${show(expected)}` : `to contain ${show(expected)}`;
    assert.fail(`expected [data-testid=${testid}]#${index} ${how}; found ${all.length ? `[${all.map(show).join(', ')}]` : 'no such element'} (${err.message.split('\n')[0]})`);
  }
}

/** Waits until exactly `n` elements with this test id are in the DOM. */
export async function expectCount(page, testid, n, { timeout = TIMEOUT_MS } = {}) {
  try {
    await page.waitForFunction(({ testid, n }) => {
      const deepAll = (root, sel) => [...root.querySelectorAll(sel)].concat(
        ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => deepAll(e.shadowRoot, sel)));
      return deepAll(document, `[data-testid="${testid}"]`).length === n;
    }, { testid, n }, { timeout });
  } catch {
    const found = await byTestId(page, testid).count();
    assert.fail(`expected ${n} [data-testid=${testid}] element(s), found ${found}`);
  }
}

/** Waits until the (first) element with this test id is visible. */
export async function expectVisible(page, testid, { timeout = TIMEOUT_MS } = {}) {
  try {
    await byTestId(page, testid).first().waitFor({ state: 'visible', timeout });
  } catch {
    assert.fail(`expected [data-testid=${testid}] to be visible`);
  }
}

/** Waits until the current tier reads exactly `name` ('No tier yet', 'Tier 2', ...). */
export const seeTier = (page, name) => expectText(page, 'current-tier', name, { exact: true });

/** Types into an input by test id; works for text and number inputs alike. */
export async function fillInput(page, testid, value) {
  const input = byTestId(page, testid);
  try {
    await input.fill(String(value));
  } catch (err) {
    // A type=number input refuses fill() with non-numeric text: type it like a person would.
    if (!/Cannot type text into input\[type=number\]/.test(err.message)) throw err;
    await input.fill('');
    await input.pressSequentially(String(value));
  }
}

/** Enters a deposit: amount, optionally a date (YYYY-MM-DD), then clicks add-purchase. */
export async function addPurchase(page, amount, date) {
  await fillInput(page, 'amount-input', amount);
  if (date !== undefined) await byTestId(page, 'date-input').fill(date);
  await byTestId(page, 'add-purchase').click();
}

/** Chooses a target tier by id: 'tier-1'..'tier-4', 'invoicing'. */
export async function chooseTarget(page, tierId) {
  await byTestId(page, 'target-tier').selectOption(tierId);
}

/** Sets and saves the opening total. */
export async function setOpeningTotal(page, amount) {
  await fillInput(page, 'opening-total-input', amount);
  await byTestId(page, 'opening-total-save').click();
}

/** The purchase row containing this text (e.g. '$15.00'). */
export const rowWith = (page, textInRow) => byTestId(page, 'purchase-row').filter({ hasText: textInRow });

/** Clicks delete-purchase inside the (single) row containing `textInRow`. */
export async function deletePurchase(page, textInRow) {
  const row = rowWith(page, textInRow);
  assert.equal(await row.count(), 1, `expected exactly one purchase-row containing ${textInRow}`);
  await row.getByTestId('delete-purchase').click();
}

/** Clicks a button (or any element) by test id. */
export const click = (page, testid) => byTestId(page, testid).click();

/** Today's date in the page's local time zone, YYYY-MM-DD; `offsetDays` shifts it. */
export async function pageDate(page, offsetDays = 0) {
  return page.evaluate((offset) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, offsetDays);
}

// ---------------------------------------------------------------------------
// Storage

/** Asserts the object has the tierup export/storage format. */
export function assertLedgerFormat(ledger) {
  assert.equal(ledger.format, 'tierup-ledger');
  assert.equal(ledger.version, 1);
  assert.equal(typeof ledger.opening_total, 'string');
  assert.match(ledger.opening_total, /^\d+\.\d{2}$/);
  assert.ok(Array.isArray(ledger.purchases), 'purchases is an array');
  for (const p of ledger.purchases) {
    assert.equal(typeof p.id, 'string', 'purchase id is a string');
    assert.ok(p.id.length > 0, 'purchase id is not empty');
    assert.equal(typeof p.amount, 'string', 'purchase amount is a string');
    assert.match(p.amount, /^\d+\.\d{2}$/);
    assert.match(p.date, /^\d{4}-\d{2}-\d{2}$/);
  }
}

// ---------------------------------------------------------------------------
// Downloads

/** Clicks `testid`, waits for the download it triggers and saves it; returns { path, name, text }. */
export async function download(page, testid, dir) {
  const [dl] = await Promise.all([page.waitForEvent('download'), byTestId(page, testid).click()]);
  const failure = await dl.failure();
  assert.equal(failure, null, `download from ${testid} failed: ${failure}`);
  const name = dl.suggestedFilename() || `${testid}.download`;
  const file = path.join(dir, `${Date.now()}-${Math.random().toString(36).slice(2)}-${name}`);
  await dl.saveAs(file);
  return { path: file, name, text: readFileSync(file, 'utf8') };
}

// ---------------------------------------------------------------------------
// Tables of cases on one page (tests/e2e/hostile.test.mjs)

/**
 * Like widgetTest, for a table of cases run one after another on ONE page: `fn` also gets
 * `t` (for `t.test(name, ...)` subtests, so every case is named in the output) and
 * `problems`, the page and console errors so far, so a case can fail on the error it caused.
 */
export function widgetSuite(name, fn, { allowConsoleError = null, context: options = {} } = {}) {
  test(name, async (t) => {
    const env = await environment();
    const context = await env.browser.newContext({ acceptDownloads: true, ...options });
    context.setDefaultTimeout(TIMEOUT_MS);
    const page = await context.newPage();
    baseUrls.set(page, env.baseUrl);
    const problems = [];
    page.on('pageerror', (err) => problems.push(`page error: ${err.stack ?? err.message}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      if (allowConsoleError && allowConsoleError.test(msg.text())) return;
      problems.push(`console error: ${msg.text()}`);
    });
    page.on('crash', () => problems.push('page crashed'));
    let failed = true;
    try {
      await fn({ page, context, baseUrl: env.baseUrl, downloads: env.downloads, t, problems });
      failed = false;
    } finally {
      if (failed || problems.length) await saveArtifacts(page, name);
      await context.close().catch(() => {});
    }
    assert.deepEqual(problems, [], `the page reported errors:\n${problems.join('\n')}`);
  });
}

/** The error fields of the widget, by test id. */
export const ERROR_TESTIDS = ['deposit-error', 'opening-error', 'import-error', 'ledger-error'];

/** What a refused change must leave alone: every storage entry, the rows and the total. */
export async function ledgerState(page) {
  return {
    storage: JSON.stringify(await storageEntries(page)),
    rows: await byTestId(page, 'purchase-row').count(),
    total: await text(page, 'cumulative-total'),
  };
}

/**
 * Clears every error message without changing the ledger: saves the opening total it already
 * has (an accepted change, so errors clear; the stored ledger is rewritten byte for byte).
 * A refusal after this is a new one, even when its words are the same as the last.
 */
export async function dismissErrors(page) {
  const ledger = await storedLedger(page);
  const before = await ledgerState(page);
  await setOpeningTotal(page, ledger?.opening_total ?? '0');
  for (const testid of ERROR_TESTIDS) {
    const errors = byTestId(page, testid);
    for (let i = 0; i < await errors.count(); i++) await errors.nth(i).waitFor({ state: 'hidden' });
  }
  if (ledger !== null) {
    assert.deepEqual(await ledgerState(page), before, 'saving the same opening total changed the ledger');
  }
}

/**
 * Does `submit` and expects it refused: `errorTestid` shows a message, and storage, rows and
 * total are exactly as before. Fails when the widget accepts the input instead.
 */
export async function expectRefused(page, errorTestid, submit, { timeout = TIMEOUT_MS } = {}) {
  await dismissErrors(page);
  const before = await ledgerState(page);
  await submit();
  const error = byTestId(page, errorTestid).first();
  try {
    await error.waitFor({ state: 'visible', timeout });
  } catch {
    const after = await ledgerState(page).catch((e) => ({ unreadable: e.message }));
    assert.fail(`no ${errorTestid} appeared: the input was accepted or ignored.\n` +
      `before: ${JSON.stringify(before)}\nafter:  ${JSON.stringify(after)}`);
  }
  const message = normalise((await error.textContent()) ?? '');
  assert.notEqual(message, '', `${errorTestid} is shown but says nothing`);
  assert.deepEqual(await ledgerState(page), before, `refused ("${message}") but the ledger changed`);
  return message;
}

/** Picks a file for the import input from memory: `content` is a string or a Buffer. */
export async function importFile(page, content, { name = 'tierup-ledger.json', mimeType = 'application/json' } = {}) {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  await byTestId(page, 'import-file').setInputFiles({ name, mimeType, buffer });
}
