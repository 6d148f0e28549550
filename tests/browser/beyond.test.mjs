// Beyond the verdict, in the browser, in both languages: what would change
// the outcome (applied with one click), the cost of waiting, the refund
// curve, "Verify this calculator", and the policy fingerprint. Screenshots
// of each go to tests/browser/screenshots/beyond-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { useSite, openUi, openApp } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });
let server, browser;
useSite((s, b) => {
  server = s;
  browser = b;
});

const text = (page, sel) => page.$eval(sel, (e) => e.textContent.trim());
const iso = (d) => d.toISOString().slice(0, 10);
const shift = (days) => {
  const now = new Date();
  return iso(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + days)));
};

async function calculator(page, answers) {
  await page.click('[data-view=calculator]');
  await page.selectOption('#re-problem', answers.problem);
  if (answers.remedy) await page.check(`#re-remedy-${answers.remedy}`);
  for (const f of ['serviceStart', 'serviceEnd', 'amountPaid', 'listPrice', 'problemStart', 'stoppedUsing', 'applicationDate']) {
    if (answers[f] !== undefined && await page.$(`#re-${f}`)) await page.fill(`#re-${f}`, answers[f]);
  }
  for (const e of answers.evidence ?? []) await page.check(`#re-evidence-${e}`);
}

test('what would change the outcome: real choices only, each button named, evidence never ticked, a change undoable', async () => {
  const { page, context, errors } = await openUi(browser, server.url, { viewport: { width: 1280, height: 900 } });
  // The amount and dates typed while "refund" was chosen stay, even after
  // switching to an exchange: they price the suggestion.
  await calculator(page, {
    problem: 'bandwidth_below_contract', remedy: 'refund', serviceStart: '2025-01-01',
    serviceEnd: '2026-01-01', amountPaid: '1200.00', applicationDate: '2025-03-10', evidence: ['usage_records'],
  });
  await page.check('#re-remedy-exchange');
  const items = await page.$$eval('.re-suggestion', (li) => li.map((l) => ({
    text: l.querySelector('p').textContent,
    clause: l.querySelector('a.re-clause').dataset.clause,
    button: l.querySelector('button').textContent,
  })));
  assert.deepEqual(items, [
    { text: 'With Order or contract, your application would have all the evidence we suggest.', clause: 'process.apply', button: 'Tick the evidence you have' },
    { text: "Applying for a refund instead of an exchange would return about USD 976.44 under the article's policy.", clause: 'refund.not_as_promised', button: 'Apply for a refund instead' },
  ]);
  // Clause links read as words.
  assert.equal(await text(page, '.re-suggestion a.re-clause'), 'Clause: Step 2: submit the application');
  await page.screenshot({ path: `${SHOTS}beyond-whatif-en.png`, fullPage: true });

  // Evidence: the button takes the customer to the item; it is not ticked.
  await page.click('text=Tick the evidence you have');
  assert.equal(await page.evaluate(() => document.activeElement.id), 're-evidence-contract_or_order');
  assert.equal(await page.isChecked('#re-evidence-contract_or_order'), false);
  assert.equal(await text(page, '[data-testid=verdict]'), 'A reason the article lists, evidence still missing');

  // A change of remedy: one click, said, focus on Undo; Undo puts it back.
  await page.click('text=Apply for a refund instead');
  assert.equal(await text(page, '.re-figure'), 'USD 976.44');
  assert.equal(await page.isChecked('#re-remedy-refund'), true);
  assert.match(await text(page, '.re-whatif .re-flash'), /^Changed: you now apply for a refund\./);
  assert.equal(await page.evaluate(() => document.activeElement.id), 're-undo');
  await page.keyboard.press('Enter');
  assert.equal(await page.isChecked('#re-remedy-exchange'), true);
  assert.equal(await text(page, '.re-whatif .re-flash'), 'Undone: your answers are as they were.');
  assert.equal(await page.evaluate(() => document.activeElement.id), 're-whatif-heading');

  // Ticked by the customer: ready. "Nothing" is said only as far as it is
  // true: the day of application still moves this figure.
  await page.check('#re-remedy-refund');
  await page.check('#re-evidence-contract_or_order');
  assert.equal(await text(page, '[data-testid=verdict]'), 'A reason the article lists, ready to apply');
  assert.equal(await text(page, '.re-whatif .re-hint'), 'Nothing else you could change would change this result; only the day you apply does (see the cost of waiting).');
  assert.deepEqual(errors.map(String), []);
  await context.close();
});

test('what would change the outcome, in Chinese, for a case that is not covered: never another reason or date', async () => {
  const { page, context } = await openUi(browser, server.url, { locale: 'zh-CN', viewport: { width: 375, height: 800 } });
  await calculator(page, { problem: 'no_longer_needed' });
  assert.deepEqual(await page.$$eval('.re-suggestion', (li) => li.length), 0);
  // With the amount and the term, ending the subscription is the one choice.
  await calculator(page, {
    problem: 'no_longer_needed', serviceStart: '2025-01-01', serviceEnd: '2026-01-01', amountPaid: '3650', applicationDate: '2025-03-10',
  });
  const buttons = await page.$$eval('.re-suggestion button', (bs) => bs.map((b) => [b.dataset.action, b.textContent]));
  assert.deepEqual(buttons, [['published', '查看按服务商规则的估算']]);
  await page.click('.re-suggestion button');
  assert.equal(await page.evaluate(() => document.activeElement.id), 're-published-heading');
  await page.screenshot({ path: `${SHOTS}beyond-whatif-zh-375.png`, fullPage: true });
  assert.equal(await page.inputValue('#re-problem'), 'no_longer_needed');
  assert.equal(await page.inputValue('#re-applicationDate'), '2025-03-10');
  await context.close();
});

test('the cost of waiting: per day and today versus 7 and 30 days, when it matters', async () => {
  const { page, context } = await openUi(browser, server.url, { viewport: { width: 1280, height: 900 } });
  // USD 365.00 over 365 days: each day is exactly USD 1.00.
  await calculator(page, {
    problem: 'config_mismatch', remedy: 'refund', serviceStart: shift(-60), serviceEnd: shift(305),
    amountPaid: '365.00', applicationDate: shift(0),
  });
  const waiting = () => page.$$eval('[data-testid=waiting]', (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(await waiting(), [
    "Under the article's policy each day of delay costs about USD 1.00 (USD 365.00 ÷ 365 days): the refund counts from the day you apply.",
    "Under the provider's published rules every day you keep the subscription counts as used, so ending it later returns less.",
  ]);
  // Both rulebooks, for today, in 7 and in 30 days: the article counts from
  // the application day; the published rules count the application day as
  // used too.
  const rows = await page.$$eval('.re-waiting-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  assert.deepEqual(rows, [
    ['USD 305.00', 'about USD 304.00'],
    ['USD 298.00', 'about USD 297.00'],
    ['USD 275.00', 'about USD 274.00'],
  ]);
  await page.screenshot({ path: `${SHOTS}beyond-waiting-en.png`, fullPage: true });
  await page.click('[data-testid=switch-lang]');
  assert.match((await waiting())[0], /^按文章所述政策，退款从申请当天起算，每晚一天申请，退款约减少US\$1\.00/);
  // For a quality problem the article's figure does not depend on the
  // date, and the result says so; the published figure still does.
  await page.click('[data-testid=switch-lang]');
  await page.selectOption('#re-problem', 'hardware_failure');
  await page.fill('#re-problemStart', shift(-10));
  assert.deepEqual(await waiting(), [
    "Under the article's policy the day you apply does not change the refund.",
    "Under the provider's published rules every day you keep the subscription counts as used, so ending it later returns less.",
  ]);
  await context.close();
});

test('the refund curve: drawn from the core, with a text alternative, in both schemes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openUi(browser, server.url, { colorScheme, viewport: { width: 1280, height: 900 } });
    await calculator(page, {
      problem: 'hardware_failure', remedy: 'refund', serviceStart: '2025-01-01', serviceEnd: '2026-01-01',
      amountPaid: '1200.00', problemStart: '2025-03-01', applicationDate: '2025-03-10',
    });
    // One description, read once: the sentence under the chart (the
    // drawing itself is hidden from screen readers).
    assert.equal(await page.getAttribute('.re-curve-svg', 'aria-hidden'), 'true');
    const label = await text(page, '.re-curve .re-hint');
    assert.equal(label, "Under the article's policy, the refund falls in a straight line from USD 1,200.00, if the charged days end on the first day (1 January 2025), to nothing at the end of the term (31 December 2025). Your answers end them on 1 March 2025: USD 1,006.03.");
    const points = (await page.getAttribute('.re-curve-line', 'points')).split(' ');
    assert.equal(points[0], '0,0');
    assert.equal(points.at(-1), '1000,1000');
    assert.equal(await page.getAttribute('.re-curve-you', 'x1'), '161');
    const stroke = await page.$eval('.re-curve-line', (e) => getComputedStyle(e).stroke);
    assert.notEqual(stroke, await page.$eval('.re-app', (e) => getComputedStyle(e).backgroundColor));
    await (await page.$('.re-curve')).screenshot({ path: `${SHOTS}beyond-curve-${colorScheme}.png` });
    await context.close();
  }
});

test('verify this calculator: its own page runs every golden case in the browser, in both languages', async () => {
  for (const [locale, pattern] of [['en-US', /^(\d+) of (\d+) cases pass\.$/], ['zh-CN', /^(\d+)个用例中通过(\d+)个。$/]]) {
    // Without the service worker (which precaches every file for offline
    // use once the page has loaded), to see what the first render fetches:
    // neither the cases nor the Verify page's module.
    const { page, context } = await openUi(browser, server.url, { locale, viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const fetched = () => server.requests.filter((p) => /\/(golden\.json|verify[^/]*)$/.test(p)).length;
    const before = fetched();
    await page.waitForTimeout(300);
    assert.equal(fetched(), before, 'Verify files were fetched by the estimator');
    await Promise.all([page.waitForNavigation(), page.click('[data-testid=verify-link]')]);
    await page.waitForSelector('.re-verify-table');
    assert.ok(fetched() > before);
    assert.equal(await page.getAttribute('html', 'lang'), locale === 'zh-CN' ? 'zh-CN' : 'en');
    const [, a, b] = (await text(page, '[data-testid=verify-count]')).match(pattern);
    assert.equal(a, b);
    assert.ok(Number(a) >= 50, `${a} cases`);
    assert.equal(await page.$$eval('.re-verify tbody tr', (r) => r.length), Number(a));
    assert.equal(await page.$$eval('.re-verify tr.re-fail', (r) => r.length), 0);
    const spec = await page.$$eval('.re-verify tbody tr', (rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())))
      .then((rows) => rows.find((r) => r[0].startsWith('spec example')));
    assert.match(spec[1], locale === 'zh-CN' ? /US?D 1006\.03/ : /USD 1006\.03/);
    assert.equal(spec[2], spec[1]);
    await page.screenshot({ path: `${SHOTS}beyond-verify-${locale}.png`, fullPage: true });
    await context.close();
  }
});

test('the policy fingerprint: shown, exposed, carried in links, and a mismatch names both', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: { width: 1280, height: 900 } });
  const sha = await page.evaluate(() => window.refundEstimator.policy.sha256);
  assert.match(sha, /^[0-9a-f]{64}$/);
  await page.click('[data-view=policy]');
  // The rules view's content is fetched when it first opens.
  await page.waitForSelector('[data-testid=policy-sha256]');
  assert.equal(await text(page, '[data-testid=policy-sha256]'), sha);
  await (await page.$('.re-meta')).screenshot({ path: `${SHOTS}beyond-fingerprint.png` });
  assert.match(page.url(), new RegExp(`&fp=${sha.slice(0, 16)}&`));
  const other = page.url().replace(`fp=${sha.slice(0, 16)}`, 'fp=0123456789abcdef');
  const opened = await openUi(browser, other);
  const notice = await text(opened.page, '.re-notice');
  assert.match(notice, /0123456789abcdef/);
  assert.match(notice, new RegExp(sha.slice(0, 16)));
  await opened.context.close();
  await context.close();
});
