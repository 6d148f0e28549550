// The size budget of what a first visit downloads (HTML + JS + wasm + CSS,
// brotli). Sizes are deterministic for a given lockfile, so this is
// asserted; timings are only printed by scripts/bench, never asserted here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST } from './harness.mjs';

// The product target is 100 KB (issue 5) and is not reached: the build was
// 132.6 KB before the size work, 114.5 KB after it, and 135.6 KB once the
// app also carried its own test table (the Verify view), the what-if
// suggestions, the cost of waiting and the refund curve (issue 7). This
// guard is a ratchet just above the current size, so nothing grows
// unnoticed while the gap is closed; lower it with every saving, down to
// TARGET.
const TARGET = 100_000;
const BUDGET = 137_000;

test('first-render bundle stays within the size budget (brotli)', (t) => {
  const files = readdirSync(DIST).filter((f) => f === 'index.html'
    || /^(boot|refund-estimator)-[0-9a-f]+(\.js|_bg\.wasm)$/.test(f) || /^app-[0-9a-f]+\.css$/.test(f));
  assert.equal(files.length, 5, `expected index.html, boot, glue, wasm, css: ${files}`);
  let total = 0;
  for (const f of files) {
    const size = brotliCompressSync(readFileSync(join(DIST, f)), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    t.diagnostic(`${f}: ${size} bytes brotli`);
    total += size;
  }
  t.diagnostic(`first render: ${total} bytes brotli (budget ${BUDGET}, target ${TARGET})`);
  assert.ok(total <= BUDGET, `first-render bundle is ${total} bytes brotli, over the ${BUDGET} budget`);
});
