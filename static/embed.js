// Refund estimator widget. Add to any page:
//
//   <script type="module" src="https://your.host/path/embed.js"></script>
//   <refund-estimator lang="en" view="questionnaire" heading-level="2">
//     <a href="https://your.host/path/">Open the refund estimator</a>
//   </refund-estimator>
//
// `lang`: "en", "zh-CN", or absent for the reader's browser language.
// `view`: "questionnaire" (default), "calculator" or "policy".
// The link inside shows wherever the widget cannot run (scripts stripped or
// blocked); once the widget runs, it replaces it.
// Theme with attributes, checked by theme.js (what is not valid is left
// out) and applied through the CSSOM, so a host policy without
// 'unsafe-inline' styles keeps them:
//   bg="#fffdf5" text="#1a1a1a" accent="#7a2ea8" (all three or none),
//   radius="4" (0 to 24 pixels), font="sans" | "serif" | "mono";
// or with CSS custom properties on the element, e.g.
//   refund-estimator { --re-accent: #7a2ea8; --re-radius: 4px; --re-font: Georgia, serif; }
// Each result is announced as a `refund-estimator:result` event on the
// element (bubbles, composed): detail = { verdict, ground, refund, published }.
//
// Loading this file defines the element and `window.refundEstimator`
// (announced by a `refund-estimator:ready` event on window: from the
// widgets' own instance, or when idle from the engine module where the page
// has no widget); it touches nothing else of the page. Everything
// loads relative to this file, once per page however many widgets there
// are. The file names and texts below are filled in by the build.

const BASE = new URL('./', import.meta.url);
const FILES = { glue: '__GLUE__', wasm: '__WASM__', css: '__CSS__' };
const TEXTS = __TEXTS__;

// One wasm instance per generation, shared by every widget on the page. A
// panic stops an instance for good; "start again" then moves to the next
// generation: a fresh instance of the same (cached) files. A load that
// failed is forgotten, so "try again" really tries again.
let generation = 0;
const instances = new Map();

/** Loads the wasm module once for the whole page (per generation). */
export function load() {
  const gen = generation;
  if (!instances.has(gen)) {
    const glue = new URL(FILES.glue, BASE);
    if (gen > 0) glue.searchParams.set('instance', String(gen));
    const loading = import(glue.href).then(async (m) => {
      await m.default({ module_or_path: new URL(FILES.wasm, BASE) });
      serveApi(m, gen);
      return { m, gen };
    });
    loading.catch(() => instances.delete(gen));
    instances.set(gen, loading);
  }
  return instances.get(gen);
}

// The theme's attributes, the iframe page's address's names (iframe.js):
// theme.js, loaded only by a page that uses them, checks and applies them.
const THEME = ['bg', 'text', 'accent', 'radius', 'font'];

export class RefundEstimatorElement extends HTMLElement {
  static observedAttributes = ['lang', 'view', 'heading-level', ...THEME];

  #themed = null; // once themed: the promise of the last theme applied
  #widget = null;
  #container = null;
  #generation = 0;
  #instance = -1;

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = new URL(FILES.css, BASE).href;
      root.append(style);
      // The crash screen's "start again" (src/crash.rs) and the load
      // failure's "try again": remount, on a fresh instance after a crash.
      root.addEventListener('click', (event) => {
        const restart = event.target.closest?.('[data-re-restart]');
        if (!restart) return;
        event.preventDefault();
        if (this.#instance === generation) generation++;
        this.#unmount();
        this.#mount();
      });
    }
    this.#theme();
    this.#mount();
  }

  disconnectedCallback() {
    this.#unmount();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected || !this.shadowRoot) return;
    if (THEME.includes(name)) {
      // A new look keeps the answers: no remount.
      this.#theme();
    } else {
      this.#unmount();
      this.#mount();
    }
  }

  /** Applies the theme's attributes (and drops what an earlier theme set).
   *  A widget waits for it before it first draws: no flash of the default
   *  look. If theme.js cannot load, the widget keeps the default look. */
  #theme() {
    if (!this.#themed && !THEME.some((k) => this.hasAttribute(k))) return;
    this.#themed = import(new URL('./theme.js', BASE).href).then((m) => m.themeElement(this, THEME),
      (error) => console.error('refund estimator: the theme could not load', error));
  }

  async #mount() {
    const mine = ++this.#generation;
    this.#container = document.createElement('div');
    this.shadowRoot.append(this.#container);
    let loaded;
    try {
      [loaded] = await Promise.all([load(), this.#themed]);
    } catch (error) {
      if (mine === this.#generation && this.isConnected) this.#failed(error);
      return;
    }
    const { m, gen } = loaded;
    // Removed or changed while the module loaded: that mount is stale.
    if (mine !== this.#generation || !this.isConnected) return;
    this.#instance = gen;
    this.#widget = m.mountWidget(this, this.#container, this.getAttribute('lang'),
      this.getAttribute('view'), BASE.href, this.getAttribute('heading-level'));
  }

  /** The module could not load (a host policy that forbids WebAssembly, a
   *  network error): say so in both languages, with the full page and a
   *  retry, instead of an empty box. */
  #failed(error) {
    console.error('refund estimator: could not load', error);
    const box = document.createElement('div');
    box.className = 're-app re-crash re-load-failed';
    box.setAttribute('role', 'alert');
    for (const lang of ['en', 'zh-CN']) {
      const p = document.createElement('p');
      p.className = 're-crash-text';
      p.lang = lang;
      p.textContent = TEXTS[lang].loadFailed;
      box.append(p);
    }
    const open = document.createElement('a');
    open.className = 're-button re-secondary';
    open.href = BASE.href;
    open.target = '_blank';
    open.rel = 'noopener';
    open.textContent = `${TEXTS.en.openFull} · ${TEXTS['zh-CN'].openFull}`;
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 're-button re-primary';
    retry.dataset.reRestart = '';
    retry.textContent = `${TEXTS.en.retry} · ${TEXTS['zh-CN'].retry}`;
    box.append(open, ' ', retry);
    this.#container.append(box);
  }

  #unmount() {
    this.#generation++;
    try {
      this.#widget?.destroy();
      this.#widget?.free?.();
    } catch {
      // The instance stopped after a panic; there is nothing left to free.
    }
    this.#widget = null;
    this.#container?.remove();
    this.#container = null;
  }
}

if (!customElements.get('refund-estimator')) {
  customElements.define('refund-estimator', RefundEstimatorElement);
}

// The JS API, once per page, not inside our own iframe page (whose parent
// could not reach it). The estimator's own instance serves it as soon as a
// widget has loaded it, so a page with widgets fetches nothing more for it;
// after a crash, the fresh instance of "start again" takes over. A page
// that loads this file without a widget gets it when idle from the engine
// module, a third of the estimator's size.
const FRAME = document.documentElement.hasAttribute('data-refund-estimator-frame');
let api = null; // what serves it: a generation of the estimator, or 'engine'
function serveApi(m, gen) {
  if (FRAME || api === 'engine' || (api !== null && api >= gen)) return;
  api = gen;
  m.installApi();
}
export function loadApi() {
  if (api !== null) return Promise.resolve();
  api = 'engine';
  return import(new URL('./engine.js', BASE).href).then(async (engine) => {
    await engine.default({ module_or_path: new URL('./engine_bg.wasm', BASE) });
    engine.installApi();
  });
}
if (!FRAME) {
  (self.requestIdleCallback ?? setTimeout)(() => {
    if (api !== null || instances.size > 0) return;
    loadApi().catch((error) => console.error('refund estimator: the JS API could not load', error));
  });
}
