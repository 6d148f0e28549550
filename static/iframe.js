// The iframe embed:
//   embed.html?lang=en&view=calculator&heading-level=2&bg=%23ffffff&text=%23222222&accent=%237a2ea8&radius=4&font=serif&id=faq
// Renders one widget, themed by the address (theme.js checks every value
// and leaves out what is not valid), and tells the parent page its height
// whenever it changes, and each result:
//   { type: "refund-estimator:height", id, height }   (CSS pixels)
//   { type: "refund-estimator:result", id, detail }   (see embed.js)
// The host page's iframe-host.js checks every message (its window, its
// origin, its shape) before it sizes the iframe or passes a result on; the
// messages carry nothing private (no dates, no free text). Without
// iframe-host.js the page simply scrolls inside the iframe.
import './embed.js';
// Loaded with the page, not after it: embed.js themes the widget with it.
import './theme.js';

const params = new URLSearchParams(location.search);
const id = (params.get('id') ?? '').slice(0, 64);
// The address's settings are the element's attributes, theme included.
const widget = document.createElement('refund-estimator');
for (const name of ['lang', 'view', 'heading-level', 'bg', 'text', 'accent', 'radius', 'font']) {
  const value = params.get(name);
  if (value) widget.setAttribute(name, value);
}
document.body.append(widget);

const post = (message) => {
  if (window.parent !== window) window.parent.postMessage({ ...message, id }, '*');
};
let last = -1;
new ResizeObserver(() => {
  const height = Math.ceil(widget.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    post({ type: 'refund-estimator:height', height });
  }
}).observe(widget);
widget.addEventListener('refund-estimator:result', (e) => post({ type: 'refund-estimator:result', detail: e.detail }));
