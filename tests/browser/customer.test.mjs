// The customer's view, on a phone in Chinese and on a desktop in English:
// amounts as people type them, a layout that keeps the answer in sight, a
// focus that never drops, and one date for one fact. Screenshots for a
// person to look at: tests/browser/screenshots/customer-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { useSite, openUi } from './harness.mjs';

let server, browser;
useSite((s, b) => {
  server = s;
  browser = b;
});
const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const PHONE = { locale: 'zh-CN', viewport: { width: 375, height: 740 }, hasTouch: true };
const DESKTOP = { locale: 'en-US', viewport: { width: 1280, height: 900 } };
const text = (page, sel) => page.$eval(sel, (e) => e.textContent.trim());
const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** The quality example in the calculator, without the amount. */
async function quality(page) {
  await page.click('[data-view=calculator]');
  await page.selectOption('#re-problem', 'hardware_failure');
  await page.check('#re-remedy-refund');
  for (const [f, v] of Object.entries({ serviceStart: '2025-01-01', serviceEnd: '2026-01-01', problemStart: '2025-03-01', applicationDate: '2025-03-10' })) {
    await page.fill(`#re-${f}`, v);
  }
}

// Every form of amount docs/rules.md accepts ("The arithmetic"), in both currencies: the figure is 306 of
// 365 days of the amount.
const YUAN = ['3650元', '￥3650', '¥3,650', '３６５０', '３，６５０．００', 'RMB 3650', 'CNY 3,650.00', '3650 CNY', '  3650  ', '3650 元'];
const DOLLARS = ['$1,200', 'US$1,200', 'USD 1200', '1,200.00 USD', '１２００', '$ 1200.00', ' 1200 '];

test('amounts as people type them: every form in yuan (the Chinese default) and in dollars; another currency\'s marker is an error at the field', async () => {
  const { page, context, errors } = await openUi(browser, server.url, PHONE);
  await quality(page);
  // Nothing picked: the Chinese interface's currency.
  assert.equal(await page.inputValue('#re-currency'), 'CNY');
  for (const typed of YUAN) {
    await page.fill('#re-amountPaid', typed);
    assert.equal(await text(page, '[data-testid=article-figure]'), '¥3,060.00', typed);
    assert.equal(await page.$('#re-amountPaid-error'), null, typed);
  }
  // A dollar sign while the currency is yuan: a clear message at the field,
  // the text kept.
  await page.fill('#re-amountPaid', '$1,200');
  const error = await page.$eval('#re-amountPaid-error', (e) => ({ text: e.textContent, role: e.getAttribute('role') }));
  assert.equal(error.role, 'alert');
  assert.match(error.text, /USD|美元|币种/);
  assert.equal(await page.inputValue('#re-amountPaid'), '$1,200');
  await page.selectOption('#re-currency', 'USD');
  for (const typed of DOLLARS) {
    await page.fill('#re-amountPaid', typed);
    assert.equal(await text(page, '[data-testid=article-figure]'), 'US$1,006.03', typed);
  }
  await page.fill('#re-amountPaid', '3650元');
  assert.ok(await page.$('#re-amountPaid-error'), 'yuan while dollars are picked');
  // In English nothing picked means dollars.
  const en = await openUi(browser, server.url, DESKTOP);
  await quality(en.page);
  assert.equal(await en.page.inputValue('#re-currency'), 'USD');
  await en.page.fill('#re-amountPaid', '$1,200');
  assert.equal(await text(en.page, '[data-testid=article-figure]'), 'USD 1,006.03');
  // Typed against the currency shown, the amount keeps it when the
  // language changes.
  await en.page.click('[data-testid=switch-lang]');
  assert.equal(await en.page.inputValue('#re-currency'), 'USD');
  assert.equal(await text(en.page, '[data-testid=article-figure]'), 'US$1,006.03');
  assert.deepEqual([...errors, ...en.errors].map(String), []);
  await en.context.close();
  await context.close();
});

test('phone: the first step\'s Next is in view, the tabs fit at 320 px in both languages, Verify is not a tab', async () => {
  const { page, context } = await openUi(browser, server.url, PHONE);
  const inView = (sel) => page.$eval(sel, (e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert.equal(await inView('form.re-step button[type=submit]'), true, 'Next without scrolling');
  await page.check('#re-problem-hardware_failure');
  assert.equal(await inView('form.re-step button[type=submit]'), true, 'Next after choosing');
  await page.screenshot({ path: `${SHOTS}customer-questions-zh-CN-375.png` });
  await context.close();
  for (const locale of ['zh-CN', 'en-US']) {
    const narrow = await openUi(browser, server.url, { locale, viewport: { width: 320, height: 640 } });
    const tabs = await narrow.page.$eval('.re-tabs', (nav) => ({
      fits: nav.scrollWidth <= nav.clientWidth,
      cut: [...nav.children].filter((b) => b.getBoundingClientRect().right > nav.getBoundingClientRect().right + 0.5).map((b) => b.textContent),
      names: [...nav.children].map((b) => b.dataset.view),
    }));
    assert.deepEqual(tabs, { fits: true, cut: [], names: ['questionnaire', 'calculator', 'policy'] }, locale);
    await narrow.context.close();
  }
});

test('phone: the calculator keeps a short line of the result in view; the result leads with verdict, figures and the next step, the long parts folded', async () => {
  const { page, context } = await openUi(browser, server.url, PHONE);
  await quality(page);
  await page.fill('#re-amountPaid', '3650元');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('#re-serviceStart').scrollIntoViewIfNeeded();
  const summary = await page.$eval('[data-testid=calc-summary]', (e) => {
    const r = e.getBoundingClientRect();
    return { text: e.textContent, visible: r.top >= 0 && r.bottom <= window.innerHeight + 1 };
  });
  assert.equal(summary.visible, true, 'the summary sticks to the screen while the form is in view');
  assert.match(summary.text, /¥3,060\.00/);
  await page.screenshot({ path: `${SHOTS}customer-calculator-zh-CN-375.png` });
  await page.click('[data-testid=calc-summary]');
  assert.equal(await activeId(page), 're-result');
  // Verdict, the two figures, the next step, then the long parts, folded.
  const order = await page.$$eval('#re-result [data-testid=verdict], #re-result .re-routes, #re-result [data-testid=next-step], #re-result details',
    (els) => els.map((e) => e.dataset.testid ?? e.className));
  assert.deepEqual(order, ['verdict', 're-routes', 'next-step', 'why', 'curve', 'next-steps']);
  assert.deepEqual(await page.$$eval('#re-result details', (ds) => ds.map((d) => d.open)), [false, false, false]);
  const height = await page.$eval('#re-result', (e) => e.getBoundingClientRect().height);
  // Opened by the customer, a part stays open while the answers change.
  await page.click('[data-testid=why] summary');
  await page.fill('#re-amountPaid', '7300元');
  assert.equal(await page.$eval('[data-testid=why]', (d) => d.open), true);
  assert.equal(await page.$eval('[data-testid=curve]', (d) => d.open), false);
  await page.click('[data-testid=why] summary');
  await page.screenshot({ path: `${SHOTS}customer-result-zh-CN-375.png`, fullPage: true });
  console.log(`# result height on a 375 px phone, folded: ${Math.round(height)} px`);
  await context.close();
  // On a desktop the parts start open.
  const wide = await openUi(browser, server.url, DESKTOP);
  await quality(wide.page);
  await wide.page.fill('#re-amountPaid', '1200');
  assert.deepEqual(await wide.page.$$eval('#re-result details', (ds) => ds.map((d) => d.open)), [true, true, true]);
  await wide.page.screenshot({ path: `${SHOTS}customer-calculator-en-US-1280.png`, fullPage: true });
  await wide.context.close();
});

test('focus never drops: language switch, Back and Forward, a pasted share link; the step heading carries its progress', async () => {
  const { page, context } = await openUi(browser, server.url, DESKTOP);
  assert.match(await text(page, '#re-step-heading'), /^Step 1 of \d: /);
  await page.focus('[data-testid=switch-lang]');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'switch-lang');
  assert.match(await text(page, '#re-step-heading'), /^第1步，共\d步：/);
  await page.keyboard.press('Enter');
  await page.check('#re-problem-hardware_failure');
  await page.click('form.re-step button[type=submit]');
  assert.equal(await activeId(page), 're-step-heading');
  assert.match(await text(page, '#re-step-heading'), /^Step 2 of \d: /);
  // The browser's Back and Forward.
  await page.evaluate(() => document.body.focus());
  await page.goBack();
  await page.waitForFunction(() => document.getElementById('re-step-heading')?.dataset.step === 'problem');
  assert.equal(await activeId(page), 're-step-heading');
  await page.goForward();
  await page.waitForFunction(() => document.getElementById('re-step-heading')?.dataset.step === 'remedy');
  assert.equal(await activeId(page), 're-step-heading');
  // A share link pasted into the address bar of the open page.
  const link = await page.evaluate(() => location.hash);
  await page.click('[data-view=policy]');
  await page.evaluate((hash) => { location.hash = hash; }, link.replace('view=questionnaire', 'view=calculator'));
  await page.waitForSelector('.re-calculator');
  assert.equal(await activeId(page), 're-calc-heading');
  // A link of the page that is not a share link (#top), or a cut one: the
  // answers stay, and a notice says the link could not be read.
  for (const hash of ['#top', `${link.slice(0, 40)}`]) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForSelector('.re-notice');
    assert.equal(await page.inputValue('#re-problem'), 'hardware_failure', `after ${hash}`);
    while (await page.$('.re-notice')) await page.click('.re-notice button');
  }
  await context.close();
});

test('one fact, one date: the end of the term is the same in the timeline, the curve\'s axis and its description', async () => {
  for (const options of [DESKTOP, PHONE]) {
    const { page, context } = await openUi(browser, server.url, options);
    await page.click('[data-view=calculator]');
    await page.selectOption('#re-problem', 'hardware_failure');
    await page.check('#re-remedy-refund');
    // Expiry 20 September 2027: the last paid day is the 19th.
    for (const [f, v] of Object.entries({ serviceStart: '2026-09-20', serviceEnd: '2027-09-20', amountPaid: '1200', problemStart: '2026-10-01', applicationDate: '2026-10-05' })) {
      await page.fill(`#re-${f}`, v);
    }
    await page.$$eval('#re-result details', (ds) => ds.forEach((d) => { d.open = true; }));
    const dates = await page.evaluate(() => ({
      timeline: document.querySelector('.re-mark-end').textContent,
      axis: document.querySelector('.re-curve-x span:last-child').textContent,
      description: document.querySelector('.re-curve .re-hint').textContent,
    }));
    const end = options.locale === 'zh-CN' ? '2027年9月19日' : '19 September 2027';
    assert.ok(dates.timeline.includes(end), `timeline: ${dates.timeline}`);
    assert.equal(dates.axis, end);
    assert.ok(dates.description.includes(end), `description: ${dates.description}`);
    for (const wrong of ['2027年9月20日', '20 September 2027']) {
      assert.ok(!Object.values(dates).some((d) => d.includes(wrong)), `no ${wrong}: ${JSON.stringify(dates)}`);
    }
    await context.close();
  }
});

test('verdict words in order of certainty, in both languages', async () => {
  const cases = [
    ['likely_eligible', ['usage_records', 'problem_photos'], 'A reason the article lists, ready to apply', '属于文章列出的情形，建议的材料已备齐，可以提交申请'],
    ['needs_evidence', ['usage_records'], 'A reason the article lists, evidence still missing', '属于文章列出的情形，但材料尚缺'],
  ];
  for (const [verdict, evidence, en, zh] of cases) {
    const { page, context } = await openUi(browser, server.url, DESKTOP);
    await quality(page);
    await page.fill('#re-amountPaid', '1200');
    for (const e of evidence) await page.check(`#re-evidence-${e}`);
    assert.equal(await page.getAttribute('#re-result', 'data-verdict'), verdict);
    assert.equal(await text(page, '[data-testid=verdict]'), en);
    await page.click('[data-testid=switch-lang]');
    assert.equal(await text(page, '[data-testid=verdict]'), zh);
    await context.close();
  }
});

test('typing an amount redraws only what it changes; the address follows, and Copy link right after a keystroke copies the newest answers', async () => {
  const { page, context } = await openUi(browser, server.url, DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await quality(page);
  await page.fill('#re-amountPaid', '1200.00');
  await page.waitForFunction(() => document.querySelector('[data-testid=article-figure]')?.textContent.includes('1,006.03'));
  await page.evaluate(() => {
    window.__before = {
      verdict: document.querySelector('.re-verdict'),
      checklist: document.querySelector('.re-checklist'),
      figure: document.querySelector('[data-testid=article-figure]'),
      // In the same part as the figure, unchanged: patched, not redrawn.
      heading: document.getElementById('re-article-heading'),
      timeline: document.querySelector('.re-timeline-marks'),
    };
  });
  await page.fill('#re-amountPaid', '2400.00');
  await page.waitForFunction(() => document.querySelector('[data-testid=article-figure]')?.textContent.includes('2,012.05'));
  const kept = await page.evaluate(() => ({
    verdict: window.__before.verdict === document.querySelector('.re-verdict'),
    checklist: window.__before.checklist === document.querySelector('.re-checklist'),
    figure: window.__before.figure === document.querySelector('[data-testid=article-figure]'),
    heading: window.__before.heading === document.getElementById('re-article-heading'),
    timeline: window.__before.timeline === document.querySelector('.re-timeline-marks'),
  }));
  assert.deepEqual(kept, { verdict: true, checklist: true, figure: false, heading: true, timeline: true },
    'the verdict, the checklist, and the heading and timeline beside the figure stay the same nodes; the figure, whose amount changed, is new');
  // The address carries the new amount once the typing rests.
  await page.waitForFunction(() => location.hash.includes('2400.00'));
  // Copy link at once after a keystroke: the copied link has it.
  await page.fill('#re-amountPaid', '3600.00');
  await page.click('[data-action=copy-link]');
  await page.waitForSelector('.re-flash');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /3600\.00/);
  assert.equal(copied, page.url().replace(/#.*/, '') + (await page.evaluate(() => location.hash)));
  await context.close();
});

test('while the person types, the address is not rewritten at each keystroke: once when the typing rests, at once when the page is hidden; the result patched in place equals a fresh one', async () => {
  const { page, context } = await openUi(browser, server.url, DESKTOP);
  await quality(page);
  await page.fill('#re-amountPaid', '1200.00');
  await page.waitForFunction(() => location.hash.includes('1200.00'));
  await page.evaluate(() => {
    window.__replaced = 0;
    const replace = History.prototype.replaceState;
    History.prototype.replaceState = function (...args) {
      window.__replaced += 1;
      return replace.apply(this, args);
    };
  });
  // Eight keystrokes a person's pace apart: each figure is drawn at once,
  // the address waits.
  await page.fill('#re-amountPaid', '');
  await page.type('#re-amountPaid', '2400.00', { delay: 40 });
  await page.waitForFunction(() => document.querySelector('[data-testid=article-figure]')?.textContent.includes('2,012.05'));
  assert.equal(await page.evaluate(() => window.__replaced), 0, 'the address was rewritten while typing');
  await page.waitForFunction(() => location.hash.includes('2400.00'));
  assert.equal(await page.evaluate(() => window.__replaced), 1);
  // A switch of tab or app (the page hidden) writes the waiting answers at
  // once, so a phone that discards the page in the background keeps them.
  await page.fill('#re-amountPaid', '3600.00');
  const written = await page.evaluate(() => {
    document.dispatchEvent(new Event('visibilitychange'));
    return location.hash.includes('3600.00');
  });
  assert.ok(written, 'the page was hidden before the address had the newest amount');
  assert.equal(await page.evaluate(() => window.__replaced), 2);
  // The result patched in place is the one a fresh page draws: switch the
  // language (every text of it rewritten), then reload from the address.
  await page.click('[data-testid=switch-lang]');
  await page.waitForFunction(() => location.hash.includes('lang=zh-CN'));
  const patched = await page.$eval('#re-result', (e) => e.innerHTML);
  assert.match(patched, /2025年3月1日/);
  await page.reload();
  await page.waitForSelector('.re-figure');
  assert.equal(await page.inputValue('#re-amountPaid'), '3600.00');
  assert.equal(await page.$eval('#re-result', (e) => e.innerHTML), patched, 'the patched result differs from a fresh one');
  await context.close();
});
