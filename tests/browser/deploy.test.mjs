// The sample server configuration (deploy/nginx.conf), run for real with
// Debian's nginx on loopback: MIME types, cache headers, CORS, and the
// Content-Security-Policy the app and the embed work under.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { launch, serveHost, DIST, HASHED } from './harness.mjs';

let nginx, base, browser, host;

const freePort = () => new Promise((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => ok(port));
  });
});

before(async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'nginx-'));
  const port = await freePort();
  const conf = readFileSync('deploy/nginx.conf', 'utf8')
    .replaceAll('__TMP__', tmp).replaceAll('__PORT__', String(port)).replaceAll('__ROOT__', DIST)
    .replaceAll('__USER__', userInfo().username);
  writeFileSync(join(tmp, 'nginx.conf'), conf);
  nginx = spawn('nginx', ['-c', join(tmp, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
  base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(base);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  browser = await launch();
  host = await serveHost();
});

after(async () => {
  await host?.close();
  await browser?.close();
  nginx?.kill('SIGTERM');
});

const file = (re) => readdirSync(DIST).find((f) => re.test(f));

test('MIME types, cache headers and CORS', async () => {
  const cases = [
    ['', 'text/html; charset=utf-8', 'no-cache'],
    ['index.html', 'text/html; charset=utf-8', 'no-cache'],
    ['sw.js', 'application/javascript; charset=utf-8', 'no-cache'],
    ['embed.js', 'application/javascript; charset=utf-8', 'no-cache'],
    ['embed.html', 'text/html; charset=utf-8', 'no-cache'],
    ['manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
    [file(/^refund-estimator-[0-9a-f]+_bg\.wasm$/), 'application/wasm', 'public, max-age=31536000, immutable'],
    [file(/^refund-estimator-[0-9a-f]+\.js$/), 'application/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    [file(/^app-[0-9a-f]+\.css$/), 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
    [file(/^boot-[0-9a-f]+\.js$/), 'application/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
  ];
  for (const [path, type, cache] of cases) {
    const res = await fetch(base + path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('content-type'), type, path);
    assert.equal(res.headers.get('cache-control'), cache, path);
    assert.equal(res.headers.get('access-control-allow-origin'), '*', path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.match(res.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/, path);
  }
});

test('the app, the iframe page and the demo article run under the strict CSP', async () => {
  for (const path of ['', 'embed.html?lang=zh-CN&view=calculator', 'demo/help-article.html']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(base + path);
    // The JS API (not on the iframe page, whose parent could not reach it).
    if (!path.startsWith('embed.html')) await page.waitForFunction(() => window.refundEstimator !== undefined);
    await page.waitForFunction(() => document.querySelector('.re-app')
      || document.querySelector('refund-estimator')?.shadowRoot?.querySelector('.re-app'));
    assert.deepEqual(problems, [], path);
    await context.close();
  }
});

test('precompressed files are served to browsers that accept them', async () => {
  const wasm = file(/^refund-estimator-[0-9a-f]+_bg\.wasm$/);
  const res = await fetch(base + wasm, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(res.headers.get('content-encoding'), 'gzip');
  assert.equal(res.headers.get('content-type'), 'application/wasm');
  // A cache between nginx and the reader keeps one copy per encoding.
  assert.match(res.headers.get('vary') ?? '', /accept-encoding/i);
  const body = new Uint8Array(await res.arrayBuffer());
  assert.deepEqual([...body.slice(0, 4)], [0, 0x61, 0x73, 0x6d], 'a wasm module after decoding');
});

test('framing: only the embed page may be framed by other sites; no page accepts form posts', async () => {
  const csp = async (path) => (await fetch(base + path)).headers.get('content-security-policy');
  for (const path of ['', 'index.html', 'verify.html', 'builder.html', 'demo/help-article.html']) {
    assert.match(await csp(path), /frame-ancestors 'self'(;|$)/, path);
    assert.match(await csp(path), /form-action 'none'/, path);
  }
  assert.match(await csp('embed.html?lang=en'), /frame-ancestors \*(;|$)/);
  assert.match(await csp('embed.html'), /form-action 'none'/);
});

test('through nginx, on another origin: the script tag and the sized iframe work; the app page cannot be framed', async () => {
  const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body><h1>Host</h1>${body}</body></html>`;
  host.pages['/script.html'] = page(`<script type="module" src="${base}embed.js"></script><refund-estimator id="w" lang="en"></refund-estimator>`);
  host.pages['/iframe.html'] = page(`<iframe id="f" data-refund-estimator src="${base}embed.html?lang=zh-CN&amp;view=policy" title="t" style="width:100%;height:300px;border:0"></iframe><script src="${base}iframe-host.js"></script>`);
  host.pages['/framed-app.html'] = page(`<iframe id="f" src="${base}" title="t" style="width:100%;height:300px"></iframe>`);
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.goto(`${host.url}script.html`);
  await tab.locator('#w .re-h1').waitFor();
  assert.equal(await tab.locator('#w .re-h1').textContent(), 'Refund estimator');
  await tab.goto(`${host.url}iframe.html`);
  await tab.frameLocator('#f').locator('.re-policy').waitFor();
  await tab.waitForFunction(() => document.getElementById('f').getBoundingClientRect().height > 600);
  assert.deepEqual(errors, []);
  // The app's own page refuses to be framed by another origin.
  const refused = new Promise((ok) => tab.on('console', (m) => /frame-ancestors/.test(m.text()) && ok(m.text())));
  await tab.goto(`${host.url}framed-app.html`);
  assert.match(await refused, /frame-ancestors 'self'/);
  assert.deepEqual(tab.frames().filter((f) => f.url().startsWith(base)).map((f) => f.url()), [], 'no frame shows the app');
  await context.close();
});

// A `$&` or `$'` in a catalog sentence must reach embed.js and builder.js as
// text: String.replace reads those in a string replacement (and splices in
// the file around the placeholder), never in the value a function returns.
test('the build fills placeholders with functions, so no sentence can splice the file', () => {
  const source = readFileSync('scripts/postbuild.mjs', 'utf8');
  const fills = [...source.matchAll(/\.replace\('__[A-Z]+__', *(.{0,6})/g)];
  assert.ok(fills.length >= 8, `found ${fills.length} fills`);
  for (const [call, replacement] of fills) assert.match(replacement, /^\(\) =>/, call);
  // And the result: the texts in embed.js are the catalog's, whole.
  const embed = readFileSync(join(DIST, 'embed.js'), 'utf8');
  assert.doesNotMatch(embed, /__(TEXTS|GLUE|WASM|CSS)__/);
  const catalog = readFileSync('i18n/catalog.toml', 'utf8');
  for (const lang of ['en', 'zh']) {
    const sentence = JSON.parse(catalog.match(new RegExp(`^embed_load_failed\\.${lang} = (".*")$`, 'm'))[1]);
    assert.ok(sentence.length > 5 && embed.includes(sentence), `embed.js has the ${lang} load-failure sentence whole`);
  }
});

// The README's header table is what a CDN is configured from: a file it
// does not cover, or one its "hashed" row matches wrongly, is a stale file
// kept for a year beside a fresh one.
test('the README\'s cache rows cover every file of the build, each in the right row', () => {
  const readme = readFileSync('README.md', 'utf8');
  const hashedRow = readme.split('\n').find((l) => l.includes('carries a content hash'));
  const otherRow = readme.split('\n').find((l) => l.startsWith('| **every other file**'));
  assert.ok(hashedRow && otherRow, 'both rows are in the README');
  // nginx's location for the long lifetime is the same expression.
  assert.ok(readFileSync('deploy/nginx.conf', 'utf8').includes(`location ~ "${HASHED.source}"`));
  for (const name of readdirSync(DIST)) {
    if (/\.(br|gz)$/.test(name) || name === 'offline') continue;
    if (HASHED.test(name)) continue;
    const listed = otherRow.includes(`\`${name}\``) || otherRow.includes(`\`${name}/\``)
      || (/^rules\..*\.part\.html$/.test(name) && otherRow.includes('`rules.*.part.html`'));
    assert.ok(listed, `${name} is in the no-cache row`);
  }
});
