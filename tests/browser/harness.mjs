// Shared by the browser tests: a static server for the built site on
// loopback, and Debian's Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const DIST = resolve(process.env.DIST_DIR ?? 'dist');
/** The build with the deliberate fault (cargo feature test-hooks). */
export const DIST_TEST = resolve('dist-test');

/** The Content-Security-Policy every page is served with, in every test
 *  (as deploy/nginx.conf sends it): other sites may frame embed.html only. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'self'";
export const cspFor = (path) => (path.endsWith('/embed.html') ? CSP.replace("frame-ancestors 'self'", 'frame-ancestors *') : CSP);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The names of the build's files that carry a content hash (nginx's
 *  location for the long lifetime is the same expression). */
export const HASHED = /-[0-9a-f]{15,16}(_bg)?\.(js|wasm|css|svg)$/;

/** The Cache-Control deploy/nginx.conf sends for `path`: a year for the
 *  hashed files, revalidation for the rest. */
export const cacheFor = (path) => (HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');

/** Serves `root` on 127.0.0.1 at a free port; resolves to { url, close,
 *  requests }. With `cache`, each file carries the deployment's
 *  Cache-Control (most tests leave it out, to see every fetch). With
 *  `script` (JavaScript source), every page loads it first, as
 *  `/__test-script.js`, a file of the site (so the pages' policy allows it). */
export async function serve(root = DIST, { cache = false, script } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (script !== undefined && path === '/__test-script.js') {
      res.writeHead(200, { 'content-type': TYPES['.js'], 'access-control-allow-origin': '*' }).end(script);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': cspFor(path),
        // As README's deployment notes ask, so pages of other origins can
        // load the widget's module, wasm and styles.
        'access-control-allow-origin': '*',
        ...(cache ? { 'cache-control': cacheFor(path) } : {}),
      };
      // Serve the build's precompressed copies, as a CDN would.
      const accept = req.headers['accept-encoding'] ?? '';
      let body;
      for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (body || !accept.includes(encoding)) continue;
        try {
          body = await readFile(file + ext);
          headers['content-encoding'] = encoding;
        } catch {
          body = undefined;
        }
      }
      if (script !== undefined && extname(file) === '.html') {
        delete headers['content-encoding'];
        body = Buffer.from((await readFile(file, 'utf8'))
          .replace(/<meta charset="?utf-8"?>/i, (meta) => `${meta}<script src="/__test-script.js"></script>`));
      }
      body ??= await readFile(file);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    // Kept-alive connections too: once closed, the site is unreachable.
    close: () => new Promise((ok) => {
      server.closeAllConnections?.();
      server.close(ok);
    }),
  };
}

/** A host page's server: another origin than the site's, as a help center
 *  on another domain would be. Serves `pages` (path -> HTML, or
 *  { body, headers }) on all loopback addresses at a free port, so that
 *  `url` (http://localhost:port/) and `other` (http://127.0.0.1:port/) are
 *  two more origins. `pages` may be changed between requests. */
export async function serveHost(pages = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    requests.push(path);
    const page = pages[path];
    if (page === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const { body, headers = {} } = typeof page === 'string' ? { body: page } : page;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '::', ok));
  const { port } = server.address();
  return {
    url: `http://localhost:${port}/`,
    other: `http://127.0.0.1:${port}/`,
    pages,
    requests,
    close: () => new Promise((ok) => {
      server.closeAllConnections?.();
      server.close(ok);
    }),
  };
}

/** Launches headless Debian Chromium with the flags this machine needs. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'chromium-'))}`,
    ].filter((a) => !a.startsWith('--user-data-dir')),
  });
}

/** Reports Content-Security-Policy violations as console errors. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

/** Opens the page and waits until `window.refundEstimator` exists. */
export async function openApp(browser, url, options = {}) {
  const opened = await openUi(browser, url, options);
  await opened.page.waitForFunction(() => window.refundEstimator !== undefined, null, { timeout: 15000 });
  return opened;
}

export { watchCsp };

/** Opens the app at `url` in a fresh context; waits for the UI. */
export async function openUi(browser, url, options = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  await watchCsp(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(new Error(m.text()));
  });
  await page.goto(url);
  await page.waitForSelector('.re-app');
  return { context, page, errors };
}

/** The spec's example, answered through the guided questions. */
export const SPEC_ANSWERS = {
  problem: 'hardware_failure', remedy: 'either',
  serviceStart: '2025-01-01', serviceEnd: '2026-01-01', amountPaid: '1200.00',
  problemStart: '2025-03-01', applicationDate: '2025-03-10',
  evidence: ['usage_records', 'problem_photos'],
};

/** Walks the questionnaire with `answers`; stops on the result. */
export async function answerQuestionnaire(page, answers) {
  const next = () => page.click('form.re-step button[type=submit]');
  const step = () => page.getAttribute('#re-step-heading', 'data-step');
  await page.check(`#re-problem-${answers.problem}`);
  await next();
  if ((await step()) === 'remedy') {
    await page.check(`#re-remedy-${answers.remedy ?? 'either'}`);
    await next();
  }
  if ((await step()) === 'details') {
    if (answers.billing) await page.check(`#re-billing-${answers.billing}`);
    if (answers.currency) await page.selectOption('#re-currency', answers.currency);
    for (const field of ['serviceStart', 'serviceEnd', 'amountPaid', 'listPrice', 'problemStart', 'stoppedUsing', 'applicationDate']) {
      if (answers[field] !== undefined && (await page.$(`#re-${field}`))) {
        await page.fill(`#re-${field}`, answers[field]);
      }
    }
    await next();
  }
  if ((await step()) === 'evidence') {
    for (const e of answers.evidence ?? []) await page.check(`#re-evidence-${e}`);
    await next();
  }
  await page.waitForSelector('.re-result');
}

/** Clause ids linked from the result, in order. */
export function clauseLinks(page, selector = '.re-result') {
  return page.$$eval(`${selector} a.re-clause`, (as) => as.map((a) => a.dataset.clause));
}

/** For a test file: serves `root` and launches Chromium before its tests,
 *  closes both after them; `ready(server, browser)` receives them. */
export function useSite(ready, root = DIST) {
  let server;
  let browser;
  before(async () => {
    server = await serve(root);
    browser = await launch();
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}
