// Editing the ledger: delete, undo, clear, and deletions that would break a later deposit.
import assert from 'node:assert/strict';
import {
  widgetTest, openWidget, seeTier, expectText, expectCount, expectVisible, addPurchase,
  deletePurchase, rowWith, click, pageDate, waitForStoredAmounts, storedPurchases, reloadWidget, byTestId,
  entriesFor, putEntries,
} from './harness.mjs';

widgetTest('deleting a purchase removes its row and undo brings it back', async ({ page }) => {
  await openWidget(page);
  await addPurchase(page, '15');
  await expectCount(page, 'purchase-row', 1);
  await addPurchase(page, '25');
  await expectCount(page, 'purchase-row', 2);
  await seeTier(page, 'Tier 2');

  await deletePurchase(page, '$15.00');
  await expectCount(page, 'purchase-row', 1);
  assert.equal(await rowWith(page, '$15.00').count(), 0);
  await expectText(page, 'cumulative-total', '$25.00');
  await seeTier(page, 'Tier 1');
  await waitForStoredAmounts(page, ['25.00']);

  await click(page, 'undo');
  await expectCount(page, 'purchase-row', 2);
  assert.equal(await rowWith(page, '$15.00').count(), 1);
  await expectText(page, 'cumulative-total', '$40.00');
  await seeTier(page, 'Tier 2');
  await waitForStoredAmounts(page, ['15.00', '25.00']);
});

widgetTest('clear-ledger empties the ledger and undo restores it', async ({ page }) => {
  await openWidget(page);
  await addPurchase(page, '15');
  await expectCount(page, 'purchase-row', 1);
  await addPurchase(page, '25');
  await expectCount(page, 'purchase-row', 2);

  await click(page, 'clear-ledger');
  await expectCount(page, 'purchase-row', 0);
  await seeTier(page, 'No tier yet');
  await expectText(page, 'cumulative-total', '$0.00');
  await waitForStoredAmounts(page, []);

  await click(page, 'undo');
  await expectCount(page, 'purchase-row', 2);
  await seeTier(page, 'Tier 2');
  await waitForStoredAmounts(page, ['15.00', '25.00']);
});

widgetTest('deleting a purchase that a later deposit depends on is refused', async ({ page }) => {
  await openWidget(page);
  const [d1, d2, d3] = [await pageDate(page, -3), await pageDate(page, -2), await pageDate(page, -1)];

  await addPurchase(page, '5', d1);
  await expectCount(page, 'purchase-row', 1);
  await seeTier(page, 'Tier 1');
  // Equal to the $100.00 cap is allowed.
  await addPurchase(page, '100', d2);
  await expectCount(page, 'purchase-row', 2);
  await seeTier(page, 'Tier 2');
  // $105 paid: Tier 2, so the cap is now $500.00.
  await addPurchase(page, '300', d3);
  await expectCount(page, 'purchase-row', 3);
  await waitForStoredAmounts(page, ['5.00', '100.00', '300.00']);

  // Without the $100 purchase, the $300 one would exceed the $100.00 cap.
  await deletePurchase(page, '$100.00');
  await expectVisible(page, 'ledger-error');
  await expectText(page, 'ledger-error', '$100.00');
  await expectCount(page, 'purchase-row', 3);
  assert.equal(await rowWith(page, '$100.00').count(), 1);
  assert.deepEqual((await storedPurchases(page)).map((p) => p.amount).sort(), ['100.00', '300.00', '5.00']);
});

widgetTest('a long history is listed a page of 50 at a time, newest first', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  // 120 stored purchases of $1.00, the newest dated latest.
  const purchases = Array.from({ length: 120 }, (_, i) => ({
    id: `seed${String(i).padStart(3, '0')}`,
    amount: '1.00',
    date: `2026-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}`,
  }));
  await putEntries(page, entriesFor({ format: 'tierup-ledger', version: 1, opening_total: '0.00', purchases }));
  await reloadWidget(page);
  await expectCount(page, 'purchase-row', 50);
  await expectText(page, 'cumulative-total', '$120.00');
  await expectText(page, 'purchase-row', '2026-05-08'); // the newest: i = 119
  await byTestId(page, 'show-more').click();
  await expectCount(page, 'purchase-row', 100);
  await byTestId(page, 'show-more').filter({ hasText: 'Show 20 more' }).click();
  await expectCount(page, 'purchase-row', 120);
  await expectCount(page, 'show-more', 0);
});

widgetTest('an added purchase empties the amount field, ready for the next', async ({ page }) => {
  await openWidget(page);
  await addPurchase(page, '15');
  await expectCount(page, 'purchase-row', 1);
  await page.waitForFunction(() => document.querySelector('#tierup-root').shadowRoot
    .querySelector('[data-testid="amount-input"]').value === '');
});

// On a slow device the render after an add outlasts Yew's 16 ms slice: the new row is shown and
// the page answers input before the effect that empties the field runs. What the reader types
// by then is the next amount, and must stay.
widgetTest('an amount typed as soon as the new row shows is kept, on a slow device too', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await openWidget(page);
  // The reader's next keystroke, right when the row appears: a mutation observer's records
  // arrive after the script that inserted the row, before any later task.
  await byTestId(page, 'tierup').evaluate((section) => {
    const root = section.getRootNode();
    new MutationObserver((records, observer) => {
      if (root.querySelector('[data-testid="purchase-row"]')) {
        root.querySelector('[data-testid="amount-input"]').value = '7';
        observer.disconnect();
      }
    }).observe(root, { childList: true, subtree: true });
  });
  await addPurchase(page, '15');
  await expectCount(page, 'purchase-row', 1);
  await waitForStoredAmounts(page, ['15.00']);
  assert.equal(await byTestId(page, 'amount-input').inputValue(), '7');
});
