// Seeding tierup's localStorage for the bench. The format is known in one place, the Rust
// codec (src/storage), run through tests/e2e/storage.mjs: this file only puts its entries in.
import { seededEntries, storageUse } from '../../tests/e2e/storage.mjs';

export { storageUse };

/** Opening total of seeded ledgers: Tier 4 from the start, so every $1.00 deposit is under its $5,000 cap. */
export const SEED_OPENING_TOTAL = '400.00';

/** The layout the seed is written in: tierup has one, a log per tab session (src/storage/log.rs). */
export function storageLayout() {
  return 'batches'; // the name earlier bench results carry
}

/**
 * localStorage entries ({ key: value }) for SEED_OPENING_TOTAL and `n` purchases of $1.00,
 * made in tab sessions of 20 and dated over 700 past days, as tierup's session writer stores them.
 */
export const ledgerEntries = (n) => seededEntries(n);

/** Replaces the page origin's localStorage with a seeded ledger of `n` purchases. */
export async function seedPurchases(page, n) {
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, ledgerEntries(n));
}
