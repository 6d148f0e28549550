// The embed builder (builder.html): a help-center editor picks the widget's
// language, first view, title level, colours, radius and font, tries the
// real widget with them, and copies one of three snippets. The words come
// from the product's catalog (filled in by the build); the themes from
// theme.js, which the iframe page reads the same way.
import './embed.js';
import { FONTS, lowContrast, parseTheme, properties } from './theme.js';

const TEXTS = __TEXTS__;
/** The site's folder: every snippet loads from here. */
const BASE = new URL('./', import.meta.url);
const LANGS = { en: 'English', 'zh-CN': '中文' };
const VIEWS = ['questionnaire', 'calculator', 'policy'];
const FONT_LABELS = { system: 'fontSystem', sans: 'fontSans', serif: 'fontSerif', mono: 'fontMono' };
const PLATFORMS = ['platformZendesk', 'platformIntercom', 'platformNotion', 'platformConfluence', 'platformWordpress'];
const DEFAULT_RADIUS = '10';

const query = new URLSearchParams(location.search);
let ui = (query.get('lang') ?? navigator.language ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
const t = (key) => TEXTS[ui][key];

/** What the editor chose. `radius` is the last valid value; `radiusInput`
 *  what the field holds (kept as typed, even when it is not valid). */
const state = {
  lang: '', view: 'questionnaire', heading: '2', colours: false,
  bg: '#ffffff', text: '#17202a', accent: '#1f5fbf',
  radius: DEFAULT_RADIUS, radiusInput: DEFAULT_RADIUS, font: 'system',
};

const theme = () => parseTheme({
  bg: state.colours ? state.bg : undefined,
  text: state.text,
  accent: state.accent,
  radius: state.radius === DEFAULT_RADIUS ? undefined : state.radius,
  font: state.font,
});

/** The theme as [name, value] settings, the same for the script tag's
 *  attributes and the iframe's address. */
function themeSettings() {
  const th = theme();
  return [
    ...(th.bg ? ['bg', 'text', 'accent'].map((key) => [key, th[key]]) : []),
    ...(th.radius !== undefined ? [['radius', String(th.radius)]] : []),
    ...(th.font ? [['font', th.font]] : []),
  ];
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrs = (pairs) => pairs.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(value)}"`)).join('');

/** The widget's page in its language (the fallback link). */
function fullPage() {
  const url = new URL(BASE);
  if (state.lang) url.searchParams.set('lang', state.lang);
  return url.href;
}

/** A text in the widget's language, or in both when the reader's decides. */
function widgetText(key) {
  return state.lang ? TEXTS[state.lang][key] : `${TEXTS.en[key]} · ${TEXTS['zh-CN'][key]}`;
}

function scriptSnippet() {
  const pairs = [];
  if (state.lang) pairs.push(['lang', state.lang]);
  if (state.view !== 'questionnaire') pairs.push(['view', state.view]);
  if (state.heading !== '2') pairs.push(['heading-level', state.heading]);
  // The theme as attributes, not a style attribute: embed.js applies them
  // through the CSSOM, which a host policy without 'unsafe-inline' styles
  // allows (it blocks style attributes).
  pairs.push(...themeSettings());
  return `<script type="module" src="${escape(new URL('embed.js', BASE).href)}"></script>\n`
    + `<refund-estimator${attrs(pairs)}>\n`
    + `  <a href="${escape(fullPage())}">${escape(widgetText('fallback'))}</a>\n`
    + '</refund-estimator>';
}

function frameSource() {
  const url = new URL('embed.html', BASE);
  if (state.lang) url.searchParams.set('lang', state.lang);
  if (state.view !== 'questionnaire') url.searchParams.set('view', state.view);
  if (state.heading !== '2') url.searchParams.set('heading-level', state.heading);
  for (const [key, value] of themeSettings()) url.searchParams.set(key, value);
  return url.href;
}

function iframeSnippet(sized) {
  const pairs = [
    ...(sized ? [['data-refund-estimator', true]] : []),
    ['src', frameSource()], ['title', widgetText('appTitle')],
    ['width', '100%'], ['height', '900'],
    // The sizing script sets the border and the height through the CSSOM,
    // so that snippet needs no style attribute (which a host policy without
    // 'unsafe-inline' styles blocks).
    ...(sized ? [] : [['style', 'width: 100%; height: min(900px, 85vh); border: 0']]), ['loading', 'lazy'],
  ];
  const frame = `<iframe${attrs(pairs)}></iframe>`;
  return sized ? `${frame}\n<script src="${escape(new URL('iframe-host.js', BASE).href)}"></script>` : frame;
}

const SNIPPETS = [
  { id: 'script', title: 'script', hint: 'scriptHint', make: scriptSnippet },
  { id: 'iframe', title: 'iframe', hint: 'iframeHint', make: () => iframeSnippet(false) },
  { id: 'iframe-host', title: 'iframeHost', hint: 'iframeHostHint', make: () => iframeSnippet(true) },
  { id: 'address', title: 'address', hint: 'addressHint', make: frameSource },
];

// ---------------------------------------------------------------------------
// The page. It is built in the editor's language; switching it keeps every
// setting and the preview.

const main = document.getElementById('builder');
const preview = document.createElement('refund-estimator');
preview.id = 'builder-preview';

/** `el('p', {class: 'x'}, child, ...)`: an element with attributes and children. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name in node && typeof value !== 'string') node[name] = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

function select(id, label, options, value, onchange, hint) {
  const hintId = hint ? `${id}-hint` : undefined;
  return [
    el('label', { for: id }, label),
    el('select', { id, 'aria-describedby': hintId, onchange: (e) => onchange(e.target.value) },
      ...options.map(([v, text]) => el('option', { value: v, selected: v === value }, text))),
    hint ? el('p', { id: hintId, class: 're-hint' }, hint) : null,
  ];
}

function render() {
  document.documentElement.lang = ui;
  document.title = `${t('title')} · ${TEXTS[ui].appTitle}`;
  main.lang = ui;
  main.replaceChildren(
    el('div', { class: 're-builder-top' },
      el('h1', { class: 're-h1' }, t('title')),
      el('button', {
        type: 'button', class: 're-button re-secondary re-lang', id: 'builder-switch',
        lang: ui === 'en' ? 'zh-CN' : 'en', 'aria-label': t('switchLabel'),
        onclick: () => {
          ui = ui === 'en' ? 'zh-CN' : 'en';
          const url = new URL(location.href);
          url.searchParams.set('lang', ui);
          history.replaceState(null, '', url);
          render();
          document.getElementById('builder-switch').focus();
        },
      }, t('switch'))),
    el('p', { class: 're-lead' }, t('lead')),
    el('div', { class: 're-builder-grid' },
      settings(),
      el('section', { 'aria-labelledby': 'builder-preview-heading' },
        el('h2', { class: 're-h2', id: 'builder-preview-heading' }, t('preview')),
        el('p', { class: 're-hint' }, t('previewHint')),
        el('div', { class: 're-builder-preview' }, preview))),
    el('section', { 'aria-labelledby': 'builder-snippets-heading' },
      el('h2', { class: 're-h2', id: 'builder-snippets-heading' }, t('snippets')),
      ...SNIPPETS.map(snippetBlock),
      el('p', { class: 're-hint' }, t('csp')),
      el('p', { class: 're-hint', 'data-testid': 'builder-cors' }, t('cors'))),
    el('section', { 'aria-labelledby': 'builder-platforms-heading' },
      el('h2', { class: 're-h2', id: 'builder-platforms-heading' }, t('platforms')),
      el('ul', { class: 're-platforms' }, ...PLATFORMS.map((key) => el('li', {}, t(key))))),
    el('footer', { class: 're-footer' },
      el('p', {}, el('a', { href: `./?lang=${ui}` }, t('back')))),
  );
  update();
}

function settings() {
  const colourInput = (key) => el('label', {},
    t(key),
    el('input', {
      type: 'color', id: `builder-${key}`, value: state[key], disabled: !state.colours,
      oninput: (e) => { state[key] = e.target.value; update(); },
    }));
  return el('form', { id: 'builder-form', onsubmit: (e) => e.preventDefault() },
    el('h2', { class: 're-h2' }, t('settings')),
    el('fieldset', {},
      ...select('builder-lang', t('lang'),
        [['', t('langAuto')], ...Object.entries(LANGS)], state.lang, (v) => { state.lang = v; update(); }),
      ...select('builder-view', t('view'),
        VIEWS.map((v) => [v, t(v)]), state.view, (v) => { state.view = v; update(); }),
      ...select('builder-heading', t('heading'),
        ['2', '3', '4'].map((v) => [v, `h${v}`]), state.heading, (v) => { state.heading = v; update(); }, t('headingHint'))),
    el('fieldset', {},
      el('label', { class: 're-check' },
        el('input', {
          type: 'checkbox', id: 'builder-colours', checked: state.colours, 'aria-describedby': 'builder-colours-hint',
          onchange: (e) => {
            state.colours = e.target.checked;
            for (const key of ['bg', 'text', 'accent']) document.getElementById(`builder-${key}`).disabled = !state.colours;
            update();
          },
        }),
        t('colours')),
      el('p', { class: 're-hint', id: 'builder-colours-hint' }, t('coloursHint')),
      el('div', { class: 're-colour-row' }, colourInput('bg'), colourInput('text'), colourInput('accent')),
      el('div', { id: 'builder-contrast', role: 'status' })),
    el('fieldset', {},
      el('label', { for: 'builder-radius' }, t('radius')),
      el('input', {
        type: 'text', id: 'builder-radius', inputmode: 'numeric', value: state.radiusInput,
        'aria-describedby': 'builder-radius-error', autocomplete: 'off',
        oninput: (e) => {
          state.radiusInput = e.target.value;
          if (parseTheme({ radius: e.target.value.trim() }).radius !== undefined) state.radius = String(Number(e.target.value.trim()));
          update();
        },
      }),
      el('p', { class: 're-field-error', id: 'builder-radius-error' }),
      ...select('builder-font', t('font'),
        Object.keys(FONTS).map((k) => [k, t(FONT_LABELS[k])]), state.font, (v) => { state.font = v; update(); })),
  );
}

function snippetBlock({ id, title, hint, make }) {
  const area = el('textarea', {
    id: `snippet-${id}`, readonly: true, spellcheck: 'false', rows: '6',
    'aria-labelledby': `snippet-${id}-heading`, 'aria-describedby': `snippet-${id}-hint`,
  });
  area.dataset.make = id;
  const status = el('span', { role: 'status', id: `snippet-${id}-status` });
  const copy = el('button', {
    type: 'button', class: 're-button re-primary', id: `copy-${id}`,
    onclick: async () => {
      try {
        await navigator.clipboard.writeText(make());
        status.textContent = t('copied');
      } catch {
        area.focus();
        area.select();
        status.textContent = t('copyFailed');
      }
    },
  }, `${t('copy')} · ${t(title)}`);
  return el('div', { class: 're-snippet' },
    el('h3', { class: 're-h3', id: `snippet-${id}-heading` }, t(title)),
    el('p', { class: 're-hint', id: `snippet-${id}-hint` }, t(hint)),
    area,
    el('div', { class: 're-snippet-actions' }, copy, status));
}

/** Applies the settings to the preview, the messages and the snippets. */
function update() {
  for (const [name, value] of [['lang', state.lang], ['view', state.view], ['heading-level', state.heading]]) {
    if (value) {
      if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
    } else if (preview.hasAttribute(name)) {
      preview.removeAttribute(name);
    }
  }
  preview.removeAttribute('style');
  for (const [name, value] of properties(theme())) preview.style.setProperty(name, value);

  const radius = document.getElementById('builder-radius');
  const radiusError = document.getElementById('builder-radius-error');
  const radiusValid = parseTheme({ radius: state.radiusInput.trim() }).radius !== undefined;
  radius.setAttribute('aria-invalid', String(!radiusValid));
  radiusError.textContent = radiusValid ? '' : t('radiusError');

  const warnings = lowContrast(theme()).map(([which, ratio]) => el('p', { class: 're-warning' },
    t('contrast').replace('{what}', t(which === 'text' ? 'contrastText' : 'contrastAccent'))
      .replace('{ratio}', ratio.toFixed(1))));
  document.getElementById('builder-contrast').replaceChildren(...warnings);

  for (const area of main.querySelectorAll('textarea[data-make]')) {
    area.value = SNIPPETS.find((s) => s.id === area.dataset.make).make();
    area.rows = area.value.split('\n').length + 1;
    document.getElementById(`${area.id}-status`).textContent = '';
  }
}

render();
