// The service worker across deployments: two copies of the site on one
// origin (/a/ and /b/) keep their own caches; a new build of /a/ reaches the
// page on its next load and still works offline; "start again" works
// offline; serving sw-retire.js as sw.js retires it and leaves /b/ alone.
// The copies are of the build with the deliberate fault, so that "start
// again" can be pressed for real.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, DIST_TEST } from './harness.mjs';

let root, server, browser;
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'deployments-'));
  for (const name of ['a', 'b']) cpSync(DIST_TEST, join(root, name), { recursive: true });
  server = await serve(root);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** This origin's caches, by deployment folder. */
const cachesOf = (page) => page.evaluate(async () => {
  const out = {};
  for (const key of await caches.keys()) {
    const folder = new URL(key.split(':').slice(1, -1).join(':')).pathname;
    (out[folder] ??= []).push(key.split(':').at(-1));
  }
  return out;
});

// The build's version: the one string of 16 hexadecimal digits in sw.js
// (minified; the file names it lists have more around their hashes).
const swVersion = (folder) => readFileSync(join(root, folder, 'sw.js'), 'utf8').match(/["'`]([0-9a-f]{16})["'`]/)[1];

/** Loads `path` and waits until its service worker controls the page. */
async function visit(page, path) {
  await page.goto(server.url + path);
  await page.waitForSelector('.re-app');
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.waitForSelector('.re-app');
  }
}

/** Polls `check` (a function of the page) until it returns true. */
async function until(page, check, what) {
  for (let i = 0; i < 100; i++) {
    // (A reload under way, such as the retiring worker's, is retried.)
    if (await check().catch(() => false)) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`timed out waiting for ${what}`);
}

test('two deployments on one origin, a new build, offline, start again, and retiring the worker', async (t) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  await visit(page, 'a/');
  await visit(page, 'b/');
  const first = swVersion('a');
  let caches = await cachesOf(page);
  assert.deepEqual(caches, { '/a/': [first], '/b/': [swVersion('b')] }, 'one cache per deployment');

  // A new build of /a/: another page and another worker version.
  const next = first.split('').reverse().join('');
  const index = join(root, 'a', 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<meta name=build content=2><title>'));
  rmSync(`${index}.br`, { force: true });
  rmSync(`${index}.gz`, { force: true });
  const sw = join(root, 'a', 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(first, next));
  rmSync(`${sw}.br`, { force: true });
  rmSync(`${sw}.gz`, { force: true });

  await page.goto(`${server.url}a/`);
  await page.waitForSelector('.re-app');
  assert.equal(await page.$eval('meta[name=build]', (m) => m.content).catch(() => null), '2', 'the new page on the very next load');
  await until(page, async () => JSON.stringify((await cachesOf(page))['/a/']) === JSON.stringify([next]), 'the new cache to replace the old');
  caches = await cachesOf(page);
  assert.deepEqual(caches['/b/'], [swVersion('b')], 'the other deployment kept its cache');

  // Offline: the new build, from the cache.
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.re-app');
  assert.equal(await page.$eval('meta[name=build]', (m) => m.content), '2');
  // "Start again" after a crash, still offline: its address has a fresh
  // query, which the cache answers as the page itself.
  await page.click('[data-view=calculator]');
  await page.selectOption('#re-problem', 'hardware_failure');
  await page.fill('#re-serviceStart', '2025-01-01');
  await page.fill('#re-amountPaid', '__panic__');
  await page.waitForSelector('.re-crash');
  const restart = await page.getAttribute('[data-re-restart]', 'href');
  assert.match(restart, /^\?restart=\d+#/);
  await page.click('[data-re-restart]');
  await page.waitForSelector('.re-calculator');
  assert.equal(await page.inputValue('#re-serviceStart'), '2025-01-01', 'the answers came back, offline');
  await context.setOffline(false);

  // Retire /a/'s worker: serve sw-retire.js as its sw.js.
  cpSync(join(root, 'a', 'sw-retire.js'), sw);
  rmSync(`${sw}.br`, { force: true });
  rmSync(`${sw}.gz`, { force: true });
  await page.goto(`${server.url}a/`);
  await until(page, async () => {
    const scopes = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname));
    return !scopes.includes('/a/') && scopes.includes('/b/');
  }, "/a/'s worker to unregister");
  await until(page, async () => !(await cachesOf(page))['/a/'], "/a/'s caches to go");
  // The retiring worker reloads the page once: let that settle, then make
  // sure nothing reloads it again (the page registers sw.js on every load,
  // and gets the retiring worker each time).
  await page.waitForLoadState('load');
  await page.waitForSelector('.re-app');
  let loads = 0;
  page.on('load', () => { loads += 1; });
  await page.waitForTimeout(3000);
  assert.equal(loads, 0, 'the page was reloaded again after the retiring worker was gone');
  await page.waitForSelector('.re-app');
  await until(page, async () => JSON.stringify((await cachesOf(page))['/b/']) === JSON.stringify([swVersion('b')]), '/b/ untouched');
  t.diagnostic(`versions: ${first} -> ${next}; /b/ ${swVersion('b')}`);
  assert.deepEqual(errors.filter((e) => !/__panic__|unreachable|RuntimeError/.test(e)), []);
  await context.close();
});
