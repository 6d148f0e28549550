// The plain page: a person can fill in the form and read the outcome.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp } from './harness.mjs';

let server, browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('filling the form shows the refund and the clauses', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.selectOption('#problem', 'hardware_failure');
  await page.fill('#amountPaid', '1200.00');
  await page.fill('#serviceStart', '2025-01-01');
  await page.fill('#serviceEnd', '2026-01-01');
  await page.fill('#problemStart', '2025-03-01');
  await page.fill('#applicationDate', '2025-03-10');
  await page.check('#evidence-usage_records');
  await page.check('#evidence-problem_photos');
  await page.waitForSelector('#refund');
  assert.equal(await page.textContent('#refund'), 'USD 1006.03');
  assert.equal(await page.getAttribute('#verdict', 'data-verdict'), 'likely_eligible');
  const clauses = await page.$$eval('#explanation a.clause', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(clauses, ['#clause-grounds.quality', '#clause-refund.quality', '#clause-refund.quality', '#clause-process.apply']);
  assert.deepEqual(errors.map(String), []);
});

test('a bad amount shows its message next to the field and keeps the other answers', async () => {
  const { page } = await openApp(browser, server.url);
  await page.selectOption('#problem', 'hardware_failure');
  await page.fill('#serviceStart', '2025-01-01');
  await page.fill('#amountPaid', '12abc');
  const message = await page.textContent('#amountPaid-error');
  assert.match(message, /Enter the amount as a number/);
  assert.equal(await page.inputValue('#amountPaid'), '12abc');
  assert.equal(await page.inputValue('#serviceStart'), '2025-01-01');
});

test('switching to Chinese translates the page', async () => {
  const { page } = await openApp(browser, server.url);
  await page.selectOption('#lang', 'zh-CN');
  assert.equal(await page.textContent('h1'), '阿里云美国服务器:退换与退款');
});
