// Help-center embedding as it really happens: the article on one origin,
// the widget's files on another. Both embed styles, the iframe with and
// without its sizing script, forged and malformed messages, a host left
// untouched, a load that fails, and hostile callers of the JS API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { serve, serveHost, launch } from './harness.mjs';

let site, host, browser;
before(async () => {
  site = await serve();
  host = await serveHost();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
});

const SHOTS = 'tests/browser/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** A plain host article around `body` (the help center's own page). */
const article = (body, { lang = 'fr', title = 'Article du centre d’aide' } = {}) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,"></head>
<body><h1>${title}</h1><p>Texte de l’article.</p>${body}<p id="after">Fin de l’article.</p></body></html>`;

async function open(path, options = {}) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(host.url + path);
  return { context, page, errors };
}

/** Fills the calculator with the bandwidth example inside `scope` (a
 *  locator or frame); its figure is USD 976.44. */
async function fillCalculator(scope) {
  await scope.locator('#re-problem').selectOption('bandwidth_below_contract');
  for (const [f, v] of Object.entries({ serviceStart: '2025-01-01', serviceEnd: '2026-01-01', amountPaid: '1200.00', applicationDate: '2025-03-10' })) {
    await scope.locator(`#re-${f}`).fill(v);
  }
}

test('script tag on another origin: the widget works and leaves the host page exactly as it was', async () => {
  host.pages['/script.html'] = article(`
    <div id="refund-estimator-app">The help center's own element with the app's id.</div>
    <script type="module" src="${site.url}embed.js"></script>
    <refund-estimator id="w" lang="en" view="calculator">
      <a href="${site.url}">Open the refund estimator</a>
    </refund-estimator>`);
  const { page, context, errors } = await open('script.html#section-2');
  const before = await page.evaluate(() => ({
    title: document.title, lang: document.documentElement.lang, hash: location.hash,
    history: history.length, own: document.getElementById('refund-estimator-app').innerHTML,
  }));
  await page.evaluate(() => {
    window.results = [];
    document.addEventListener('refund-estimator:result', (e) => window.results.push(e.detail));
  });
  const widget = page.locator('#w');
  await widget.locator('.re-calculator').waitFor();
  // Below the article's own h1: the widget's title is an h2, its view an h3.
  assert.equal(await widget.locator('.re-h1').evaluate((h) => h.tagName), 'H2');
  assert.equal(await widget.locator('#re-calc-heading').evaluate((h) => h.tagName), 'H3');
  assert.equal(await page.evaluate(() => document.querySelectorAll('h1').length), 1);
  await fillCalculator(widget);
  assert.equal(await widget.locator('.re-figure').first().textContent(), 'USD 976.44');
  // Using the widget (switching its language and view) changes nothing of the host.
  await widget.locator('[data-testid=switch-lang]').click();
  await widget.locator('[data-view=policy]').click();
  await widget.locator('.re-policy').waitFor();
  const afterUse = await page.evaluate(async () => ({
    title: document.title, lang: document.documentElement.lang, hash: location.hash,
    history: history.length, own: document.getElementById('refund-estimator-app').innerHTML,
  }));
  assert.deepEqual(afterUse, before);
  assert.equal(before.hash, '#section-2');
  // The JS API, from the widget's own instance.
  await page.waitForFunction(() => window.refundEstimator !== undefined);
  const hostState = await page.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    caches: await caches.keys(),
    api: typeof window.refundEstimator?.evaluate,
    last: window.results.at(-1),
  }));
  assert.deepEqual(hostState.workers, 0, 'no service worker on the host origin');
  assert.deepEqual(hostState.caches, []);
  assert.equal(hostState.api, 'function');
  assert.equal(hostState.last.verdict, 'needs_evidence');
  assert.equal(hostState.last.refund.amount, '976.44');
  // The widget's files came from the other origin.
  assert.ok(site.requests.some((p) => p.endsWith('_bg.wasm')));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the host\'s own elements never become the widget\'s markup (an element with the rules view\'s id)', async () => {
  // What a comment box or a CMS block could put on the article: elements
  // with the ids the single-file build uses for its inline rules. Inert on
  // the host page itself (a template's content never runs); live only if
  // the widget took it as its markup.
  host.pages['/rules-id.html'] = article(`
    <template id="re-rules-en"><img src="x" onerror="window.__pwned = 1"><p id="planted-t">Planted template</p></template>
    <div id="re-rules-zh-CN"><p id="planted-d">Planted div</p></div>
    <style id="re-rules-en-style">&lt;p&gt;markup in a style&lt;/p&gt;</style>
    <script type="module" src="${site.url}embed.js"></script>
    <refund-estimator id="w" lang="en" view="policy"></refund-estimator>`);
  const { page, context, errors } = await open('rules-id.html');
  const widget = page.locator('#w');
  await widget.locator('[id="clause-grounds.quality"]').waitFor();
  assert.equal(await widget.locator('#planted-t, #planted-d').count(), 0);
  // The other language too, fetched from the site.
  await widget.locator('[data-testid=switch-lang]').click();
  await widget.locator('.re-app[lang=zh-CN] [id="clause-grounds.quality"]').waitFor();
  assert.equal(await widget.locator('#planted-t, #planted-d, img').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.ok(site.requests.includes('/rules.en.part.html') && site.requests.includes('/rules.zh-CN.part.html'));
  assert.deepEqual(errors.filter((e) => !/ERR_|Failed to load resource/.test(e)), []);
  await context.close();
});

test('Verify from an embed opens in a tab of its own, and the article keeps the widget and its answers', async () => {
  host.pages['/verify-link.html'] = article(`
    <script type="module" src="${site.url}embed.js"></script>
    <refund-estimator id="w" lang="en" view="calculator"></refund-estimator>
    <iframe id="f" title="Refund estimator" src="${site.url}embed.html?lang=zh-CN" style="width:100%;height:600px"></iframe>`);
  const { page, context, errors } = await open('verify-link.html');
  const widget = page.locator('#w');
  await fillCalculator(widget);
  const link = widget.locator('[data-testid=verify-link]');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await link.getAttribute('rel'), /noopener/);
  assert.match(await link.textContent(), /opens in a new tab/);
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await tab.waitForSelector('.re-verify-table');
  assert.ok(tab.url().startsWith(`${site.url}verify.html`), tab.url());
  assert.equal(await tab.$$eval('.re-verify tr.re-fail', (r) => r.length), 0);
  await tab.close();
  // The article is where it was, the answers too.
  assert.ok(page.url().endsWith('/verify-link.html'));
  assert.equal(await widget.locator('#re-amountPaid').inputValue(), '1200.00');
  // The iframe's link too: inside the frame Verify could not be shown.
  const frame = page.frameLocator('#f');
  await frame.locator('[data-testid=verify-link]').waitFor({ state: 'attached' });
  assert.equal(await frame.locator('[data-testid=verify-link]').getAttribute('target'), '_blank');
  assert.deepEqual(errors, []);
  await context.close();
});

test('iframe alone on another origin (no host script): usable, and the page inside scrolls', async () => {
  // The builder's "iframe alone" snippet, as an editor pastes it.
  host.pages['/iframe-alone.html'] = article(`
    <iframe src="${site.url}embed.html?lang=zh-CN&amp;view=calculator" title="退款估算"
      width="100%" height="900" style="width: 100%; height: min(900px, 85vh); border: 0" loading="lazy"></iframe>`,
  { lang: 'zh-CN', title: '帮助中心文章' });
  const { page, context, errors } = await open('iframe-alone.html', { viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
  const frameEl = page.locator('iframe');
  await frameEl.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe');
  await frame.locator('.re-calculator').waitFor();
  const height = await frameEl.evaluate((f) => f.getBoundingClientRect().height);
  assert.equal(Math.round(height), Math.round(740 * 0.85), 'the snippet’s height (85% of a phone screen)');
  await fillCalculator(frame);
  assert.equal(await frame.locator('.re-figure').first().textContent(), '¥976.44');
  // The page inside the frame scrolls to its end.
  const inner = page.frames().find((f) => f.url().startsWith(site.url));
  const scroll = await inner.evaluate(() => {
    const before = document.scrollingElement.scrollHeight;
    window.scrollTo(0, before);
    return { scrollHeight: before, innerHeight, scrollY };
  });
  assert.ok(scroll.scrollHeight > scroll.innerHeight, `content ${scroll.scrollHeight}px taller than the frame ${scroll.innerHeight}px`);
  assert.ok(scroll.scrollY > 0 && scroll.scrollY + scroll.innerHeight >= scroll.scrollHeight - 1, `scrolled to ${scroll.scrollY}`);
  // The frame keeps the snippet's height: nothing on the host resizes it.
  assert.equal(await frameEl.evaluate((f) => f.getBoundingClientRect().height), height);
  await inner.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/iframe-alone-zh-CN-375.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

/** A host page with the sized iframe (the third snippet) and, from the
 *  third origin, a frame that forges messages. */
function sizedPage() {
  host.pages['/forger.html'] = '<!doctype html><title>forger</title><p>forger</p>';
  host.pages['/sized.html'] = article(`
    <iframe id="frame" data-refund-estimator src="${site.url}embed.html?lang=en&amp;view=calculator&amp;id=faq"
      title="Refund estimator" width="100%" height="900" style="width: 100%; height: min(900px, 85vh); border: 0"></iframe>
    <script src="${site.url}iframe-host.js"></script>
    <iframe id="forger" src="${host.other}forger.html" title="Another frame" style="width: 300px; height: 100px"></iframe>
    <iframe id="marked" data-refund-estimator src="${host.other}forger.html?marked" title="A marked frame of another site" style="width: 300px; height: 100px"></iframe>`);
  return 'sized.html';
}

async function openSized() {
  const opened = await open(sizedPage());
  const { page } = opened;
  await page.evaluate(() => {
    window.results = [];
    document.getElementById('frame').addEventListener('refund-estimator:result', (e) => window.results.push(e.detail));
  });
  const frame = page.frameLocator('#frame');
  await frame.locator('.re-calculator').waitFor();
  const fitted = () => page.waitForFunction(() => {
    const h = document.getElementById('frame').getBoundingClientRect().height;
    return h > 300 && h !== window.innerHeight * 0.85 && h;
  }).then((h) => h.jsonValue());
  return { ...opened, frame, fitted, inner: page.frames().find((f) => f.url().startsWith(site.url)) };
}

test('iframe-host.js styles marked frames of the site added later, and keeps a border the page gave', async () => {
  host.pages['/later.html'] = article(`
    <style>#bordered { border: 3px solid rgb(200, 0, 0); }</style>
    <iframe id="bordered" data-refund-estimator src="${site.url}embed.html?lang=en&amp;view=calculator"
      title="Refund estimator" width="100%" height="900"></iframe>
    <script src="${site.url}iframe-host.js"></script>
    <iframe id="other" data-refund-estimator src="${host.other}forger.html" title="Another site" width="300" height="100"></iframe>`);
  host.pages['/forger.html'] ??= '<!doctype html><title>forger</title><p>forger</p>';
  const { page, context, errors } = await open('later.html');
  // The page's own border stays; another site's marked frame is left alone.
  assert.equal(await page.$eval('#bordered', (f) => getComputedStyle(f).borderTopStyle), 'solid');
  assert.equal(await page.$eval('#other', (f) => f.getAttribute('style')), null);
  // A frame a single-page help center inserts later: no border, the
  // snippet's first height until the widget says its own.
  const late = await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.id = 'late';
    f.dataset.refundEstimator = '';
    f.src = src;
    f.title = 'Refund estimator';
    f.width = '100%';
    f.height = '900';
    document.body.append(f);
    return new Promise((ok) => requestAnimationFrame(() => ok({ border: getComputedStyle(f).borderTopWidth, height: f.style.height })));
  }, `${site.url}embed.html?lang=en&view=calculator`);
  assert.deepEqual(late, { border: '0px', height: 'min(900px, 85vh)' });
  // (Chromium does not lay out a frame of another site while it is off
  // screen: the reader scrolls to it.)
  await page.$eval('#late', (f) => f.scrollIntoView());
  await page.waitForFunction(() => /^\d+px$/.test(document.getElementById('late').style.height));
  assert.deepEqual(errors, []);
  await context.close();
});

test('iframe with iframe-host.js on another origin: sized to its content, each result a DOM event on the iframe', async () => {
  const { page, context, errors, frame, fitted } = await openSized();
  const short = await fitted();
  await fillCalculator(frame);
  assert.equal(await frame.locator('.re-figure').first().textContent(), 'USD 976.44');
  await page.waitForFunction((h) => document.getElementById('frame').getBoundingClientRect().height > h + 100, short);
  const results = await page.evaluate(() => window.results);
  // Frozen all the way down: a listener cannot change what the next one reads.
  assert.ok(await page.evaluate(() => {
    const d = window.results.at(-1);
    return Object.isFrozen(d) && Object.isFrozen(d.refund) && (d.published === null || Object.isFrozen(d.published));
  }), 'the detail is frozen, its figures too');
  assert.deepEqual(results.at(-1), {
    verdict: 'needs_evidence', headline: 'A reason the article lists, evidence still missing', nothingBack: null,
    ground: 'not_as_promised',
    refund: { currency: 'USD', amount: '976.44', amountMinor: 97644, estimate: false },
    published: results.at(-1).published,
  });
  assert.equal(await page.evaluate(() => Object.isFrozen(window.results.at(-1))), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('forged and malformed messages change nothing (another frame, another origin, a frame that navigated away)', async (t) => {
  const { page, context, errors, frame, fitted, inner } = await openSized();
  await fitted();
  await fillCalculator(frame);
  await page.waitForFunction(() => window.results.length > 0);
  // Wait until the frame's height has settled (the result has rendered).
  await page.waitForFunction(() => new Promise((ok) => {
    const h = document.getElementById('frame').style.height;
    setTimeout(() => ok(h === document.getElementById('frame').style.height), 400);
  }));
  const state = () => page.evaluate(() => ({
    height: document.getElementById('frame').style.height,
    results: window.results.length,
  }));
  const start = await state();
  const forger = page.frames().find((f) => f.url().startsWith(host.other));
  const forged = [
    { type: 'refund-estimator:height', id: 'faq', height: 5 },
    { type: 'refund-estimator:result', id: 'faq', detail: { verdict: 'likely_eligible', headline: 'x', nothingBack: null, ground: 'quality', refund: { currency: 'USD', amount: '999999.00', amountMinor: 99999900, estimate: false }, published: null } },
  ];
  // From a frame of another origin that is not the widget's.
  for (const message of forged) await forger.evaluate((m) => parent.postMessage(m, '*'), message);
  // From the host page's own window (a script on the page, or an extension).
  for (const message of forged) await page.evaluate((m) => window.postMessage(m, '*'), message);
  // From a frame marked as ours whose own origin is another site's: it can
  // neither size itself nor speak for the widget.
  const marked = page.frames().find((f) => f.url().startsWith(`${host.other}forger.html?marked`));
  const markedHeight = () => page.evaluate(() => document.getElementById('marked').style.height);
  const markedBefore = await markedHeight();
  await page.evaluate(() => {
    window.markedResults = 0;
    document.getElementById('marked').addEventListener('refund-estimator:result', () => { window.markedResults += 1; });
  });
  for (const message of [...forged, { type: 'refund-estimator:height', id: 'faq', height: 12000 }]) {
    await marked.evaluate((m) => parent.postMessage(m, '*'), message);
  }
  await page.waitForTimeout(200);
  assert.deepEqual(await state(), start, 'another frame or window');
  assert.equal(await markedHeight(), markedBefore, 'a marked frame of another origin');
  assert.equal(await page.evaluate(() => window.markedResults), 0, 'no result from a marked frame of another origin');

  // Malformed messages from the widget's own frame: ignored, or clamped.
  const malformed = [
    ['detail: null', { type: 'refund-estimator:result', detail: null }],
    ['no detail', { type: 'refund-estimator:result' }],
    ['unknown verdict', { type: 'refund-estimator:result', detail: { verdict: 'approved', headline: 'x', nothingBack: null, ground: null, refund: null, published: null } }],
    ['markup in the headline', { type: 'refund-estimator:result', detail: { verdict: 'not_covered', headline: '<img src=x onerror=alert(1)>', nothingBack: null, ground: null, refund: null, published: null } }],
    ['a headline too long', { type: 'refund-estimator:result', detail: { verdict: 'not_covered', headline: 'x'.repeat(201), nothingBack: null, ground: null, refund: null, published: null } }],
    ['unknown reason for nothing back', { type: 'refund-estimator:result', detail: { verdict: 'not_covered', headline: 'x', nothingBack: 'because', ground: null, refund: null, published: null } }],
    ['amount not a decimal', { type: 'refund-estimator:result', detail: { verdict: 'likely_eligible', headline: 'x', nothingBack: null, ground: 'quality', refund: { currency: 'USD', amount: '1e9', amountMinor: 1, estimate: false }, published: null } }],
    ['string height', { type: 'refund-estimator:height', height: '100' }],
    ['NaN height', { type: 'refund-estimator:height', height: Number.NaN }],
    ['a string', 'refund-estimator:height'],
    ['null', null],
  ];
  for (const [name, message] of malformed) {
    await inner.evaluate((m) => parent.postMessage(m, '*'), message);
    await page.waitForTimeout(50);
    assert.deepEqual(await state(), start, name);
  }
  const clamp = async (height) => {
    await inner.evaluate((h) => parent.postMessage({ type: 'refund-estimator:height', height: h }, '*'), height);
    await page.waitForTimeout(50);
    return (await state()).height;
  };
  assert.equal(await clamp(1e9), '12000px', 'a huge height is clamped');
  assert.equal(await clamp(-50), '240px', 'a negative height is clamped');
  // A genuine-looking result with extra fields passes on only the documented ones.
  await inner.evaluate(() => parent.postMessage({ type: 'refund-estimator:result', detail: { verdict: 'not_covered', headline: 'Not among the reasons the article lists', nothingBack: null, ground: null, refund: null, published: null, email: 'x@example.com' } }, '*'));
  await page.waitForFunction((n) => window.results.length === n + 1, start.results);
  assert.deepEqual(await page.evaluate(() => window.results.at(-1)),
    { verdict: 'not_covered', headline: 'Not among the reasons the article lists', nothingBack: null, ground: null, refund: null, published: null });

  // The widget's frame navigates to another origin: its messages no longer count.
  const count = (await state()).results;
  await inner.evaluate((url) => { location.href = url; }, `${host.other}forger.html`);
  await page.waitForFunction(() => document.querySelectorAll('iframe').length === 3);
  let moved;
  for (let i = 0; i < 50 && !moved; i++) {
    moved = page.frames().find((f) => f !== forger && f !== marked && f.url().startsWith(host.other));
    if (!moved) await page.waitForTimeout(50);
  }
  assert.ok(moved, 'the frame navigated');
  const heightBefore = (await state()).height;
  for (const message of forged) await moved.evaluate((m) => parent.postMessage(m, '*'), message);
  await page.waitForTimeout(200);
  assert.deepEqual(await state(), { height: heightBefore, results: count }, 'a frame that left the widget’s origin');
  t.diagnostic(`${forged.length * 3 + malformed.length} forged or malformed messages ignored`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a failed load says so in both languages, with the full page and a retry that works', async () => {
  host.pages['/flaky.html'] = article(`
    <script type="module" src="${site.url}embed.js"></script>
    <refund-estimator id="w" lang="en"></refund-estimator>`);
  const context = await browser.newContext();
  const page = await context.newPage();
  let failing = true;
  await page.route(/_bg\.wasm/, (route) => (failing ? route.abort('connectionreset') : route.continue()));
  await page.goto(`${host.url}flaky.html`);
  const box = page.locator('#w .re-load-failed');
  await box.waitFor();
  assert.match(await box.textContent(), /could not load on this page/);
  assert.match(await box.textContent(), /无法在此页面加载/);
  assert.equal(await box.locator('a').getAttribute('href'), site.url);
  assert.equal(await box.getAttribute('role'), 'alert');
  failing = false;
  await box.locator('button[data-re-restart]').click();
  await page.locator('#w .re-app .re-h1').waitFor();
  assert.equal(await page.locator('#w .re-load-failed').count(), 0);
  await context.close();
});

const widgetOrigin = () => new URL(site.url).origin;

test('a host whose CSP forbids WebAssembly gets the message; with the documented CSP the widget runs', async () => {
  const origin = widgetOrigin();
  const body = article(`
    <script type="module" src="${site.url}embed.js"></script>
    <refund-estimator id="w" lang="zh-CN"></refund-estimator>`);
  host.pages['/strict.html'] = {
    body,
    headers: { 'content-security-policy': `default-src 'self'; script-src 'self' ${origin}; style-src 'self' ${origin}; connect-src 'self' ${origin}; img-src 'self' data:` },
  };
  // README, "Embedding": what a host's policy must allow.
  host.pages['/documented.html'] = {
    body,
    headers: { 'content-security-policy': `default-src 'self'; script-src 'self' ${origin} 'wasm-unsafe-eval'; style-src 'self' ${origin}; connect-src 'self' ${origin}; img-src 'self' data:` },
  };
  const blocked = await open('strict.html');
  const box = blocked.page.locator('#w .re-load-failed');
  await box.waitFor();
  assert.match(await box.textContent(), /无法在此页面加载/);
  await box.locator('button[data-re-restart]').click();
  await blocked.page.waitForTimeout(500);
  assert.equal(await blocked.page.locator('#w .re-load-failed').count(), 1, 'still one message after a retry that fails again');
  await blocked.context.close();

  const allowed = await open('documented.html');
  await allowed.page.addInitScript(() => {});
  await allowed.page.locator('#w .re-app .re-h1').waitFor();
  assert.equal(await allowed.page.locator('#w .re-h1').textContent(), '退款估算');
  assert.deepEqual(allowed.errors, []);
  await allowed.context.close();
});

// Each hostile value, and what the contract says about it: the error code
// (and field) `evaluate` throws. None may throw anything else, hang, or
// stop the instance the page's widgets share.
const HOSTILE = [
  ['no argument', 'undefined', 'invalid_request'],
  ['a function', '() => 1', 'invalid_request'],
  ['a revoked Proxy', '(() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })()', 'invalid_request'],
  ['a Proxy whose every trap throws', 'new Proxy({}, { get() { throw new Error("get"); }, has() { throw new Error("has"); }, ownKeys() { throw new Error("keys"); }, getPrototypeOf() { throw new Error("proto"); } })', 'invalid_request'],
  ['a throwing getter', '({ ...base, get problem() { throw new Error("boom"); } })', 'invalid_request'],
  ['evidence with a throwing iterator', '({ ...base, evidence: Object.assign(["usage_records"], { [Symbol.iterator]() { throw new Error("iter"); } }) })', null],
  ['evidence as a Proxy of an array whose items throw', '({ ...base, evidence: new Proxy(["usage_records"], { get(t, k) { if (k === "length") return 1; throw new Error("item"); } }) })', 'invalid_request'],
  ['evidence with 50,000,000 items', '({ ...base, evidence: new Array(5e7) })', 'unknown_evidence'],
  ['evidence as a Proxy claiming 50,000,000 items', '({ ...base, evidence: new Proxy([], { get(t, k) { return k === "length" ? 5e7 : "usage_records"; } }) })', 'unknown_evidence'],
  ['a 50,000,000-character amount', '({ ...base, amountPaid: "9".repeat(5e7) })', 'invalid_amount'],
  ['an object 100,000 deep as the problem', '({ ...base, problem: deep })', 'unknown_problem'],
  ['evidence nested 100,000 deep', '({ ...base, evidence: deepList })', 'unknown_evidence'],
  ['a BigInt amount', '({ ...base, amountPaid: 10n ** 30n })', 'invalid_amount'],
  ['a Symbol as the problem', '({ ...base, problem: Symbol("x") })', 'unknown_problem'],
  ['an amount whose toString throws', '({ ...base, amountPaid: { toString() { throw new Error("s"); }, valueOf() { throw new Error("v"); } } })', 'invalid_amount'],
  ['a getter that calls evaluate again', '({ ...base, get problem() { window.inner = window.refundEstimator.evaluate(base).verdict; return "hardware_failure"; } })', null],
  ['a getter that empties the object as it is read', '(() => { const o = { ...base }; Object.defineProperty(o, "amountPaid", { enumerable: true, get() { for (const k of Object.keys(o)) if (k !== "amountPaid") delete o[k]; return "1200"; } }); return o; })()', null],
];

test('the JS API answers hostile callers with an error, fast, and every widget keeps working', async (t) => {
  host.pages['/api.html'] = article(`
    <script type="module" src="${site.url}embed.js"></script>
    <refund-estimator id="a" lang="en" view="calculator"></refund-estimator>
    <refund-estimator id="b" lang="zh-CN" view="calculator"></refund-estimator>`);
  const { page, context, errors } = await open('api.html');
  await page.locator('#a .re-calculator').waitFor();
  await page.locator('#b .re-calculator').waitFor();
  await page.waitForFunction(() => window.refundEstimator !== undefined);
  const results = await page.evaluate((cases) => {
    const base = {
      problem: 'hardware_failure', amountPaid: '1200', serviceStart: '2025-01-01',
      serviceEnd: '2026-01-01', problemStart: '2025-03-01', applicationDate: '2025-03-10',
    };
    let deep = {};
    for (let i = 0; i < 1e5; i++) deep = { problem: deep };
    let deepList = [];
    for (let i = 0; i < 1e5; i++) deepList = [deepList];
    // eslint-disable-next-line no-new-func
    const make = (source) => new Function('base', 'deep', 'deepList', `return ${source};`)(base, deep, deepList);
    return cases.map(([name, source]) => {
      const value = make(source);
      const started = performance.now();
      let outcome;
      try {
        const r = window.refundEstimator.evaluate(value);
        outcome = { returned: r.verdict };
      } catch (e) {
        outcome = { code: e?.code ?? `not a contract error: ${e}`, field: e?.field ?? null, isError: e instanceof Error };
      }
      return { name, ms: performance.now() - started, ...outcome };
    });
  }, HOSTILE.map(([name, source]) => [name, source]));
  const wrong = [];
  for (const [i, [name, , expected]] of HOSTILE.entries()) {
    const r = results[i];
    t.diagnostic(`${name}: ${r.code ?? `returned ${r.returned}`}${r.field ? ` (${r.field})` : ''} in ${r.ms.toFixed(2)} ms`);
    // Where no code is given, either answer is honest as long as it is one
    // of the contract's (a verdict, or an Error with a code).
    const ok = expected === null
      ? Boolean(r.returned) || (r.isError && /^[a-z_]+$/.test(r.code))
      : r.code === expected && r.isError;
    if (!ok) wrong.push(`${name}: expected ${expected ?? 'a contract answer'}, got ${JSON.stringify(r)}`);
  }
  assert.deepEqual(wrong, []);
  // The instance is alive: a plain call and both widgets still answer.
  assert.equal(await page.evaluate(() => window.refundEstimator.evaluate({
    problem: 'hardware_failure', amountPaid: '1200', serviceStart: '2025-01-01',
    serviceEnd: '2026-01-01', problemStart: '2025-03-01', applicationDate: '2025-03-10',
  }).refund.amount), '1006.03');
  await fillCalculator(page.locator('#a'));
  await fillCalculator(page.locator('#b'));
  assert.equal(await page.locator('#a .re-figure').first().textContent(), 'USD 976.44');
  assert.equal(await page.locator('#b .re-figure').first().textContent(), '¥976.44');
  assert.equal(await page.locator('.re-crash').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

/** What an editor's settings must show, wherever the widget is: Chinese,
 *  the calculator first, the serif font, the accent and the radius. */
async function assertConfigured(scope, label) {
  await scope.locator('.re-calculator').waitFor();
  assert.equal(await scope.locator('.re-h1').textContent(), '退款估算', label);
  // The title level the editor chose, and the view's heading one below.
  assert.equal(await scope.locator('.re-h1').evaluate((h) => h.tagName), 'H3', label);
  assert.equal(await scope.locator('#re-calc-heading').evaluate((h) => h.tagName), 'H4', label);
  const look = await scope.locator('.re-app').evaluate((app) => {
    const tab = app.querySelector('.re-tab-current');
    const button = app.querySelector('.re-button, button');
    return {
      font: getComputedStyle(app).fontFamily,
      background: getComputedStyle(app).backgroundColor,
      accent: getComputedStyle(tab).borderBottomColor,
      radius: getComputedStyle(button).borderTopLeftRadius,
    };
  });
  assert.match(look.font, /^Georgia/, label);
  assert.equal(look.background, 'rgb(255, 253, 245)', label);
  assert.equal(look.accent, 'rgb(122, 46, 168)', label);
  assert.equal(look.radius, '4px', label);
  await fillCalculator(scope);
  assert.equal(await scope.locator('.re-figure').first().textContent(), '¥976.44', label);
}

test('embed builder: an editor configures the widget, sees it live, and each copied snippet works on another origin', async (t) => {
  // Reduced motion: colours are read at once, not halfway through a transition.
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${site.url}builder.html?lang=en`);
  await page.locator('#builder-preview .re-app').waitFor();
  assert.equal(await page.locator('h1').first().textContent(), 'Embed the refund estimator');
  // What the estimator's own host must send for the script tag, said
  // beside the snippets (without it readers see only the fallback link).
  assert.match(await page.locator('[data-testid=builder-cors]').textContent(), /Access-Control-Allow-Origin/);

  await page.selectOption('#builder-lang', 'zh-CN');
  await page.selectOption('#builder-view', 'calculator');
  await page.selectOption('#builder-heading', '3');
  await page.check('#builder-colours');
  for (const [key, value] of [['bg', '#fffdf5'], ['text', '#1a1a1a'], ['accent', '#7a2ea8']]) {
    await page.locator(`#builder-${key}`).fill(value);
  }
  await page.fill('#builder-radius', '4');
  await page.selectOption('#builder-font', 'serif');
  // A radius that is not one: a message at the field, the text kept, the
  // snippets on the last valid radius.
  await page.fill('#builder-radius', '4px');
  assert.match(await page.textContent('#builder-radius-error'), /whole number from 0 to 24/);
  assert.equal(await page.getAttribute('#builder-radius', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('#builder-radius'), '4px');
  assert.match(await page.inputValue('#snippet-script'), / radius="4"/);
  await page.fill('#builder-radius', '4');
  assert.equal(await page.textContent('#builder-radius-error'), '');
  // A low-contrast accent is pointed out, then fixed.
  await page.locator('#builder-accent').fill('#ffee99');
  assert.match(await page.textContent('#builder-contrast'), /the accent on the background has a contrast of 1\.\d:1/);
  await page.locator('#builder-accent').fill('#7a2ea8');
  assert.equal(await page.textContent('#builder-contrast'), '');

  // The live preview is the real widget with those settings.
  await assertConfigured(page.locator('#builder-preview'), 'preview');
  await page.screenshot({ path: `${SHOTS}/builder-en-1280.png`, fullPage: true });

  const snippets = {};
  for (const id of ['script', 'iframe', 'iframe-host', 'address']) snippets[id] = await page.inputValue(`#snippet-${id}`);
  t.diagnostic(`script snippet:\n${snippets.script}`);
  // Copy puts exactly the snippet on the clipboard.
  await page.click('#copy-iframe-host');
  await page.locator('#snippet-iframe-host-status', { hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippets['iframe-host']);
  assert.ok(snippets.iframe.includes(`src="${snippets.address.replaceAll('&', '&amp;')}"`), 'the address is the iframe’s');

  // The editor's own language switches; the settings stay.
  await page.click('#builder-switch');
  assert.equal(await page.locator('h1').first().textContent(), '嵌入退款估算工具');
  assert.equal(await page.inputValue('#builder-font'), 'serif');
  assert.equal(await page.inputValue('#snippet-script'), snippets.script);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `${SHOTS}/builder-zh-CN-375.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();

  // Each snippet, pasted into a fresh help-center page on another origin.
  for (const id of ['script', 'iframe', 'iframe-host']) {
    host.pages[`/pasted-${id}.html`] = article(snippets[id]);
    const opened = await open(`pasted-${id}.html`);
    const scope = id === 'script' ? opened.page.locator('refund-estimator') : opened.page.frameLocator('iframe');
    await assertConfigured(scope, id);
    if (id === 'iframe-host') {
      await opened.page.waitForFunction(() => /^\d+px$/.test(document.querySelector('iframe').style.height));
    } else if (id === 'iframe') {
      assert.equal(await opened.page.$eval('iframe', (f) => f.style.height), 'min(900px, 85vh)');
    }
    assert.deepEqual(opened.errors, [], id);
    await opened.context.close();
  }

  // Under the host policy the README recommends (no 'unsafe-inline'
  // styles), the script snippet and the sizing iframe keep their theme and
  // look, with no policy violation: neither snippet carries a style
  // attribute; embed.js and iframe-host.js style through the CSSOM.
  const origin = widgetOrigin();
  const policy = `default-src 'self'; script-src 'self' ${origin} 'wasm-unsafe-eval'; style-src 'self' ${origin}; connect-src 'self' ${origin}; img-src 'self' data:; frame-src ${origin}`;
  for (const id of ['script', 'iframe-host']) {
    assert.doesNotMatch(snippets[id], /style=/, id);
    host.pages[`/strict-${id}.html`] = { body: article(snippets[id]), headers: { 'content-security-policy': policy } };
    const strict = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await strict.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      // The background the widget has in the first frame that shows it.
      const look = () => {
        const w = document.querySelector('refund-estimator');
        if (w?.shadowRoot?.querySelector('.re-app')) window.firstBackground = w.style.getPropertyValue('--re-bg');
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const page = await strict.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // theme.js arriving late (as on a repeat visit: the wasm from the cache,
    // theme.js revalidated) must not let the widget draw unthemed first.
    if (id === 'script') {
      await page.route(/\/theme\.js$/, async (route) => {
        await new Promise((ok) => setTimeout(ok, 1000));
        await route.continue();
      });
    }
    await page.goto(`${host.url}strict-${id}.html`);
    const scope = id === 'script' ? page.locator('refund-estimator') : page.frameLocator('iframe');
    await assertConfigured(scope, `${id} under the host policy`);
    if (id === 'script') {
      assert.equal(await page.evaluate(() => window.firstBackground), '#fffdf5', 'the first frame is themed');
      // A new accent from the host's own script: the new look at once, the
      // answers kept (no remount).
      await page.$eval('refund-estimator', (w) => w.setAttribute('accent', '#0b6e4f'));
      await page.waitForFunction(() => document.querySelector('refund-estimator').style.getPropertyValue('--re-accent') === '#0b6e4f');
      assert.equal(await scope.locator('.re-figure').first().textContent(), '¥976.44', 'answers kept');
    } else {
      await page.waitForFunction(() => {
        const f = document.querySelector('iframe');
        return /^\d+px$/.test(f.style.height) && getComputedStyle(f).borderTopWidth === '0px';
      });
      assert.notEqual(await page.$eval('iframe', (f) => f.getBoundingClientRect().height), 900, 'sized to its content');
    }
    assert.deepEqual(await page.evaluate(() => window.violations), [], `${id}: no policy violation`);
    assert.deepEqual(errors, [], id);
    await strict.close();
  }
});
