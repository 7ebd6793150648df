// Several tabs at once: concurrent adds and deletes lose nothing, and every tab catches up by
// itself through the `storage` event.
import assert from 'node:assert/strict';

import {
  addPurchase, byTestId, deletePurchase, expectCount, openWidget, rowWith, seeTier, storedPurchases,
  waitForStoredAmounts, widgetTest,
} from './harness.mjs';

/** Adds `amounts` one after another, each once this tab shows it (other tabs keep adding). */
async function addAll(page, amounts) {
  for (const amount of amounts) {
    await addPurchase(page, amount);
    await rowWith(page, `$${amount}`).first().waitFor();
  }
}

widgetTest('three tabs adding 20 purchases each, interleaved, all end with all 60', async ({ page, newPage }) => {
  const tabs = [page, await newPage(), await newPage()];
  for (const tab of tabs) await openWidget(tab);
  // Tab k adds k.01 .. k.20: distinct amounts, so a lost purchase is a missing amount.
  const amounts = tabs.map((_, k) => Array.from({ length: 20 }, (_, i) => `${k + 1}.${String(i + 1).padStart(2, '0')}`));
  await Promise.all(tabs.map((tab, k) => addAll(tab, amounts[k])));

  const all = amounts.flat();
  // The list shows 50 rows a page; every tab must know of all 60, then show them all.
  for (const tab of tabs) {
    await byTestId(tab, 'show-more').filter({ hasText: 'Show 10 more' }).waitFor();
    await byTestId(tab, 'show-more').click();
    await expectCount(tab, 'purchase-row', 60);
  }
  await waitForStoredAmounts(page, all);
  const fresh = await newPage();
  await openWidget(fresh);
  await byTestId(fresh, 'show-more').click();
  await expectCount(fresh, 'purchase-row', 60);
  await seeTier(fresh, 'Tier 2');
});

widgetTest('another tab shows a new purchase within a second, without a reload', async ({ page, newPage }) => {
  const other = await newPage();
  await openWidget(page);
  await openWidget(other);
  await addPurchase(page, '40');
  await seeTier(page, 'Tier 2');
  await byTestId(other, 'current-tier').filter({ hasText: 'Tier 2' }).waitFor({ timeout: 1000 });
  await expectCount(other, 'purchase-row', 1);
});

widgetTest('deleting in one tab while adding in another loses neither change', async ({ page, newPage }) => {
  const other = await newPage();
  await openWidget(page);
  await addAll(page, ['10.00', '20.00']);
  await openWidget(other);
  await expectCount(other, 'purchase-row', 2);

  await Promise.all([deletePurchase(page, '$10.00'), addPurchase(other, '30')]);

  for (const tab of [page, other]) {
    await expectCount(tab, 'purchase-row', 2);
    await rowWith(tab, '$20.00').waitFor();
    await rowWith(tab, '$30.00').waitFor();
  }
  assert.deepEqual((await storedPurchases(page)).map((p) => p.amount).sort(), ['20.00', '30.00']);
});
