// The 12 languages as the browser tests see them: what Chromium writes for US dollars in each,
// what a reader types there, and the words of each catalog (src/i18n/<lang>.rs) and of the
// default schedule. Shared by locales.test.mjs and keyboard.test.mjs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// ---------------------------------------------------------------------------
// The languages, with what Chromium's Intl.NumberFormat(tag, USD) writes (\u00a0 no-break
// space, \u202f narrow no-break space), what a reader types there for 40.50, and a malformed
// amount with the refusal it gets: the catalog key and the example the message carries.
//   money: total 40.50 | limit 500.00 | next 159.50 | needed 359.50 | whatIf 200.00 | after 240.50 | k360 360.00

export const LOCALES = [
  {
    tag: 'en', browser: 'en-US', name: 'English', typed: '40.50', malformed: '40,50', refusal: ['GroupsCommas', '1,000.50'],
    money: { total: '$40.50', limit: '$500.00', next: '$159.50', needed: '$359.50', whatIf: '$200.00', after: '$240.50', k360: '$360.00' },
  },
  {
    tag: 'fr', browser: 'fr-FR', name: 'Français', typed: '40,50', malformed: '40.50', refusal: ['CentsAfterComma', '1\u202f000,50'],
    money: {
      total: '40,50\u00a0$US', limit: '500,00\u00a0$US', next: '159,50\u00a0$US', needed: '359,50\u00a0$US',
      whatIf: '200,00\u00a0$US', after: '240,50\u00a0$US', k360: '360,00\u00a0$US',
    },
  },
  {
    tag: 'de', browser: 'de-DE', name: 'Deutsch', typed: '40,50', malformed: '40.50', refusal: ['GroupsPoints', '1.000,50'],
    money: {
      total: '40,50\u00a0$', limit: '500,00\u00a0$', next: '159,50\u00a0$', needed: '359,50\u00a0$',
      whatIf: '200,00\u00a0$', after: '240,50\u00a0$', k360: '360,00\u00a0$',
    },
  },
  {
    tag: 'id', browser: 'id-ID', name: 'Bahasa Indonesia', typed: '40,50', malformed: '40.50', refusal: ['GroupsPoints', '1.000,50'],
    money: {
      total: 'US$40,50', limit: 'US$500,00', next: 'US$159,50', needed: 'US$359,50', whatIf: 'US$200,00', after: 'US$240,50',
      k360: 'US$360,00',
    },
  },
  {
    tag: 'it', browser: 'it-IT', name: 'Italiano', typed: '40,50', malformed: '40.50', refusal: ['GroupsPoints', '1.000,50'],
    money: {
      total: '40,50\u00a0USD', limit: '500,00\u00a0USD', next: '159,50\u00a0USD', needed: '359,50\u00a0USD',
      whatIf: '200,00\u00a0USD', after: '240,50\u00a0USD', k360: '360,00\u00a0USD',
    },
  },
  {
    // Full-width digits and point, as a Japanese input method types them.
    tag: 'ja', browser: 'ja-JP', name: '日本語', typed: '４０．５', malformed: '40,50', refusal: ['GroupsCommas', '1,000.50'],
    money: { total: '$40.50', limit: '$500.00', next: '$159.50', needed: '$359.50', whatIf: '$200.00', after: '$240.50', k360: '$360.00' },
  },
  {
    tag: 'ko', browser: 'ko-KR', name: '한국어', typed: '40.50', malformed: '40,50', refusal: ['GroupsCommas', '1,000.50'],
    money: {
      total: 'US$40.50', limit: 'US$500.00', next: 'US$159.50', needed: 'US$359.50', whatIf: 'US$200.00', after: 'US$240.50',
      k360: 'US$360.00',
    },
  },
  {
    tag: 'pt-BR', browser: 'pt-BR', name: 'Português (Brasil)', typed: '40,50', malformed: '40.50', refusal: ['GroupsPoints', '1.000,50'],
    money: {
      total: 'US$\u00a040,50', limit: 'US$\u00a0500,00', next: 'US$\u00a0159,50', needed: 'US$\u00a0359,50',
      whatIf: 'US$\u00a0200,00', after: 'US$\u00a0240,50', k360: 'US$\u00a0360,00',
    },
  },
  {
    tag: 'ru', browser: 'ru-RU', name: 'Русский', typed: '40,50', malformed: '40.50', refusal: ['CentsAfterComma', '1\u00a0000,50'],
    money: {
      total: '40,50\u00a0$', limit: '500,00\u00a0$', next: '159,50\u00a0$', needed: '359,50\u00a0$',
      whatIf: '200,00\u00a0$', after: '240,50\u00a0$', k360: '360,00\u00a0$',
    },
  },
  {
    tag: 'zh-CN', browser: 'zh-CN', name: '简体中文', typed: '４０．５', malformed: '40,50', refusal: ['GroupsCommas', '1,000.50'],
    money: {
      total: 'US$40.50', limit: 'US$500.00', next: 'US$159.50', needed: 'US$359.50', whatIf: 'US$200.00', after: 'US$240.50',
      k360: 'US$360.00',
    },
  },
  {
    tag: 'es', browser: 'es-ES', name: 'Español', typed: '40,50', malformed: '40.50', refusal: ['GroupsPoints', '1.000,50'],
    money: {
      total: '40,50\u00a0US$', limit: '500,00\u00a0US$', next: '159,50\u00a0US$', needed: '359,50\u00a0US$',
      whatIf: '200,00\u00a0US$', after: '240,50\u00a0US$', k360: '360,00\u00a0US$',
    },
  },
  {
    tag: 'zh-TW', browser: 'zh-TW', name: '繁體中文', typed: '４０．５', malformed: '40,50', refusal: ['GroupsCommas', '1,000.50'],
    money: {
      total: 'US$40.50', limit: 'US$500.00', next: 'US$159.50', needed: 'US$359.50', whatIf: 'US$200.00', after: 'US$240.50',
      k360: 'US$360.00',
    },
  },
];
export const LOCALE = Object.fromEntries(LOCALES.map((l) => [l.tag, l]));

// ---------------------------------------------------------------------------
// The catalogs: src/i18n/<lang>.rs, each a `Key => "message",` line per message.

const CATALOG_FILES = { 'pt-BR': 'pt_br', 'zh-CN': 'zh_cn', 'zh-TW': 'zh_tw' };

function readCatalog(tag) {
  const file = path.join(REPO_ROOT, 'src', 'i18n', `${CATALOG_FILES[tag] ?? tag}.rs`);
  const messages = {};
  for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(\w+) => "((?:[^"\\]|\\.)*)",\s*$/gm)) {
    messages[m[1]] = m[2].replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
  }
  // A message the test asks for and the file lacks is a broken test, not a passing one.
  return new Proxy(messages, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target)) throw new Error(`${file} has no message ${key}`);
      return target[key];
    },
  });
}

export const CATALOGS = Object.fromEntries(LOCALES.map((l) => [l.tag, readCatalog(l.tag)]));
export const SCHEDULE = JSON.parse(readFileSync(path.join(REPO_ROOT, 'static', 'schedule.default.json'), 'utf8'));

/** A tier's name in a language, from the default schedule. */
export const tierName = (tag, id) => {
  const tier = SCHEDULE.tiers.find((t) => t.id === id);
  return tag === 'en' ? tier.name : tier.names[tag];
};
export const scheduleTitle = (tag) => (tag === 'en' ? SCHEDULE.title : SCHEDULE.titles[tag]);

/** A catalog message with its blanks filled in, as the widget fills them. */
export const fill = (template, args) => template.replace(/\{(\d)\}/g, (blank, i) => args[i] ?? blank);
export const say = (tag, key, ...args) => fill(CATALOGS[tag][key], args);
