// Reading tierup's localStorage from a test: every key, and the stored ledger in the export
// format, whatever the storage layout.
import assert from 'node:assert/strict';

import { TIMEOUT_MS } from './timeout.mjs';

/** The single-key layout of early builds, still read (and migrated) on load. */
export const LEDGER_KEY = 'tierup.ledger';

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

/** The raw string at the legacy key tierup.ledger, or null. */
export const storedLedgerRaw = (page) => page.evaluate((k) => localStorage.getItem(k), LEDGER_KEY);

/**
 * Reads tierup's storage layout in the page (one key per purchase, `tierup.p.<id>` =
 * `<amount> <date> <seq>`, plus `tierup.meta`) into the export format, purchases in the order
 * they were added; null when nothing is stored. A record of another shape is reported as
 * `{ malformed: key }` so tests see it rather than skip it.
 */
function readLedgerInPage() {
  const meta = localStorage.getItem('tierup.meta');
  const records = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key.startsWith('tierup.p.')) continue;
    const m = /^(\S+) (\d{4}-\d{2}-\d{2}) ([0-9a-z]+)$/.exec(localStorage.getItem(key));
    if (!m) return { malformed: key };
    records.push({ id: key.slice('tierup.p.'.length), amount: m[1], date: m[2], seq: parseInt(m[3], 36) });
  }
  if (meta === null && records.length === 0) return null;
  records.sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1));
  return {
    format: 'tierup-ledger',
    version: 1,
    opening_total: meta === null ? '0.00' : JSON.parse(meta).opening_total,
    purchases: records.map(({ id, amount, date }) => ({ id, amount, date })),
  };
}

/** The stored ledger in the export format (null when nothing is stored). */
export async function storedLedger(page) {
  const ledger = await page.evaluate(readLedgerInPage);
  assert.ok(!ledger?.malformed, `a stored record has an unexpected shape: ${ledger?.malformed}`);
  return ledger;
}

/** Stored purchases ([] when nothing has been stored yet). */
export async function storedPurchases(page) {
  const ledger = await storedLedger(page);
  return ledger === null ? [] : ledger.purchases;
}

/**
 * Waits until the stored purchases' amounts are exactly `amounts` (as strings, in any order;
 * nothing stored counts as none), then returns the stored ledger.
 */
export async function waitForStoredAmounts(page, amounts, { timeout = TIMEOUT_MS } = {}) {
  const want = JSON.stringify([...amounts].sort());
  try {
    await page.waitForFunction(`((${readLedgerInPage})()?.purchases ?? []).map((p) => p.amount).sort().join() === ${JSON.stringify([...amounts].sort().join())}`, null, { timeout });
  } catch {
    assert.fail(`expected stored amounts ${want}, found ${JSON.stringify(await page.evaluate(readLedgerInPage))}`);
  }
  return storedLedger(page);
}

