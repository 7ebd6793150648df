// Reading and seeding tierup's localStorage from a test. The format is known in one place, the
// Rust codec (src/storage), run here as the native tool src/bin/storage_codec.rs: this file
// only moves raw key-values in and out of the page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { TIMEOUT_MS } from './timeout.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGET_DIR = path.resolve(REPO_ROOT, process.env.CARGO_TARGET_DIR ?? 'target');
const CODEC = path.join(TARGET_DIR, 'release', 'storage_codec');

/**
 * The environment for native cargo: the wasm build's toolchain pins and flags (nightly,
 * unstable options, wasm rustflags) must not leak into a native binary.
 */
function nativeEnv() {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name === 'RUSTUP_TOOLCHAIN' || name === 'CARGO_BUILD_TARGET' || name.startsWith('CARGO_UNSTABLE_')
      || name.startsWith('CARGO_TARGET_WASM32_')) delete env[name];
  }
  return env;
}

let built = false;

/** Runs the codec (built once per test process; cargo does nothing when it is up to date). */
export function storageCodec(args, input = '') {
  if (!built) {
    execFileSync('cargo', ['build', '--quiet', '--locked', '--release', '--bin', 'storage_codec'],
      { cwd: REPO_ROOT, env: nativeEnv(), stdio: ['ignore', 'inherit', 'inherit'] });
    built = true;
  }
  const out = execFileSync(CODEC, args, { input, env: nativeEnv(), maxBuffer: 64 << 20 });
  return JSON.parse(out.toString('utf8'));
}

/** localStorage entries ({ key: value }) for a ledger in the export format, as tierup stores it. */
export const entriesFor = (ledger) => storageCodec(['write'], JSON.stringify(ledger));

/**
 * localStorage entries for $400.00 opening total and `n` purchases of $1.00, made in tab
 * sessions of 20, as tierup's own session writer stores them.
 */
export const seededEntries = (n) => storageCodec(['seed', String(n)]);

/** Adds entries ({ key: value }) to the page origin's localStorage. */
export async function putEntries(page, entries) {
  await page.evaluate((e) => { for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); }, entries);
}

/** All localStorage entries as { key: value }. */
export async function storageEntries(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      out[k] = localStorage.getItem(k);
    }
    return out;
  });
}

const dump = (page) => page.evaluate(() => JSON.stringify(localStorage));

/** What tierup's codec reads from a dump: { ledger, set_aside }. */
const decode = (text) => storageCodec(['read'], text);

/**
 * What tierup's codec reads from the page's storage: { ledger, set_aside }, `ledger` in the
 * export format (purchases in the order they were added, null when nothing is stored) and
 * `set_aside` naming each line it could not read.
 */
export const storedLedgerAndSetAside = async (page) => decode(await dump(page));

/** The stored ledger in the export format (null when nothing is stored); fails if any stored line is unreadable. */
export async function storedLedger(page) {
  const { ledger, set_aside: setAside } = await storedLedgerAndSetAside(page);
  assert.deepEqual(setAside, [], 'a stored line has an unexpected shape');
  return ledger;
}

/** Stored purchases ([] when nothing has been stored yet). */
export async function storedPurchases(page) {
  const ledger = await storedLedger(page);
  return ledger === null ? [] : ledger.purchases;
}

/**
 * Waits until the stored purchases' amounts are exactly `amounts` (as strings, in any order;
 * nothing stored counts as none), then returns the stored ledger. Storage is decoded again each
 * time it changes. Fails if lines other than `setAside` (as the codec names them) are unreadable.
 */
export async function waitForStoredAmounts(page, amounts, { timeout = TIMEOUT_MS, setAside = [] } = {}) {
  const want = JSON.stringify([...amounts].sort());
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await dump(page);
    const { ledger, set_aside: unreadable } = decode(text);
    const have = JSON.stringify((ledger?.purchases ?? []).map((p) => p.amount).sort());
    if (have === want) {
      assert.deepEqual(unreadable, setAside, 'the stored lines tierup cannot read');
      return ledger;
    }
    const left = deadline - Date.now();
    if (left <= 0) assert.fail(`expected stored amounts ${want}, found ${JSON.stringify(ledger)}`);
    await page.waitForFunction((before) => JSON.stringify(localStorage) !== before, text, { timeout: left })
      .catch(() => {}); // Timed out: decoded once more above, then failed with what is stored.
  }
}

/** localStorage in use by the page's origin: keys + values, in UTF-16 code units and bytes. */
export async function storageUse(page) {
  return page.evaluate(() => {
    let chars = 0;
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      keys.push(k);
      chars += k.length + (localStorage.getItem(k) ?? '').length;
    }
    return { keys: keys.length, chars, utf16_bytes: chars * 2, quarantined: keys.filter((k) => k.startsWith('tierup.quarantine')) };
  });
}
