// Accessibility (WCAG 2.1 AA): axe-core finds no violation on the standalone page and the
// demo article, in light and dark, with the widget in its states that matter (purchases,
// an error, a plan, an undo bar).
import assert from 'node:assert/strict';

import AxeBuilder from '@axe-core/playwright';

import { addPurchase, byTestId, expectCount, openWidget, widgetTest } from './harness.mjs';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page (shadow roots included) and lists each violation with where it is. */
async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Puts the widget through the states a reader sees: rows, a refused deposit, a plan, undo. */
async function exercise(page) {
  await addPurchase(page, '15');
  await byTestId(page, 'current-tier').last().filter({ hasText: 'Tier 1' }).waitFor();
  await addPurchase(page, '150');
  await byTestId(page, 'deposit-error').first().waitFor({ state: 'visible' });
  await byTestId(page, 'target-tier').last().selectOption('tier-4');
  await byTestId(page, 'delete-purchase').first().click();
  await byTestId(page, 'undo').first().waitFor();
}

for (const colorScheme of ['light', 'dark']) {
  widgetTest(`the standalone page has no WCAG 2.1 AA violation (${colorScheme})`, async ({ page }) => {
    await openWidget(page);
    assert.deepEqual(await violations(page), []);
    await exercise(page);
    assert.deepEqual(await violations(page), []);
  }, { context: { colorScheme } });

  widgetTest(`the demo article with two instances has no WCAG 2.1 AA violation (${colorScheme})`, async ({ page }) => {
    await openWidget(page, 'help-center.html');
    await expectCount(page, 'tierup', 2);
    await exercise(page);
    assert.deepEqual(await violations(page), []);
  }, { context: { colorScheme } });
}

widgetTest('axe looks inside the widget’s shadow root (a canary violation is caught)', async ({ page }) => {
  await openWidget(page);
  await page.evaluate(() => {
    const shadow = document.querySelector('#tierup-root').shadowRoot;
    shadow.querySelector('[data-testid="tierup"]').append(document.createElement('input'));
  });
  const found = await violations(page);
  assert.ok(found.some((v) => v.startsWith('label ')), found.join('\n'));
});
