// Storage faults, injected for real in the browser: blocked storage, a full quota, corrupt
// and newer records, and other apps' keys on the same origin.
import assert from 'node:assert/strict';

import {
  FIXTURES_DIR, addPurchase, byTestId, expectCount, expectText, expectVisible, openWidget, reloadWidget, rowWith,
  seeTier, storageEntries, storedPurchases, waitForStoredAmounts, widgetTest,
} from './harness.mjs';

/** Makes every read of window.localStorage throw, as a browser with storage blocked does. */
const blockStorage = () => {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  });
};

/** setItem throws QuotaExceededError while window.__storageFull is true. */
const quotaSwitch = () => {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (window.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return setItem.call(this, key, value);
  };
};

widgetTest('storage that throws SecurityError: the widget works in memory and says nothing is kept', async ({ page, context }) => {
  await context.addInitScript(blockStorage);
  await openWidget(page);
  await expectText(page, 'storage-notice', 'does not let tierup keep data');
  await addPurchase(page, '15');
  await addPurchase(page, '25');
  await seeTier(page, 'Tier 2');
  await expectCount(page, 'purchase-row', 2);
});

widgetTest('in a sandboxed iframe without allow-same-origin the widget works in memory', async ({ page, baseUrl }) => {
  await page.goto(new URL('/fixtures/sandboxed.html', baseUrl).href);
  const frame = page.frameLocator('iframe');
  await frame.getByTestId('storage-notice').filter({ hasText: 'does not let tierup keep data' }).waitFor();
  await frame.getByTestId('amount-input').fill('40');
  await frame.getByTestId('add-purchase').click();
  await frame.getByTestId('current-tier').filter({ hasText: 'Tier 2' }).waitFor();
}, {
  // An opaque-origin frame loads tierup's modules and wasm cross-origin: CORS must allow it.
  serve: { fixtures: FIXTURES_DIR, headers: { 'Access-Control-Allow-Origin': '*' } },
});

widgetTest('a QuotaExceededError keeps the purchase on screen, says so, and saves it once there is room', async ({ page, context }) => {
  await context.addInitScript(quotaSwitch);
  await openWidget(page);
  await addPurchase(page, '15');
  await waitForStoredAmounts(page, ['15.00']);
  const before = await storageEntries(page);

  await page.evaluate(() => { window.__storageFull = true; });
  await addPurchase(page, '25');
  await seeTier(page, 'Tier 2');
  await expectCount(page, 'purchase-row', 2);
  await expectText(page, 'storage-notice', 'could not be saved');
  assert.deepEqual(await storageEntries(page), before, 'earlier stored data is intact');

  await page.evaluate(() => { window.__storageFull = false; });
  await addPurchase(page, '5');
  await waitForStoredAmounts(page, ['15.00', '25.00', '5.00']);
  await expectCount(page, 'storage-notice', 0);
  await reloadWidget(page);
  await expectCount(page, 'purchase-row', 3);
});

widgetTest('a really full localStorage: nothing lost on screen, saved after space frees up', async ({ page }) => {
  await openWidget(page);
  await addPurchase(page, '15');
  await waitForStoredAmounts(page, ['15.00']);
  // Another app on the origin fills the quota until the browser refuses even a small write.
  const filled = await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 16; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem(`otherapp.fill.${n}`, chunk); n += 1; } catch { break; }
      }
    }
    return n;
  });
  assert.ok(filled > 0);

  await addPurchase(page, '25');
  await seeTier(page, 'Tier 2');
  await expectText(page, 'storage-notice', 'could not be saved');
  assert.deepEqual((await storedPurchases(page)).map((p) => p.amount), ['15.00'], 'earlier data intact');

  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('otherapp.fill.')) localStorage.removeItem(key);
  });
  await addPurchase(page, '5');
  await waitForStoredAmounts(page, ['15.00', '25.00', '5.00']);
  await expectCount(page, 'storage-notice', 0);
});

widgetTest('one corrupt log among valid ones: only it is set aside, named, and kept as it was', async ({ page }) => {
  await openWidget(page);
  for (const amount of ['1', '2', '3', '4', '5']) await addPurchase(page, amount);
  await waitForStoredAmounts(page, ['1.00', '2.00', '3.00', '4.00', '5.00']);
  await page.evaluate(() => localStorage.setItem('tierup.b.mifpz0w0brkn', 'forty dollars, yesterday'));
  await reloadWidget(page);
  await expectCount(page, 'purchase-row', 5);
  await expectText(page, 'storage-notice', 'tierup.b.mifpz0w0brkn');
  await seeTier(page, 'Tier 1');
  assert.equal(await page.evaluate(() => localStorage.getItem('tierup.b.mifpz0w0brkn')), 'forty dollars, yesterday');
  // Still writable: the rest of the ledger goes on.
  await addPurchase(page, '25');
  await seeTier(page, 'Tier 2');
  assert.equal(await page.evaluate(() => localStorage.getItem('tierup.b.mifpz0w0brkn')), 'forty dollars, yesterday');
});

widgetTest('a corrupt line in another session\'s batch: only it is set aside, named, and the batch kept as it was', async ({ page }) => {
  await openWidget(page);
  // Another session (src/storage/journal.rs) recorded $1 and $3 and, between them, a line that
  // is not an event.
  const key = 'tierup.b.mifpz0w0zzzz';
  const batch = 'mifpz0w1 1.00 2025-11-01\nforty dollars, yesterday\nmifpz0w3 3.00 2025-11-02';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, batch]);
  await reloadWidget(page);
  await expectCount(page, 'purchase-row', 2);
  await expectText(page, 'storage-notice', `${key} (line 2)`);
  // Still writable: this session's batch takes the new purchase; the other one is not touched.
  await addPurchase(page, '7');
  await expectCount(page, 'purchase-row', 3);
  await page.waitForFunction((k) => Object.keys(localStorage)
    .some((other) => other.startsWith('tierup.b.') && other !== k && / 7\.00 /.test(localStorage.getItem(other))), key);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), batch);
});

widgetTest('data written by a newer version is left untouched and the widget goes read-only', async ({ page }) => {
  await openWidget(page);
  await addPurchase(page, '40');
  await waitForStoredAmounts(page, ['40.00']);
  await page.evaluate(() => localStorage.setItem('tierup.meta',
    '{"format":"tierup-storage","version":99,"opening_total":"0.00","currency":"USD"}'));
  const before = await storageEntries(page);
  await reloadWidget(page);
  await expectText(page, 'storage-notice', 'newer tierup');
  await addPurchase(page, '5');
  await expectText(page, 'deposit-error', 'read-only');
  await expectCount(page, 'purchase-row', 0);
  assert.deepEqual(await storageEntries(page), before);
});

widgetTest("other apps' keys on the origin are never read as ours, changed or removed", async ({ page, baseUrl, downloads }) => {
  const others = {
    'otherapp.ledger': '{"format":"tierup-ledger","version":1,"opening_total":"500.00","purchases":[]}',
    tierupx: '999.00 2026-01-01 1',
    'TIERUP.p.x': '999.00 2026-01-01 1',
    tierup: 'not ours either',
    'tierup-p-x': '999.00 2026-01-01 1',
  };
  await page.goto(baseUrl);
  await page.evaluate((o) => { for (const [k, v] of Object.entries(o)) localStorage.setItem(k, v); }, others);
  await reloadWidget(page);
  await seeTier(page, 'No tier yet');
  await expectCount(page, 'storage-notice', 0);

  await addPurchase(page, '40');
  await rowWith(page, '$40.00').waitFor();
  await byTestId(page, 'delete-purchase').click();
  await expectCount(page, 'purchase-row', 0);
  await addPurchase(page, '5');
  await byTestId(page, 'clear-ledger').click();
  await expectCount(page, 'purchase-row', 0);
  await expectVisible(page, 'undo');

  const entries = await storageEntries(page);
  for (const [key, value] of Object.entries(others)) assert.equal(entries[key], value, key);
});
