// The product UI, used as a customer would: guided questions, calculator,
// results, languages, bad input, sharing, printing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openUi, answerQuestionnaire, clauseLinks, SPEC_ANSWERS } from './harness.mjs';

let server, browser;
useSite((s, b) => {
  server = s;
  browser = b;
});

const text = (page, sel) => page.$eval(sel, (e) => e.textContent.trim());

test('quality: the spec example through the guided questions', async () => {
  const { page, errors, context } = await openUi(browser, server.url);
  await answerQuestionnaire(page, SPEC_ANSWERS);
  assert.equal(await text(page, '[data-testid=verdict]'), 'A reason the article lists, ready to apply');
  assert.equal(await text(page, '[data-testid=article-figure]'), 'USD 1,006.03');
  assert.equal(await text(page, '[data-testid=arithmetic]'), 'USD 1,200.00 × 306 ÷ 365 = USD 1,006.03');
  assert.match(await text(page, '.re-rounding'), /1006\.027397…, rounded half up to USD 1,006\.03/);
  // Both rulebooks side by side, the article's first for a reason it lists.
  assert.deepEqual(await page.$$eval('.re-route', (r) => r.map((e) => e.dataset.testid)), ['route-article', 'route-published']);
  assert.equal(await text(page, '[data-testid=published-figure]'), 'about USD 973.15');
  assert.match(await text(page, '[data-testid=comparison]'), /the article's route gives more: USD 1,006\.03, against about USD 973\.15 by ending the subscription yourself/);
  assert.deepEqual(await clauseLinks(page, '[data-testid=route-published]'),
    ['published.example', 'published.unsubscribe', 'published.consumed', 'published.consumed']);
  // The published rules give money: how to end the subscription, each fact
  // with the provider's page and the date it was read.
  assert.deepEqual(await clauseLinks(page, '[data-testid=how-to]'),
    ['published.how_to', 'published.renewals', 'published.payout', 'published.blockers', 'published.china_site']);
  assert.equal(await page.$$eval('[data-testid=how-to] .re-page-line a', (a) => a.length), 5);
  assert.deepEqual(await clauseLinks(page, '[data-testid=why]'),
    ['grounds.quality', 'refund.quality', 'refund.quality', 'refund.quality', 'process.apply']);
  assert.deepEqual(await clauseLinks(page, '[data-testid=next-steps]'),
    ['process.contact', 'process.apply', 'process.review', 'process.notify']);
  // The timeline names both parts in words, not only in colour.
  assert.match(await text(page, '.re-legend'), /Charged: 59 days.*Refundable: 306 days/s);
  assert.match(await page.getAttribute('.re-timeline-bar', 'aria-label'), /59 are charged and 306 are refundable/);
  // The live region announces the result.
  assert.equal(await text(page, '[data-testid=live]'),
    "A reason the article lists, ready to apply. Article's policy: USD 1,006.03. Published rules: about USD 973.15.");
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

test('not as promised: refund from the application date, contract missing', async () => {
  const { page, context } = await openUi(browser, server.url);
  await answerQuestionnaire(page, {
    problem: 'bandwidth_below_contract', remedy: 'refund',
    serviceStart: '2025-01-01', serviceEnd: '2026-01-01', amountPaid: '1200.00',
    applicationDate: '2025-03-10', evidence: ['usage_records'],
  });
  assert.equal(await text(page, '[data-testid=verdict]'), 'A reason the article lists, evidence still missing');
  assert.equal(await text(page, '.re-figure'), 'USD 976.44');
  assert.equal(await page.$('#re-problemStart'), null);
  assert.equal(await page.$('#re-stoppedUsing'), null);
  assert.deepEqual(await clauseLinks(page, '[data-testid=why]'),
    ['grounds.not_as_promised', 'refund.not_as_promised', 'refund.not_as_promised', 'process.apply']);
  const missing = await page.$$eval('.re-checklist .re-missing', (li) => li.map((l) => l.dataset.evidence));
  assert.deepEqual(missing, ['contract_or_order']);
  await context.close();
});

test('force majeure: the figure is marked as an estimate', async () => {
  const { page, context } = await openUi(browser, server.url);
  await answerQuestionnaire(page, {
    problem: 'natural_disaster', remedy: 'refund',
    serviceStart: '2025-06-01', serviceEnd: '2025-09-01', amountPaid: '500.00',
    problemStart: '2025-08-15', applicationDate: '2025-08-20', evidence: ['usage_records', 'event_proof'],
  });
  assert.equal(await text(page, '.re-figure'), 'USD 92.39');
  assert.match(await text(page, '.re-estimate'), /^Assumption: Estimate only\. The article gives no formula/);
  assert.equal((await clauseLinks(page, '[data-testid=why]'))[1], 'refund.force_majeure');
  await context.close();
});

test('not covered: the published rules lead, with what was paid asked (optional)', async () => {
  const { page, context } = await openUi(browser, server.url);
  await page.check('#re-problem-no_longer_needed');
  assert.equal(await text(page, '.re-progress-text'), 'Step 1 of 3');
  await page.click('form.re-step button[type=submit]');
  // What was paid, for the published rules: optional, nothing is required.
  assert.equal(await page.getAttribute('#re-step-heading', 'data-step'), 'details');
  assert.match(await text(page, '.re-lead'), /ending a subscription yourself needs no reason/);
  await page.click('form.re-step button[type=submit]');
  await page.waitForSelector('.re-result');
  assert.equal(await text(page, '[data-testid=verdict]'), 'Not among the reasons the article lists');
  assert.match(await text(page, '[data-testid=published-figure]'), /Give the amount you paid/);
  assert.deepEqual(await clauseLinks(page, '[data-testid=why]'), ['grounds.scope']);
  assert.deepEqual(await clauseLinks(page, '[data-testid=next-steps]'), ['process.contact']);
  // With what was paid: the published figure comes first.
  await page.click('text=Change answers');
  await answerQuestionnaire(page, {
    problem: 'no_longer_needed', serviceStart: '2025-01-01', serviceEnd: '2026-01-01',
    amountPaid: '1200.00', listPrice: '1440.00', applicationDate: '2025-03-10',
  });
  assert.deepEqual(await page.$$eval('.re-route', (r) => r.map((e) => e.dataset.testid)), ['route-published', 'route-article']);
  assert.equal(await text(page, '.re-figure'), 'USD 927.78 – USD 973.15');
  assert.match(await text(page, '[data-testid=article-figure]'), /The article lists no refund for this reason/);
  assert.match(await text(page, '[data-testid=comparison]'), /but you can end the subscription yourself under the provider's published rules, which need no reason/);
  // The published rules give the only money: ending the subscription is the next step.
  assert.match(await text(page, '[data-testid=next-step]'), /End the subscription yourself in the Expenses and Costs console/);
  await context.close();
});

test('exchange only: no money questions and no dates', async () => {
  const { page, context } = await openUi(browser, server.url);
  await page.check('#re-problem-hardware_failure');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#re-remedy-exchange');
  await page.check('#re-remedy-exchange');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#re-evidence-usage_records');
  assert.equal(await page.$('#re-amountPaid'), null);
  assert.equal(await page.$('#re-problemStart'), null);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.re-result');
  assert.match(await text(page, '.re-result'), /No refund is estimated: you are applying for an exchange/);
  assert.match(await text(page, '[data-testid=published-figure]'), /you are applying for an exchange, not for money back/);
  await context.close();
});

test('the facts a figure depends on: billing, when use stopped, the original price', async () => {
  const { page, context } = await openUi(browser, server.url);
  await answerQuestionnaire(page, { ...SPEC_ANSWERS, stoppedUsing: '2025-03-10', listPrice: '1440.00' });
  // Used until the application day: counted to it.
  assert.equal(await text(page, '.re-figure'), 'USD 976.44');
  assert.equal(await text(page, '[data-testid=published-figure]'), 'USD 927.78 – USD 973.15');
  // The one-click answers to "until when?".
  await page.click('text=Change answers');
  await page.click('form.re-step button[type=submit]');
  await page.click('form.re-step button[type=submit]');
  await page.click('[data-testid=stopped-same-day]');
  assert.equal(await page.inputValue('#re-stoppedUsing'), '2025-03-01');
  await page.click('[data-testid=stopped-until-applying]');
  assert.equal(await page.inputValue('#re-stoppedUsing'), '2025-03-10');
  // Pay-as-you-go: zero under the article, nothing under the published rules.
  await page.check('#re-billing-pay_as_you_go');
  await page.click('form.re-step button[type=submit]');
  await page.click('form.re-step button[type=submit]');
  await page.waitForSelector('.re-result');
  assert.equal(await text(page, '.re-figure'), 'USD 0.00');
  assert.equal(await text(page, '[data-testid=published-figure]'), 'Nothing comes back');
  assert.match(await text(page, '[data-testid=why]'), /pay-as-you-go bill pays only for time already used/);
  await context.close();
});

test('a typed last paid day is met with the likely expiry date, in one click', async () => {
  const { page, context } = await openUi(browser, server.url);
  await page.click('[data-view=calculator]');
  await page.selectOption('#re-problem', 'hardware_failure');
  await page.fill('#re-serviceStart', '2025-01-01');
  await page.fill('#re-serviceEnd', '2025-12-31');
  assert.match(await text(page, '[data-testid=expiry-hint]'), /2025-12-31 looks like the last paid day\. The expiry date is then 2026-01-01\./);
  await page.click('[data-testid=use-expiry]');
  assert.equal(await page.inputValue('#re-serviceEnd'), '2026-01-01');
  assert.equal(await page.$('[data-testid=expiry-hint]'), null);
  // An expiry date that is already one is left alone.
  await page.fill('#re-serviceEnd', '2025-07-01');
  assert.equal(await page.$('[data-testid=expiry-hint]'), null);
  await context.close();
});

test('Back keeps answers, and focus moves to the new step heading', async () => {
  const { page, context } = await openUi(browser, server.url);
  await page.check('#re-problem-network_unstable');
  await page.click('form.re-step button[type=submit]');
  await page.waitForSelector('#re-remedy-refund');
  assert.equal(await page.evaluate(() => document.activeElement.id), 're-step-heading');
  await page.check('#re-remedy-refund');
  await page.click('form.re-step button[type=submit]');
  await page.fill('#re-amountPaid', '99.50');
  await page.click('[data-testid=back]');
  await page.click('[data-testid=back]');
  assert.equal(await page.isChecked('#re-problem-network_unstable'), true);
  await page.click('form.re-step button[type=submit]');
  assert.equal(await page.isChecked('#re-remedy-refund'), true);
  await page.click('form.re-step button[type=submit]');
  assert.equal(await page.inputValue('#re-amountPaid'), '99.50');
  await context.close();
});

test('a step is checked before moving on; nothing chosen shows a message', async () => {
  const { page, context } = await openUi(browser, server.url);
  await page.click('form.re-step button[type=submit]');
  assert.match(await text(page, '#re-problem-error'), /What happened is needed/);
  assert.equal(await page.getAttribute('#re-step-heading', 'data-step'), 'problem');
  await context.close();
});

const BAD_VALUES = [
  ['letters in the amount', 'amountPaid', '12abc', /Enter an amount in USD/],
  ['too many decimals', 'amountPaid', '12.345', /at most 2 decimal places/],
  ['end before start', 'serviceEnd', '2024-12-01', /expiry date must be after the service start/],
  ['problem outside the term', 'problemStart', '2026-01-01', /must have begun before the expiry date/, { applicationDate: '2026-01-05' }],
  ['application before the problem', 'applicationDate', '2025-02-01', /cannot be before the problem began/],
];

for (const [name, field, value, message, more = {}] of BAD_VALUES) {
  test(`bad value (${name}) shows its message next to the field and keeps the rest`, async () => {
    const { page, context } = await openUi(browser, server.url);
    const answers = { ...SPEC_ANSWERS, ...more, [field]: value };
    await page.check(`#re-problem-${answers.problem}`);
    await page.click('form.re-step button[type=submit]');
    await page.click('form.re-step button[type=submit]');
    for (const f of ['serviceStart', 'serviceEnd', 'amountPaid', 'problemStart', 'applicationDate']) {
      await page.fill(`#re-${f}`, answers[f]);
    }
    await page.click('form.re-step button[type=submit]');
    // Still on the details step, the message right under its field.
    assert.equal(await page.getAttribute('#re-step-heading', 'data-step'), 'details');
    const msg = await page.$eval(`#re-${field}-error`, (e) => ({
      text: e.textContent, inField: e.closest('.re-field').querySelector('input').id,
    }));
    assert.match(msg.text, message);
    assert.equal(msg.inField, `re-${field}`);
    assert.equal(await page.getAttribute(`#re-${field}`, 'aria-invalid'), 'true');
    for (const f of ['serviceStart', 'serviceEnd', 'amountPaid', 'problemStart', 'applicationDate']) {
      assert.equal(await page.inputValue(`#re-${f}`), answers[f], `${f} kept`);
    }
    // Only that field is marked.
    assert.equal((await page.$$('.re-error')).length, 1);
    await context.close();
  });
}

test('calculator: the result follows every change, no button', async () => {
  const { page, context } = await openUi(browser, server.url);
  await page.click('[data-view=calculator]');
  await page.selectOption('#re-problem', 'hardware_failure');
  await page.fill('#re-serviceStart', '2025-01-01');
  await page.fill('#re-serviceEnd', '2026-01-01');
  await page.fill('#re-amountPaid', '1200.00');
  await page.fill('#re-problemStart', '2025-03-01');
  await page.fill('#re-applicationDate', '2025-03-10');
  assert.equal(await text(page, '.re-figure'), 'USD 1,006.03');
  await page.fill('#re-amountPaid', '2400');
  assert.equal(await text(page, '.re-figure'), 'USD 2,012.05');
  await page.fill('#re-problemStart', '2025-01-01');
  assert.equal(await text(page, '.re-figure'), 'USD 2,400.00');
  await page.check('#re-remedy-exchange');
  assert.equal(await text(page, '[data-testid=article-figure]'), 'No refund is estimated: you are applying for an exchange.');
  await context.close();
});

test('switching language keeps the answers and changes the texts', async () => {
  const { page, context } = await openUi(browser, server.url);
  await page.click('[data-view=calculator]');
  await page.selectOption('#re-problem', 'hardware_failure');
  for (const [f, v] of Object.entries({ serviceStart: '2025-01-01', serviceEnd: '2026-01-01', amountPaid: '1200.00', problemStart: '2025-03-01', applicationDate: '2025-03-10' })) {
    await page.fill(`#re-${f}`, v);
  }
  await page.check('#re-evidence-usage_records');
  await page.click('[data-testid=switch-lang]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.equal(await text(page, '.re-figure'), 'US$1,006.03');
  assert.equal(await text(page, '[data-testid=verdict]'), '属于文章列出的情形，但材料尚缺');
  assert.equal(await text(page, '.re-tab-current'), '计算器');
  assert.equal(await page.inputValue('#re-amountPaid'), '1200.00');
  assert.equal(await page.isChecked('#re-evidence-usage_records'), true);
  assert.match(await text(page, '.re-timeline-marks'), /2025年3月1日/);
  await page.click('[data-testid=switch-lang]');
  assert.equal(await text(page, '.re-figure'), 'USD 1,006.03');
  await context.close();
});

test('the first language follows the browser', async () => {
  const { page, context } = await openUi(browser, server.url, { locale: 'zh-CN' });
  assert.equal(await text(page, '.re-h1'), '退款估算');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  await context.close();
});

test('clause links open the policy view at the clause; the published rules box is there', async () => {
  const { page, context } = await openUi(browser, server.url);
  await answerQuestionnaire(page, SPEC_ANSWERS);
  await page.click('.re-result a.re-clause[data-clause="refund.quality"]');
  await page.waitForSelector('.re-policy');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'clause-refund.quality');
  for (const id of ['grounds.quality', 'grounds.not_as_promised', 'grounds.force_majeure', 'grounds.scope',
    'process.contact', 'process.apply', 'process.review', 'process.notify',
    'refund.quality', 'refund.not_as_promised', 'refund.force_majeure',
    'published.unsubscribe', 'published.consumed', 'published.vouchers', 'published.pay_as_you_go',
    'published.not_started', 'published.payout', 'published.example', 'published.how_to',
    'published.renewals', 'published.blockers', 'published.china_site']) {
    assert.ok(await page.$(`[id="clause-${id}"]`), id);
  }
  // The provider's rules, each with its page, the date it was updated and read.
  assert.match(await text(page, '#published-rules'), /vouchers/);
  assert.equal(await page.getAttribute('[id="clause-published.unsubscribe"] .re-page-line a', 'href'),
    'https://www.alibabacloud.com/help/en/user-center/refund-rules');
  assert.match(await text(page, '[id="clause-published.unsubscribe"] .re-page-line'), /updated 22 May 2026; read 28 November 2026/);
  assert.match(await text(page, '.re-meta'), /15 January 2025/);
  // Back returns to the result with the answers.
  await page.click('text=Back to your answers');
  assert.equal(await text(page, '.re-figure'), 'USD 1,006.03');
  await context.close();
  // A direct link to a clause opens the policy view there.
  const direct = await openUi(browser, `${server.url}#clause-process.review`);
  await direct.page.waitForSelector('.re-policy');
  await direct.page.waitForFunction(() => document.activeElement?.id === 'clause-process.review');
  await direct.context.close();
});

test('the share link restores the same screen in a new page', async () => {
  const { page, context } = await openUi(browser, server.url);
  await answerQuestionnaire(page, SPEC_ANSWERS);
  const link = page.url();
  assert.match(link, /#v=1&policy=aliyun-us-server-returns-2025-01-15&fp=[0-9a-f]{16}&/);
  const other = await openUi(browser, link);
  assert.equal(await text(other.page, '.re-figure'), 'USD 1,006.03');
  assert.equal(await other.page.getAttribute('#re-step-heading', 'data-step'), 'result');
  assert.equal(await other.page.$('.re-notice'), null);
  await other.context.close();
  // A link made under another policy version opens with a notice.
  const old = link.replace(/fp=[0-9a-f]{16}/, 'fp=0000000000000000');
  const third = await openUi(browser, old);
  assert.match(await text(third.page, '.re-notice'), /another version of the rules/);
  assert.equal(await text(third.page, '.re-figure'), 'USD 1,006.03');
  await third.context.close();
  await context.close();
});

test('copy summary puts the case, figure, checklist and clauses on the clipboard', async () => {
  const { page, context } = await openUi(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await answerQuestionnaire(page, { ...SPEC_ANSWERS, evidence: ['usage_records'] });
  await page.click('text=Copy summary');
  await page.waitForSelector('.re-flash');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /Case: Hardware failure \(Quality problem\)/);
  assert.match(copied, /Under the article's policy: USD 1,006\.03 = USD 1,200\.00 × 306 ÷ 365/);
  assert.match(copied, /Ending the subscription yourself \(the provider's published rules\): about USD 973\.15 \(10 March 2025\)/);
  assert.match(copied, /\[x\] Server usage records/);
  assert.match(copied, /\[ \] Photos or screenshots of the problem/);
  // Clauses by their titles, never their ids.
  assert.match(copied, /\(clause: Refund for a quality problem\)/);
  assert.match(copied, /\(clause: Step 4: the decision\)/);
  assert.doesNotMatch(copied, /\[(grounds|refund|process|published)\./);
  await page.click('text=Copy link');
  await page.waitForFunction(() => document.querySelector('.re-flash')?.textContent.includes('Link copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await context.close();
});

test('print: one clean page without buttons', async () => {
  const { page, context } = await openUi(browser, server.url);
  await answerQuestionnaire(page, SPEC_ANSWERS);
  await page.emulateMedia({ media: 'print' });
  const visible = await page.$$eval('button, nav', (els) => els.filter((e) => getComputedStyle(e).display !== 'none'
    && e.offsetParent !== null).map((e) => e.textContent));
  assert.deepEqual(visible, []);
  assert.equal(await page.isVisible('.re-figure'), true);
  await context.close();
});

test('the new questions in Chinese, and both rulebooks for covered, unlisted and pay-as-you-go cases', async () => {
  const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
  const shots = [
    ['zh-CN', 375, 'covered', { ...SPEC_ANSWERS, stoppedUsing: '2025-03-05', listPrice: '￥3,650', currency: 'CNY', amountPaid: '３，０００' }],
    ['en-US', 1280, 'not-covered', { problem: 'no_longer_needed', serviceStart: '2025-01-01', serviceEnd: '2026-01-01', amountPaid: '$1,200', listPrice: '1440', applicationDate: '2025-03-10' }],
    ['zh-CN', 375, 'payg', { ...SPEC_ANSWERS, billing: 'pay_as_you_go' }],
  ];
  for (const [locale, width, name, answers] of shots) {
    const { page, context, errors } = await openUi(browser, server.url, { locale, viewport: { width, height: 900 } });
    await answerQuestionnaire(page, answers);
    assert.equal(await page.$$eval('.re-route', (r) => r.length), 2, name);
    if (locale === 'zh-CN') {
      assert.match(await text(page, '[data-testid=route-article] h3'), /如果服务商按文章所述政策批准你的申请/);
      assert.match(await text(page, '[data-testid=route-published] h3'), /如果你按服务商公布的规则自行退订/);
    }
    if (name === 'covered') {
      // ¥3,000 for 365 days, used 63 days (to 5 March): ¥2,482.19; the
      // published rules with the original price ¥3,650: a range.
      assert.equal(await text(page, '[data-testid=article-figure]'), '¥2,482.19');
      assert.match(await text(page, '[data-testid=published-figure]'), /^¥\d[\d,]*\.\d\d – ¥2,432\.88$/);
    }
    if (name === 'payg') assert.equal(await text(page, '[data-testid=published-figure]'), '不会退回款项');
    await page.screenshot({ path: `${SHOTS}v2-${name}-${locale}-${width}.png`, fullPage: true });
    assert.deepEqual(errors.map(String), []);
    await context.close();
  }
});

// The bar scrolls sideways on a narrow screen; nothing in it may hang below
// it (that made it scroll 2px down too, and clipped the current tab's
// underline in Firefox and WebKit).
test('the tabs: no vertical scroll, the current tab\'s underline whole, on a desktop and a phone', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
    const { page, context } = await openUi(browser, server.url, { viewport });
    for (const view of ['questionnaire', 'calculator', 'policy']) {
      await page.click(`[data-view=${view}]`);
      const box = await page.$eval('.re-tabs', (bar) => {
        const tab = bar.querySelector('.re-tab-current');
        const b = bar.getBoundingClientRect();
        const t = tab.getBoundingClientRect();
        return {
          scrollsDown: bar.scrollHeight - bar.clientHeight,
          hangs: t.bottom - b.bottom,
          underline: getComputedStyle(tab).borderBottomWidth,
        };
      });
      assert.deepEqual(box, { scrollsDown: 0, hangs: 0, underline: '3px' }, `${viewport.width}px, ${view}`);
    }
    await context.close();
  }
});
