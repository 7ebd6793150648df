// What the widget does with what it finds in localStorage.
import assert from 'node:assert/strict';
import {
  widgetTest, openWidget, seeTier, expectCount, expectVisible, expectText, addPurchase,
  storageEntries, storedLedger, waitForStoredAmounts, LEDGER_KEY, reloadWidget, deletePurchase,
} from './harness.mjs';

const GARBAGE = '{not json';

/** The keys starting with "tierup" whose value still holds the garbage. */
async function keysHoldingGarbage(page) {
  const entries = await storageEntries(page);
  return Object.keys(entries).filter((k) => k.startsWith('tierup') && entries[k]?.includes(GARBAGE));
}

widgetTest('a corrupt stored ledger is set aside, not dropped, and the widget still works', async ({ page, context }) => {
  // Seed the garbage before the app's code runs, on the first load only.
  await context.addInitScript(({ key, garbage }) => {
    if (sessionStorage.getItem('tierup-e2e-seeded')) return;
    sessionStorage.setItem('tierup-e2e-seeded', '1');
    localStorage.setItem(key, garbage);
  }, { key: LEDGER_KEY, garbage: GARBAGE });

  await openWidget(page);
  await expectVisible(page, 'storage-notice');
  await seeTier(page, 'No tier yet');
  await expectCount(page, 'purchase-row', 0);
  const holders = await keysHoldingGarbage(page);
  assert.ok(holders.length > 0, `the corrupt data is kept under a tierup* key; storage: ${JSON.stringify(await storageEntries(page))}`);

  await addPurchase(page, '5');
  await expectCount(page, 'purchase-row', 1);
  await seeTier(page, 'Tier 1');
  await waitForStoredAmounts(page, ['5.00']);
  assert.ok((await keysHoldingGarbage(page)).length > 0, 'the corrupt data is still kept after a new purchase is saved');
});

widgetTest('purchases stored one key each (layout 1) are moved into a batch, in order, and the old keys removed', async ({ page }) => {
  await openWidget(page);
  // Layout 1: `tierup.p.<id>` = `<amount> <date> <seq>` (seq = ms x 1024), meta version 1.
  const old = {
    'tierup.meta': '{"format":"tierup-storage","version":1,"opening_total":"5.00"}',
    'tierup.p.first': `10.00 2025-11-01 ${(1_700_000_000_000 * 1024).toString(36)}`,
    'tierup.p.second': `20.00 2025-11-01 ${(1_700_000_001_000 * 1024).toString(36)}`,
    'tierup.p.third': `30.00 2025-10-30 ${(1_700_000_002_000 * 1024).toString(36)}`,
  };
  await page.evaluate((entries) => { for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v); }, old);
  await reloadWidget(page);
  await expectCount(page, 'purchase-row', 3);
  await seeTier(page, 'Tier 2');
  const entries = await storageEntries(page);
  assert.deepEqual(Object.keys(entries).filter((k) => k.startsWith('tierup.p.')), [], 'the layout 1 keys are gone');
  assert.equal(JSON.parse(entries['tierup.meta']).version, 2);
  assert.equal(Object.keys(entries).filter((k) => k.startsWith('tierup.b.')).length, 1);
  const ledger = await storedLedger(page);
  assert.equal(ledger.opening_total, '5.00');
  assert.deepEqual(ledger.purchases.map((p) => [p.id, p.amount]), [['first', '10.00'], ['second', '20.00'], ['third', '30.00']]);
  // What was moved is an ordinary purchase now: it can be deleted, and stays deleted.
  await deletePurchase(page, '30.00');
  await waitForStoredAmounts(page, ['10.00', '20.00']);
  await reloadWidget(page);
  await expectCount(page, 'purchase-row', 2);
});

widgetTest('10,000 purchases made in sessions of 20 take under 600 KB of localStorage (UTF-16)', async ({ page }) => {
  await openWidget(page);
  const { ledgerEntries } = await import('../../bench/lib/seed.mjs');
  const entries = ledgerEntries(10_000, 'batches');
  const chars = Object.entries(entries).reduce((n, [k, v]) => n + k.length + v.length, 0);
  assert.ok(chars * 2 < 600 * 1024, `${chars} characters`);
  // And it is the layout tierup reads: every purchase counts ($400.00 opening + 10,000 x $1.00).
  await page.evaluate((e) => { localStorage.clear(); for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); }, entries);
  await reloadWidget(page);
  await expectText(page, 'cumulative-total', '$10,400.00', { exact: true });
  await expectVisible(page, 'show-more');
});
