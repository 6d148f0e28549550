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

let module = null;

/** Loads the wasm module once for the whole page. */
export function load() {
  module ??= import(new URL(FILES.glue, BASE).href).then(async (m) => {
    await m.default({ module_or_path: new URL(FILES.wasm, BASE) });
    return m;
  });
  return module;
}

export class RefundEstimatorElement extends HTMLElement {
  static observedAttributes = ['lang', 'view'];

  #widget = null;
  #container = null;
  #generation = 0;

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = new URL(FILES.css, BASE).href;
      root.append(style);
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
    const generation = ++this.#generation;
    const m = await load();
    // Removed or changed while the module loaded: that mount is stale.
    if (generation !== this.#generation || !this.isConnected) return;
    this.#container = document.createElement('div');
    this.shadowRoot.append(this.#container);
    this.#widget = m.mountWidget(this, this.#container, this.getAttribute('lang'), this.getAttribute('view'));
  }

  #unmount() {
    this.#generation++;
    this.#widget?.destroy();
    this.#widget?.free?.();
    this.#widget = null;
    this.#container?.remove();
    this.#container = null;
  }
}

if (!customElements.get('refund-estimator')) {
  customElements.define('refund-estimator', RefundEstimatorElement);
}
