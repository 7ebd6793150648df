// Time: "today" is the reader's local day in any time zone, moves on at midnight while the page
// stays open, and the per-calendar-month cap turns over with the local month.
import assert from 'node:assert/strict';

import {
  FIXTURES_DIR, addPurchase, byTestId, expectText, fillInput, openWidget, pageDate, seeTier, setOpeningTotal, storedPurchases,
  waitForStoredAmounts, widgetTest,
} from './harness.mjs';

const ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'];

/** The calendar day of `instant` in `zone`, as YYYY-MM-DD. */
const localDay = (instant, zone) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(instant);
const addDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const dateInput = (page) => byTestId(page, 'date-input').inputValue();

for (const zone of ZONES) {
  // 11:30 UTC is already the 26th in Kiritimati (UTC+14) and still the 25th in Los Angeles.
  const now = new Date('2026-11-25T11:30:00Z');
  const today = localDay(now, zone);

  widgetTest(`in ${zone}, today is the local day ${today}; the next day is the future`, async ({ page }) => {
    await page.clock.install({ time: now });
    await openWidget(page);
    assert.equal(await dateInput(page), today);
    await addPurchase(page, '40');
    await seeTier(page, 'Tier 2');
    assert.deepEqual((await storedPurchases(page)).map((p) => p.date), [today]);
    await addPurchase(page, '5', addDays(today, 1));
    await expectText(page, 'deposit-error', 'in the future');
  }, { context: { timezoneId: zone } });

  // 10:00 UTC on December 1st is December 2nd in Kiritimati: either way, a new local month.
  const december = new Date('2026-12-01T10:00:00Z');
  const day = localDay(december, zone);
  const firstOfMonth = `${day.slice(0, 8)}01`;
  const lastOfPrevious = addDays(firstOfMonth, -1);

  widgetTest(`in ${zone}, a per-calendar-month cap starts afresh on ${firstOfMonth}`, async ({ page, baseUrl }) => {
    await page.clock.install({ time: december });
    await openWidget(page, new URL('/fixtures/schedule-monthly.html', baseUrl).href);
    await addPurchase(page, '100', lastOfPrevious);
    await addPurchase(page, '100', firstOfMonth);
    await waitForStoredAmounts(page, ['100.00', '100.00']);
    await addPurchase(page, '0.01', firstOfMonth);
    await expectText(page, 'deposit-error', 'The most you can deposit now is $0.00');
    await addPurchase(page, '0.01', lastOfPrevious);
    await expectText(page, 'deposit-error', '$100.00');
    assert.equal((await storedPurchases(page)).length, 2);
  }, { context: { timezoneId: zone }, serve: { fixtures: FIXTURES_DIR } });
}

widgetTest('a page left open across midnight moves its date to the new day', async ({ page }) => {
  // 23:59 on the 25th in Los Angeles.
  await page.clock.install({ time: new Date('2026-11-26T07:59:00Z') });
  await openWidget(page);
  assert.equal(await dateInput(page), '2026-11-25');
  await page.clock.runFor(2 * 60_000);
  await page.waitForFunction(() => {
    const host = document.querySelector('#tierup-root');
    return host.shadowRoot.querySelector('[data-testid="date-input"]').value === '2026-11-26';
  });
  await addPurchase(page, '40');
  await seeTier(page, 'Tier 2');
  assert.deepEqual((await storedPurchases(page)).map((p) => p.date), ['2026-11-26']);
}, { context: { timezoneId: 'America/Los_Angeles' } });

widgetTest('a date the reader picked stays picked across midnight', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-26T07:59:00Z') });
  await openWidget(page);
  await byTestId(page, 'date-input').fill('2026-11-20');
  await page.clock.runFor(2 * 60_000);
  // The new day reaches the field's limit: the picked date stays below it.
  await page.waitForFunction(() => {
    const host = document.querySelector('#tierup-root');
    return host.shadowRoot.querySelector('[data-testid="date-input"]').max === '2026-11-26';
  });
  assert.equal(await dateInput(page), '2026-11-20');
}, { context: { timezoneId: 'America/Los_Angeles' } });

// On a slow device the first render outlasts Yew's 16 ms slice and Yew lets the browser paint
// before its effects run: a date filled in by an effect would be seen empty until then.
widgetTest('the date field shows today from the moment it appears, on a slow device too', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  // The field's value when it first enters the widget's shadow root, read by a mutation observer
  // (its records arrive after the script that inserted the field, before anything else runs).
  await page.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      new MutationObserver((records, observer) => {
        const field = root.querySelector('[data-testid="date-input"]');
        if (field) {
          window.firstDateShown = field.value;
          observer.disconnect();
        }
      }).observe(root, { childList: true, subtree: true });
      return root;
    };
  });
  await openWidget(page);
  await page.waitForFunction(() => 'firstDateShown' in window);
  assert.equal(await page.evaluate(() => window.firstDateShown), await pageDate(page));
});

widgetTest('a date picked for a purchase stays picked while the widget changes around it', async ({ page }) => {
  await openWidget(page);
  await fillInput(page, 'amount-input', '40');
  await byTestId(page, 'date-input').fill('2025-01-15');
  // Anything that renders the form again (here, a refused opening total) must not put today back.
  await setOpeningTotal(page, 'lots');
  await expectText(page, 'opening-error', 'digits');
  assert.equal(await dateInput(page), '2025-01-15');
  await byTestId(page, 'add-purchase').click();
  await waitForStoredAmounts(page, ['40.00']);
  assert.deepEqual((await storedPurchases(page)).map((p) => p.date), ['2025-01-15']);
});
