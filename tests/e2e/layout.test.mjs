// Layout on a phone, in a sidebar and on a desktop: at 280, 320, 360, 768 and 1280 px wide, light
// and dark, in English, German (long words) and Japanese (CJK), on the standalone page and in the
// demo article, with purchases and a plan, folds closed and open: nothing outside the widget's
// box, no sideways scrolling, no text under 11 px, no control under 24 px (44 px for a finger),
// the same sizes under hostile host sheets, and the compact view's answer on its first screen.
// Saves a full-page screenshot per page, language, scheme and width in test-artifacts/layout/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import {
  ARTIFACTS_DIR, addPurchase, byTestId, expectCount, openWidget, widgetTest,
} from './harness.mjs';
import { answerBottoms, computedSizes, foldsOpen, layoutFaults, setFolds, speakOnHosts } from './layout.mjs';

const WIDTHS = [280, 320, 360, 768, 1280];
const LANGUAGES = [{ tag: 'en', browser: 'en-US' }, { tag: 'de', browser: 'de-DE' }, { tag: 'ja', browser: 'ja-JP' }];
const PAGES = [{ name: 'standalone', file: '' }, { name: 'article', file: 'help-center.html' }];
const SHOTS = path.join(ARTIFACTS_DIR, 'layout');
mkdirSync(SHOTS, { recursive: true });

/** Opens `file` with every instance shown, four purchases recorded and a plan to Tier 4 chosen. */
async function withPurchasesAndPlan(page, file, tag) {
  if (file) await speakOnHosts(page, tag);
  await openWidget(page, file);
  await byTestId(page, 'import-file').first().waitFor({ state: 'attached' }); // shown to the last part
  for (const amount of ['5', '10', '15', '20']) await addPurchase(page, amount);
  await expectCount(page, 'purchase-row', 4);
  await byTestId(page, 'target-tier').first().selectOption('tier-4');
  await byTestId(page, 'plan-step').first().waitFor();
}

for (const { name, file } of PAGES) {
  for (const { tag, browser } of LANGUAGES) {
    for (const colorScheme of ['light', 'dark']) {
      widgetTest(`${name}, ${tag}, ${colorScheme}: nothing spills, nothing too small, at every width, folds closed and open`, async ({ page }) => {
        await withPurchasesAndPlan(page, file, tag);
        const faults = [];
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          for (const open of [false, true]) {
            await setFolds(page, open);
            faults.push(...(await layoutFaults(page)).map((f) => `${width} px, folds ${open ? 'open' : 'closed'}: ${f}`));
          }
          await page.screenshot({ path: path.join(SHOTS, `${name}-${tag}-${colorScheme}-${width}.png`), fullPage: true });
        }
        assert.deepEqual(faults, []);
      }, { context: { locale: browser, colorScheme, viewport: { width: 1280, height: 800 } } });
    }
  }
}

for (const { tag, browser } of LANGUAGES) {
  widgetTest(`article, ${tag}: at 360 x 640 the compact view's first screen shows tier, limit, most-you-can-deposit and amount to target`, async ({ page }) => {
    await withPurchasesAndPlan(page, 'help-center.html', tag);
    const bottoms = await answerBottoms(page, 0);
    const screen = page.viewportSize().height;
    for (const [id, bottom] of Object.entries(bottoms)) {
      assert.ok(bottom > 0 && bottom <= screen, `${id} ends ${bottom} px below the top of the compact view, past the ${screen} px screen`);
    }
  }, { context: { locale: browser, viewport: { width: 360, height: 640 } } });
}

for (const { name, file } of PAGES) {
  widgetTest(`${name}: every control is at least 44 x 44 px with a touch pointer`, async ({ page }) => {
    await withPurchasesAndPlan(page, file, 'en');
    assert.equal(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), true, 'the touch emulation gives a coarse pointer');
    const faults = [];
    for (const width of [280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await setFolds(page, true);
      faults.push(...(await layoutFaults(page, { minTarget: 44 })).map((f) => `${width} px: ${f}`));
    }
    assert.deepEqual(faults, []);
  }, { context: { hasTouch: true, isMobile: true, viewport: { width: 360, height: 800 } } });

  widgetTest(`${name}: html { font-size: 62.5% } and * { box-sizing: content-box } on the host change no size in the widget`, async ({ page }) => {
    await withPurchasesAndPlan(page, file, 'en');
    await setFolds(page, true);
    // The host's column is the host's to size: pin it, so only the widget's own sizes can move.
    await page.addStyleTag({ content: '#tierup-root, [data-tierup] { width: 300px; max-width: none; }' });
    const before = await computedSizes(page);
    const hostile = await page.addStyleTag({ content: 'html { font-size: 62.5% } * { box-sizing: content-box }' });
    assert.equal(await hostile.evaluate(() => getComputedStyle(document.documentElement).fontSize), '10px', 'the host sheet applies');
    assert.deepEqual(await computedSizes(page), before);
  }, { context: { viewport: { width: 1280, height: 800 } } });
}

widgetTest('the embedded views keep their folds closed and the standalone page opens them', async ({ page }) => {
  await withPurchasesAndPlan(page, 'help-center.html', 'en');
  assert.deepEqual(await foldsOpen(page, 1), {
    'earlier-purchases': false, 'calculator-section': false, 'opening-section': false, 'transfer-section': false,
  });
  await openWidget(page);
  await byTestId(page, 'import-file').waitFor({ state: 'attached' });
  // Alone on its page, the full view's calculator is no fold at all.
  assert.deepEqual(await foldsOpen(page, 0), { 'earlier-purchases': true, 'opening-section': true, 'transfer-section': true });
});

widgetTest('the demo article shows the calculator and the ladder once, in the compact view by the question', async ({ page }) => {
  await withPurchasesAndPlan(page, 'help-center.html', 'en');
  const shown = (testid) => page.evaluate((testid) => {
    const shown = [];
    document.querySelectorAll('[data-tierup]').forEach((host, i) => {
      for (const el of host.shadowRoot.querySelectorAll(`[data-testid="${testid}"]`)) if (el.checkVisibility()) shown.push(i);
    });
    return shown;
  }, testid);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    assert.deepEqual(await shown(width < 600 ? 'ladder-steps' : 'ladder'), [0], `${width} px`);
    assert.deepEqual(await shown('target-tier'), [0], `${width} px`);
  }
});

widgetTest('an error inside a closed fold opens it', async ({ page }) => {
  await withPurchasesAndPlan(page, 'help-center.html', 'en');
  // A file the widget refuses, picked while the fold is closed (a file input takes files unseen).
  await byTestId(page, 'import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await byTestId(page, 'import-error').waitFor({ state: 'visible' });
  assert.equal((await foldsOpen(page, 1))['transfer-section'], true);
});
