// Start-up's "Loading": said while start-up waits (for a language pack, or between the tasks that
// read a large ledger), never drawn when nothing makes it wait.
import assert from 'node:assert/strict';

import {
  addPurchase, byTestId, click, expectCount, expectText, fillInput, openWidget, putEntries, reloadWidget, rowWith,
  seeTier, seededEntries, widgetTest, widgetUrl,
} from './harness.mjs';
import { CATALOGS } from './languages.mjs';

/**
 * Records in `window.loadingSaid` each "Loading" placeholder put into a widget's shadow root, as
 * it arrives (mutation records come after the script that inserted it, before anything else runs).
 */
const watchLoading = (page) => page.addInitScript(() => {
  window.loadingSaid = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        if (node.dataset?.testid === 'tierup-loading') window.loadingSaid.push({ lang: node.lang, text: node.textContent });
      }
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
});

const loadingSaid = (page) => page.evaluate(() => window.loadingSaid);

/**
 * Opens the widget with the page's clock standing still (2026-11-25, noon UTC), until the first
 * render is there, moving the clock `step` ms at a time (a frozen clock fires no timer).
 */
async function openWithClockStill(page, step) {
  await page.clock.install({ time: new Date('2026-11-25T12:00:00Z') });
  await page.clock.pauseAt(new Date('2026-11-25T12:00:00Z'));
  await page.goto(widgetUrl(page));
  await runClockUntil(page, () => page.getByTestId('current-tier').isVisible(), step);
}

/** Moves the page's stopped clock on `step` ms at a time until `seen()` resolves true. */
async function runClockUntil(page, seen, step) {
  while (!(await seen())) await page.clock.runFor(step);
}

/** Until every section has come (the transfer section is the last), a painted frame at a time. */
const runUntilAllShown = (page) => runClockUntil(page, async () => (await page.getByTestId('transfer-section').count()) > 0, 16);

// The page's clock stands still, so start-up's 10 ms budget cannot run out however busy the
// machine: with nothing stored and nothing to fetch, nothing makes start-up wait, and "Loading"
// must never be drawn. A frozen clock fires no timer either: the test moves it on, a frame at a
// time, until the status is there (the first render comes in a task of its own).
widgetTest('with nothing to wait for, the widget comes with no "Loading" drawn first', async ({ page }) => {
  await watchLoading(page);
  await openWithClockStill(page, 16);
  await seeTier(page, 'No tier yet');
  assert.deepEqual(await loadingSaid(page), []);
}, { context: { locale: 'en-US' } });

widgetTest('a French reader is told "Loading" in French while the French pack comes', async ({ page }) => {
  await watchLoading(page);
  await openWidget(page);
  await expectText(page, 'current-tier', CATALOGS.fr.NoTierYet, { exact: true });
  assert.deepEqual(await loadingSaid(page), [{ lang: 'fr', text: 'Chargement de tierup…' }]);
}, { context: { locale: 'fr-FR' } });

widgetTest('with 10,000 purchases stored, "Loading" is said while they are read, then the widget replaces it', async ({ page }) => {
  await openWidget(page);
  await putEntries(page, seededEntries(10_000));
  await watchLoading(page);
  await reloadWidget(page);
  await expectText(page, 'cumulative-total', '$10,400.00', { exact: true });
  assert.deepEqual(await loadingSaid(page), [{ lang: 'en', text: 'Loading tierup…' }]);
  assert.equal(await page.getByTestId('tierup-loading').count(), 0);
}, { context: { locale: 'en-US' } });

// Storage is read whole in one step. With many entries that step is long, so it must not share
// the wasm's first task with everything before it: it gets a task of its own, and "Loading" is
// said first. How much is stored decides, not the clock: here the page's clock stands still, so
// start-up's 10 ms budget cannot run out, and before this rule nothing would have been said.
widgetTest('with 10,000 purchases stored, reading them starts a task of its own, "Loading" said first, even with the clock still', async ({ page }) => {
  await openWidget(page);
  await putEntries(page, seededEntries(10_000));
  await watchLoading(page);
  await openWithClockStill(page, 16);
  assert.deepEqual(await loadingSaid(page), [{ lang: 'en', text: 'Loading tierup…' }]);
  await expectText(page, 'cumulative-total', '$10,400.00', { exact: true });
}, { context: { locale: 'en-US' } });

// Start-up pauses with `scheduler.yield()` where the browser has it (Chromium) and with timeouts
// where it has not (Safari, older Firefox): there, the widget must start and work the same.
widgetTest('in a browser without scheduler.yield, start-up pauses with timeouts and the widget works', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(globalThis, 'scheduler', { value: undefined }));
  await openWidget(page);
  assert.equal(await page.evaluate(() => typeof globalThis.scheduler), 'undefined', 'the page has no scheduler');
  await addPurchase(page, '40');
  await seeTier(page, 'Tier 2');
}, { context: { locale: 'en-US' } });

// The browser's first date field is its costliest control to make and lay out, and it held up
// the first paint of the whole widget: the first render has a text field holding today's date
// in the same box, and the date field comes a painted frame later. The page's clock stands
// still, so the test can act between the two; a date typed in between is kept.
widgetTest('the first render has today in a text field; it becomes the date field, keeping a date typed', async ({ page }) => {
  // A millisecond at a time: the next painted frame (16 ms on) would bring the date field.
  await openWithClockStill(page, 1);
  const date = byTestId(page, 'date-input');
  assert.equal(await date.getAttribute('type'), 'text');
  assert.equal(await date.inputValue(), '2026-11-25');
  await date.fill('2026-11-20');

  await runUntilAllShown(page);
  assert.equal(await date.getAttribute('type'), 'date');
  assert.equal(await date.inputValue(), '2026-11-20');
  await fillInput(page, 'amount-input', '5');
  await click(page, 'add-purchase');
  await expectCount(page, 'purchase-row', 1);
  assert.equal(await rowWith(page, '2026-11-20').count(), 1);
}, { context: { locale: 'en-US' } });

// The rest of the widget comes a painted frame at a time, below what is shown or into space
// kept for it (the picker's), and the date field takes the text field's box: nothing in the
// first render moves. At 360 and 1280 px, the page's clock paused between the stages.
for (const width of [360, 1280]) {
  widgetTest(`at ${width} px nothing in the first render moves when the rest of the widget comes`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openWithClockStill(page, 1);
    const shown = ['current-tier', 'next-tier-needed', 'amount-input', 'date-input', 'add-purchase'];
    const boxes = () => Promise.all(shown.map((id) => byTestId(page, id).boundingBox()));
    const first = await boxes();
    await runUntilAllShown(page);
    assert.equal(await byTestId(page, 'date-input').getAttribute('type'), 'date');
    const last = await boxes();
    shown.forEach((id, i) => {
      for (const side of ['x', 'y', 'width', 'height']) {
        assert.ok(Math.abs(first[i][side] - last[i][side]) < 0.5, `${id} ${side}: ${first[i][side]} -> ${last[i][side]}`);
      }
    });
  }, { context: { locale: 'en-US' } });
}
