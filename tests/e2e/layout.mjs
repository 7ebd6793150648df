// What a reader of a narrow column sees, measured inside every tierup instance's shadow root:
// shared by layout.test.mjs (and anyone checking the layout by hand).
//
// Every function here runs in the page and reads what the browser laid out; none changes the
// widget except setFolds (which opens or closes its <details> as a reader would).

/** Every element inside each `[data-testid=tierup]` section, looking through open shadow roots. */
const IN_PAGE = () => {
  const deepAll = (root, sel) => [...root.querySelectorAll(sel)].concat(
    ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => deepAll(e.shadowRoot, sel)));
  window.__tierupSections = () => deepAll(document, '[data-testid="tierup"]');
};

async function ensureHelpers(page) {
  await page.evaluate(IN_PAGE);
}

/**
 * The layout faults on the page now, each a sentence naming the element:
 *  - an element (laid out, not hidden) outside its widget's box;
 *  - the page scrolling sideways;
 *  - text under `minText` px on screen (SVG text scaled by its drawing);
 *  - a control (button, field, select, summary, link) under `minTarget` px either way;
 *  - a date or an amount broken over two lines.
 */
export async function layoutFaults(page, { minText = 11, minTarget = 24 } = {}) {
  await ensureHelpers(page);
  return page.evaluate(({ minText, minTarget }) => {
    const faults = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) faults.push(`the page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth} px`);
    const name = (el) => {
      const id = el.getAttribute('data-testid');
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      return `<${el.localName}${id ? ` data-testid=${id}` : ''}${el.className && typeof el.className === 'string' ? ` class=${el.className}` : ''}> "${text}"`;
    };
    window.__tierupSections().forEach((section, n) => {
      const box = section.getBoundingClientRect();
      for (const el of section.querySelectorAll('*')) {
        if (['title', 'desc', 'option', 'style'].includes(el.localName)) continue;
        const r = el.getBoundingClientRect();
        // Not shown: no box, or inside a closed fold (whose content the browser skips).
        if (!el.checkVisibility() || el.getClientRects().length === 0 || (r.width === 0 && r.height === 0)) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1) {
          faults.push(`#${n} ${name(el)} is outside the widget: ${r.left.toFixed(0)}..${r.right.toFixed(0)} not in ${box.left.toFixed(0)}..${box.right.toFixed(0)}`);
        }
        const style = getComputedStyle(el);
        const ownText = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent.trim() !== '');
        if (ownText && style.visibility !== 'hidden') {
          const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
          const px = parseFloat(style.fontSize) * scale;
          if (px < minText - 0.05) faults.push(`#${n} ${name(el)} has text of ${px.toFixed(1)} px`);
        }
        if (el.matches('span.date, span.amount, span.money') && el.getClientRects().length > 1) {
          faults.push(`#${n} ${name(el)} is broken over ${el.getClientRects().length} lines`);
        }
        const control = el.matches('button, input, select, textarea, summary, a[href]');
        if (control && (r.width < minTarget - 0.5 || r.height < minTarget - 0.5)) {
          faults.push(`#${n} ${name(el)} is ${r.width.toFixed(0)} x ${r.height.toFixed(0)} px, under ${minTarget}`);
        }
      }
    });
    return faults;
  }, { minText, minTarget });
}

/** Opens (true) or closes (false) every fold of every instance, as clicking its summary would. */
export async function setFolds(page, open) {
  await ensureHelpers(page);
  await page.evaluate((open) => {
    for (const section of window.__tierupSections()) {
      for (const details of section.querySelectorAll('details')) details.open = open;
    }
  }, open);
}

/** Whether each fold of instance #`index` is open, by test id. */
export async function foldsOpen(page, index = 0) {
  await ensureHelpers(page);
  return page.evaluate((index) => Object.fromEntries([...window.__tierupSections()[index].querySelectorAll('details')]
    .map((d) => [d.getAttribute('data-testid'), d.open])), index);
}

/**
 * Every element's computed font size, box sizing and laid-out size in each instance, for
 * comparing a page with and without a host stylesheet.
 */
export async function computedSizes(page) {
  await ensureHelpers(page);
  return page.evaluate(() => window.__tierupSections().map((section) => [section, ...section.querySelectorAll('*')].map((el) => {
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return `${el.localName}.${el.getAttribute('data-testid') ?? ''} ${style.fontSize} ${style.boxSizing} ${style.lineHeight} ${r.width.toFixed(1)}x${r.height.toFixed(1)}`;
  })));
}

/**
 * Where the answer sits in instance #`index`, from the top of the instance: the bottom edge (px)
 * of the tier, the limit, the most one may deposit now and the amount to the target tier.
 */
export async function answerBottoms(page, index = 0) {
  await ensureHelpers(page);
  return page.evaluate((index) => {
    const section = window.__tierupSections()[index];
    const top = section.getBoundingClientRect().top;
    return Object.fromEntries(['current-tier', 'monthly-limit', 'max-deposit', 'next-tier-needed'].map((id) => {
      const r = section.querySelector(`[data-testid="${id}"]`).getBoundingClientRect();
      return [id, Math.ceil(r.bottom - top)];
    }));
  }, index);
}

/** Gives every tierup host of the next page data-locale="<tag>" as the parser adds it. */
export const speakOnHosts = (page, tag) => page.addInitScript((tag) => {
  new MutationObserver(() => {
    for (const host of document.querySelectorAll('[data-tierup]:not([data-locale])')) host.dataset.locale = tag;
  }).observe(document, { childList: true, subtree: true });
}, tag);
