// The two other engines the smoke suite runs in, behind one small
// interface: Debian's Firefox ESR driven by puppeteer-core over WebDriver
// BiDi (Debian has no geckodriver), and WebKitGTK (Safari's engine), its
// MiniBrowser driven by WebKitWebDriver through selenium-webdriver under
// Xvfb.
//
// A driver has `name`, `version`, `open(url)`, `run(fn, ...args)` (runs
// `fn(dom, ...args)` in the page and returns its JSON result, awaiting a
// promise), `until(fn, ...args)` (polls `run` until the result is truthy),
// `errors` (console errors and uncaught exceptions seen so far) and
// `close()`; WebKit's also has `pageErrors()` (what the recorder below saw
// in the current page).
//
// The steps act through the DOM (see `DOM` below) rather than each
// driver's pointer and keyboard: WebKitGTK's driver has its clicks inside
// the widget's shadow root intercepted by the host element, and ignores
// digits typed into a date field; one way for both engines keeps the two
// runs the same walk.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** In-page helpers, passed to every step as `dom`. `find` looks through
 *  the document and every open shadow root (the script-tag widget). */
const DOM = `({
  find(selector, root = document) {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = this.find(selector, el.shadowRoot);
        if (inner) return inner;
      }
    }
    return null;
  },
  get(selector) {
    const el = this.find(selector);
    if (!el) throw new Error('no element ' + selector);
    return el;
  },
  text(selector) {
    const el = this.find(selector);
    return el ? el.textContent.trim() : null;
  },
  /** Resolves once fn() is truthy (to its value); rejects after 15 s. */
  until(fn, timeout = 15000) {
    const end = Date.now() + timeout;
    return new Promise((ok, fail) => {
      const check = () => {
        let value;
        try {
          value = fn();
        } catch (e) {
          value = undefined;
        }
        if (value) ok(value);
        else if (Date.now() > end) fail(new Error('timed out: ' + fn));
        else setTimeout(check, 50);
      };
      check();
    });
  },
  /** Lets the framework render what the last event changed. */
  tick() {
    return new Promise((ok) => setTimeout(ok, 30));
  },
  click(selector) {
    this.get(selector).click();
  },
  fill(selector, value) {
    const el = this.get(selector);
    el.focus();
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  },
})`;

const script = (fn, args) => `(${fn})(${DOM}, ...${JSON.stringify(args)})`;

/** Records console errors, uncaught exceptions and policy violations, for
 *  a driver without console events (WebKitWebDriver has neither an init
 *  script nor a log). The suite's site serves it as a file that every page
 *  loads first (`serve`'s `script`), so it sees the page load too; each
 *  step also runs it, for pages of other sites. */
export const RECORDER = `(() => {
  if (window.__smokeErrors) return;
  window.__smokeErrors = [];
  const error = console.error.bind(console);
  console.error = (...a) => { window.__smokeErrors.push(a.map(String).join(' ')); error(...a); };
  addEventListener('error', (e) => window.__smokeErrors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => window.__smokeErrors.push(String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => window.__smokeErrors.push('policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));
})()`;

async function poll(run, fn, args, timeout = 20000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await run(fn, ...args);
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${fn} (last: ${last})`);
}

export const FIREFOX = '/usr/bin/firefox-esr';

/** Firefox ESR, headless, a fresh profile. */
export async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: profile,
    extraPrefsFirefox: { 'intl.accept_languages': 'en-US' },
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const run = (fn, ...args) => page.evaluate(script(fn, args));
  return {
    name: 'Firefox ESR',
    version: await browser.version(),
    errors,
    open: (url) => page.goto(url, { waitUntil: 'load' }),
    run,
    until: (fn, ...args) => poll(run, fn, args),
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser']
  .find((p) => existsSync(p));

const free = async () => {
  const { createServer } = await import('node:net');
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
};

/** Waits until `url` answers at all. */
async function reachable(url, timeout = 20000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    try {
      await fetch(url);
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`${url} never answered`);
}

/** WebKitGTK's MiniBrowser under its own Xvfb display, a fresh session. */
export async function webkit() {
  const { Builder } = await import('selenium-webdriver');
  const children = [];
  const stop = () => children.forEach((c) => c.kill());
  process.once('exit', stop);
  // Xvfb picks a free display and writes its number once it is ready.
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(xvfb);
  let xlog = '';
  xvfb.stderr.on('data', (d) => { xlog += d; });
  const display = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`Xvfb did not start: ${xlog.slice(-500)}`)), 15000);
    xvfb.stdout.once('data', (d) => {
      clearTimeout(timer);
      ok(`:${String(d).trim()}`);
    });
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${xlog.slice(-500)}`)));
  });
  const port = await free();
  const env = { ...process.env, DISPLAY: display, WEBKIT_DISABLE_COMPOSITING_MODE: '1', LANG: 'en_US.UTF-8' };
  const service = spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' });
  children.push(service);
  try {
    await reachable(`http://127.0.0.1:${port}/status`);
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--geometry=1280x900'] },
      })
      .build();
    const run = async (fn, ...args) => {
      const result = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
        ${RECORDER};
        Promise.resolve().then(() => ${script(fn, args)})
          .then((value) => done({ value: value === undefined ? null : value }), (e) => done({ error: String(e && e.stack || e) }));`);
      if (result.error) throw new Error(result.error);
      return result.value;
    };
    const errors = [];
    const capabilities = await driver.getCapabilities();
    return {
      name: 'WebKitGTK',
      version: capabilities.get('browserVersion'),
      errors,
      async open(url) {
        // Errors of the page before: kept before it goes.
        try {
          errors.push(...(await driver.executeScript('return window.__smokeErrors || []')));
        } catch {
          // No page yet.
        }
        await driver.get(url);
      },
      run,
      until: (fn, ...args) => poll(run, fn, args),
      async close() {
        try {
          await driver.quit();
        } finally {
          stop();
          process.removeListener('exit', stop);
        }
      },
      /** Errors recorded in the current page since the recorder started. */
      pageErrors: () => driver.executeScript('return window.__smokeErrors || []'),
    };
  } catch (error) {
    stop();
    throw error;
  }
}
