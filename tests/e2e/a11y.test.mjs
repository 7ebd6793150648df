// Accessibility (WCAG 2.1 AA): axe-core finds no violation on the standalone page and the
// demo article, in light and dark, with the widget in its states that matter (purchases,
// an error, a plan, an undo bar). The same checks in each of the 12 languages are in
// locales.test.mjs.
import assert from 'node:assert/strict';

import { exercise, violations } from './axe.mjs';
import { byTestId, expectCount, openWidget, widgetTest } from './harness.mjs';
import { setFolds } from './layout.mjs';

for (const colorScheme of ['light', 'dark']) {
  widgetTest(`the standalone page has no WCAG 2.1 AA violation (${colorScheme})`, async ({ page }) => {
    await openWidget(page);
    assert.deepEqual(await violations(page), []);
    await exercise(page);
    assert.deepEqual(await violations(page), []);
    await setFolds(page, false); // open here by default
    assert.deepEqual(await violations(page), [], 'folds closed');
  }, { context: { colorScheme } });

  widgetTest(`the demo article with two instances has no WCAG 2.1 AA violation (${colorScheme})`, async ({ page }) => {
    await openWidget(page, 'help-center.html');
    await expectCount(page, 'tierup', 2);
    await byTestId(page, 'import-file').first().waitFor({ state: 'attached' }); // every fold shown
    await exercise(page);
    assert.deepEqual(await violations(page), []);
    await setFolds(page, true); // closed here by default
    assert.deepEqual(await violations(page), [], 'folds open');
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
