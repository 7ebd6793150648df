// Languages. For each of the 12 languages tierup speaks, on the standalone page and in the demo
// article: the widget's visible text is in that language (no English word left outside proper
// names), amounts are written as the browser writes US dollars for it, its decimal input is
// accepted and stored canonically while a malformed one is refused in that language with nothing
// stored, and axe finds no WCAG 2.1 AA violation in light and dark. Also the order a language is
// chosen in: data-locale, then the host page's <html lang>, then the browser's languages, then
// English; the standalone page's picker switches everything at once and is remembered.
// Saves a full-page screenshot of the standalone page per language, light and dark, under
// test-artifacts/screenshots/ (for people to look at; not an assertion).
//
// Expected words come from the catalogs (src/i18n/<lang>.rs, tier names and titles from
// static/schedule.default.json, read by languages.mjs); expected amounts are pinned literals, as
// Chromium writes them.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { exercise, violations } from './axe.mjs';
import {
  ARTIFACTS_DIR, FIXTURES_DIR, TIMEOUT_MS, addPurchase, byTestId, chooseTarget, download, expectCount, expectText,
  expectVisible, fillInput, importFile, openWidget, reloadWidget, seeTier, setOpeningTotal, showSpaces, storageEntries,
  storedLedger, waitForStoredAmounts, widgetSuite, widgetTest,
} from './harness.mjs';
import { CATALOGS, LOCALE, LOCALES, SCHEDULE, fill, say, scheduleTitle, tierName } from './languages.mjs';

const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'screenshots');
const withFixtures = { serve: { fixtures: FIXTURES_DIR } };

// ---------------------------------------------------------------------------
// English left over: every word of the English catalog (3 letters or more, plus a few short
// words that only English has), found in a non-English widget.

/**
 * Proper names and codes that stay as they are in every language (and data-* attributes); the
 * picker names each language in itself, "English" included.
 */
const NAMES = [/\bEnglish\b/g, /\bConsole\b/g, /\bdata-[a-z-]+(="[^"]*")?/g, /tierup/gi, /Claude/g, /\bAPI\b/g, /\bJSON\b/g, /\bCSV\b/g, /\bUSD\b/g, /US\$/g, /\$US/g, /YYYY-MM-DD/g, /\bURL\b/g];
const SHORT_ENGLISH = ['of', 'to', 'is', 'at', 'by', 'up', 'be', 'it', 'if', 'mo', 'on'];

const wordsOf = (text) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
const withoutNames = (text) => NAMES.reduce((t, re) => t.replace(re, ' '), text);

const ENGLISH = new Set(Object.values(CATALOGS.en).flatMap((message) => wordsOf(withoutNames(message
  .replace(/\{\d\}/g, ' ')
  .replace(/"[^"]*"(: true)?/g, ' '))) // quoted values such as "full", "by_arrangement": true
  .filter((w) => w.length >= 3 || SHORT_ENGLISH.includes(w))));

/**
 * Words spelt as in English that are the language's own (reviewed in each catalog): French
 * "date", "total", "plan", German "Limit", "Browser", Italian "all'", "data", and so on.
 */
const SAME_IN = {
  fr: ['possible', 'date', 'total', 'plan', 'cents', 'points', 'point', 'dollars', 'future', 'version', 'page'],
  de: ['server', 'browser', 'limit', 'was', 'plan', 'version', 'text'],
  id: ['server', 'file', 'browser', 'total', 'deposit', 'valid', 'data'],
  it: ['all', 'server', 'file', 'browser', 'data', 'zero'],
  'pt-BR': ['total', 'data', 'use', 'zero'],
  es: ['total', 'has', 'plan'],
};

/** The English words in `text` that a widget in `tag` should not show, each with where it is. */
function englishIn(text, tag) {
  const allowed = new Set(SAME_IN[tag] ?? []);
  const clean = withoutNames(text);
  const found = new Map();
  for (const m of clean.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (!ENGLISH.has(word) || allowed.has(word) || found.has(word)) continue;
    found.set(word, `${word} in "…${clean.slice(Math.max(0, m.index - 30), m.index + word.length + 30).replace(/\s+/g, ' ')}…"`);
  }
  return [...found.values()];
}

/**
 * Everything of each widget instance a reader sees or hears: the section's rendered text, the
 * accessible names, titles and placeholders, the tier options, and the ladder's title, desc and
 * labels (SVG).
 */
function widgetTexts(page) {
  return page.evaluate(() => {
    const deepAll = (root, sel) => [...root.querySelectorAll(sel)].concat(
      ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => deepAll(e.shadowRoot, sel)));
    return deepAll(document, '[data-testid="tierup"]').map((section) => {
      const parts = [section.innerText];
      for (const el of section.querySelectorAll('*')) {
        for (const attr of ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt']) {
          if (el.hasAttribute(attr)) parts.push(el.getAttribute(attr));
        }
        // Each language is named in itself in the picker: "English" is a name there.
        if (el.localName === 'option' && !el.closest('[data-testid="language-picker"]')) parts.push(el.textContent);
      }
      for (const svg of section.querySelectorAll('svg')) parts.push(svg.textContent);
      return parts.join('\n');
    });
  });
}

/** Asserts that no widget instance on the page shows English words (for a non-English `tag`). */
async function expectNoEnglish(page, tag) {
  if (tag === 'en') return;
  const instances = await widgetTexts(page);
  assert.ok(instances.length > 0, 'no widget instance on the page');
  instances.forEach((text, i) => {
    const left = englishIn(text, tag);
    assert.deepEqual(left, [], `instance #${i} in ${tag} still shows English:\n${left.join('\n')}\n--- its text:\n${text}`);
  });
}

// ---------------------------------------------------------------------------
// Which language an instance speaks.

const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Messages every instance shows, a full one shows too, and the standalone page's picker label. */
const ANCHORS = ['HowMuchMore', 'TargetTier', 'PurchasedSoFar', 'MonthlyLimit', 'MostDepositNow', 'LadderTitle'];
const FULL_ANCHORS = ['AddPurchase', 'AmountLabel', 'PurchasesHeading', 'OpeningHeading', 'TransferHeading', 'ExportJson'];

/**
 * Waits until instance #`index` has lang="<tag>" and shows messages of that language's catalog,
 * with the schedule title in it: the test fails if another language was picked.
 */
async function expectLanguage(page, tag, { index = 0, full = true, picker = false } = {}) {
  const keys = [...ANCHORS, ...(full ? FULL_ANCHORS : []), ...(picker ? ['LanguageLabel'] : [])];
  const anchors = [...keys.map((k) => CATALOGS[tag][k]), say(tag, 'AsOf', scheduleTitle(tag), SCHEDULE.as_of)].map(norm);
  try {
    await page.waitForFunction(({ index, tag, anchors }) => {
      const deepAll = (root, sel) => [...root.querySelectorAll(sel)].concat(
        ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => deepAll(e.shadowRoot, sel)));
      const section = deepAll(document, '[data-testid="tierup"]')[index];
      if (!section || section.lang !== tag) return false;
      // An embedded view keeps its folds closed: open each (as a reader would) so its words count.
      for (const fold of section.querySelectorAll('details:not([open])')) fold.open = true;
      const text = [section.innerText, ...[...section.querySelectorAll('svg title')].map((t) => t.textContent)]
        .join('\n').replace(/\s+/g, ' ').toLowerCase();
      return anchors.every((a) => text.includes(a));
    }, { index, tag, anchors }, { timeout: TIMEOUT_MS });
  } catch {
    const seen = await page.evaluate((index) => {
      const deepAll = (root, sel) => [...root.querySelectorAll(sel)].concat(
        ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => deepAll(e.shadowRoot, sel)));
      const section = deepAll(document, '[data-testid="tierup"]')[index];
      return section ? { lang: section.lang, text: section.innerText } : null;
    }, index);
    const missing = seen ? anchors.filter((a) => !norm(seen.text).includes(a)) : anchors;
    assert.fail(`expected widget #${index} in ${tag}; it has lang=${JSON.stringify(seen?.lang)} and lacks ` +
      `${JSON.stringify(missing)}\n--- its text:\n${seen?.text}`);
  }
}

const htmlLang = (page) => page.evaluate(() => document.documentElement.getAttribute('lang'));
const storedLocale = (page) => page.evaluate(() => localStorage.getItem('tierup.locale'));

/** Switches the page to the dark colour scheme and waits until the page sees it. */
async function goDark(page) {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => matchMedia('(prefers-color-scheme: dark)').matches);
}

/** expectText options: the whole text, no-break spaces where they are. */
const EXACTLY = { exact: true, exactSpaces: true };

const screenshot = (page, file) => page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true });

mkdirSync(SCREENSHOTS, { recursive: true });

// ---------------------------------------------------------------------------
// Each language on the standalone page, chosen by the browser's language: words, amounts,
// input, refusal, axe in light and dark, screenshots.

for (const { tag, browser, typed, malformed, refusal: [refusalKey, example], money } of LOCALES) {
  widgetTest(`${tag}: the standalone page speaks it, formats amounts for it, reads its input, passes axe`, async ({ page, downloads }) => {
    await openWidget(page);
    await expectLanguage(page, tag, { picker: true });
    assert.equal(await htmlLang(page), tag, 'the standalone page’s <html lang> follows the widget');
    assert.equal(await byTestId(page, 'language-picker').inputValue(), tag);

    // $5, then the locale's own way of writing 40.50: stored as 40.50.
    await addPurchase(page, '5');
    await seeTier(page, tierName(tag, 'tier-1'));
    await addPurchase(page, typed);
    await seeTier(page, tierName(tag, 'tier-2'));
    await waitForStoredAmounts(page, ['5.00', '40.50']);

    // Export, and import the same file back: nothing new, said in this language.
    const exported = await download(page, 'export-json', downloads);
    assert.deepEqual(JSON.parse(exported.text).purchases.map((p) => p.amount), ['5.00', '40.50']);
    await importFile(page, exported.text);
    await expectText(page, 'import-result', say(tag, 'NothingNew'), EXACTLY);

    // The $5 deleted (the undo bar shows), and a file from a newer tierup refused.
    await byTestId(page, 'purchase-row').filter({ hasNotText: money.total }).getByTestId('delete-purchase').click();
    await expectVisible(page, 'undo');
    await waitForStoredAmounts(page, ['40.50']);
    await importFile(page, JSON.stringify({ format: 'tierup-ledger', version: 2, opening_total: '0.00', purchases: [] }));
    await expectText(page, 'import-error', say(tag, 'NothingImported', say(tag, 'FileNewer', '2')), EXACTLY);
    // What is wrong with a file's JSON is said in this language too, naming the field.
    const numeric = { id: 'a', amount: 5, date: '2026-11-25' };
    await importFile(page, JSON.stringify({ format: 'tierup-ledger', version: 1, opening_total: '0.00', purchases: [numeric] }));
    await expectText(page, 'import-error',
      say(tag, 'NothingImported', say(tag, 'FileEntryWithId', '1', 'a', say(tag, 'JsonWantText', 'amount'))), EXACTLY);
    await importFile(page, '{"format": "tierup-ledger",\n oops}');
    await expectText(page, 'import-error',
      say(tag, 'NothingImported', say(tag, 'FileNotLedger', say(tag, 'JsonSyntax', '2', '2'))), EXACTLY);

    // Amounts as the browser writes US dollars in this language.
    await expectText(page, 'cumulative-total', money.total, EXACTLY);
    await expectText(page, 'monthly-limit', money.limit, EXACTLY);
    await expectText(page, 'max-deposit', money.limit, EXACTLY);
    await expectText(page, 'next-tier-needed', say(tag, 'MoreToReach', money.next, tierName(tag, 'tier-3')), EXACTLY);
    await expectText(page, 'purchase-row', money.total, { exactSpaces: true });

    // A malformed amount: refused in this language, nothing stored.
    const before = await storageEntries(page);
    await addPurchase(page, malformed);
    await expectVisible(page, 'deposit-error');
    const expected = say(tag, refusalKey, example);
    await expectText(page, 'deposit-error', expected, EXACTLY);
    if (tag !== 'en') assert.notEqual(expected, fill(CATALOGS.en[refusalKey], [example]), 'the catalog has English here');
    assert.deepEqual(await storageEntries(page), before, `${JSON.stringify(malformed)} was refused but storage changed`);
    await expectCount(page, 'purchase-row', 1);

    // A plan and a what-if, in words and amounts of this language.
    await chooseTarget(page, 'tier-4');
    await expectText(page, 'amount-needed', say(tag, 'MoreNeeded', money.needed), EXACTLY);
    await expectCount(page, 'plan-step', 1);
    await expectText(page, 'plan-step', say(tag, 'StepToday', money.needed, tierName(tag, 'tier-4')), EXACTLY);
    await fillInput(page, 'what-if-input', '200');
    await expectText(page, 'what-if-result',
      say(tag, 'WhatIfResult', money.whatIf, tierName(tag, 'tier-3'), money.after), EXACTLY);

    // Everything shown at once (row, undo bar, two errors, plan, ladder, what-if): no English.
    await expectVisible(page, 'deposit-error');
    await expectVisible(page, 'import-error');
    await expectVisible(page, 'undo');
    await expectNoEnglish(page, tag);

    assert.deepEqual(await violations(page), [], `axe, ${tag}, light`);
    await screenshot(page, `${tag}-light.png`);
    await goDark(page);
    assert.deepEqual(await violations(page), [], `axe, ${tag}, dark`);
    await screenshot(page, `${tag}-dark.png`);
  }, { context: { locale: browser, colorScheme: 'light' } });
}

// ---------------------------------------------------------------------------
// Each language embedded: the demo article as built, with data-locale on both instances.

/** Gives every tierup host of the next page data-locale="<tag>" as the parser adds it, before
 * tierup-embed.js (a module, so run after parsing) reads the attributes. */
const setLocaleOnHosts = (page, tag) => page.addInitScript((tag) => {
  new MutationObserver(() => {
    for (const host of document.querySelectorAll('[data-tierup]:not([data-locale])')) host.dataset.locale = tag;
  }).observe(document, { childList: true, subtree: true });
}, tag);

for (const { tag } of LOCALES) {
  widgetTest(`${tag}: the demo article's two instances speak it and pass axe, light and dark`, async ({ page }) => {
    await setLocaleOnHosts(page, tag);
    await openWidget(page, 'help-center.html');
    await expectCount(page, 'tierup', 2);
    await expectLanguage(page, tag, { index: 0, full: false });
    await expectLanguage(page, tag, { index: 1, full: true });
    assert.equal(await htmlLang(page), 'en', 'an embedded widget leaves the host page’s <html lang> alone');
    await expectCount(page, 'language-picker', 0);

    await exercise(page, { tier1: tierName(tag, 'tier-1') });
    await expectNoEnglish(page, tag);
    assert.deepEqual(await violations(page), [], `axe, ${tag}, light`);
    await goDark(page);
    assert.deepEqual(await violations(page), [], `axe, ${tag}, dark`);
  }, { context: { colorScheme: 'light' } });
}

// ---------------------------------------------------------------------------
// The language picker: every language at once, remembered, above the browser's language.

widgetSuite('the language picker switches every text at once and is remembered over the browser’s language', async ({ page, t }) => {
  await openWidget(page);
  await expectLanguage(page, 'ru', { picker: true });
  await addPurchase(page, '40,50');
  await waitForStoredAmounts(page, ['40.50']);

  const picks = LOCALES.filter((l) => l.tag !== 'ru');
  for (const { tag, money } of picks) {
    await t.test(`${tag}: picked`, async () => {
      await byTestId(page, 'language-picker').selectOption(tag);
      await expectLanguage(page, tag, { picker: true });
      assert.equal(await htmlLang(page), tag);
      await expectText(page, 'cumulative-total', money.total, EXACTLY);
      await expectText(page, 'current-tier', tierName(tag, 'tier-2'), { exact: true });
      await expectNoEnglish(page, tag);
      assert.equal(await storedLocale(page), tag, 'the pick is kept in localStorage tierup.locale');
    });
  }

  const last = picks.at(-1);
  await t.test(`after a reload the pick (${last.tag}) still wins over the browser’s ru`, async () => {
    await reloadWidget(page);
    await expectLanguage(page, last.tag, { picker: true });
    assert.equal(await htmlLang(page), last.tag);
    assert.equal(await byTestId(page, 'language-picker').inputValue(), last.tag);
    await expectText(page, 'cumulative-total', last.money.total, EXACTLY);
  });

  await t.test('the pick is the standalone page’s own: the demo article on the same origin keeps its <html lang="en">', async () => {
    await openWidget(page, 'help-center.html');
    await expectCount(page, 'tierup', 2);
    await expectLanguage(page, 'en', { index: 0, full: false });
    await expectLanguage(page, 'en', { index: 1 });
    assert.equal(await storedLocale(page), last.tag, 'the pick is still remembered');
  });
}, { context: { locale: 'ru-RU' } });

widgetTest('the language picker works with the keyboard', async ({ page }) => {
  await openWidget(page);
  await expectLanguage(page, 'en', { picker: true });
  await byTestId(page, 'language-picker').focus();
  await page.keyboard.press('ArrowDown'); // the option after English: Français
  await expectLanguage(page, 'fr', { picker: true });
  const focused = await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('data-testid');
  });
  assert.equal(focused, 'language-picker', 'focus stays on the picker when the language changes');
}, { context: { locale: 'en-US' } });

// ---------------------------------------------------------------------------
// Where the language comes from.

widgetTest('the standalone page has no lang of its own: the browser’s language decides and tierup sets <html lang>', async ({ page, baseUrl }) => {
  const served = await (await page.request.get(baseUrl)).text();
  assert.doesNotMatch(served, /<html[^>]*\slang=/, 'dist/index.html names no language');
  await openWidget(page);
  await expectLanguage(page, 'it', { picker: true });
  assert.equal(await htmlLang(page), 'it');
  assert.equal(await storedLocale(page), null, 'nothing is remembered until the reader picks');
}, { context: { locale: 'it-IT' } });

widgetTest('data-locale wins over the page’s <html lang>, which wins over the browser’s language', async ({ page }) => {
  await openWidget(page, '/fixtures/locale-precedence.html'); // <html lang="fr">, hosts: data-locale="de", none
  await expectCount(page, 'tierup', 2);
  await expectLanguage(page, 'de', { index: 0 });
  await expectLanguage(page, 'fr', { index: 1 });
  assert.equal(await htmlLang(page), 'fr', 'the host page’s lang is left as it was');
  await expectCount(page, 'config-error', 0);
  await expectCount(page, 'language-picker', 0);
}, { ...withFixtures, context: { locale: 'ja-JP' } });

widgetTest('a page without lang takes the browser’s language', async ({ page }) => {
  await openWidget(page, '/fixtures/locale-unset.html');
  await expectLanguage(page, 'ko');
}, { ...withFixtures, context: { locale: 'ko-KR' } });

widgetTest('a page lang tierup does not speak passes on to the browser’s language', async ({ page }) => {
  await openWidget(page, '/fixtures/locale-other-page.html'); // <html lang="nl">
  await expectLanguage(page, 'it');
}, { ...withFixtures, context: { locale: 'it-IT' } });

widgetTest('with no language it speaks, English', async ({ page }) => {
  await openWidget(page, '/fixtures/locale-unset.html');
  await expectLanguage(page, 'en');
}, { ...withFixtures, context: { locale: 'nl-NL' } });

widgetTest('an unknown data-locale falls back to the page’s language and says so in it', async ({ page }) => {
  await openWidget(page, '/fixtures/locale-unknown.html'); // <html lang="es">, data-locale="xx"
  await expectLanguage(page, 'es');
  await expectCount(page, 'config-error', 1);
  await expectText(page, 'config-error', say('es', 'ConfigLocale', 'xx', LOCALE.es.name), EXACTLY);
  await expectNoEnglish(page, 'es');
}, { ...withFixtures, context: { locale: 'de-DE' } });

widgetTest('data-locale takes tags as pages write them: regions, scripts, case', async ({ page }) => {
  await openWidget(page, '/fixtures/locale-variants.html');
  await expectCount(page, 'tierup', 6);
  // de-AT, pt, zh-Hant-HK, zh-SG, EN_gb, " fr-CA ".
  for (const [index, tag] of ['de', 'pt-BR', 'zh-TW', 'zh-CN', 'en', 'fr'].entries()) {
    await expectLanguage(page, tag, { index, full: false });
  }
  await expectCount(page, 'config-error', 0);
}, { ...withFixtures, context: { locale: 'ko-KR' } });

/** Makes every read of window.localStorage throw, as a browser with storage blocked does. */
const blockStorage = () => {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  });
};

widgetSuite('with storage blocked, the picker still switches and the notice is in each language', async ({ page, context, t }) => {
  await context.addInitScript(blockStorage);
  await openWidget(page);
  await expectLanguage(page, 'en', { picker: true });
  for (const { tag } of LOCALES.filter((l) => l.tag !== 'en')) {
    await t.test(tag, async () => {
      await byTestId(page, 'language-picker').selectOption(tag);
      await expectLanguage(page, tag, { picker: true });
      await expectText(page, 'storage-notice', say(tag, 'StorageUnavailable'), EXACTLY);
    });
  }
}, { context: { locale: 'en-US' } });

// ---------------------------------------------------------------------------
// Group separators: each language's own, no-break and narrow no-break spaces included.

const GROUPED = [
  ['fr', '1\u202f000,50'], ['fr', '1\u00a0000,50'], ['fr', '1 000,50'], ['ru', '1\u00a0000,50'], ['ru', '1 000,50'],
  ['de', '1.000,50'], ['es', '1.000,50'], ['pt-BR', '1.000,50'], ['en', '1,000.50'], ['ko', '1,000.50'],
  ['ja', '１，０００．５０'], ['zh-CN', '１，０００．５'], ['zh-TW', '１，０００．５０'],
];

widgetSuite('each language reads its thousands separators', async ({ page, t }) => {
  await openWidget(page);
  await setOpeningTotal(page, '400'); // Tier 4: deposits up to $5,000
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('tierup.meta') ?? '{}').opening_total === '400.00');
  const stored = [];
  for (const [tag, text] of GROUPED) {
    await t.test(`${tag}: ${showSpaces(text)} is 1,000.50 dollars`, async () => {
      if (await byTestId(page, 'language-picker').inputValue() !== tag) {
        await byTestId(page, 'language-picker').selectOption(tag);
        await expectLanguage(page, tag, { picker: true });
      }
      await addPurchase(page, text);
      await waitForStoredAmounts(page, [...stored, '1000.50']);
      stored.push('1000.50');
      await expectCount(page, 'deposit-error', 1);
      assert.equal(await byTestId(page, 'deposit-error').isVisible(), false, 'no refusal shown');
      // The total (four and five digits, grouped or not) exactly as this browser's own Intl
      // writes it: tierup writes amounts from its table, and this checks the table.
      const cents = 40000 + 100050 * stored.length;
      const total = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      const intl = await page.evaluate(([t, v]) => new Intl.NumberFormat(t, { style: 'currency', currency: 'USD' }).format(v), [tag, total]);
      await expectText(page, 'cumulative-total', intl, EXACTLY);
    });
  }
  assert.equal((await storedLedger(page)).opening_total, '400.00');
}, { context: { locale: 'en-US' } });
