// Language packs: English is in the wasm, every other language is a pack the widget fetches
// for the readers who need it. An English reader fetches none; a French reader fetches the French
// pack only, once; a pack that cannot be had, or one from another build, leaves the widget
// working in English and saying so.
import assert from 'node:assert/strict';

import {
  addPurchase, byTestId, expectText, openWidget, seeTier, storedPurchases, waitForStoredAmounts, widgetTest,
} from './harness.mjs';
import { CATALOGS } from './languages.mjs';

const PACKS = /\/i18n\/[^/]+\.txt$/;

/** Every language-pack request the page makes, by file name. */
function watchPacks(page) {
  const asked = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (PACKS.test(pathname)) asked.push(pathname.split('/').pop());
  });
  return asked;
}

widgetTest('an English reader fetches no language pack', async ({ page }) => {
  const asked = watchPacks(page);
  await openWidget(page);
  await seeTier(page, 'No tier yet');
  await addPurchase(page, '40');
  await seeTier(page, 'Tier 2');
  assert.deepEqual(asked, []);
}, { context: { locale: 'en-US' } });

widgetTest('a French reader fetches the French pack once, and picking languages fetches each once', async ({ page }) => {
  const asked = watchPacks(page);
  await openWidget(page);
  await expectText(page, 'current-tier', CATALOGS.fr.NoTierYet, { exact: true });
  assert.deepEqual(asked.map((f) => f.split('-')[0]), ['fr']);
  const picker = byTestId(page, 'language-picker');
  for (const tag of ['de', 'en', 'fr', 'de']) {
    await picker.selectOption(tag);
    await expectText(page, 'current-tier', CATALOGS[tag].NoTierYet, { exact: true });
  }
  assert.deepEqual(asked.map((f) => f.replace(/-[0-9a-f]{16}\.txt$/, '')), ['fr', 'de']);
}, { context: { locale: 'fr-FR' } });

for (const [fault, answer] of [
  ['cannot be fetched', (route) => route.abort('connectionrefused')],
  ['is missing on the server', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' })],
  ['is another build\'s', async (route) => {
    const real = await route.fetch();
    const text = (await real.text()).replace(/^(tierup-messages 1 fr \d+ )[0-9a-f]{8}/, '$100000000');
    await route.fulfill({ response: real, body: text });
  }],
]) {
  widgetTest(`a pack that ${fault} leaves the widget in English, saying so, and working`, async ({ page }) => {
    await page.route(PACKS, answer);
    await openWidget(page);
    await expectText(page, 'language-notice', 'The texts in Français could not be loaded, so tierup is shown in English.', { exact: true });
    assert.equal(await byTestId(page, 'tierup').getAttribute('lang'), 'en');
    await seeTier(page, 'No tier yet');
    await addPurchase(page, '40');
    await seeTier(page, 'Tier 2');
    await waitForStoredAmounts(page, ['40.00']);
    assert.deepEqual((await storedPurchases(page)).map((p) => p.amount), ['40.00']);
  }, { context: { locale: 'fr-FR' }, allowConsoleError: /Failed to load resource|ERR_CONNECTION_REFUSED|404/ });
}
