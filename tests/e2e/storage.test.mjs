// What the widget does with what it finds in localStorage.
import assert from 'node:assert/strict';
import {
  widgetTest, openWidget, seeTier, expectCount, expectVisible, addPurchase,
  storageEntries, waitForStoredAmounts, LEDGER_KEY,
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
