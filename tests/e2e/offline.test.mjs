// Offline: the standalone page's service worker precaches the release build, so after one
// online visit the page reloads and works with the server stopped.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import {
  DIST_DIR, addPurchase, expectCount, openWidget, reloadWidget, seeTier, stopServer, waitForStoredAmounts, widgetTest,
} from './harness.mjs';

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);
const tierupCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('tierup-')));

widgetTest('after one online visit the page reloads offline with the stored ledger and takes purchases', async ({ page, server }) => {
  await openWidget(page);
  await controlled(page);
  await addPurchase(page, '15');
  await waitForStoredAmounts(page, ['15.00']);

  await stopServer(server);
  await reloadWidget(page);
  await seeTier(page, 'Tier 1');
  await expectCount(page, 'purchase-row', 1);

  await addPurchase(page, '25');
  await seeTier(page, 'Tier 2');
  await waitForStoredAmounts(page, ['15.00', '25.00']);
  await reloadWidget(page);
  await seeTier(page, 'Tier 2');
  await expectCount(page, 'purchase-row', 2);
}, { serve: {}, allowConsoleError: /Failed to load resource|ERR_CONNECTION_REFUSED/ });

// Installing the worker fetches the whole build again: not while the widget starts (sw-register.js).
widgetTest('the service worker is registered only after the widget is interactive', async ({ page }) => {
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      window.tierupMarkAtRegister = performance.getEntriesByName('tierup:interactive').length > 0;
      return register.apply(this, args);
    };
  });
  await openWidget(page);
  await controlled(page);
  assert.equal(await page.evaluate(() => window.tierupMarkAtRegister), true, 'registered before the tierup:interactive mark');
});

// A copy of dist/ whose sw.js can be changed, as a new release would change it.
const copy = mkdtempSync(path.join(tmpdir(), 'tierup-sw-'));
cpSync(DIST_DIR, copy, { recursive: true });

widgetTest('pages come from the network first, and a new worker version drops the old cache', async ({ page }) => {
  await openWidget(page);
  await controlled(page);
  const [first] = await tierupCaches(page);
  assert.match(first, /^tierup-[0-9a-f]{16}$/);

  // While online, a changed page on the server wins over the precached copy.
  const index = path.join(copy, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace(/<title>[^<]*<\/title>/, '<title>tierup release 2</title>'));
  await reloadWidget(page);
  assert.equal(await page.title(), 'tierup release 2');

  const sw = path.join(copy, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(first.slice('tierup-'.length), 'feedfacefeedface'));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForFunction(async () => {
    const keys = (await caches.keys()).filter((k) => k.startsWith('tierup-'));
    return keys.length === 1 && keys[0] === 'tierup-feedfacefeedface';
  }, null, { polling: 100 });
}, { serve: { root: copy } });

test('the precache list and tierup-assets.json name every file of the build, by its hashed name', () => {
  const files = readdirSync(DIST_DIR, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => path.relative(DIST_DIR, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => !f.startsWith('.') && f !== 'sw.js');
  const sw = readFileSync(path.join(DIST_DIR, 'sw.js'), 'utf8');
  const listed = JSON.parse(sw.match(/\[("\.\/",[^\]]*)\]/)[0]);
  assert.deepEqual(listed.slice(1).sort(), files.sort());
  const assets = JSON.parse(readFileSync(path.join(DIST_DIR, 'tierup-assets.json'), 'utf8'));
  for (const f of assets.files) assert.ok(files.includes(f), `${f} is in dist/`);
  assert.ok(assets.files.some((f) => /^tierup-[0-9a-f]+_bg\.wasm$/.test(f)));
  assert.ok(assets.files.includes('tierup-embed.js'));
  // An embedded tierup offline needs the language packs too (all of them: a reader may pick any).
  const packs = files.filter((f) => /^i18n\/[a-zA-Z-]+-[0-9a-f]{16}\.txt$/.test(f));
  assert.equal(packs.length, 11);
  for (const pack of packs) assert.ok(assets.files.includes(pack), `${pack} is in tierup-assets.json`);
  rmSync(copy, { recursive: true, force: true });
});

widgetTest('the web app manifest makes the page installable: name, start URL, and icons that load', async ({ page }) => {
  await openWidget(page);
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel=manifest]').href;
    const m = await (await fetch(href)).json();
    const icons = await Promise.all(m.icons.map(async (icon) => {
      const img = new Image();
      img.src = new URL(icon.src, href).href;
      await img.decode();
      return { sizes: icon.sizes, loaded: `${img.naturalWidth}x${img.naturalHeight}` };
    }));
    return { name: m.name, start: m.start_url, display: m.display, icons };
  });
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start, './');
  assert.ok(manifest.name.includes('tierup'));
  assert.deepEqual(manifest.icons, [{ sizes: '192x192', loaded: '192x192' }, { sizes: '512x512', loaded: '512x512' }]);
});
