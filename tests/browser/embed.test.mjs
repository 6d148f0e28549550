// Embedding and offline use: the demo help-center article with both embed
// styles and hostile CSS, the iframe's height, the service worker, the
// single-file build, and the TypeScript declarations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useSite, DIST } from './harness.mjs';

let server, browser;
useSite((s, b) => {
  server = s;
  browser = b;
});

async function openArticle(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const wasmFetches = [];
  page.on('request', (r) => {
    // The widgets' module, which also serves the JS API.
    if (r.frame() === page.mainFrame() && /refund-estimator-[0-9a-f]+_bg\.wasm/.test(r.url())) wasmFetches.push(r.url());
  });
  await page.goto(`${server.url}demo/help-article.html`);
  await page.waitForSelector('#widget-en >> .re-app');
  await page.waitForSelector('#widget-zh >> .re-app');
  return { context, page, errors, wasmFetches };
}

/** Computed style of an element inside a widget's shadow root. */
function styleIn(page, host, selector, props) {
  return page.$eval(host, (el, [selector, props]) => {
    const target = el.shadowRoot.querySelector(selector);
    const cs = getComputedStyle(target);
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
  }, [selector, props]);
}

test('demo article: both widgets render in their own language, the wasm is fetched once', async () => {
  const { page, context, errors, wasmFetches } = await openArticle();
  assert.equal(await page.$eval('#widget-en', (e) => e.shadowRoot.querySelector('.re-h1').textContent), 'Refund estimator');
  assert.equal(await page.$eval('#widget-zh', (e) => e.shadowRoot.querySelector('.re-h1').textContent), '退款估算');
  assert.equal(await page.$eval('#widget-zh', (e) => e.shadowRoot.querySelector('.re-app').dataset.view), 'calculator');
  assert.equal(wasmFetches.length, 1, `wasm fetched ${wasmFetches.length} times`);
  // The host page's address is left alone.
  assert.equal(new URL(page.url()).hash, '');
  assert.deepEqual(errors, []);
  await context.close();
});

// The JS API costs a visit nothing where the estimator is loaded anyway:
// its own instance serves it. Only a page with embed.js and no widget
// fetches the (smaller) engine module for it.
test('the JS API: from the estimator\'s own instance on our page and beside widgets, from the engine only where no widget is', async () => {
  const cases = [
    ['our page', server.url, null, 'estimator'],
    ['an article with two widgets', `${server.url}demo/help-article.html`, null, 'estimator'],
    ['a page with embed.js and no widget', `${server.url}demo/api-only.html`,
      '<!doctype html><html lang="en"><title>API only</title><script type="module" src="../embed.js"></script><p>No widget here.</p>', 'engine'],
  ];
  for (const [name, url, body, from] of cases) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (body) await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const wasm = [];
    page.on('request', (r) => {
      const m = /\/(engine|refund-estimator-[0-9a-f]+)_bg\.wasm/.exec(r.url());
      // The page's own (the demo article's iframe has its own instance).
      if (m && r.frame() === page.mainFrame()) wasm.push(m[1].startsWith('engine') ? 'engine' : 'estimator');
    });
    await page.addInitScript(() => {
      window.readyEvents = 0;
      addEventListener('refund-estimator:ready', () => { window.readyEvents++; });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.refundEstimator !== undefined && window.readyEvents > 0);
    const amount = await page.evaluate(() => window.refundEstimator.evaluate({
      problem: 'hardware_failure', amountPaid: '1200', serviceStart: '2025-01-01',
      serviceEnd: '2026-01-01', problemStart: '2025-03-01', applicationDate: '2025-03-10',
    }).refund.amount);
    assert.equal(amount, '1006.03', name);
    // Idle has come and gone: nothing else is fetched for the API.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((r) => (self.requestIdleCallback ?? setTimeout)(r)));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(wasm, [from], `${name}: wasm modules fetched`);
    assert.equal(await page.evaluate(() => window.readyEvents), 1, `${name}: ready fires once`);
    assert.deepEqual(errors, [], name);
    await context.close();
  }
});

test('demo article: the hostile CSS does not reach inside, the theme does', async () => {
  const { page, context } = await openArticle();
  const standalone = await browser.newPage();
  await standalone.goto(server.url);
  await standalone.waitForSelector('.re-app');
  const props = ['font-size', 'font-family', 'box-sizing', 'text-transform', 'letter-spacing', 'line-height', 'background-color'];
  const reference = {
    title: await standalone.$eval('.re-h1', (e, p) => Object.fromEntries(p.map((x) => [x, getComputedStyle(e).getPropertyValue(x)])), props),
    button: await standalone.$eval('button[type=submit]', (e, p) => Object.fromEntries(p.map((x) => [x, getComputedStyle(e).getPropertyValue(x)])), props),
  };
  assert.deepEqual(await styleIn(page, '#widget-en', '.re-h1', props), reference.title);
  assert.deepEqual(await styleIn(page, '#widget-en', 'button[type=submit]', props), reference.button);
  // The article's own text did get the hostile styles (the test is real).
  assert.equal(await page.$eval('h1', (e) => getComputedStyle(e).textTransform), 'uppercase');
  // The themed widget takes the custom properties set on its element.
  const themed = await styleIn(page, '#widget-zh', '.re-app', ['font-family']);
  assert.match(themed['font-family'], /Georgia/);
  const tab = await styleIn(page, '#widget-zh', '.re-tab-current', ['border-bottom-color']);
  assert.equal(tab['border-bottom-color'], 'rgb(122, 46, 168)');
  await standalone.close();
  await context.close();
});

test('demo article: each widget answers on its own and fires the documented result event', async () => {
  const { page, context } = await openArticle();
  await page.evaluate(() => {
    window.events = [];
    document.addEventListener('refund-estimator:result', (e) => window.events.push({ id: e.target.id, detail: e.detail }));
  });
  const zh = page.locator('#widget-zh');
  await zh.locator('#re-problem').selectOption('hardware_failure');
  for (const [f, v] of Object.entries({ serviceStart: '2025-01-01', serviceEnd: '2026-01-01', amountPaid: '1200.00', problemStart: '2025-03-01', applicationDate: '2025-03-10' })) {
    await zh.locator(`#re-${f}`).fill(v);
  }
  await zh.locator('#re-evidence-usage_records').check();
  await zh.locator('#re-evidence-problem_photos').check();
  // In the Chinese widget the amount is in yuan until a currency is picked.
  assert.equal(await zh.locator('[data-testid=article-figure]').textContent(), '¥1,006.03');
  // The English widget did not move.
  assert.equal(await page.locator('#widget-en').locator('#re-step-heading').getAttribute('data-step'), 'problem');
  const last = await page.evaluate(() => window.events.at(-1));
  assert.deepEqual(last, {
    id: 'widget-zh',
    detail: {
      verdict: 'likely_eligible', headline: '属于文章列出的情形，建议的材料已备齐，可以提交申请', nothingBack: null,
      ground: 'quality',
      refund: { currency: 'CNY', amount: '1006.03', amountMinor: 100603, estimate: false },
      published: {
        route: 'partial', reason: 'unused_time', currency: 'CNY',
        high: '973.15', highMinor: 97315, low: null, lowMinor: null,
      },
    },
  });
  assert.match(await page.textContent('#result-log'), /widget-zh: likely_eligible \(quality\), refund CNY 1006\.03/);
  // The English widget's answers are its own.
  const en = page.locator('#widget-en');
  await en.locator('#re-problem-found_cheaper').check();
  await en.locator('button[type=submit]').click();
  await en.locator('button[type=submit]').click();
  assert.equal(await en.locator('[data-testid=verdict]').textContent(), 'Not among the reasons the article lists');
  assert.equal(await zh.locator('[data-testid=article-figure]').textContent(), '¥1,006.03');
  assert.deepEqual((await page.evaluate(() => window.events.at(-1))).detail,
    { verdict: 'not_covered', headline: 'Not among the reasons the article lists', nothingBack: null, ground: null, refund: null, published: null });
  await context.close();
});

test('an element added later mounts; a removed one releases what it held', async () => {
  const { page, context, wasmFetches } = await openArticle();
  await page.evaluate(() => {
    const el = document.createElement('refund-estimator');
    el.id = 'late';
    el.setAttribute('lang', 'zh-CN');
    el.setAttribute('view', 'policy');
    document.querySelector('.hc-article').append(el);
  });
  await page.waitForSelector('#late >> .re-policy');
  const removed = await page.evaluate(() => {
    const el = document.getElementById('late');
    const root = el.shadowRoot;
    el.remove();
    return root.querySelectorAll('.re-app').length;
  });
  assert.equal(removed, 0);
  // Changing an attribute remounts in the new language.
  await page.evaluate(() => document.getElementById('widget-en').setAttribute('lang', 'zh-CN'));
  await page.waitForFunction(() => document.getElementById('widget-en').shadowRoot.querySelector('.re-h1')?.textContent === '退款估算');
  assert.equal(wasmFetches.length, 1);
  await context.close();
});

test('the iframe grows and shrinks with its content, without scrollbars', async () => {
  const { page, context } = await openArticle();
  const frameEl = await page.$('#widget-frame');
  await frameEl.scrollIntoViewIfNeeded();
  const frame = await frameEl.contentFrame();
  await frame.waitForSelector('refund-estimator >> .re-policy');
  const fits = async () => {
    await page.waitForFunction(() => {
      const f = document.getElementById('widget-frame');
      const doc = f.contentDocument.documentElement;
      return Math.abs(f.getBoundingClientRect().height - doc.scrollHeight) <= 1;
    });
    return page.$eval('#widget-frame', (f) => f.getBoundingClientRect().height);
  };
  const tall = await fits();
  await frame.locator('[data-view=calculator]').click();
  const short = await fits();
  assert.ok(short < tall - 200, `calculator (${short}px) should be shorter than the policy (${tall}px)`);
  await frame.locator('#re-problem').selectOption('hardware_failure');
  const grown = await fits();
  assert.ok(grown > short + 200, `the form grew: ${short} -> ${grown}`);
  await context.close();
});

test('offline: after one visit the app works with the network off, reload included', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.re-app');
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active.state;
  });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.re-app');
  // The JS API too, from the same cached instance.
  await page.waitForFunction(() => window.refundEstimator !== undefined);
  const amount = await page.evaluate(() => window.refundEstimator.evaluate({
    problem: 'hardware_failure', amountPaid: '1200', serviceStart: '2025-01-01',
    serviceEnd: '2026-01-01', problemStart: '2025-03-01', applicationDate: '2025-03-10',
  }).refund.amount);
  assert.equal(amount, '1006.03');
  // A deep link works offline too.
  await page.goto(`${server.url}?from=bookmark#clause-refund.quality`);
  await page.waitForSelector('.re-policy');
  // An address of the site that was never kept (a mistyped or an old
  // link): the estimator at its own address, not a blank page.
  await page.goto(`${server.url}no/such/page.html`);
  await page.waitForSelector('.re-app');
  assert.equal(new URL(page.url()).pathname, '/');
  // A page opened once online (Verify: its own module and the cases) joined
  // the cache then, and works offline; the estimator's visit did not fetch it.
  await context.setOffline(false);
  await page.goto(`${server.url}verify.html`);
  await page.waitForSelector('.re-verify-table');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.re-verify-table');
  assert.equal(await page.$$eval('.re-verify tr.re-fail', (r) => r.length), 0);
  assert.ok(await page.$$eval('.re-verify tbody tr', (r) => r.length) >= 50);
  await context.close();
});

// A host that sends no headers (a bucket, a plain static host): every page
// carries the same policy in a <meta>, so injected markup still cannot run.
test('with no headers at all, every page still runs under the strict policy from its <meta>', async () => {
  for (const name of ['index.html', 'verify.html', 'builder.html', 'embed.html']) {
    assert.match(readFileSync(join(DIST, name), 'utf8'), /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/, name);
  }
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !/Content Security Policy/.test(m.text()) && errors.push(m.text()));
  for (const path of ['', 'embed.html?lang=zh-CN', 'verify.html']) {
    const response = await page.goto(server.url + path);
    assert.equal(response.headers()['content-security-policy'], undefined, 'no header reached the page');
    await page.waitForSelector('.re-app, .re-verify-table');
    const ran = await page.evaluate(() => new Promise((ok) => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      setTimeout(() => ok(window.__inline === 1), 100);
    }));
    assert.equal(ran, false, `${path || 'index'}: an injected inline script ran`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new build replaces the old service-worker cache', async () => {
  const sw = await (await fetch(`${server.url}sw.js`)).text();
  // Minified: the version is its one string of 16 hexadecimal digits, the
  // precache list its one array of strings.
  assert.equal(sw.match(/["'`][0-9a-f]{16}["'`]/g)?.length, 1, 'one version');
  const assets = JSON.parse(sw.match(/(\["\.\/"(?:,"[^"]*")*\])/)[1]);
  for (const a of assets.filter((x) => x !== './')) {
    assert.ok(existsSync(join(DIST, a)), `precached ${a} exists`);
  }
  // What the estimator's page needs offline, and none of the pages a
  // visitor may never open (they join the cache when first fetched).
  assert.ok(assets.includes('./'));
  assert.ok(assets.some((a) => /^\.\/refund-estimator-[0-9a-f]+_bg\.wasm$/.test(a)));
  assert.ok(assets.includes('./rules.en.part.html') && assets.includes('./rules.zh-CN.part.html'));
  for (const later of ['./engine_bg.wasm', './verify.html', './builder.js', './golden.json', './icon-512.png']) {
    assert.ok(!assets.includes(later), `${later} is not precached`);
  }
  assert.match(sw, /caches\.delete/);
});

test('the single-file build renders, computes and verifies from file:// with no network', async (t) => {
  const file = join(DIST, 'offline', 'refund-estimator.html');
  const made = spawnSync('node', ['scripts/single-file.mjs', DIST], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const context = await browser.newContext({ offline: true });
  const requests = [];
  await context.route(/^(https?|wss?):/, (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('.re-app');
  await page.click('[data-view=calculator]');
  await page.selectOption('#re-problem', 'bandwidth_below_contract');
  for (const [f, v] of Object.entries({ serviceStart: '2025-01-01', serviceEnd: '2026-01-01', amountPaid: '1200.00', applicationDate: '2025-03-10' })) {
    await page.fill(`#re-${f}`, v);
  }
  assert.equal(await page.textContent('.re-figure'), 'USD 976.44');
  // Its Verify link opens the offline Verify page beside it, which carries
  // the golden cases and runs them all.
  await page.click('[data-testid=verify-link]');
  await page.waitForSelector('.re-verify-table');
  const [passed, total] = (await page.textContent('[data-testid=verify-count]')).match(/\d+/g).map(Number);
  assert.ok(total > 50 && passed === total, `${passed} of ${total}`);
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  t.diagnostic(`single file: ${file}`);
  await context.close();
});

test('the TypeScript declarations type-check an integrator example', () => {
  const tsc = spawnSync('node_modules/.bin/tsc', ['-p', 'tests/types/tsconfig.json'], { encoding: 'utf8' });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  assert.ok(existsSync(join(DIST, 'refund-estimator.d.ts')), 'the declarations ship with the build');
});
