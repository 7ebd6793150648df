// Tier standing and the plan to reach a target tier.
import assert from 'node:assert/strict';
import {
  widgetTest, openWidget, reloadWidget, seeTier, expectText, expectCount, addPurchase,
  chooseTarget, setOpeningTotal, texts, waitForStoredAmounts, assertLedgerFormat,
} from './harness.mjs';

widgetTest('a fresh widget has no tier, $0.00 paid, a $100.00 deposit cap and needs $40.00 for Tier 2', async ({ page }) => {
  await openWidget(page);
  await seeTier(page, 'No tier yet');
  await expectText(page, 'cumulative-total', '$0.00');
  await expectText(page, 'max-deposit', '$100.00');
  await chooseTarget(page, 'tier-2');
  await expectText(page, 'amount-needed', '$40.00');
});

widgetTest('$15 then $25 reaches Tier 2 and survives a reload', async ({ page }) => {
  await openWidget(page);
  await addPurchase(page, '15');
  await expectCount(page, 'purchase-row', 1);
  await addPurchase(page, '25');
  await expectCount(page, 'purchase-row', 2);
  await seeTier(page, 'Tier 2');
  await expectText(page, 'monthly-limit', '$500.00');
  await expectText(page, 'cumulative-total', '$40.00');

  const ledger = await waitForStoredAmounts(page, ['15.00', '25.00']);
  assertLedgerFormat(ledger);
  assert.equal(ledger.purchases.length, 2);

  await reloadWidget(page);
  await seeTier(page, 'Tier 2');
  await expectText(page, 'monthly-limit', '$500.00');
  await expectText(page, 'cumulative-total', '$40.00');
  await expectCount(page, 'purchase-row', 2);
});

widgetTest('the plan to Tier 4 from nothing is $100.00 then $300.00, $400.00 in all', async ({ page }) => {
  await openWidget(page);
  await chooseTarget(page, 'tier-4');
  await expectText(page, 'amount-needed', '$400.00');
  await expectCount(page, 'plan-step', 2);
  await expectText(page, 'plan-step', '$100.00', { index: 0 });
  await expectText(page, 'plan-step', '$300.00', { index: 1 });
  const steps = await texts(page, 'plan-step');
  assert.ok(!steps[0].includes('$300.00'), `first step is the $100.00 one: ${JSON.stringify(steps)}`);
});

widgetTest('an opening total of $35 counts toward the tiers', async ({ page }) => {
  await openWidget(page);
  await setOpeningTotal(page, '35');
  await seeTier(page, 'Tier 1');
  await expectText(page, 'cumulative-total', '$35.00');
  await addPurchase(page, '5');
  await seeTier(page, 'Tier 2');
  await expectText(page, 'cumulative-total', '$40.00');
});
