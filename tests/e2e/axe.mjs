// axe-core (WCAG 2.1 A/AA) on a page, shadow roots included, and the widget states worth
// checking: shared by a11y.test.mjs and locales.test.mjs.
import AxeBuilder from '@axe-core/playwright';

import { addPurchase, byTestId } from './harness.mjs';

export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page (shadow roots included) and lists each violation with where it is. */
export async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/**
 * Puts the widget through the states a reader sees: rows, a refused deposit, a plan, undo.
 * `tier1` is the first tier's name in the widget's language.
 */
export async function exercise(page, { tier1 = 'Tier 1' } = {}) {
  await addPurchase(page, '15');
  await byTestId(page, 'current-tier').last().filter({ hasText: tier1 }).waitFor();
  await addPurchase(page, '150');
  await byTestId(page, 'deposit-error').first().waitFor({ state: 'visible' });
  // The first calculator: in the demo article the full view folds its own away (the compact
  // view above already shows it).
  await byTestId(page, 'target-tier').first().selectOption('tier-4');
  await byTestId(page, 'delete-purchase').first().click();
  await byTestId(page, 'undo').first().waitFor();
}
