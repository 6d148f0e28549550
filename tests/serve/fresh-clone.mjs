// The README's first command, tried as a newcomer tries it: a clean clone of
// this repository, `scripts/serve` started on a free port beside whatever
// else runs, the page and its wasm fetched, then everything stopped. Run by
// scripts/test (CI), so a serve command that cannot start on a fresh clone
// fails the build.
//
// The clone shares this checkout's Rust build cache (CARGO_TARGET_DIR) and
// installed tools, so it costs one incremental build, not a full one; what
// it checks is the clone's own files: scripts, Trunk.toml, package files.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const here = resolve('.');
const dir = mkdtempSync(join(tmpdir(), 'refund-estimator-clone-'));
const clone = join(dir, 'repo');
const fail = (message) => {
  console.error(`serve check: ${message}`);
  process.exitCode = 1;
};

const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout.trim();
if (dirty) console.log('serve check: the working tree has uncommitted changes; the clone holds the last commit');
const cloned = spawnSync('git', ['clone', '--quiet', here, clone], { stdio: 'inherit' });
if (cloned.status !== 0) throw new Error('git clone failed');

const port = await new Promise((ok) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => ok(free));
  });
});

const started = Date.now();
const server = spawn('scripts/serve', [], {
  cwd: clone,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, PORT: String(port), CARGO_TARGET_DIR: process.env.CARGO_TARGET_DIR ?? join(here, 'target') },
});
let log = '';
server.stdout.on('data', (d) => { log += d; });
server.stderr.on('data', (d) => { log += d; });
let exited = null;
server.on('exit', (code) => { exited = code; });

const url = `http://127.0.0.1:${port}/`;
const stop = () => {
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
};
try {
  let page = null;
  while (!page && exited === null && Date.now() - started < 15 * 60_000) {
    await new Promise((ok) => setTimeout(ok, 1000));
    try {
      const response = await fetch(url);
      if (response.ok) page = await response.text();
    } catch { /* not listening yet */ }
  }
  if (!page) {
    fail(`scripts/serve did not serve ${url} (exit ${exited}); its last lines:\n${log.split('\n').slice(-15).join('\n')}`);
  } else {
    // The page's boot script names the wasm it fetches (quoted or not: a
    // release build's HTML is minified).
    const boot = page.match(/\b(boot-[0-9a-f]+\.js)\b/)?.[1];
    const script = boot ? await (await fetch(url + boot)).text() : '';
    const wasm = script.match(/\b(refund-estimator-[0-9a-f]+_bg\.wasm)\b/)?.[1];
    if (!wasm) {
      fail(`the page's boot script (${boot}) names no wasm module`);
    } else {
      const response = await fetch(url + wasm);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const magic = [...bytes.slice(0, 4)].join(',');
      if (!response.ok || magic !== '0,97,115,109') fail(`${wasm}: status ${response.status}, not a wasm module`);
      else if (!/application\/wasm/.test(response.headers.get('content-type') ?? '')) fail(`${wasm} is not served as application/wasm`);
      else console.log(`serve check: a clean clone served ${url} and ${wasm} (${bytes.length} bytes) after ${Math.round((Date.now() - started) / 1000)} s`);
    }
  }
} finally {
  stop();
  await new Promise((ok) => setTimeout(ok, 500));
  rmSync(dir, { recursive: true, force: true });
}
