// The iframe embed: embed.html?lang=en&view=calculator&id=anything
// Renders one widget and tells the parent page its height whenever it
// changes, so the iframe needs no fixed height and never scrolls:
//   { type: "refund-estimator:height", id, height }   (CSS pixels)
// and forwards each result:
//   { type: "refund-estimator:result", id, detail }   (see embed.js)
import './embed.js';

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const widget = document.createElement('refund-estimator');
for (const name of ['lang', 'view']) {
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
