// What the widget does with what it finds in localStorage.
import assert from 'node:assert/strict';
import {
  widgetTest, openWidget, seeTier, expectCount, expectVisible, expectText, addPurchase, importFile,
  storageEntries, storageUse, waitForStoredAmounts, reloadWidget, seededEntries, putEntries,
} from './harness.mjs';

const GARBAGE = '{not json';
/** Another tab session's log (src/storage/log.rs) whose only line is not a change. */
const CORRUPT_LOG = 'tierup.b.mifpz0w0zzzz';

/** Seeds the corrupt log before the app's code runs, on the first load only. */
async function seedCorruptLog(context) {
  await context.addInitScript(({ key, garbage }) => {
    if (sessionStorage.getItem('tierup-e2e-seeded')) return;
    sessionStorage.setItem('tierup-e2e-seeded', '1');
    localStorage.setItem(key, garbage);
  }, { key: CORRUPT_LOG, garbage: GARBAGE });
}

widgetTest('a corrupt stored line is set aside, named and left untouched, and the widget still works', async ({ page, context }) => {
  await seedCorruptLog(context);
  await openWidget(page);
  await expectText(page, 'storage-notice', `"${CORRUPT_LOG} (line 1)" (not a purchase or a deletion)`);
  await seeTier(page, 'No tier yet');
  await expectCount(page, 'purchase-row', 0);

  await addPurchase(page, '5');
  await expectCount(page, 'purchase-row', 1);
  await seeTier(page, 'Tier 1');
  await waitForStoredAmounts(page, ['5.00'], { setAside: [`${CORRUPT_LOG} Line(1): NotAnEvent`] });
  assert.equal((await storageEntries(page))[CORRUPT_LOG], GARBAGE, 'the corrupt line is kept as it was after a new purchase is saved');
  await reloadWidget(page);
  await expectCount(page, 'purchase-row', 1);
  await expectText(page, 'storage-notice', `${CORRUPT_LOG} (line 1)`);
});

widgetTest('the reason a stored line is set aside is said in the reader\'s language', async ({ page, context }) => {
  await seedCorruptLog(context);
  await openWidget(page);
  await expectText(page, 'storage-notice', `${CORRUPT_LOG} (Zeile 1)`);
  await expectText(page, 'storage-notice', 'weder ein Kauf noch eine Löschung');
}, { context: { locale: 'de-DE' } });

widgetTest('10,000 purchases made in sessions of 20 take under 600 KB of localStorage (UTF-16)', async ({ page }) => {
  await openWidget(page);
  // What 500 tab sessions of 20 purchases leave, written by tierup's own session writer.
  await page.evaluate(() => localStorage.clear());
  await putEntries(page, seededEntries(9_999));
  await reloadWidget(page);
  await expectText(page, 'cumulative-total', '$10,399.00', { exact: true });
  // The 10,000th purchase, saved by the widget itself: what localStorage holds now is measured.
  await addPurchase(page, '1');
  await expectText(page, 'cumulative-total', '$10,400.00', { exact: true });
  await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('tierup.b.')).length === 501);
  const { chars, utf16_bytes: bytes } = await storageUse(page);
  assert.ok(bytes < 600 * 1024, `${chars} characters = ${bytes} bytes`);
  await reloadWidget(page);
  await expectText(page, 'cumulative-total', '$10,400.00', { exact: true });
  await expectVisible(page, 'show-more');
});

widgetTest('an imported ledger is stored by the widget and read back the same after a reload', async ({ page }) => {
  await openWidget(page);
  const purchases = Array.from({ length: 30 }, (_, i) => ({ id: `imported-${i}`, amount: '2.00', date: '2025-10-01' }));
  await importFile(page, JSON.stringify({ format: 'tierup-ledger', version: 1, opening_total: '400.00', purchases }));
  await expectText(page, 'cumulative-total', '$460.00', { exact: true });
  const stored = await waitForStoredAmounts(page, purchases.map((p) => p.amount));
  assert.deepEqual(stored.purchases, purchases, 'in the order of the file, with their ids');
  assert.equal(stored.opening_total, '400.00');
  await reloadWidget(page);
  await expectText(page, 'cumulative-total', '$460.00', { exact: true });
});
