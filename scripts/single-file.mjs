// Makes dist/offline/: the estimator (refund-estimator.html) and its Verify
// page (verify.html), each one file with everything inlined (wasm, JS, CSS,
// and for Verify the golden cases), to open straight from disk (file://),
// from a USB stick, with no network at all. The estimator's "Verify" link
// is relative, so it finds verify.html beside it. Run after a release build
// (scripts/single-file does).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const out = join(dist, 'offline');
const files = readdirSync(dist);
const pick = (re) => {
  const name = files.find((f) => re.test(f));
  if (!name) throw new Error(`single-file: nothing matches ${re} in ${dist}; build first`);
  return join(dist, name);
};
const css = readFileSync(pick(/^app-[0-9a-f]+\.css$/), 'utf8');
const icon = readFileSync('static/icon.svg').toString('base64');

// A wasm-bindgen glue module, inlined: imported from a data: address (as
// written, minified or not) and given the wasm bytes instead of a URL.
function script(gluePath, wasmPath, start = '') {
  const glue = readFileSync(gluePath).toString('base64');
  const wasm = readFileSync(wasmPath).toString('base64');
  return `<script type="module">
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
const glue = await import("data:text/javascript;base64,${glue}");
await glue.default({ module_or_path: bytes });
${start}
</script>`;
}

function page(title, body, extraCss = '') {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:image/svg+xml;base64,${icon}">
<style>${css}${extraCss}</style>
</head>
<body class="re-page">
${body}
<noscript>This page needs JavaScript and WebAssembly. 本页面需要启用 JavaScript 和 WebAssembly。</noscript>
</body>
</html>
`;
}

// JSON inside <script>: no "</script>" can end it early.
const golden = readFileSync(join(dist, 'golden.json'), 'utf8').replace(/</g, '\\u003c');
// The rules view's content, per language, as inert templates.
const rules = ['en', 'zh-CN']
  .map((lang) => `<template id="re-rules-${lang}">${readFileSync(join(dist, `rules.${lang}.part.html`), 'utf8')}</template>`)
  .join('\n');

mkdirSync(out, { recursive: true });
const written = [
  ['refund-estimator.html', page('Refund estimator · 退款估算 (offline)',
    `<div id="refund-estimator-app"></div>\n${rules}\n${script(pick(/^refund-estimator-[0-9a-f]+\.js$/), pick(/^refund-estimator-[0-9a-f]+_bg\.wasm$/), 'glue.startApp(); glue.installApi();')}`)],
  ['verify.html', page('Verify · Refund estimator · 自行核验 (offline)',
    `<div id="refund-estimator-verify"></div>\n<script type="application/json" id="re-golden">${golden}</script>\n${script(join(dist, 'engine.js'), join(dist, 'engine_bg.wasm'), 'glue.startVerify();')}`,
    readFileSync(join(dist, 'verify.css'), 'utf8'))],
];
for (const [name, html] of written) {
  writeFileSync(join(out, name), html);
  console.log(`single-file: wrote ${join(out, name)} (${(html.length / 1024).toFixed(0)} KiB)`);
}
