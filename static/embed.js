// Refund estimator widget. Add to any page:
//
//   <script type="module" src="https://your.host/path/embed.js"></script>
//   <refund-estimator lang="en" view="questionnaire"></refund-estimator>
//
// `lang`: "en", "zh-CN", or absent for the reader's browser language.
// `view`: "questionnaire" (default), "calculator" or "policy".
// Theme with CSS custom properties on the element, e.g.
//   refund-estimator { --re-accent: #7a2ea8; --re-radius: 4px; --re-font: Georgia, serif; }
// Each result is announced as a `refund-estimator:result` event on the
// element (bubbles, composed): detail = { verdict, ground, refund } where
// refund = { currency, amount, amountMinor, estimate } or null.
//
// Everything loads relative to this file, once per page however many
// widgets there are. The file names below are filled in by the build.

const BASE = new URL('./', import.meta.url);
const FILES = { glue: '__GLUE__', wasm: '__WASM__', css: '__CSS__' };

// One wasm instance per generation, shared by every widget on the page. A
// panic stops an instance for good; "start again" then moves to the next
// generation: a fresh instance of the same (cached) files.
let generation = 0;
const instances = new Map();

/** Loads the wasm module once for the whole page (per generation). */
export function load() {
  const gen = generation;
  if (!instances.has(gen)) {
    const glue = new URL(FILES.glue, BASE);
    if (gen > 0) glue.searchParams.set('instance', String(gen));
    instances.set(gen, import(glue.href).then(async (m) => {
      await m.default({ module_or_path: new URL(FILES.wasm, BASE) });
      return { m, gen };
    }));
  }
  return instances.get(gen);
}

export class RefundEstimatorElement extends HTMLElement {
  static observedAttributes = ['lang', 'view'];

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
      // The crash screen's "start again" (src/crash.rs): remount on a fresh
      // wasm instance instead of following the link.
      root.addEventListener('click', (event) => {
        const restart = event.target.closest?.('[data-re-restart]');
        if (!restart) return;
        event.preventDefault();
        if (this.#instance === generation) generation++;
        this.#unmount();
        this.#mount();
      });
    }
    this.#mount();
  }

  disconnectedCallback() {
    this.#unmount();
  }

  attributeChangedCallback(_name, before, after) {
    if (before !== after && this.isConnected && this.shadowRoot) {
      this.#unmount();
      this.#mount();
    }
  }

  async #mount() {
    const mine = ++this.#generation;
    const { m, gen } = await load();
    // Removed or changed while the module loaded: that mount is stale.
    if (mine !== this.#generation || !this.isConnected) return;
    this.#instance = gen;
    this.#container = document.createElement('div');
    this.shadowRoot.append(this.#container);
    this.#widget = m.mountWidget(this, this.#container, this.getAttribute('lang'), this.getAttribute('view'), BASE.href);
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
