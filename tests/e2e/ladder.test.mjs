// The ladder picture: a step per tier, where the account stands, the plan as arrows, a text
// alternative; it follows purchases as they are added, and dark mode follows the system.
import assert from 'node:assert/strict';

import { addPurchase, byTestId, chooseTarget, expectText, openWidget, seeTier, widgetTest } from './harness.mjs';

/** What the SVG draws, read from its elements. */
const drawing = (page) => byTestId(page, 'ladder').evaluate((svg) => ({
  steps: [...svg.querySelectorAll('.step .name')].map((t) => t.textContent),
  arrows: [...svg.querySelectorAll('.arrow text')].map((t) => t.textContent),
  you: svg.querySelector('.you-label').textContent,
  role: svg.getAttribute('role'),
  labelledBy: svg.getAttribute('aria-labelledby').split(' ').map((id) => svg.getRootNode().getElementById(id)?.textContent ?? null),
}));

widgetTest('the ladder shows every tier, where you stand and the plan, and follows new purchases', async ({ page }) => {
  await openWidget(page);
  await chooseTarget(page, 'tier-4');
  let seen = await drawing(page);
  assert.deepEqual(seen.steps, ['Tier 1', 'Tier 2', 'Tier 3', 'Tier 4']);
  assert.deepEqual(seen.arrows, ['$100.00', '$300.00']);
  assert.equal(seen.you, 'You: $0.00');
  assert.equal(seen.role, 'img');
  assert.ok(seen.labelledBy.every((text) => text && text.length > 0), 'title and description exist');
  await expectText(page, 'ladder-description', 'Plan: deposit $100.00, then $300.00.');

  await addPurchase(page, '50');
  await seeTier(page, 'Tier 2');
  seen = await drawing(page);
  assert.equal(seen.you, 'You: $50.00');
  assert.deepEqual(seen.arrows, ['$350.00']);
  await expectText(page, 'ladder-description', 'You have purchased $50.00 and are at Tier 2.');
});

for (const [colorScheme, dark] of [['light', false], ['dark', true]]) {
  widgetTest(`the widget follows prefers-color-scheme: ${colorScheme}`, async ({ page }) => {
    await openWidget(page);
    const [r, g, b] = await byTestId(page, 'tierup').evaluate((el) =>
      getComputedStyle(el).backgroundColor.match(/\d+/g).map(Number));
    assert.equal((r + g + b) / 3 < 128, dark, `background rgb(${r}, ${g}, ${b})`);
  }, { context: { colorScheme } });
}
