// The JS contract (README, "The JS API"), exercised in the built release site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp } from './harness.mjs';

let server, browser, page, errors;

before(async () => {
  server = await serve();
  browser = await launch();
  ({ page, errors } = await openApp(browser, server.url));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const SPEC_REQUEST = {
  problem: 'hardware_failure', remedy: 'either', currency: 'USD',
  amountPaid: '1200.00', serviceStart: '2025-01-01', serviceEnd: '2026-01-01',
  problemStart: '2025-03-01', applicationDate: '2025-03-10',
  evidence: ['usage_records', 'problem_photos'], lang: 'en',
};

/** Calls evaluate in the page; returns { ok, value } or { ok: false, error }. */
function evaluate(request) {
  return page.evaluate((req) => {
    try {
      return { ok: true, value: window.refundEstimator.evaluate(req) };
    } catch (e) {
      return {
        ok: false,
        isError: e instanceof Error,
        error: { code: e.code, field: e.field, message: e.message },
      };
    }
  }, request);
}

test('exposes version and policy', async () => {
  const info = await page.evaluate(() => ({
    version: window.refundEstimator.version,
    policy: window.refundEstimator.policy,
    keys: Object.keys(window.refundEstimator).sort(),
  }));
  assert.match(info.version, /^\d+\.\d+\.\d+$/);
  assert.equal(info.policy.id, 'aliyun-us-server-returns-2025-01-15');
  assert.equal(info.policy.effectiveDate, '2025-01-15');
  assert.equal(info.policy.title, 'Alibaba Cloud US servers: exchanges and refunds');
  assert.match(info.policy.sha256, /^[0-9a-f]{64}$/);
  assert.deepEqual(info.keys, ['evaluate', 'policy', 'version']);
});

test('spec example: USD 1200.00 gives a refund of 1006.03', async () => {
  const r = await evaluate(SPEC_REQUEST);
  assert.equal(r.ok, true);
  const o = r.value;
  assert.deepEqual(
    Object.keys(o).sort(),
    ['explanation', 'ground', 'missingEvidence', 'nextSteps', 'policy', 'published', 'refund', 'remedies', 'verdict'],
  );
  assert.equal(o.verdict, 'likely_eligible');
  assert.equal(o.ground, 'quality');
  assert.deepEqual(o.remedies, ['exchange', 'refund']);
  assert.deepEqual(o.missingEvidence, []);
  assert.deepEqual(o.refund, {
    currency: 'USD', amount: '1006.03', amountMinor: 100603, termDays: 365,
    chargedDays: 59, refundableDays: 306, basis: 'usage_time', estimate: false,
  });
  assert.deepEqual(o.explanation.map((l) => l.clause),
    ['grounds.quality', 'refund.quality', 'refund.quality', 'refund.quality', 'process.apply']);
  assert.equal(o.explanation[1].text,
    'The article counts a quality refund from the cash you paid and the time you used the server. '
    + 'Counting use up to the day the problem began, 1 March 2025, 59 of 365 days are used and 306 remain: '
    + 'USD 1,200.00 × 306 ÷ 365 = USD 1,006.03.');
  // Until the customer says when use stopped, what using the server until
  // the application day would give (docs/rules.md, "The arithmetic").
  assert.equal(o.explanation[3].text,
    'If you kept using the server until the day you apply, 10 March 2025, the article\'s refund would be '
    + 'USD 976.44 instead. Say when you stopped using it to see the figure for your case.');
  // The second rulebook (docs/rules.md, Part 2).
  assert.deepEqual({ ...o.published, explanation: o.published.explanation.map((l) => l.clause) }, {
    route: 'partial', reason: 'unused_time',
    refund: {
      currency: 'USD', high: '973.15', highMinor: 97315, low: null, lowMinor: null,
      usedDays: 69, termDays: 365, surcharge: false,
    },
    explanation: ['published.unsubscribe', 'published.consumed', 'published.consumed'],
  });
  assert.deepEqual(o.nextSteps.map((l) => l.clause),
    ['process.contact', 'process.apply', 'process.review', 'process.notify']);
  assert.deepEqual(o.policy, { id: 'aliyun-us-server-returns-2025-01-15', effectiveDate: '2025-01-15' });
  // Plain data: survives a JSON round trip unchanged.
  assert.deepEqual(JSON.parse(JSON.stringify(o)), o);
});

test('a Chinese request is answered in Chinese', async () => {
  const r = await evaluate({
    problem: 'bandwidth_below_contract', remedy: 'refund', currency: 'CNY',
    amountPaid: 8999, serviceStart: '2025-01-01', serviceEnd: '2025-07-01',
    applicationDate: '2025-02-14', evidence: ['usage_records'], lang: 'zh-CN',
  });
  assert.equal(r.ok, true);
  const o = r.value;
  assert.equal(o.verdict, 'needs_evidence');
  assert.equal(o.ground, 'not_as_promised');
  assert.deepEqual(o.missingEvidence, ['contract_or_order']);
  // 899900 × 137 / 181 = 681140.33… -> 681140
  assert.equal(o.refund.amount, '6811.40');
  assert.equal(o.refund.basis, 'unused_time');
  assert.equal(o.explanation[1].text,
    '按文章所述，这种情形的退款依据实付金额和尚未使用的服务时间计算。自申请日（2025年2月14日）起，181天中还有137天未使用：'
    + '¥8,999.00 × 137 ÷ 181 = ¥6,811.40。');
  assert.match(o.published.explanation[0].text, /^自行退订无需理由/);
  assert.match(o.explanation.at(-1).text, /订单或合同/);
});

test('not covered: no ground, no remedies, refund null; the published rules still answer', async () => {
  const r = await evaluate({ problem: 'found_cheaper' });
  assert.equal(r.ok, true);
  assert.equal(r.value.verdict, 'not_covered');
  assert.equal(r.value.ground, null);
  assert.equal(r.value.refund, null);
  assert.equal(r.value.published, null, 'no amount, no published figure');
  assert.deepEqual(r.value.remedies, []);
  assert.deepEqual(r.value.explanation.map((l) => l.clause), ['grounds.scope']);
  const paid = await evaluate({
    problem: 'no_longer_needed', amountPaid: '1200.00', serviceStart: '2025-01-01',
    serviceEnd: '2026-01-01', applicationDate: '2025-03-10', listPrice: '1440.00',
  });
  assert.equal(paid.value.refund, null);
  assert.equal(paid.value.published.refund.high, '973.15');
  assert.equal(paid.value.published.refund.low, '927.78');
});

test('amounts as people type them, zero cash, pay-as-you-go', async () => {
  const base = { problem: 'hardware_failure', remedy: 'refund', serviceStart: '2025-01-01',
    serviceEnd: '2026-01-01', problemStart: '2025-01-01', applicationDate: '2025-03-10' };
  for (const [currency, typed, amount] of [['CNY', '3650元', '3650.00'], ['CNY', '￥3,650', '3650.00'],
    ['CNY', 'RMB 3,650', '3650.00'], ['CNY', '３６５０', '3650.00'], ['USD', '$1,200', '1200.00'],
    ['USD', 'US$1,200.00', '1200.00'], ['USD', '1,200 USD', '1200.00'], ['JPY', '¥120,000', '120000']]) {
    const r = await evaluate({ ...base, currency, amountPaid: typed });
    assert.equal(r.value?.refund.amount, amount, `${typed} in ${currency}: ${JSON.stringify(r)}`);
  }
  const wrong = await evaluate({ ...base, currency: 'CNY', amountPaid: '$1,200' });
  assert.deepEqual([wrong.error.code, wrong.error.field], ['invalid_amount', 'amountPaid']);
  const zero = await evaluate({ ...base, amountPaid: 0 });
  assert.equal(zero.value.refund.amount, '0.00');
  assert.equal(zero.value.published.reason, 'nothing_paid');
  const payg = await evaluate({ ...base, amountPaid: '80', billing: 'pay_as_you_go' });
  assert.equal(payg.value.refund.amountMinor, 0);
  assert.equal(payg.value.published.reason, 'pay_as_you_go');
});

test('force majeure refund is marked as an estimate', async () => {
  const r = await evaluate({
    problem: 'natural_disaster', remedy: 'refund', amountPaid: '500.00',
    serviceStart: '2025-06-01', serviceEnd: '2025-09-01', problemStart: '2025-08-15',
    applicationDate: '2025-08-20', evidence: ['usage_records', 'event_proof'],
  });
  assert.equal(r.value.refund.estimate, true);
  assert.equal(r.value.refund.basis, 'unusable_since');
  assert.equal(r.value.refund.amount, '92.39');
  assert.match(r.value.explanation[1].text, /^Assumption:/);
});

const BAD = [
  ['letters in the amount', { ...SPEC_REQUEST, amountPaid: 'abc' }, 'invalid_amount', 'amountPaid'],
  ['end before start', { ...SPEC_REQUEST, serviceEnd: '2024-12-31' }, 'end_not_after_start', 'serviceEnd'],
  ['problem missing', { remedy: 'refund' }, 'missing_field', 'problem'],
  ['unknown currency', { ...SPEC_REQUEST, currency: 'XYZ' }, 'unsupported_currency', 'currency'],
  ['application before problem', { ...SPEC_REQUEST, applicationDate: '2025-02-01' }, 'application_before_problem', 'applicationDate'],
  ['not a date', { ...SPEC_REQUEST, serviceStart: '2025-13-01' }, 'invalid_date', 'serviceStart'],
  ['a string instead of an object', 'hello', 'invalid_request', 'request'],
  ['an array instead of an object', [1, 2], 'invalid_request', 'request'],
  ['unknown billing', { ...SPEC_REQUEST, billing: 'monthly' }, 'unknown_billing', 'billing'],
  ['stopped before the problem', { ...SPEC_REQUEST, stoppedUsing: '2025-02-01' }, 'stopped_before_problem', 'stoppedUsing'],
  ['a bad original price', { ...SPEC_REQUEST, listPrice: 'lots' }, 'invalid_amount', 'listPrice'],
  ['a negative amount', { ...SPEC_REQUEST, amountPaid: -1 }, 'amount_negative', 'amountPaid'],
];

for (const [name, request, code, field] of BAD) {
  test(`bad request throws an Error with code and field: ${name}`, async () => {
    const r = await evaluate(request);
    assert.equal(r.ok, false);
    assert.equal(r.isError, true);
    assert.equal(r.error.code, code);
    assert.equal(r.error.field, field);
    assert.ok(r.error.message.length > 0);
  });
}

test('errors are in the requested language', async () => {
  const r = await evaluate({ ...SPEC_REQUEST, amountPaid: '-5', lang: 'zh-CN' });
  assert.equal(r.error.code, 'amount_negative');
  assert.equal(r.error.message, '金额不能小于零。');
});

test('no page errors while loading and evaluating', () => {
  assert.deepEqual(errors.map(String), []);
});

// What the host page's other scripts may do to the page's globals: neither
// changes an answer or what the API says of itself.
test('a polluted Object.prototype changes no answer, and the API and its policy cannot be changed', async () => {
  const plain = await evaluate({ ...SPEC_REQUEST, evidence: undefined });
  const polluted = await page.evaluate((req) => {
    delete req.evidence;
    Object.prototype.evidence = ['usage_records', 'problem_photos'];
    Object.prototype.remedy = 'exchange';
    try {
      const outcome = window.refundEstimator.evaluate(req);
      for (const change of [
        () => { window.refundEstimator.policy.sha256 = '0'.repeat(64); },
        () => { window.refundEstimator.evaluate = () => ({}); },
      ]) {
        try { change(); } catch { /* frozen: strict code throws */ }
      }
      return {
        verdict: outcome.verdict, missing: outcome.missingEvidence, remedies: outcome.remedies,
        sha: window.refundEstimator.policy.sha256, frozen: Object.isFrozen(window.refundEstimator.policy),
        stillEvaluates: typeof window.refundEstimator.evaluate(req).verdict,
      };
    } finally {
      delete Object.prototype.evidence;
      delete Object.prototype.remedy;
    }
  }, { ...SPEC_REQUEST });
  assert.equal(plain.ok, true);
  assert.equal(polluted.verdict, plain.value.verdict);
  assert.deepEqual(polluted.missing, plain.value.missingEvidence);
  assert.deepEqual(polluted.remedies, plain.value.remedies);
  assert.ok(polluted.missing.length > 0, 'the inherited evidence was not read');
  assert.match(polluted.sha, /^[0-9a-f]{64}$/);
  assert.notEqual(polluted.sha, '0'.repeat(64));
  assert.equal(polluted.frozen, true);
  assert.equal(polluted.stillEvaluates, 'string');
});
