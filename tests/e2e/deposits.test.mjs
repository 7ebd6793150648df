// Deposits the widget must refuse: over the tier's cap, in the future, or not an amount.
import assert from 'node:assert/strict';
import {
  widgetTest, openWidget, seeTier, expectText, expectCount, expectVisible, addPurchase,
  storedPurchases, waitForStoredAmounts, pageDate,
} from './harness.mjs';

widgetTest('a $150 deposit at Tier 1 is refused with the $100.00 cap', async ({ page }) => {
  await openWidget(page);
  await addPurchase(page, '5');
  await seeTier(page, 'Tier 1');
  await expectCount(page, 'purchase-row', 1);
  await waitForStoredAmounts(page, ['5.00']);

  await addPurchase(page, '150');
  await expectVisible(page, 'deposit-error');
  await expectText(page, 'deposit-error', '$100.00');
  await expectCount(page, 'purchase-row', 1);
  assert.deepEqual((await storedPurchases(page)).map((p) => p.amount), ['5.00']);
  await seeTier(page, 'Tier 1');
});

widgetTest('a deposit dated in the future is refused and nothing is stored', async ({ page }) => {
  await openWidget(page);
  const tomorrow = await pageDate(page, 1);
  await addPurchase(page, '10', tomorrow);
  await expectVisible(page, 'deposit-error');
  await expectCount(page, 'purchase-row', 0);
  assert.deepEqual(await storedPurchases(page), []);
  await seeTier(page, 'No tier yet');
});

for (const bad of ['0', 'abc', '40.001']) {
  widgetTest(`the amount ${JSON.stringify(bad)} is refused and nothing is stored`, async ({ page }) => {
    await openWidget(page);
    await addPurchase(page, bad);
    await expectVisible(page, 'deposit-error');
    await expectCount(page, 'purchase-row', 0);
    assert.deepEqual(await storedPurchases(page), []);
    await seeTier(page, 'No tier yet');
    await expectText(page, 'cumulative-total', '$0.00');
  });
}
