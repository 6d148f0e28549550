// The size budget of what a first visit downloads (HTML + JS + wasm + CSS,
// brotli). Sizes are deterministic for a given lockfile, so this is
// asserted; timings are only printed by scripts/bench, never asserted here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST, serve, serveHost, launch } from './harness.mjs';
import { measureVisit, byFile, embedArticle } from './visit.mjs';

// The product target is 100 KB. It is not reached; what holds it is
// measured by scripts/bench and in README.md (Performance): a minimal Yew 0.23 app built the same
// way is 48.7 KB (wasm 43.6 + glue 5.1), the texts of both languages 8 KB,
// and the estimator's own views and core the rest. Measured history:
// 136.0 KB when this guard was a ratchet at 137,000; 126.8 KB after the
// Verify page left the first render (its own module, -8.3 KB) and talc
// replaced dlmalloc (-2.4 KB); spec v2's second rulebook added about 17 KB,
// taken back to 127.2 KB by markup views, ASCII case conversion, lazy rules
// content and minification; 125.2 KB once the JS API moved to the engine
// module; 126.8 KB with the customer's-view work (suggestions with Undo,
// folds, the phone summary), after dropping Yew's classes! macro (-1 KB);
// 126.4 KB after drawing the result in parts and replacing the address
// after the frame (+0.7 KB), building the result event's detail by hand
// instead of with serde-wasm-bindgen (-0.9 KB) and serializing verdicts,
// routes and reasons through as_str (-0.1 KB); 134.4 KB with spec v2.1's
// one coherent answer (the headlines, the how-to's five provider facts with
// their pages, the examples, field notices, the result in typed parts):
// +3.4 KB of words and data, +4.3 KB of code. (maud was measured against
// our markup builder for five of the result's parts: +0.6 KB, not taken.)
// 135.6 KB after the core became a crate of its own and the reducer pure
// with effects (+1.2 KB: about 30 generic functions are now instantiated
// in both crates, which fat LTO does not merge; a second wasm-opt -Oz pass
// took back 0.2 KB); 135.9 KB with the evidence order in one place
// (+0.3 KB); 140.0 KB once the estimator's own instance serves the JS API
// (+4.1 KB here, the API's reader and serde's writer of the outcome, which
// the result event now shares; -46 KB on every visit, which no longer
// fetches the engine module: the measure below); 140.3 KB with the first
// fixes of issue 20 (own keys only, a frozen policy, following the address
// in the reducer); 140.5 KB with Verify opening in a tab of its own from
// embeds (its words for screen readers); 140.6 KB with the policy in a
// <meta> of the page too (for hosts that send no headers); 140.6 KB with
// the address rewritten once the answers rest (+0.2 KB); 142.1 KB with the
// result patched in place (src/patch.rs, +1.5 KB: a keystroke's style and
// layout fell from about 5.3 to 2 ms, measured by scripts/bench).
// This guard is a ratchet just above the current size, so nothing grows
// unnoticed; lower it with every saving, down to TARGET.
const TARGET = 100_000;
const BUDGET = 142_200;

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

// The measure that stands for what a phone pays: a whole first visit, every
// request to the site until the network is idle (the service worker's
// included), on our page and in a help-center article on another origin
// with one widget (tests/browser/visit.mjs). Ratchets just above today's
// figures, lowered with every saving, down to TARGET.
// Measured history (this measure, run on the build before the change):
// 412.0 KB for our page and 184.7 KB for the embed, when the JS API came
// from the engine module once the page was idle (47.6 KB on each) and the
// service worker downloaded every file of the site again, the page's own
// included; 148.3 KB and 141.6 KB once the estimator's instance serves the
// API and the worker precaches only what the page needs offline, taking
// the page's hashed files from the HTTP cache; 148.8 and 141.9 KB with the first
// fixes of issue 20; 148.8 and 142.1 KB with Verify in a tab of its own;
// 149.3 KB (page) with the policy's <meta>, in the page fetched twice;
// 148.2 and 140.8 KB with the service worker, embed.js and the other
// scripts other sites load minified (the embed's theme attributes added
// 0.5 KB before that).
const VISIT_BUDGET = { page: 150_100, embed: 142_500 };

test('a first visit stays within the visit budget (brotli), on our page and in an embed', async (t) => {
  const site = await serve();
  const host = await serveHost({ '/article.html': embedArticle(site.url) });
  const browser = await launch();
  try {
    for (const [name, url] of [['page', site.url], ['embed', `${host.url}article.html`]]) {
      const visit = await measureVisit(browser, site, DIST, url);
      for (const row of byFile(visit)) {
        t.diagnostic(`${name}: ${row.file} x${row.requests}: ${row.brotli} bytes brotli`);
        // Nothing downloaded twice (the service worker takes the page's
        // hashed files from the HTTP cache), but the page itself, which
        // it copies fresh, and the icon, which Chromium fetches again for
        // its own use.
        if (!['index.html', 'favicon.svg'].includes(row.file)) assert.equal(row.requests, 1, `${name}: ${row.file} fetched ${row.requests} times`);
      }
      t.diagnostic(`${name} visit: ${visit.total} bytes brotli (budget ${VISIT_BUDGET[name]}, target ${TARGET})`);
      assert.ok(visit.total <= VISIT_BUDGET[name], `a visit to the ${name} fetches ${visit.total} bytes brotli, over the ${VISIT_BUDGET[name]} budget`);
    }
  } finally {
    await browser.close();
    await host.close();
    await site.close();
  }
});
