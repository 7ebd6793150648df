// Hostile input through the real UI: every bad amount, date, opening total and import file is
// refused with a message and leaves the ledger byte for byte as it was; text from a file is
// shown as text, never as markup. One page per category; every case is a named subtest and
// fails if the widget accepts its input. (Bad schedule JSON: tests/hostile_schedule.rs.)
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  widgetSuite, openWidget, reloadWidget, addPurchase, setOpeningTotal, expectCount, expectText, expectVisible,
  expectRefused, importFile, byTestId, fillInput, pageDate, storedLedger,
} from './harness.mjs';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';

/** Runs a table of cases as named subtests; each stops on its own failure, the table goes on. */
async function table(t, cases, run) {
  for (const [name, ...args] of cases) {
    await t.test(name, () => run(...args));
  }
}

/** No case may leave a page or console error behind it. */
function noNewProblems(problems, since) {
  assert.deepEqual(problems.slice(since), [], 'the page reported errors');
}

// ---------------------------------------------------------------------------
// Amounts typed into the deposit form (dated today, the default)

const BAD_AMOUNTS = [
  ['empty', ''],
  ['spaces only', '    '],
  ['a tab only', '\t'],
  ['letters', 'abc'],
  ['a number in words', 'forty'],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
  ['-Infinity', '-Infinity'],
  ['exponent 1e3', '1e3'],
  ['exponent 4E1', '4E1'],
  ['hex 0x10', '0x10'],
  ['binary 0b101', '0b101'],
  ['negative -5', '-5'],
  ['negative -0.01', '-0.01'],
  ['a plus sign +40', '+40'],
  ['zero 0', '0'],
  ['zero 0.00', '0.00'],
  ['negative zero -0', '-0'],
  ['zero grouped 0,000', '0,000'],
  ['a tenth of a cent 0.001', '0.001'],
  ['three decimals 40.001', '40.001'],
  ['bad grouping 1,00', '1,00'],
  ['bad grouping 1,0000', '1,0000'],
  ['leading comma ,100', ',100'],
  ['double comma 1,,000', '1,,000'],
  ['trailing comma 40,', '40,'],
  ['two points 40.5.5', '40.5.5'],
  ['a point only', '.'],
  ['a dollar sign only', '$'],
  ['two dollar signs $$40', '$$40'],
  ['a trailing dollar sign 40$', '40$'],
  ['a euro sign €40', '€40'],
  ['a currency code 40 USD', '40 USD'],
  ['a space inside 4 0', '4 0'],
  ['an underscore 1_000', '1_000'],
  ["a Swiss apostrophe 1'000", "1'000"],
  // Full-width digits are read in every language (an input method types them); this comma is not.
  ['fullwidth digits with a comma ４０，５', '４０，５'],
  ['Arabic-Indic digits ٤٠', '٤٠'],
  ['a 400-digit number', '9'.repeat(400)],
  ['13 digits 9999999999999.99', '9999999999999.99'],
  ['a trillion 1,000,000,000,000', '1,000,000,000,000'],
  ['a NUL character', '40\u0000'],
  ['a bell character', '\u0007'],
  ['a tab inside 4\\t0', '4\t0'],
  ['an ANSI escape', '\u001b[31m40'],
  ['a DEL character', '40\u007f'],
  ['a right-to-left mark', '\u200f40'],
  ['a left-to-right mark', '40\u200e'],
  ['a right-to-left override', '\u202e04'],
  ['a zero-width space', '4\u200b0'],
  ['a script tag', SCRIPT],
  ['an img tag', IMG],
  ['a template expression ${40}', '${40}'],
  ['an emoji 💰', '💰'],
  ['digits with an emoji 40💵', '40💵'],
  ['above the $100.00 cap: 150', '150'],
  ['a cent above the cap: 100.01', '100.01'],
  ['far above the cap: 999,999,999,999.99', '999,999,999,999.99'],
  // Last: before the fix in src/domain/money.rs this recursed once per sign and overflowed the
  // wasm stack, which has no guard page.
  ['100,000 minus signs before a digit', `${'-'.repeat(100_000)}5`],
];

widgetSuite('hostile amounts are refused at the deposit form and change nothing', async ({ page, t, problems }) => {
  await openWidget(page);
  await addPurchase(page, '5');
  await expectCount(page, 'purchase-row', 1);
  await expectText(page, 'current-tier', 'Tier 1', { exact: true });

  await table(t, BAD_AMOUNTS, async (amount) => {
    const since = problems.length;
    await expectRefused(page, 'deposit-error', async () => {
      await fillInput(page, 'amount-input', amount);
      assert.equal(await byTestId(page, 'amount-input').inputValue(), amount, 'the browser kept the text as typed');
      await byTestId(page, 'add-purchase').click();
    });
    noNewProblems(problems, since);
  });
  assert.ok(BAD_AMOUNTS.length >= 50);
});

// ---------------------------------------------------------------------------
// Dates: the amount is fine ($1), the date is not

/** Sets the date field like a script would; a date input turns text it cannot read into "". */
async function setDateValue(page, value) {
  await byTestId(page, 'date-input').evaluate((el, v) => { el.value = v; }, value);
}

widgetSuite('future and malformed dates are refused and change nothing', async ({ page, t, problems }) => {
  await openWidget(page);
  await addPurchase(page, '5');
  await expectCount(page, 'purchase-row', 1);
  const cases = [
    ['tomorrow', await pageDate(page, 1)],
    ['a year from now', await pageDate(page, 366)],
    ['9999-12-31', '9999-12-31'],
    ['a five-digit year 10000-01-01', '10000-01-01'],
    ['the year 0999', '0999-12-31'],
    ['the year 0001', '0001-01-01'],
    ['month 13 (malformed)', '2026-13-45'],
    ['30 February (malformed)', '2026-02-30'],
    ['text instead of a date (malformed)', 'not-a-date'],
    ['day-month-year order (malformed)', '25-11-2026'],
    ['a cleared date', ''],
    ['a script tag (malformed)', SCRIPT],
  ];
  await table(t, cases, async (value) => {
    const since = problems.length;
    await expectRefused(page, 'deposit-error', async () => {
      await fillInput(page, 'amount-input', '1');
      await setDateValue(page, value);
      await byTestId(page, 'add-purchase').click();
    });
    noNewProblems(problems, since);
  });
});

// ---------------------------------------------------------------------------
// The opening total: zero is allowed, but not below, not junk, and not a cut that breaks history

const BAD_OPENING_TOTALS = [
  ['empty', ''],
  ['spaces only', '   '],
  ['letters', 'abc'],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
  ['exponent 1e3', '1e3'],
  ['hex 0x10', '0x10'],
  ['negative -5', '-5'],
  ['negative -0.01', '-0.01'],
  ['three decimals 0.001', '0.001'],
  ['bad grouping 1,00', '1,00'],
  ['bad grouping 1,0000', '1,0000'],
  ['two dollar signs $$40', '$$40'],
  ['a trailing dollar sign 40$', '40$'],
  ['a 400-digit number', '9'.repeat(400)],
  ['13 digits 9999999999999.99', '9999999999999.99'],
  ['a NUL character', '5\u0000'],
  ['a right-to-left mark', '\u200f500'],
  ['a script tag', SCRIPT],
  ['an emoji', '🙂'],
  // History: $500 before tracking put the $1,000 purchase under Tier 4's $5,000 cap.
  ['zero, which would leave the $1,000 purchase above the $100 cap', '0'],
  ['$4.99, below Tier 1', '4.99'],
  ['$199.99, Tier 2 whose $500 cap is below $1,000', '199.99'],
];

widgetSuite('hostile opening totals are refused and change nothing', async ({ page, t, problems }) => {
  await openWidget(page);
  await setOpeningTotal(page, '500');
  await expectText(page, 'current-tier', 'Tier 4', { exact: true });
  await addPurchase(page, '1000');
  await expectCount(page, 'purchase-row', 1);
  await expectText(page, 'cumulative-total', '$1,500.00');

  await table(t, BAD_OPENING_TOTALS, async (value) => {
    const since = problems.length;
    await expectRefused(page, 'opening-error', async () => {
      await fillInput(page, 'opening-total-input', value);
      assert.equal(await byTestId(page, 'opening-total-input').inputValue(), value, 'the browser kept the text as typed');
      await byTestId(page, 'opening-total-save').click();
    });
    noNewProblems(problems, since);
  });
});

// ---------------------------------------------------------------------------
// Import files

const file = (fields) => JSON.stringify({ format: 'tierup-ledger', version: 1, opening_total: '0.00', purchases: [], ...fields });
const buy = (id, amount, date, extra = {}) => ({ id, amount, date, ...extra });

widgetSuite('hostile import files are refused and change nothing', async ({ page, t, problems }) => {
  await openWidget(page);
  await setOpeningTotal(page, '500');
  await addPurchase(page, '1000');
  await expectCount(page, 'purchase-row', 1);
  const today = await pageDate(page, 0);
  const tomorrow = await pageDate(page, 1);
  const existing = (await storedLedger(page)).purchases[0];

  const cases = [
    ['an empty file', ''],
    ['plain text', 'hello'],
    ['JSON null', 'null'],
    ['a JSON array', '[]'],
    ['an empty object', '{}'],
    ['a JSON string', '"tierup-ledger"'],
    ['a wrong format name', file({ format: 'tierup-schedule' })],
    ['the format name in capitals', file({ format: 'TIERUP-LEDGER' })],
    ['no format field', JSON.stringify({ version: 1, opening_total: '0.00', purchases: [] })],
    ['version 99', file({ version: 99 })],
    ['version 0', file({ version: 0 })],
    ['version as a string', file({ version: '1' })],
    ['version 1.5', file({ version: 1.5 })],
    ['version -1', file({ version: -1 })],
    ['version 2^32', file({ version: 4294967296 })],
    ['duplicate ids in the file', file({ purchases: [buy('dup', '1.00', today), buy('dup', '2.00', today)] })],
    ['an amount as a JSON number', file({ purchases: [buy('n', 40, today)] })],
    ['an opening total as a JSON number', file({ opening_total: 0 })],
    ['an opening total of letters', file({ opening_total: 'abc' })],
    ['a negative opening total', file({ opening_total: '-5.00' })],
    ['an amount with three decimals', file({ purchases: [buy('a', '40.001', today)] })],
    ['an amount of zero', file({ purchases: [buy('a', '0.00', today)] })],
    ['a negative amount', file({ purchases: [buy('a', '-5.00', today)] })],
    ['an amount with a dollar sign', file({ purchases: [buy('a', '$40.00', today)] })],
    ['an amount with grouping', file({ purchases: [buy('a', '1,000.00', today)] })],
    ['an amount in exponent form', file({ purchases: [buy('a', '1e3', today)] })],
    ['an amount of NaN', file({ purchases: [buy('a', 'NaN', today)] })],
    ['a 400-digit amount', file({ purchases: [buy('a', '9'.repeat(400), today)] })],
    ['a purchase over the $100 cap', file({ purchases: [buy('big', '150.00', today)] })],
    ['a purchase over the cap after valid ones', file({ purchases: [buy('ok1', '5.00', today), buy('ok2', '40.00', today), buy('big', '600.00', today)] })],
    ['a purchase dated tomorrow', file({ purchases: [buy('a', '1.00', tomorrow)] })],
    ['30 February', file({ purchases: [buy('a', '1.00', '2026-02-30')] })],
    ['a day-month-year date', file({ purchases: [buy('a', '1.00', '25/11/2026')] })],
    ['the year 0999', file({ purchases: [buy('a', '1.00', '0999-12-31')] })],
    ['an empty id', file({ purchases: [buy('', '1.00', today)] })],
    ['an id of spaces', file({ purchases: [buy('   ', '1.00', today)] })],
    ['no id', file({ purchases: [{ amount: '1.00', date: today }] })],
    ['an id as a number', file({ purchases: [buy(7, '1.00', today)] })],
    ['an unknown purchase field', file({ purchases: [buy('a', '1.00', today, { note: 'x' })] })],
    ['an unknown top-level field', file({ schedule: {} })],
    ['a field given twice', '{"format":"tierup-ledger","version":1,"version":1,"opening_total":"0.00","purchases":[]}'],
    ['purchases as an object', file({ purchases: {} })],
    ['purchases null', file({ purchases: null })],
    ['text after the JSON', `${file({})} trailing`],
    ['an existing id with a different amount', file({ purchases: [buy(existing.id, '2.00', existing.date)] })],
    ['an opening total that would leave the $1,000 purchase over its cap', file({ opening_total: '1.00' })],
    ['100,000 nested arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['10 MB of random bytes', randomBytes(10 * 1024 * 1024)],
    ['10 MB of purchases that never end', `{"format":"tierup-ledger","version":1,"opening_total":"0.00","purchases":[${'{"id":"x","amount":"1.00","date":"2026-01-01"},'.repeat(220_000)}`],
  ];
  assert.ok(cases.length >= 45);
  await table(t, cases, async (content) => {
    const since = problems.length;
    await expectRefused(page, 'import-error', () => importFile(page, content), { timeout: 30_000 });
    assert.equal(await byTestId(page, 'import-result').count(), 0, 'a refused import reports no result');
    noNewProblems(problems, since);
  });
});

// ---------------------------------------------------------------------------
// Text from files is text

/** Elements a hostile string could have injected anywhere in the page (shadow roots included). */
async function injected(page) {
  return {
    imgs: await page.locator('img').count(),
    scripts: await page.locator('script:not([src])').count(),
    onerror: await page.locator('[onerror]').count(),
    pwned: await page.evaluate(() => window.__pwned ?? null),
  };
}

widgetSuite('ids and text from files and storage are shown as text, never as markup', async ({ page, t, problems }) => {
  await openWidget(page);
  const clean = await injected(page);
  assert.equal(clean.pwned, null);
  const today = await pageDate(page, 0);

  await t.test('an imported purchase whose id is an img tag', async () => {
    const since = problems.length;
    await importFile(page, file({ purchases: [buy(IMG, '5.00', today), buy(SCRIPT, '1.00', today)] }));
    await expectVisible(page, 'import-result');
    await expectCount(page, 'purchase-row', 2);
    assert.deepEqual((await storedLedger(page)).purchases.map((p) => p.id), [IMG, SCRIPT], 'ids are kept as given');
    assert.deepEqual(await injected(page), clean);
    noNewProblems(problems, since);
  });

  await t.test('an import error that quotes an img-tag id', async () => {
    const since = problems.length;
    const evil = `${IMG}<b>bold</b>`;
    const message = await expectRefused(page, 'import-error',
      () => importFile(page, file({ purchases: [buy(evil, '1.00', today), buy(evil, '2.00', today)] })));
    assert.ok(message.includes(evil), `the id is quoted as typed: ${message}`);
    assert.equal(await byTestId(page, 'import-error').locator('b').count(), 0, 'no <b> element in the message');
    assert.deepEqual(await injected(page), clean);
    noNewProblems(problems, since);
  });

  await t.test('stored purchases whose ids are markup, read back after a reload', async () => {
    const since = problems.length;
    const rows = await byTestId(page, 'purchase-row').count();
    // Another session's batch (src/storage/journal.rs): purchases with ids of their own.
    const records = {
      'tierup.b.mifpz0w0evil': `mifpz0w1 5.00 ${today} ${IMG}</li><li>\nmifpz0w2 1.00 ${today} "><svg onload="window.__pwned=2">`,
    };
    await page.evaluate((r) => { for (const [k, v] of Object.entries(r)) localStorage.setItem(k, v); }, records);
    await reloadWidget(page);
    await expectCount(page, 'purchase-row', rows + 2);
    const stored = await page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), Object.keys(records));
    assert.deepEqual(stored, Object.values(records), 'reading them changed nothing');
    assert.deepEqual(await injected(page), clean);
    assert.equal(await page.locator('svg[onload]').count(), 0);
    noNewProblems(problems, since);
  });

  await t.test('a typed amount that is markup is refused and not rendered', async () => {
    const since = problems.length;
    await expectRefused(page, 'deposit-error', async () => {
      await fillInput(page, 'amount-input', IMG);
      await byTestId(page, 'add-purchase').click();
    });
    assert.deepEqual(await injected(page), clean);
    noNewProblems(problems, since);
  });
});
