// Trunk post-build hook: runs in the staging folder before it becomes dist/.
// - copies the files that are served as they are (iframe page, manifest,
//   icons, TypeScript declarations, the demo article);
// - builds the Verify page's own wasm module (the `verify` binary) and
//   copies the golden cases it runs;
// - writes the rules view's content and the words of the JavaScript parts
//   (the `prerender` binary, natively);
// - writes embed.js and sw.js with this build's hashed file names, and the
//   embed builder's page and script with the stylesheet's name and words;
// - the service worker's version is a hash of every precached file, so a
//   new build replaces the old cache.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { minify } from 'terser';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const stat = join(source, 'static');

const COPY = [
  'embed.html', 'embed-page.css', 'iframe.js', 'iframe-host.js', 'manifest.webmanifest',
  'icon-192.png', 'icon-512.png', 'icon.svg', 'refund-estimator.d.ts', 'demo', 'verify-boot.js',
  'sw-retire.js', 'theme.js', 'builder.css', 'verify.css',
];
for (const name of COPY) cpSync(join(stat, name), join(staging, name), { recursive: true });

// The engine module (the `engine` binary: the core, the JS API and the
// golden-case checker, no UI) runs the Verify page, which runs the golden
// cases (tests/golden.json) in the browser, and serves `window.refundEstimator`
// on a page that loads embed.js without any widget (where the estimator's
// module, three times larger, is not loaded). It is built here, with the
// same tools and profile as the app.
function run(command, args) {
  const done = spawnSync(command, args, { cwd: source, stdio: 'inherit' });
  if (done.status !== 0) {
    console.error(`postbuild: ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
}
const release = process.env.TRUNK_PROFILE !== 'debug';
run('cargo', ['build', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', 'engine',
  ...(release ? ['--release'] : [])]);
const targetDir = process.env.CARGO_TARGET_DIR ?? join(source, 'target');
const engineWasm = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'engine.wasm');
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', staging, '--out-name', 'engine', engineWasm]);
if (release) run('wasm-opt', ['-Oz', join(staging, 'engine_bg.wasm'), '-o', join(staging, 'engine_bg.wasm')]);
cpSync(join(source, 'tests', 'golden.json'), join(staging, 'golden.json'));

// What the site shows without the estimator's wasm, written natively from
// the same data and code (the `prerender` binary): the rules view's content,
// one file per language, fetched when the view first opens; the catalog's
// words for the parts written in JavaScript.
run('cargo', ['run', '--locked', '--quiet', '--bin', 'prerender', '--', staging]);
const texts = JSON.parse(readFileSync(join(staging, 'texts.json'), 'utf8'));
rmSync(join(staging, 'texts.json'));

// Trunk inlines its loader as a <script type="module"> in index.html
// (`type=module` once minified). A strict Content-Security-Policy
// (script-src 'self') forbids inline scripts, so the loader moves to a file
// of its own.
const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const loader = index.match(inline);
if (!loader) {
  console.error('postbuild: no inline module loader in index.html');
  process.exit(1);
}
// Trunk's loader imports the glue, then fetches the wasm that the page
// preloads. WebKit never hands a preload still in flight to fetch(), with
// or without matching integrity, so Safari downloaded the module twice.
// The boot script below replaces both: the page has no wasm preload, and
// the boot starts the one fetch first, carrying the integrity Trunk stated
// for the preload (so it is checked), before it imports the glue (which
// the page modulepreloads meanwhile). Our own page then mounts the
// estimator explicitly: loading the module alone (as embed.js does on other
// people's pages) mounts nothing. The same instance serves the JS API: the
// visit fetches nothing more for it.
// (Trunk's minified HTML writes attributes in any order, unquoted.)
const glueImport = loader[1].match(/import init, \* as bindings from\s*(['"])([^'"]+)\1/);
const wasmPath = loader[1].match(/module_or_path:\s*(['"])([^'"]+_bg\.wasm)\1/);
const preload = (index.match(/<link\b[^>]*>/g) ?? []).find((tag) => /\brel="?preload\b/.test(tag) && /_bg\.wasm\b/.test(tag));
const wasmSri = preload?.match(/\bintegrity="?(sha384-[A-Za-z0-9+/=]+)/)?.[1];
if (!glueImport || !wasmPath || !wasmSri) {
  console.error('postbuild: Trunk\'s loader or its wasm preload changed shape (glue import, wasm path, integrity); update the boot script');
  process.exit(1);
}
index = index.replace(preload, '');
// (A fetch that fails while the glue still loads is reported once, where
// it is awaited, not also as an unhandled rejection.)
let bootCode = `const module_or_path = fetch(${JSON.stringify(wasmPath[2])}, { integrity: ${JSON.stringify(wasmSri)} });
module_or_path.catch(() => {});
const bindings = await import(${JSON.stringify(glueImport[2])});
const wasm = await bindings.default({ module_or_path });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
bindings.startApp();
bindings.installApi();
`;
if (process.env.TRUNK_PROFILE !== 'debug') {
  bootCode = (await minify(bootCode, { module: true, compress: true, mangle: true })).code;
}
const boot = `boot-${createHash('sha256').update(bootCode).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, boot), bootCode);
index = index.replace(inline, () => `<script type="module" src="./${boot}"></script>`);
writeFileSync(indexPath, index);

const files = readdirSync(staging);
const find = (re, what) => {
  const hit = files.find((f) => re.test(f));
  if (!hit) {
    console.error(`postbuild: no ${what} in ${staging}: ${files.join(', ')}`);
    process.exit(1);
  }
  return hit;
};
const glue = find(/^refund-estimator-[0-9a-f]+\.js$/, 'wasm-bindgen glue');
const wasm = find(/^refund-estimator-[0-9a-f]+_bg\.wasm$/, 'wasm module');
const css = find(/^app-[0-9a-f]+\.css$/, 'stylesheet');

// Every fill below passes a function, never a string, as the replacement:
// a `$&` or `$'` in a sentence or a name then stays text instead of
// splicing in the file around the placeholder.
for (const page of ['verify.html', 'builder.html']) {
  writeFileSync(join(staging, page), readFileSync(join(stat, page), 'utf8').replace('__CSS__', () => `./${css}`));
}
writeFileSync(join(staging, 'builder.js'),
  readFileSync(join(stat, 'builder.js'), 'utf8').replace('__TEXTS__', () => JSON.stringify(texts.builder)));

// Trunk minifies the CSS and HTML of a release build but not the
// wasm-bindgen glue: minify both glues here (a fifth of the glue's bytes),
// and give index.html the glue's new integrity hash.
if (release) {
  for (const name of [glue, 'engine.js']) {
    const path = join(staging, name);
    const { code } = await minify(readFileSync(path, 'utf8'), { module: true, compress: true, mangle: true });
    writeFileSync(path, code);
    const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    index = index.replace(new RegExp(`(href="?\\./${name.replace('.', '\\.')}"?[^>]*integrity=)"?sha384-[A-Za-z0-9+/=]+"?`), `$1"${sri}"`);
  }
  writeFileSync(indexPath, index);
}

const embed = readFileSync(join(stat, 'embed.js'), 'utf8')
  .replace('__TEXTS__', () => JSON.stringify(texts.embed))
  .replace('__GLUE__', () => `./${glue}`)
  .replace('__WASM__', () => `./${wasm}`)
  .replace('__CSS__', () => `./${css}`);
writeFileSync(join(staging, 'embed.js'), embed);

// The scripts other sites load (embed.js on every embed's visit, theme.js
// for a themed one, the iframe page's and the sizing script) are minified
// like the glue: their comments are for us, the README is for integrators.
if (release) {
  for (const [name, module] of [['embed.js', true], ['theme.js', true], ['iframe.js', true], ['iframe-host.js', false]]) {
    const path = join(staging, name);
    writeFileSync(path, (await minify(readFileSync(path, 'utf8'), { module, compress: true, mangle: true })).code);
  }
}

// The same Content-Security-Policy the headers carry (deploy/nginx.conf),
// as a <meta> in every page, for hosts that send no headers at all. A
// policy in <meta> cannot say who may frame the page (`frame-ancestors`
// is ignored there, with a console error), so that part stays the
// header's.
const CSP_META = '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\' \'wasm-unsafe-eval\'; style-src \'self\'; img-src \'self\' data:; connect-src \'self\'; object-src \'none\'; base-uri \'self\'; form-action \'none\'">';
for (const name of ['index.html', 'verify.html', 'builder.html', 'embed.html']) {
  const path = join(staging, name);
  const html = readFileSync(path, 'utf8');
  const charset = /<meta charset="?utf-8"?\s*\/?>/i;
  if (!charset.test(html)) {
    console.error(`postbuild: ${name} has no <meta charset> to put the policy after`);
    process.exit(1);
  }
  writeFileSync(path, html.replace(charset, (m) => `${m}${CSP_META}`));
}

// Everything but the demo, the service worker itself and precompressed copies.
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const assets = walk(staging)
  .map((p) => relative(staging, p).split('\\').join('/'))
  .filter((p) => !p.startsWith('demo/') && !p.startsWith('sw') && !/\.(br|gz)$/.test(p))
  .sort();
const hash = createHash('sha256');
for (const a of assets) hash.update(a).update(readFileSync(join(staging, a)));
const version = hash.digest('hex').slice(0, 16);
// Installing the worker copies what our page needs offline: the page (as
// `./`) and its hashed files (already in the HTTP cache from this very
// visit, so they are not downloaded twice), the rules view's content, the
// icon and the manifest. Every other file (the Verify page and its engine, the builder, the
// embed's files) is kept in the same cache the first time it is fetched
// online, so no visitor downloads pages they never open.
const PRECACHE = /^(boot-[0-9a-f]+\.js|refund-estimator-[0-9a-f]+(\.js|_bg\.wasm)|app-[0-9a-f]+\.css|favicon-[0-9a-f]+\.svg|rules\.[a-zA-Z-]+\.part\.html|manifest\.webmanifest)$/;
const precache = ['./', ...assets.filter((a) => PRECACHE.test(a)).map((a) => `./${a}`)];
if (precache.length < 8) {
  console.error(`postbuild: the precache list looks short: ${precache}`);
  process.exit(1);
}
const sw = readFileSync(join(stat, 'sw.js'), 'utf8')
  .replace('__VERSION__', () => version)
  .replace('__ASSETS__', () => JSON.stringify(precache, null, 2));
// Minified in a release, like the scripts other sites load: every visit
// fetches it.
writeFileSync(join(staging, 'sw.js'), release ? (await minify(sw, { toplevel: true, compress: true, mangle: true })).code : sw);
// Precompressed copies for hosts that serve them (nginx gzip_static,
// most CDNs): the best compression once at build time, not per request.
let compressed = 0;
for (const a of walk(staging)) {
  if (!/\.(html|js|mjs|css|wasm|svg|json|webmanifest|ts)$/.test(a)) continue;
  const body = readFileSync(a);
  writeFileSync(`${a}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(`${a}.br`, brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
  compressed++;
}

console.log(`postbuild: embed.js -> ${glue}, ${wasm}, ${css}; sw.js ${version} precaches ${precache.length} files; ${compressed} files precompressed (.gz, .br)`);
