// Makes dist/refund-estimator-offline.html: the whole app in one file (wasm,
// JS and CSS inlined) that works opened straight from disk (file://), with
// no network at all. Run after a release build (scripts/single-file does).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const files = readdirSync(dist);
const pick = (re) => {
  const name = files.find((f) => re.test(f));
  if (!name) throw new Error(`single-file: nothing matches ${re} in ${dist}; build first`);
  return join(dist, name);
};
const glue = readFileSync(pick(/^refund-estimator-[0-9a-f]+\.js$/), 'utf8');
const wasm = readFileSync(pick(/^refund-estimator-[0-9a-f]+_bg\.wasm$/)).toString('base64');
const css = readFileSync(pick(/^app-[0-9a-f]+\.css$/), 'utf8');
const icon = readFileSync('static/icon.svg').toString('base64');

// The glue is an ES module; inlined, its exports become plain declarations
// and its init is called with the wasm bytes instead of a URL.
const exportsRemoved = glue
  .replace(/^export (class|function|async function|const|let) /gm, '$1 ')
  .replace(/^export \{[^}]*\};?\s*$/gm, '');
if (/^export /m.test(exportsRemoved)) throw new Error('single-file: the glue has an export form this script does not know');

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Refund estimator · 退款估算 (offline)</title>
<meta name="description" content="The refund estimator in one file, for use without a network.">
<link rel="icon" href="data:image/svg+xml;base64,${icon}">
<style>${css}</style>
</head>
<body class="re-page">
<div id="refund-estimator-app"></div>
<noscript>This estimator needs JavaScript and WebAssembly. 本工具需要启用 JavaScript 和 WebAssembly。</noscript>
<script type="module">
${exportsRemoved}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
</script>
</body>
</html>
`;
const out = join(dist, 'refund-estimator-offline.html');
writeFileSync(out, html);
console.log(`single-file: wrote ${out} (${(html.length / 1024).toFixed(0)} KiB)`);
