// Reliability and security in the browser: the crash screen instead of a
// dead widget, the strict CSP on every page, nothing leaving the browser,
// hostile input through the UI, and mangled share links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openUi, answerQuestionnaire, watchCsp, SPEC_ANSWERS, DIST_TEST } from './harness.mjs';

let server, faulty, browser;
before(async () => {
  server = await serve();
  faulty = await serve(DIST_TEST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await faulty?.close();
});

const text = (page, sel) => page.$eval(sel, (e) => e.textContent.trim());

test('a panic shows a bilingual message and "start again" brings the answers back', async () => {
  const { page, context } = await openUi(browser, faulty.url);
  await page.click('[data-view=calculator]');
  await page.selectOption('#re-problem', 'hardware_failure');
  await page.fill('#re-serviceStart', '2025-01-01');
  await page.fill('#re-amountPaid', '__panic__');
  await page.waitForSelector('.re-crash[role=alert]');
  const message = await text(page, '.re-crash');
  assert.match(message, /Something went wrong in the estimator/);
  assert.match(message, /估算工具出错了/);
  await page.click('[data-re-restart]');
  await page.waitForSelector('.re-calculator');
  assert.equal(await page.inputValue('#re-problem'), 'hardware_failure');
  assert.equal(await page.inputValue('#re-serviceStart'), '2025-01-01');
  await context.close();
});

test('answers given just before a fault come back too, though the address had not caught up with them', async () => {
  const { page, context } = await openUi(browser, faulty.url);
  await page.click('[data-view=calculator]');
  await page.selectOption('#re-problem', 'hardware_failure');
  // The address is replaced once the answers rest for half a second; hold
  // that timer back so the fault comes while the last answer is waiting.
  await page.evaluate(() => {
    const setTimeout = window.setTimeout;
    window.setTimeout = (f, ms, ...args) => (ms >= 500 ? 0 : setTimeout(f, ms, ...args));
  });
  await page.fill('#re-serviceStart', '2025-01-01');
  assert.doesNotMatch(await page.evaluate(() => location.hash), /2025-01-01/, 'the address was already written');
  await page.fill('#re-amountPaid', '__panic__');
  await page.waitForSelector('.re-crash[role=alert]');
  await page.click('[data-re-restart]');
  await page.waitForSelector('.re-calculator');
  assert.equal(await page.inputValue('#re-serviceStart'), '2025-01-01');
  await context.close();
});

test('in an article, a panic replaces the widgets with the message; start again remounts on a fresh instance', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${faulty.url}demo/help-article.html`);
  await page.waitForSelector('#widget-zh >> .re-app');
  await page.locator('#widget-zh').locator('#re-problem').selectOption('hardware_failure');
  await page.locator('#widget-zh').locator('#re-amountPaid').fill('__panic__');
  await page.waitForSelector('#widget-zh >> .re-crash');
  await page.waitForSelector('#widget-en >> .re-crash');
  await page.locator('#widget-en').locator('[data-re-restart]').click();
  const en = page.locator('#widget-en');
  await en.locator('#re-problem-found_cheaper').check();
  await en.locator('button[type=submit]').click();
  await en.locator('button[type=submit]').click();
  assert.equal(await en.locator('[data-testid=verdict]').textContent(), 'Not among the reasons the article lists');
  // The host page did not navigate away.
  assert.match(page.url(), /help-article\.html$/);
  await context.close();
});

test('the crash link stays on this page: relative, even under a path that starts with //; a second crash drops the answers', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The page's path is //evil.example/: a link built from the path alone
  // would lead to another host.
  await page.goto(`${faulty.url}/evil.example/`);
  await page.waitForSelector('.re-app');
  assert.equal(new URL(page.url()).pathname, '//evil.example/');
  await page.click('[data-view=calculator]');
  await page.selectOption('#re-problem', 'hardware_failure');
  await page.fill('#re-amountPaid', '__panic__');
  await page.waitForSelector('.re-crash');
  const href = await page.getAttribute('[data-re-restart]', 'href');
  assert.match(href, /^\?restart=\d+#/, href);
  const target = await page.$eval('[data-re-restart]', (a) => a.href);
  assert.equal(new URL(target).origin, new URL(faulty.url).origin);
  assert.equal(new URL(target).pathname, '//evil.example/');
  // Restarted once, it crashes again: this time the answers (which may be
  // the cause) are left out of the link.
  await page.click('[data-re-restart]');
  await page.waitForSelector('.re-calculator');
  await page.fill('#re-amountPaid', '__panic__');
  await page.waitForSelector('.re-crash');
  const again = await page.getAttribute('[data-re-restart]', 'href');
  assert.match(again, /^\?restart=\d+$/, again);
  await context.close();
});

test('in an embed, "start again" is a button and the host page keeps its address', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${faulty.url}demo/help-article.html#top`);
  await page.waitForSelector('#widget-zh >> .re-app');
  const history = await page.evaluate(() => window.history.length);
  await page.locator('#widget-zh').locator('#re-problem').selectOption('hardware_failure');
  await page.locator('#widget-zh').locator('#re-amountPaid').fill('__panic__');
  const restart = page.locator('#widget-zh').locator('[data-re-restart]');
  await restart.waitFor();
  assert.equal(await restart.evaluate((b) => [b.tagName, b.type, b.hasAttribute('href')].join(' ')), 'BUTTON button false');
  await restart.click();
  await page.waitForSelector('#widget-zh >> .re-calculator');
  assert.match(page.url(), /help-article\.html#top$/);
  assert.equal(await page.evaluate(() => window.history.length), history);
  await context.close();
});

test('the strict CSP holds on every page and view (no securitypolicyviolation)', async () => {
  const { page, context, errors } = await openUi(browser, server.url);
  await answerQuestionnaire(page, SPEC_ANSWERS);
  await page.waitForSelector('.re-timeline');
  await page.click('[data-testid=switch-lang]');
  await page.click('[data-view=calculator]');
  await page.click('[data-view=policy]');
  for (const path of ['embed.html?lang=zh-CN&view=calculator', 'demo/help-article.html']) {
    const other = await context.newPage();
    await watchCsp(other);
    other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await other.goto(server.url + path);
    // Every widget up, and (outside the iframe page) the JS API too.
    await other.waitForFunction((framePage) => (framePage || window.refundEstimator !== undefined)
      && [...document.querySelectorAll('refund-estimator')].every((w) => w.shadowRoot?.querySelector('.re-app')),
    path.startsWith('embed.html'));
    await other.close();
  }
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

test('nothing leaves the browser: no request after load, none to another origin, no cookies', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.re-app');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState('networkidle');
  // What reached the server (the network), not what the service worker
  // answered from its cache.
  const atLoad = server.requests.length;
  await answerQuestionnaire(page, SPEC_ANSWERS);
  await page.click('text=Copy link');
  await page.click('text=Copy summary');
  await page.click('[data-testid=switch-lang]');
  await page.click('[data-view=calculator]');
  await page.fill('#re-amountPaid', '999.99');
  await page.click('[data-view=policy]');
  await page.click('.re-policy button');
  await page.waitForTimeout(300);
  // The only later requests allowed are the rules view's content (a file of
  // the site, fetched network-first so a new deployment shows its own
  // rules): plain GETs of a fixed name, no query, nothing typed in them.
  const later = server.requests.slice(atLoad).filter((p) => !/^\/rules\.(en|zh-CN)\.part\.html$/.test(p));
  assert.deepEqual(later, [], 'requests that reached the network after the initial load');
  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), []);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  await context.close();
});

const HOSTILE = [
  ['letters', 'twelve hundred', /Enter an amount in USD/],
  ['emoji', '💰💰💰', /Enter an amount in USD/],
  ['10,000 characters', 'x'.repeat(10_000), /Enter an amount in USD/],
  ['10,000 digits', '9'.repeat(10_000), /cannot be more than 1,000,000,000 USD/],
  ['1e400', '1e400', /Enter an amount in USD/],
  ['-0', '-0', /cannot be below zero/],
  ['pasted whitespace only', ' \t  ', /Cash actually paid is needed/],
  ['an img payload', '<img src=x onerror="window.__pwned=1">', /Enter an amount in USD/],
  ['a script payload', '<script>window.__pwned=1</script>', /Enter an amount in USD/],
];

for (const [name, value, message] of HOSTILE) {
  test(`hostile input in the amount (${name}): a message at the field, answers kept, nothing executed`, async () => {
    const { page, context } = await openUi(browser, server.url);
    await page.click('[data-view=calculator]');
    await page.selectOption('#re-problem', 'hardware_failure');
    await page.fill('#re-serviceStart', '2025-01-01');
    await page.fill('#re-serviceEnd', '2026-01-01');
    await page.fill('#re-amountPaid', value);
    assert.match(await text(page, '#re-amountPaid-error'), message);
    assert.equal(await page.inputValue('#re-amountPaid'), value);
    assert.equal(await page.inputValue('#re-serviceStart'), '2025-01-01');
    assert.equal(await page.inputValue('#re-serviceEnd'), '2026-01-01');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.$$eval('.re-app img, .re-app script', (els) => els.length), 0);
    // The same value through a share link does not execute either.
    await page.reload();
    await page.waitForSelector('.re-app');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await context.close();
  });
}

const DATES = [
  ['before 2000', 'serviceStart', '1999-12-31', /between 2000-01-01 and 2100-12-31/],
  ['after 2100', 'serviceEnd', '2101-01-01', /between 2000-01-01 and 2100-12-31/],
  ['year 9999', 'problemStart', '9999-12-31', /between 2000-01-01 and 2100-12-31/],
];
for (const [name, field, value, message] of DATES) {
  test(`out-of-range date (${name}) in ${field}: its message, the rest kept`, async () => {
    const { page, context } = await openUi(browser, server.url);
    await page.click('[data-view=calculator]');
    await page.selectOption('#re-problem', 'hardware_failure');
    await page.fill('#re-amountPaid', '1200');
    await page.fill(`#re-${field}`, value);
    assert.match(await text(page, `#re-${field}-error`), message);
    assert.equal(await page.inputValue('#re-amountPaid'), '1200');
    await context.close();
  });
}

const MANGLED = [
  ['random bytes', '%F0%9F%92%A5%00%FF%FE&&==ü'],
  ['truncated', null],
  ['oversized (1 MB)', `v=1&a=${'9'.repeat(1_000_000)}`],
  ['wrong version', 'v=7&p=hardware_failure'],
  ['out-of-range values', 'v=1&view=calculator&p=hardware_failure&a=-5&ss=1800-01-01&se=2025-02-30&z=00000000'],
];
for (const [name, fragment] of MANGLED) {
  test(`mangled share link (${name}) opens a usable screen with a notice`, async () => {
    let hash = fragment;
    if (hash === null) {
      const { page, context } = await openUi(browser, server.url);
      await answerQuestionnaire(page, SPEC_ANSWERS);
      const full = new URL(page.url()).hash.slice(1);
      hash = full.slice(0, Math.floor(full.length * 0.6));
      await context.close();
    }
    const { page, context, errors } = await openUi(browser, `${server.url}#${hash}`);
    assert.ok(await page.$('.re-notice'), 'a notice is shown');
    // Usable: the tabs work and a question answers; a value from the link
    // that does not hold is marked at its field, never dropped.
    await page.click('[data-view=calculator]');
    await page.selectOption('#re-problem', 'found_cheaper');
    if (await page.$('#re-amountPaid-error')) {
      assert.equal(await page.inputValue('#re-amountPaid'), '-5');
      for (const [f, v] of Object.entries({ amountPaid: '1200.00', serviceStart: '2025-01-01', serviceEnd: '2026-01-01' })) {
        await page.fill(`#re-${f}`, v);
      }
    }
    // (A 2025 term applied for today has ended: nothing would come back.)
    assert.match(await text(page, '[data-testid=verdict]'), /^Not among the reasons the article lists/);
    assert.deepEqual(errors.map(String), []);
    await context.close();
  });
}
