// Embedding: instances on a host page, shadow-root isolation, theming, data-* configuration,
// iframes and sub-path deployments. Host pages live in tests/e2e/fixtures/.
import assert from 'node:assert/strict';

import {
  FIXTURES_DIR, addPurchase, byTestId, chooseTarget, expectCount, expectText, expectVisible, openWidget, seeTier,
  texts, widgetTest,
} from './harness.mjs';

const withFixtures = { serve: { fixtures: FIXTURES_DIR } };

/**
 * Computed styles of the widget's key elements, read inside the first instance's shadow root
 * once all of them are shown (the calculator comes a few frames after the first render).
 */
async function widgetStyles(page) {
  await byTestId(page, 'target-tier').first().waitFor();
  return page.evaluate(() => {
    const shadow = document.querySelector('[data-tierup]').shadowRoot;
    const props = ['font-size', 'color', 'display', 'font-family', 'background-color', 'visibility', 'line-height'];
    const out = {};
    for (const id of ['tierup', 'current-tier', 'cumulative-total', 'amount-input', 'add-purchase', 'target-tier']) {
      const style = getComputedStyle(shadow.querySelector(`[data-testid="${id}"]`));
      out[id] = Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    }
    return out;
  });
}

/** Computed styles of the host page's own elements. */
function hostStyles(page) {
  return page.evaluate(() => {
    const props = ['font-size', 'color', 'display', 'font-family', 'background-color', 'margin-top', 'padding-left'];
    const out = {};
    for (const id of ['host-heading', 'host-text', 'host-item', 'host-button']) {
      const style = getComputedStyle(document.getElementById(id));
      out[id] = Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    }
    return out;
  });
}

widgetTest('the demo article embeds two instances that share one ledger', async ({ page }) => {
  await openWidget(page, 'help-center.html');
  await expectCount(page, 'tierup', 2);
  const shadowed = await page.evaluate(() =>
    [...document.querySelectorAll('[data-tierup]')].map((host) => host.shadowRoot?.mode ?? 'none'));
  assert.deepEqual(shadowed, ['open', 'open']);
  // The first instance is compact (status and calculator only), the second full.
  await expectCount(page, 'amount-input', 1);
  await expectCount(page, 'target-tier', 2);

  await addPurchase(page, '15');
  await expectText(page, 'cumulative-total', '$15.00', { index: 0 });
  await expectText(page, 'cumulative-total', '$15.00', { index: 1 });
  await addPurchase(page, '25');
  await expectText(page, 'current-tier', 'Tier 2', { index: 0, exact: true });
  await expectText(page, 'current-tier', 'Tier 2', { index: 1, exact: true });
  await expectText(page, 'monthly-limit', '$500.00', { index: 0 });
});

widgetTest('data-target-tier preselects the calculator in every instance', async ({ page }) => {
  await openWidget(page, 'help-center.html');
  // openWidget waits for the first render only: the calculators arrive frames later.
  await expectCount(page, 'target-tier', 2);
  const values = await byTestId(page, 'target-tier').evaluateAll((selects) => selects.map((s) => s.value));
  assert.deepEqual(values, ['tier-2', 'tier-2']);
  await expectText(page, 'amount-needed', '$40.00', { index: 0 });
  await expectText(page, 'amount-needed', '$40.00', { index: 1 });
});

widgetTest('a hostile host stylesheet leaves the widget exactly as it was', async ({ page }) => {
  await openWidget(page, '/fixtures/host-plain.html');
  const plain = await widgetStyles(page);
  await openWidget(page, '/fixtures/host-hostile.html');
  // The hostile sheet really applies to the host page...
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('host-button')).display), 'none');
  // ...and not to the widget, whose buttons still show and work.
  assert.deepEqual(await widgetStyles(page), plain);
  await addPurchase(page, '5');
  await seeTier(page, 'Tier 1');
}, withFixtures);

widgetTest("the widget's styles stay out of the host page", async ({ page }) => {
  await openWidget(page, '/fixtures/host-plain.html');
  const withWidget = await hostStyles(page);
  await page.goto(new URL('/fixtures/host-none.html', page.url()).href);
  await page.locator('#host-button').waitFor();
  assert.deepEqual(await hostStyles(page), withWidget);
}, withFixtures);

widgetTest('CSS custom properties on the host theme the widget', async ({ page }) => {
  await openWidget(page, '/fixtures/host-plain.html');
  const accent = () => byTestId(page, 'add-purchase').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(await accent(), 'rgb(200, 0, 0)');
  await openWidget(page, '/fixtures/host-themed.html');
  assert.equal(await accent(), 'rgb(200, 0, 0)');
}, withFixtures);

widgetTest('unknown data-* values show a clear error and the widget still works', async ({ page }) => {
  await openWidget(page, '/fixtures/config-errors.html');
  const errors = (await texts(page, 'config-error')).join('\n');
  assert.match(errors, /data-view="tiny"/);
  assert.match(errors, /data-locale="xx"/);
  assert.match(errors, /data-target-tier="tier-9"/);
  await expectCount(page, 'config-error', 3);
  await addPurchase(page, '40');
  await seeTier(page, 'Tier 2');
}, withFixtures);

widgetTest('data-schedule loads the host’s tier table', async ({ page }) => {
  await openWidget(page, '/fixtures/schedule-custom.html');
  const options = await byTestId(page, 'target-tier').evaluate((s) => [...s.options].map((o) => o.value));
  assert.deepEqual(options, ['bronze', 'gold']);
  await expectText(page, 'amount-needed', '$60.00');
  await expectText(page, 'max-deposit', '$50.00');
  await addPurchase(page, '10');
  await seeTier(page, 'Bronze');
  await expectCount(page, 'schedule-error', 0);
}, withFixtures);

widgetTest('an unreachable schedule falls back to the default and says so', async ({ page }) => {
  await openWidget(page, '/fixtures/schedule-missing.html');
  await expectVisible(page, 'schedule-error');
  await expectText(page, 'schedule-error', 'no-such-schedule.json');
  await expectText(page, 'schedule-error', 'default schedule');
  await expectText(page, 'max-deposit', '$100.00');
  await chooseTarget(page, 'tier-4');
  await expectCount(page, 'plan-step', 2);
}, { ...withFixtures, allowConsoleError: /404|Failed to load resource/ });

widgetTest('an invalid schedule falls back to the default with the reason', async ({ page }) => {
  await openWidget(page, '/fixtures/schedule-invalid.html');
  await expectText(page, 'schedule-error', 'must need more than the tier before it');
  await seeTier(page, 'No tier yet');
}, withFixtures);

widgetTest('the standalone page works inside an iframe', async ({ page, baseUrl }) => {
  await page.goto(new URL('/fixtures/iframe.html', baseUrl).href);
  const frame = page.frameLocator('iframe');
  await frame.getByTestId('amount-input').fill('15');
  await frame.getByTestId('add-purchase').click();
  await frame.getByTestId('current-tier').filter({ hasText: 'Tier 1' }).waitFor();
}, withFixtures);

for (const file of ['', 'help-center.html']) {
  widgetTest(`served under /help/tierup/, ${file || 'the standalone page'} loads everything`, async ({ page }) => {
    await openWidget(page, file);
    assert.match(page.url(), /\/help\/tierup\//);
    await addPurchase(page, '40');
    await seeTier(page, 'Tier 2');
  }, { serve: { prefix: '/help/tierup/' } });
}

widgetTest('tier names and titles from a schedule are shown as text, never as markup', async ({ page }) => {
  await openWidget(page, '/fixtures/schedule-markup.html');
  const names = await byTestId(page, 'target-tier').evaluate((s) => [...s.options].map((o) => o.textContent));
  assert.deepEqual(names, ['<img src=x onerror="window.__pwned=1">', 'Tier <i>two</i> &amp; &lt;b&gt;']);
  await addPurchase(page, '5');
  await seeTier(page, '<img src=x onerror="window.__pwned=1">');
  const injected = await page.evaluate(() => {
    const shadow = document.querySelector('[data-tierup]').shadowRoot;
    return { img: shadow.querySelectorAll('img, i, b, script').length, pwned: window.__pwned ?? null };
  });
  assert.deepEqual(injected, { img: 0, pwned: null });
  // The names appear in the ladder too: its picture, its steps list and its description.
  const drawn = await byTestId(page, 'ladder').evaluate((svg) => [...svg.querySelectorAll('.step .name')].map((t) => t.textContent));
  assert.deepEqual(drawn, names);
  const listed = await byTestId(page, 'ladder-steps').evaluate((ol) => [...ol.querySelectorAll('.name')].map((t) => t.textContent));
  assert.deepEqual(listed, names);
  await expectText(page, 'ladder-description', 'You have purchased $5.00 and are at <img src=x onerror="window.__pwned=1">.');
  await expectText(page, 'tierup', '<b>Bold title</b>');
}, withFixtures);
