// One screen, one story (docs/rules.md, "One screen, one story"), as a customer sees it on a
// phone in Chinese and a desktop in English: a headline that accounts for
// the money, late dates said at their field, "until I apply" that follows
// the application date, the cost of waiting from the date entered, the
// route that pays explained, focus kept on Copy, `?lang=`, and the
// examples for demos. Screenshots: tests/browser/screenshots/story-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { useSite, openUi, answerQuestionnaire, clauseLinks } from './harness.mjs';

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
const shot = (page, name) => page.screenshot({ path: `${SHOTS}story-${name}.png`, fullPage: true });

// A yearly term in 2025-26 and an application in December 2026: the term
// has ended. Then the same term paid with vouchers only, and billed
// pay-as-you-go, both applied for during the term.
const TERM = { serviceStart: '2025-06-01', serviceEnd: '2026-06-01', amountPaid: '1200', problemStart: '2025-09-01' };
const NOTHING = [
  ['ended', { ...TERM, problem: 'network_unstable', remedy: 'refund', stoppedUsing: '2026-06-01', applicationDate: '2026-12-01' }],
  ['vouchers', { ...TERM, problem: 'hardware_failure', remedy: 'refund', amountPaid: '0', applicationDate: '2025-10-01' }],
  ['payg', { ...TERM, problem: 'hardware_failure', remedy: 'refund', billing: 'pay_as_you_go', applicationDate: '2025-10-01' }],
];
const WORDS = {
  en: { title: 'Nothing would come back as a refund', never: /apply for a refund|applying for a refund|arrange a refund/ },
  zh: { title: '不会退回任何款项', never: /并申请退款|办理退款/ },
};

test('a refund asked for, nothing back under either rulebook: the headline says so and why, and no step says to apply for a refund', async () => {
  for (const [lang, options] of [['zh', PHONE], ['en', DESKTOP]]) {
    for (const [name, answers] of NOTHING) {
      const { page, context, errors } = await openUi(browser, server.url, options);
      await answerQuestionnaire(page, { ...answers, evidence: ['usage_records', 'problem_photos'] });
      assert.equal(await text(page, '[data-testid=verdict]'), WORDS[lang].title, `${lang} ${name}`);
      assert.equal(await page.getAttribute('#re-result', 'data-tone'), 'attention');
      const steps = await page.$$eval('[data-testid=next-steps] li p, [data-testid=next-step] p', (ps) => ps.map((p) => p.textContent));
      for (const s of steps) assert.doesNotMatch(s, WORDS[lang].never, `${lang} ${name}: ${s}`);
      // The live region says the same.
      assert.ok((await text(page, '[data-testid=live]')).startsWith(WORDS[lang].title), `${lang} ${name}`);
      if (name === 'ended') await shot(page, `ended-${lang === 'zh' ? 'phone-zh' : 'desktop-en'}`);
      assert.deepEqual(errors.map(String), []);
      await context.close();
    }
  }
});

test('a late application date: a notice at the field, not an error, and a sentence in the verdict', async () => {
  for (const [lang, options, late] of [['zh', PHONE, /服务期已经结束/], ['en', DESKTOP, /the term has ended/]]) {
    const { page, context, errors } = await openUi(browser, server.url, options);
    await page.click('[data-view=calculator]');
    await page.selectOption('#re-problem', 'hardware_failure');
    await page.check('#re-remedy-refund');
    for (const [f, v] of Object.entries({ serviceStart: '2024-01-01', serviceEnd: '2025-01-01', amountPaid: '1200', problemStart: '2024-03-01', applicationDate: '2026-11-20' })) {
      await page.fill(`#re-${f}`, v);
    }
    const notice = page.locator('[data-testid=field-notice][data-field=applicationDate]');
    await notice.waitFor();
    assert.match(await notice.textContent(), late);
    assert.equal(await notice.getAttribute('role'), 'status');
    assert.equal(await page.locator('.re-error[data-field=applicationDate]').count(), 0, 'not an error');
    assert.match(await page.getAttribute('#re-applicationDate', 'aria-describedby'), /re-applicationDate-notice/);
    assert.match(await text(page, '[data-testid=verdict-detail]'), late);
    assert.equal(await page.getAttribute('#re-result', 'data-tone'), 'attention');
    // The figure is the article's, as before.
    assert.match(await text(page, '[data-testid=article-figure]'), /1,003\.28/);
    await page.locator('#re-applicationDate').scrollIntoViewIfNeeded();
    await shot(page, `late-${lang === 'zh' ? 'phone-zh' : 'desktop-en'}`);
    assert.deepEqual(errors.map(String), []);
    await context.close();
  }
});

test('"until I apply" follows the application date; the cost of waiting starts from it', async () => {
  const { page, context, errors } = await openUi(browser, server.url, DESKTOP);
  await page.click('[data-view=calculator]');
  await page.selectOption('#re-problem', 'network_unstable');
  await page.check('#re-remedy-refund');
  for (const [f, v] of Object.entries({ ...TERM, applicationDate: '2026-03-01' })) {
    if (f !== 'problem' && f !== 'remedy') await page.fill(`#re-${f}`, v);
  }
  await page.click('[data-testid=stopped-until-applying]');
  assert.equal(await page.inputValue('#re-stoppedUsing'), '2026-03-01');
  assert.ok(await page.$('[data-testid=stopped-follows]'));
  const before = await text(page, '[data-testid=article-figure]');
  await page.fill('#re-applicationDate', '2026-04-01');
  await page.waitForFunction(() => document.querySelector('#re-stoppedUsing').value === '2026-04-01');
  const after = await text(page, '[data-testid=article-figure]');
  assert.notEqual(after, before, 'the figure follows the later day of use');
  assert.equal(await page.locator('.re-error').count(), 0);

  // The cost of waiting for a service not as promised: from the day given.
  await page.selectOption('#re-problem', 'bandwidth_below_contract');
  await page.fill('#re-applicationDate', '2026-03-01');
  await page.waitForFunction(() => document.querySelector('.re-waiting-table tbody th')?.textContent.includes('1 March 2026'));
  const rows = await page.$$eval('.re-waiting-table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  assert.deepEqual(rows.map((r) => r[0]), ['on your application date (1 March 2026)', '7 days later (8 March 2026)', '30 days later (31 March 2026)']);
  assert.equal(rows[0][1], await text(page, '[data-testid=article-figure]'), 'the first row is the figure above');
  assert.equal(rows[0][2], await text(page, '[data-testid=published-figure]'));
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

test('the route that pays is explained: how to unsubscribe, renewals, payout, blockers, each with its page; words, not ids', async () => {
  for (const [lang, options] of [['zh', PHONE], ['en', DESKTOP]]) {
    const { page, context, errors } = await openUi(browser, server.url, options);
    await answerQuestionnaire(page, { problem: 'no_longer_needed', serviceStart: '2026-06-01', serviceEnd: '2027-06-01', amountPaid: '900', listPrice: '1200', applicationDate: '2026-12-01' });
    const lead = await text(page, '[data-testid=next-step]');
    assert.match(lead, lang === 'zh' ? /在费用与成本控制台依次选择.*自行退订/ : /End the subscription yourself in the Expenses and Costs console/);
    assert.deepEqual(await clauseLinks(page, '[data-testid=how-to]'),
      ['published.how_to', 'published.renewals', 'published.payout', 'published.blockers', 'published.china_site']);
    const how = await text(page, '[data-testid=how-to]');
    assert.match(how, lang === 'zh' ? /尚未生效的续费订单/ : /renewal orders for it that have not taken effect/);
    assert.match(how, lang === 'zh' ? /付费镜像/ : /paid Alibaba Cloud Marketplace image/);
    assert.match(how, lang === 'zh' ? /查阅于2026年12月1日/ : /read 1 December 2026/);
    // The provider's Chinese page by its Chinese title.
    if (lang === 'zh') assert.match(how, /退订规则说明/);
    assert.match(await text(page, '[data-testid=published-note]'), lang === 'zh' ? /服务商自己举的例子/ : /the provider's own example/);
    // No clause id or internal tag in what the customer reads.
    const shown = await page.$eval('#re-result', (e) => e.innerText);
    assert.doesNotMatch(shown, /\b(grounds|process|refund|published)\.[a-z_]+/);
    assert.doesNotMatch(shown, /kind end|harsh end|较宽松|较严格/);
    await page.locator('[data-testid=how-to]').scrollIntoViewIfNeeded();
    await shot(page, `how-to-${lang === 'zh' ? 'phone-zh' : 'desktop-en'}`);
    assert.deepEqual(errors.map(String), []);
    await context.close();
  }
});

test('Copy link and Copy summary keep the keyboard focus, and the status says what was copied', async () => {
  const { page, context, errors } = await openUi(browser, server.url, DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await answerQuestionnaire(page, { problem: 'hardware_failure', remedy: 'either', ...TERM, applicationDate: '2025-10-01', evidence: ['usage_records'] });
  for (const [action, said] of [['copy-summary', /Summary copied/], ['copy-link', /Link copied/]]) {
    await page.focus(`[data-action=${action}]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=copied]');
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('[data-testid=copied]').textContent), said.source);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), action, `${action} keeps the focus`);
  }
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

test('index.html?lang=zh-CN opens in Chinese, whatever the browser prefers', async () => {
  const { page, context } = await openUi(browser, `${server.url}index.html?lang=zh-CN`, DESKTOP);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal(await text(page, '.re-h1'), '退款估算');
  await context.close();
  const en = await openUi(browser, `${server.url}?lang=en`, PHONE);
  assert.equal(await en.page.getAttribute('.re-app', 'lang'), 'en');
  await en.context.close();
});

test('try an example: each fills in a whole case in one click, offline too, and Undo brings the answers back', async () => {
  const { page, context, errors } = await openUi(browser, server.url, PHONE);
  const titles = await page.$$eval('[data-testid=examples] button', (bs) => bs.map((b) => b.textContent));
  assert.deepEqual(titles, ['包年服务器硬盘故障', '带宽低于购买时的约定', '因新法规无法继续使用', '不再需要这台服务器', '按量付费，网络不稳定']);
  // Offline as a demo is: after the page and its JS API have loaded once.
  await page.waitForFunction(() => window.refundEstimator?.version);
  await context.setOffline(true);
  // A first answer of the person's own.
  await page.check('#re-problem-found_cheaper');
  for (let i = 0; i < titles.length; i++) {
    if (i > 0) {
      await page.click('text=修改回答');
    }
    await page.click(`[data-testid=examples] button[data-example="${i}"]`);
    await page.waitForFunction((t) => document.querySelector('.re-flash')?.textContent.includes(`已填入示例“${t}”`), titles[i]);
    await page.waitForFunction(() => document.activeElement?.id === 're-undo');
  }
  assert.equal(await text(page, '[data-testid=verdict]'), '不会退回任何款项', 'pay-as-you-go: nothing back');
  await page.click('#re-undo');
  await page.waitForSelector('#re-step-heading[data-step=problem]');
  assert.equal(await page.isChecked('#re-problem-no_longer_needed'), true, 'Undo puts back the answers before the last example');
  // In the calculator too.
  await page.click('[data-view=calculator]');
  await page.click('[data-testid=examples] button[data-example="0"]');
  await page.waitForSelector('#re-result');
  assert.equal(await page.inputValue('#re-amountPaid'), '8,600.00');
  assert.deepEqual(errors.map(String), []);
  await context.close();
});
