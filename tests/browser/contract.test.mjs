// The JS contract of spec section 7, exercised in the built release site.
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
    ['explanation', 'ground', 'missingEvidence', 'nextSteps', 'policy', 'refund', 'remedies', 'verdict'],
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
    ['grounds.quality', 'refund.quality', 'refund.quality', 'process.apply']);
  assert.equal(o.explanation[1].text,
    'For a quality problem the refund follows what you paid and how long you used the service. '
    + 'You used 59 of 365 days before the problem began on 1 March 2025, so 306 days are refunded: '
    + 'USD 1,200.00 × 306 / 365 = USD 1,006.03.');
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
    '服务与承诺不符时,退款按实付金额和未使用的时长计算。自申请日2025年2月14日起,181 天中还有 137 天未使用:'
    + '¥8,999.00 × 137 / 181 = ¥6,811.40。');
  assert.match(o.explanation.at(-1).text, /订单或合同/);
});

test('not covered: no ground, no remedies, refund null', async () => {
  const r = await evaluate({ problem: 'found_cheaper' });
  assert.equal(r.ok, true);
  assert.equal(r.value.verdict, 'not_covered');
  assert.equal(r.value.ground, null);
  assert.equal(r.value.refund, null);
  assert.deepEqual(r.value.remedies, []);
  assert.deepEqual(r.value.explanation.map((l) => l.clause), ['grounds.scope']);
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
  assert.equal(r.error.code, 'amount_not_positive');
  assert.equal(r.error.message, '实付金额必须大于零。');
});

test('no page errors while loading and evaluating', () => {
  assert.deepEqual(errors.map(String), []);
});
