// What a visit costs: every request a first visit makes to the site, until
// the network is idle, counted at the site's server (so the service
// worker's own fetches count too) and weighed as the brotli (quality 11)
// copy the build ships. A request the browser answers from its HTTP cache
// never reaches the server and costs nothing. Shared by the size ratchet
// (tests/browser/budget.test.mjs) and the benchmark (bench/run.mjs).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const weights = new Map();
/** Brotli bytes of one file of `root` (what a CDN serving the build's
 *  precompressed copies sends); 0 for what is not a file (a 404). */
function brotli(root, path) {
  let file = join(root, path);
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
  } catch {
    return 0;
  }
  if (!weights.has(file)) {
    const body = readFileSync(file);
    weights.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  }
  return weights.get(file);
}

/** A file's name without its content hash, for reading. */
export const plainName = (path) => path.replace(/^\//, '').replace(/-[0-9a-f]{15,16}(?=[._])/, '') || 'index.html';

/** Visits `url` in a fresh context (empty cache) and returns the site's
 *  requests: [{ path, brotli }], their total, and who made them. */
export async function measureVisit(browser, site, root, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const start = site.requests.length;
  await page.goto(url);
  await page.waitForSelector('refund-estimator .re-app, #refund-estimator-app .re-app', { state: 'attached' })
    .catch(() => {});
  await page.waitForLoadState('networkidle');
  // Idle callbacks, then the service worker's install where there is one.
  await page.evaluate(() => new Promise((r) => (self.requestIdleCallback ?? setTimeout)(r)));
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker?.getRegistration();
    if (!reg) return;
    const worker = reg.installing ?? reg.waiting ?? reg.active;
    if (!worker || worker.state === 'activated') return;
    await new Promise((r) => worker.addEventListener('statechange', () => worker.state === 'activated' && r()));
  });
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = site.requests.slice(start).map((path) => ({ path, brotli: brotli(root, path) }));
  return { files, total: files.reduce((n, f) => n + f.brotli, 0) };
}

/** The same requests grouped by file (a file fetched twice shows twice its
 *  weight), largest first. */
export function byFile(visit) {
  const rows = new Map();
  for (const f of visit.files) {
    const name = plainName(f.path);
    const row = rows.get(name) ?? { file: name, requests: 0, brotli: 0 };
    row.requests += 1;
    row.brotli += f.brotli;
    rows.set(name, row);
  }
  return [...rows.values()].sort((a, b) => b.brotli - a.brotli);
}

/** A help-center article on another origin with one widget (the host
 *  page's own HTML is not the site's and is not counted). */
export const embedArticle = (siteUrl) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Help article</title><link rel="icon" href="data:,"></head>
<body><h1>Is my server covered?</h1><p>Check it here.</p>
<script type="module" src="${siteUrl}embed.js"></script>
<refund-estimator lang="en"><a href="${siteUrl}">Open the refund estimator</a></refund-estimator>
</body></html>`;
