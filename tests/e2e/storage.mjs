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
 * Reads tierup's storage in the page into the export format, purchases in the order they were
 * added; null when nothing is stored. Layout 2 (src/storage/journal.rs): `tierup.meta` and a
 * `tierup.b.<session>` batch per tab session, one event a line (`<t> <amount> <date>`, the id
 * being `<t>` and the batch key's last four characters; `<t> <amount> <date> <id>`; a deletion
 * `-<t> <id>`), dead when deleted later or at or before the meta record's `cleared`. Layout 1
 * records (`tierup.p.<id>` = `<amount> <date> <seq>`) are read too, until tierup moves them. A
 * line or record of another shape is reported as `{ malformed }` so tests see it.
 */
function readLedgerInPage() {
  const metaText = localStorage.getItem('tierup.meta');
  const meta = metaText === null ? {} : JSON.parse(metaText);
  const cleared = meta.cleared ?? -1;
  const unescape = (id) => id.replace(/\\(.)/g, (_, c) => ({ n: '\n', r: '\r' })[c] ?? c);
  const adds = [];
  const deleted = new Map();
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    const value = localStorage.getItem(key);
    if (key.startsWith('tierup.b.')) {
      for (const line of value.split('\n').filter(Boolean)) {
        const del = /^-([0-9a-z]+) (.+)$/.exec(line);
        const add = /^([0-9a-z]+) (\S+) (\d{4}-\d{2}-\d{2})(?: (.+))?$/.exec(line);
        if (del) {
          const [t, id] = [parseInt(del[1], 36), unescape(del[2])];
          deleted.set(id, Math.max(deleted.get(id) ?? -1, t));
        } else if (add) {
          const id = add[4] === undefined ? add[1] + key.slice(-4) : unescape(add[4]);
          adds.push({ t: parseInt(add[1], 36), id, amount: add[2], date: add[3] });
        } else {
          return { malformed: `${key}: ${line}` };
        }
      }
    } else if (key.startsWith('tierup.p.')) {
      const m = /^(\S+) (\d{4}-\d{2}-\d{2}) ([0-9a-z]+)$/.exec(value);
      if (!m) return { malformed: key };
      adds.push({ t: Math.floor(parseInt(m[3], 36) / 1024), id: key.slice('tierup.p.'.length), amount: m[1], date: m[2] });
    }
  }
  if (metaText === null && adds.length === 0) return null;
  const live = adds.filter((a) => a.t > cleared && !((deleted.get(a.id) ?? -1) > a.t));
  live.sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set();
  return {
    format: 'tierup-ledger',
    version: 1,
    opening_total: meta.opening_total ?? '0.00',
    purchases: live.filter((a) => !seen.has(a.id) && seen.add(a.id)).map(({ id, amount, date }) => ({ id, amount, date })),
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

