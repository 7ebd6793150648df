// Byte ratchet: the gzip -9 total of the wasm, JS and CSS that dist/index.html loads must
// not grow past the figure committed in bench/budget.json. Bytes are deterministic for a
// given source and toolchain, so this is exact; no timing here (that is `make bench`).
// When a change saves bytes, lower the figure in the same commit so the saving stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleBytes } from '../../bench/lib/bundle.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.resolve(process.env.TIERUP_DIST ?? path.join(REPO, 'dist'));
const BUDGET_FILE = path.join(REPO, 'bench', 'budget.json');
/** Savings beyond this many bytes ask for the committed figure to come down. */
const HINT_BELOW = 256;

test('what dist/index.html loads, gzip -9, stays within bench/budget.json', (t) => {
  const limit = JSON.parse(readFileSync(BUDGET_FILE, 'utf8')).total_gzip_bytes;
  assert.ok(Number.isInteger(limit) && limit > 0, `${BUDGET_FILE}: total_gzip_bytes must be a positive integer`);
  const { files, total } = bundleBytes(DIST, { brotli: false });
  assert.ok(files.some((f) => f.kind === 'wasm') && files.some((f) => f.kind === 'js'),
    `found no wasm or no JS loaded by ${DIST}/index.html (counted: ${files.map((f) => f.file).join(', ') || 'nothing'})`);
  const list = files.map((f) => `  ${f.file.padEnd(40)} ${String(f.gzip).padStart(8)}`).join('\n');
  assert.ok(total.gzip <= limit,
    `loaded before interactive: ${total.gzip} bytes gzip -9, ${total.gzip - limit} over the committed ${limit}\n${list}\n` +
    'Make it smaller, or if the growth is worth it, raise total_gzip_bytes in bench/budget.json in the same commit and say why.');
  if (limit - total.gzip > HINT_BELOW) {
    t.diagnostic(`${limit - total.gzip} bytes under budget: set "total_gzip_bytes": ${total.gzip} in bench/budget.json to keep the saving`);
  }
});
