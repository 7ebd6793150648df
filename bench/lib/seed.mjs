// The one place that knows how tierup stores purchases in localStorage. If the storage
// layout changes, change `ledgerEntries` (and `storageLayout`) and nothing else.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadedFiles } from './bundle.mjs';

/** Opening total for seeded ledgers: Tier 4 from the start, so every $1.00 deposit is under its $5,000 cap. */
export const SEED_OPENING_TOTAL = '400.00';
const SEED_AMOUNT = '1.00';
const FIRST_DAY = Date.UTC(2024, 0, 1);
const SPAN_DAYS = 700; // 2024-01-01 .. 2025-11-30: always in the past
const DAY = 86_400_000;

/** Purchases a seeded session (one batch) added: a visit that recorded 20 purchases. */
const PER_SESSION = 20;

/**
 * Which layout the built app reads: 'batches' (`tierup.meta` + a `tierup.b.<session>` key per
 * tab session, a line per purchase), 'records' (layout 1: one `tierup.p.<id>` key per
 * purchase) or 'ledger' (the first builds' single `tierup.ledger` JSON document). Seeding an
 * older layout than the build reads would time a one-off migration.
 */
export function storageLayout(distDir) {
  const wasm = readFileSync(path.join(distDir, loadedFiles(distDir).find((f) => f.endsWith('.wasm'))));
  if (wasm.includes('tierup.b.')) return 'batches';
  return wasm.includes('tierup-storage') ? 'records' : 'ledger';
}

/**
 * localStorage entries ({ key: value }) for `n` purchases of $1.00 on top of the opening
 * total, added in date order and spread over SPAN_DAYS past days, with ids shaped like
 * tierup's own (`p` + millis in hex + 8 hex digits).
 */
export function ledgerEntries(n, layout = 'batches') {
  const purchases = [];
  for (let i = 0; i < n; i++) {
    const day = FIRST_DAY + Math.floor((i * Math.min(n, SPAN_DAYS)) / Math.max(n, 1)) * DAY;
    purchases.push({
      id: `p${(FIRST_DAY + i).toString(16)}${(i * 2654435761 >>> 0).toString(16).padStart(8, '0')}`,
      amount: SEED_AMOUNT,
      date: new Date(day).toISOString().slice(0, 10),
    });
  }
  if (layout === 'ledger') {
    return {
      'tierup.ledger': JSON.stringify({ format: 'tierup-ledger', version: 1, opening_total: SEED_OPENING_TOTAL, purchases }),
    };
  }
  if (layout === 'batches') {
    // src/storage/journal.rs: a batch per session, `<time> <amount> <date>` a line (the id is
    // the time and the batch's four-character suffix), times in base 36.
    const entries = { 'tierup.meta': JSON.stringify({ format: 'tierup-storage', version: 2, opening_total: SEED_OPENING_TOTAL }) };
    for (let start = 0; start < n; start += PER_SESSION) {
      const t0 = FIRST_DAY + start * 1000;
      const suffix = (start / PER_SESSION).toString(36).padStart(4, '0').slice(-4);
      const lines = purchases.slice(start, start + PER_SESSION).map((p, i) => `${(t0 + i).toString(36)} ${p.amount} ${p.date}`);
      entries[`tierup.b.${t0.toString(36)}${suffix}`] = lines.join('\n');
    }
    return entries;
  }
  // src/storage/records.rs: `<amount> <date> <seq>`, seq = millis << 10 (+ a counter) in base 36.
  const entries = { 'tierup.meta': JSON.stringify({ format: 'tierup-storage', version: 1, opening_total: SEED_OPENING_TOTAL }) };
  purchases.forEach((p, i) => {
    entries[`tierup.p.${p.id}`] = `${p.amount} ${p.date} ${(FIRST_DAY * 1024 + i).toString(36)}`;
  });
  return entries;
}

/** Replaces the page origin's localStorage with a seeded ledger of `n` purchases. */
export async function seedPurchases(page, n, layout) {
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, ledgerEntries(n, layout));
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
