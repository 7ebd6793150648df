// Export to JSON and CSV, import back.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  widgetTest, openWidget, seeTier, expectText, expectCount, addPurchase, click, text,
  download, storedLedger, waitForStoredAmounts, assertLedgerFormat, byTestId, pageDate,
} from './harness.mjs';

async function twoPurchases(page) {
  await openWidget(page);
  await addPurchase(page, '15');
  await expectCount(page, 'purchase-row', 1);
  await addPurchase(page, '25');
  await expectCount(page, 'purchase-row', 2);
  await seeTier(page, 'Tier 2');
  return waitForStoredAmounts(page, ['15.00', '25.00']);
}

widgetTest('export-json then clear then import restores the ledger; re-importing adds nothing', async ({ page, downloads }) => {
  const stored = await twoPurchases(page);
  const total = await text(page, 'cumulative-total');

  const exported = await download(page, 'export-json', downloads);
  const parsed = JSON.parse(exported.text);
  assertLedgerFormat(parsed);
  assert.deepEqual(parsed, stored, 'the export equals the stored ledger');

  await click(page, 'clear-ledger');
  await expectCount(page, 'purchase-row', 0);
  await seeTier(page, 'No tier yet');

  await byTestId(page, 'import-file').setInputFiles(exported.path);
  await expectCount(page, 'purchase-row', 2);
  await seeTier(page, 'Tier 2');
  await expectText(page, 'cumulative-total', total, { exact: true });
  await waitForStoredAmounts(page, ['15.00', '25.00']);

  // The same file again: nothing new.
  await byTestId(page, 'import-file').setInputFiles(exported.path);
  // Then the same purchases plus one new one: only the new one is added. Waiting
  // for that row is the positive signal that the imports above were handled.
  const extra = { id: 'e2e-extra-purchase', amount: '1.00', date: await pageDate(page, 0) };
  const superset = path.join(downloads, `superset-${Date.now()}.json`);
  writeFileSync(superset, JSON.stringify({ ...parsed, purchases: [...parsed.purchases, extra] }));
  await byTestId(page, 'import-file').setInputFiles(superset);
  await expectText(page, 'cumulative-total', '$41.00');
  await expectCount(page, 'purchase-row', 3);
  await waitForStoredAmounts(page, ['1.00', '15.00', '25.00']);
  const after = await storedLedger(page);
  assert.deepEqual(after.purchases.map((p) => p.id).sort(), [...parsed.purchases.map((p) => p.id), extra.id].sort());
});

widgetTest('export-csv has a header line and one line per purchase', async ({ page, downloads }) => {
  const stored = await twoPurchases(page);
  const csv = await download(page, 'export-csv', downloads);
  const lines = csv.text.split(/\r?\n/).filter((l) => l.trim() !== '');
  assert.equal(lines.length, 1 + stored.purchases.length, `CSV:\n${csv.text}`);
  assert.match(lines[0], /amount/i, 'header names the amount column');
  assert.match(lines[0], /date/i, 'header names the date column');
  assert.doesNotMatch(lines[0], /\d+\.\d{2}/, 'the first line is a header, not a purchase');
  const body = lines.slice(1).join('\n');
  for (const p of stored.purchases) {
    assert.ok(lines.slice(1).some((l) => l.includes(p.amount) && l.includes(p.date)), `a CSV line for ${p.amount} on ${p.date}:\n${body}`);
  }
});
