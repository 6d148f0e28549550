// Themes for the widget, shared by the embed builder (builder.js) and the
// iframe page (iframe.js): the same settings give the same look in a
// script-tag embed and in an iframe.
//
// A theme is { bg, text, accent } (colours as #rrggbb; all three or none),
// radius (whole pixels, 0 to 24) and font (a key of FONTS). `properties`
// turns it into the widget's CSS custom properties. With colours, the whole
// palette is derived from the three, so no colour of the reader's light or
// dark mode is left to clash with them.

/** Font stacks by key (each with Chinese fallbacks). */
export const FONTS = {
  system: null,
  sans: "'Helvetica Neue', Arial, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  serif: "Georgia, 'Times New Roman', 'Songti SC', 'Noto Serif CJK SC', serif",
  mono: "ui-monospace, Menlo, Consolas, 'Noto Sans Mono CJK SC', monospace",
};

export const COLOUR = /^#[0-9a-f]{6}$/i;
export const MAX_RADIUS = 24;

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const hex = (channels) => `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** `a` mixed into `b`: `share` of a (0 to 1). */
export function mix(a, b, share) {
  const [x, y] = [rgb(a), rgb(b)];
  return hex(x.map((c, i) => c * share + y[i] * (1 - share)));
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(colour) {
  const [r, g, b] = rgb(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// The status colours of the widget's own light and dark palettes
// (static/app.css): the ones that suit the chosen background are used.
const LIGHT = { ok: '#17693a', warn: '#8a5300', bad: '#b3261e', charged: '#8c99a6', refundable: '#2e7d4f', focus: '#d4a000' };
const DARK = { ok: '#6fd39a', warn: '#ffc266', bad: '#ff8a80', charged: '#6b7886', refundable: '#4fb87c', focus: '#ffd54a' };

/** A theme read from untrusted values (an address, a form): what is not
 *  valid is left out. */
export function parseTheme({ bg, text, accent, radius, font }) {
  const theme = {};
  if ([bg, text, accent].every((c) => typeof c === 'string' && COLOUR.test(c))) {
    Object.assign(theme, { bg: bg.toLowerCase(), text: text.toLowerCase(), accent: accent.toLowerCase() });
  }
  if (typeof radius === 'string' && /^\d{1,2}$/.test(radius) && Number(radius) <= MAX_RADIUS) theme.radius = Number(radius);
  if (typeof font === 'string' && Object.hasOwn(FONTS, font) && FONTS[font]) theme.font = font;
  return theme;
}

/** The CSS custom properties for a parsed theme, as [name, value] pairs. */
export function properties(theme) {
  const out = [];
  if (theme.bg) {
    const { bg, text, accent } = theme;
    const status = luminance(bg) > 0.18 ? LIGHT : DARK;
    const onAccent = contrast(accent, '#ffffff') >= contrast(accent, '#0b1420') ? '#ffffff' : '#0b1420';
    out.push(
      ['--re-bg', bg], ['--re-text', text], ['--re-accent', accent], ['--re-accent-text', onAccent],
      ['--re-surface', mix(text, bg, 0.05)], ['--re-border', mix(text, bg, 0.3)], ['--re-muted', mix(text, bg, 0.75)],
      ...Object.entries(status).map(([name, value]) => [`--re-${name}`, value]),
    );
  }
  if (theme.radius !== undefined) out.push(['--re-radius', `${theme.radius}px`]);
  if (theme.font) out.push(['--re-font', FONTS[theme.font]]);
  return out;
}

/** Where a theme's colours are hard to read: [which, ratio] pairs, for
 *  text on the background and the accent (links) on the background. */
export function lowContrast(theme) {
  if (!theme.bg) return [];
  return [['text', contrast(theme.text, theme.bg)], ['accent', contrast(theme.accent, theme.bg)]]
    .filter(([, ratio]) => ratio < 4.5);
}

const applied = new WeakMap();

/** Themes a `<refund-estimator>` from its attributes `keys` (embed.js),
 *  through the CSSOM, which a host policy without 'unsafe-inline' styles
 *  allows: the attributes are read now, so the last call wins, and what an
 *  earlier call set is removed first. */
export function themeElement(element, keys) {
  const pairs = properties(parseTheme(Object.fromEntries(keys.map((k) => [k, element.getAttribute(k) ?? undefined]))));
  for (const name of applied.get(element) ?? []) element.style.removeProperty(name);
  for (const [name, value] of pairs) element.style.setProperty(name, value);
  applied.set(element, pairs.map(([name]) => name));
}
