// Every entry point runs under the strict Content-Security-Policy the help center uses, with
// no violation: no inline script or style, no eval, only this origin.
import assert from 'node:assert/strict';

import { FIXTURES_DIR, addPurchase, byTestId, expectCount, openWidget, seeTier, widgetTest } from './harness.mjs';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data:; object-src 'none'; base-uri 'self'";
const underCsp = { serve: { fixtures: FIXTURES_DIR, headers: { 'Content-Security-Policy': CSP } } };

/** Records every CSP violation of every frame in `window.__violations`. */
async function recordViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    }, true);
  });
}

const violations = async (page) =>
  (await Promise.all(page.frames().map((f) => f.evaluate(() => window.__violations ?? ['no recorder'])))).flat();

widgetTest('the CSP test can see a violation (an inline script on a canary page)', async ({ page, context, baseUrl }) => {
  await recordViolations(context);
  await page.goto(new URL('/fixtures/csp-canary.html', baseUrl).href);
  await page.waitForFunction(() => window.__violations.length > 0);
  assert.equal(await page.evaluate(() => window.inlineRan), undefined);
}, { ...underCsp, allowConsoleError: /Content Security Policy/ });

widgetTest('the standalone page runs under the strict CSP with no violation', async ({ page, context }) => {
  await recordViolations(context);
  await openWidget(page);
  await addPurchase(page, '15');
  await seeTier(page, 'Tier 1');
  await addPurchase(page, '150'); // An error message and aria-invalid styling render too.
  await byTestId(page, 'deposit-error').waitFor({ state: 'visible' });
  assert.deepEqual(await violations(page), []);
}, underCsp);

widgetTest('the demo article with two embedded instances runs under the strict CSP', async ({ page, context }) => {
  await recordViolations(context);
  await openWidget(page, 'help-center.html');
  await expectCount(page, 'tierup', 2);
  await addPurchase(page, '40');
  await seeTier(page, 'Tier 2');
  assert.deepEqual(await violations(page), []);
}, underCsp);

widgetTest('the standalone page inside an iframe runs under the strict CSP', async ({ page, context, baseUrl }) => {
  await recordViolations(context);
  await page.goto(new URL('/fixtures/iframe.html', baseUrl).href);
  const frame = page.frameLocator('iframe');
  await frame.getByTestId('amount-input').fill('5');
  await frame.getByTestId('add-purchase').click();
  await frame.getByTestId('current-tier').filter({ hasText: 'Tier 1' }).waitFor();
  assert.equal(page.frames().length, 2);
  assert.deepEqual(await violations(page), []);
}, underCsp);
