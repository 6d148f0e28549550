// For pages that embed the refund estimator in an iframe: include once per
// page, after the iframes (or anywhere: it reads them when a message comes).
//
//   <iframe data-refund-estimator src="https://estimator.example/embed.html?lang=en"
//           title="Refund estimator" width="100%" height="900"></iframe>
//   <script src="https://estimator.example/iframe-host.js"></script>
//
// It removes each <iframe data-refund-estimator>'s border and sizes it to
// its content (through the CSSOM, so a host policy that blocks inline
// styles keeps the look), and passes each result on as a
// `refund-estimator:result` event on the iframe element (bubbles; detail =
// { verdict, headline, nothingBack, ground, refund, published }), so the
// page never reads raw messages. A message counts only when it comes from one of
// those iframes' own window, from the estimator's site (the origin this
// script was loaded from) and its embed page, and has the right shape;
// heights are kept between 240 and 12,000 pixels. Anything else is ignored:
// an iframe of another site marked `data-refund-estimator` cannot size
// itself or make up results.
(() => {
  // The estimator's site: where this script came from. A copy pasted
  // inline (no src) trusts the embed page of the frame's own origin.
  const SITE = (() => {
    try {
      return new URL(document.currentScript.src).origin;
    } catch {
      return null;
    }
  })();
  const MIN_HEIGHT = 240;
  const MAX_HEIGHT = 12000;
  const VERDICTS = ['likely_eligible', 'needs_evidence', 'not_covered'];
  const GROUNDS = ['quality', 'not_as_promised', 'force_majeure'];
  const ROUTES = ['partial', 'full', 'none'];
  const REASONS = ['unused_time', 'not_started', 'pay_as_you_go', 'term_ended', 'nothing_paid'];
  const NOTHING = ['term_ended', 'term_used', 'nothing_paid', 'pay_as_you_go'];
  // The headline is our own words (no dates, no figures), one short line.
  const isHeadline = (v) => typeof v === 'string' && v.length <= 200 && !/[\u0000-\u001f<>]/.test(v);

  const isCode = (v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v);
  const isAmount = (v) => typeof v === 'string' && /^\d{1,13}(\.\d{1,2})?$/.test(v);
  const isMinor = (v) => Number.isSafeInteger(v) && v >= 0;
  const orNull = (v, ok) => (v === null ? true : ok(v));

  /** A fresh copy of a result's detail with only the documented fields, or
   *  null when it is not one. */
  function cleanDetail(d) {
    if (!d || typeof d !== 'object') return null;
    if (!VERDICTS.includes(d.verdict) || !(d.ground === null || GROUNDS.includes(d.ground))) return null;
    if (!isHeadline(d.headline) || !orNull(d.nothingBack, (v) => NOTHING.includes(v))) return null;
    let refund = null;
    if (d.refund !== null) {
      const r = d.refund;
      if (!r || !isCode(r.currency) || !isAmount(r.amount) || !isMinor(r.amountMinor) || typeof r.estimate !== 'boolean') return null;
      refund = Object.freeze({ currency: r.currency, amount: r.amount, amountMinor: r.amountMinor, estimate: r.estimate });
    }
    let published = null;
    if (d.published !== null && d.published !== undefined) {
      const p = d.published;
      if (!p || !ROUTES.includes(p.route) || !REASONS.includes(p.reason)) return null;
      if (!orNull(p.currency, isCode) || !orNull(p.high, isAmount) || !orNull(p.highMinor, isMinor)
        || !orNull(p.low, isAmount) || !orNull(p.lowMinor, isMinor)) return null;
      published = Object.freeze({
        route: p.route, reason: p.reason, currency: p.currency,
        high: p.high, highMinor: p.highMinor, low: p.low, lowMinor: p.lowMinor,
      });
    }
    return Object.freeze({
      verdict: d.verdict, headline: d.headline, nothingBack: d.nothingBack, ground: d.ground, refund, published,
    });
  }

  const frames = () => [...document.querySelectorAll('iframe[data-refund-estimator]')];

  /** The origin of a marked iframe showing the estimator's embed page, or
   *  null for any other. */
  function siteOf(frame) {
    let src;
    try {
      src = new URL(frame.src, location.href);
    } catch {
      return null;
    }
    if (SITE !== null && src.origin !== SITE) return null;
    return src.pathname.endsWith('/embed.html') ? src.origin : null;
  }

  // The look the snippet would otherwise need a style attribute for (which
  // a host policy without 'unsafe-inline' styles blocks), set through the
  // CSSOM: no border where the page left the browser's own (a border the
  // page styled stays), and until the widget says its height, at most 85%
  // of the screen. Then the height follows the content. (The width is the
  // snippet's width attribute.) Frames added later are styled when they
  // are inserted.
  const styled = new WeakSet();
  function style(frame) {
    if (styled.has(frame) || siteOf(frame) === null) return;
    styled.add(frame);
    if (getComputedStyle(frame).borderTopStyle === 'inset') frame.style.border = '0';
    if (!frame.style.height) frame.style.height = 'min(900px, 85vh)';
  }
  const styleAll = () => frames().forEach(style);
  styleAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', styleAll, { once: true });
  new MutationObserver((changes) => {
    if (changes.some((c) => [...c.addedNodes].some((n) => n.nodeType === 1))) styleAll();
  }).observe(document.documentElement, { childList: true, subtree: true });

  window.addEventListener('message', (event) => {
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame) return;
    if (event.origin !== siteOf(frame)) return;
    style(frame);
    const data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type === 'refund-estimator:height') {
      if (typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
      const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, data.height)));
      frame.style.height = `${height}px`;
    } else if (data.type === 'refund-estimator:result') {
      const detail = cleanDetail(data.detail);
      if (detail) frame.dispatchEvent(new CustomEvent('refund-estimator:result', { bubbles: true, detail }));
    }
  });
})();
