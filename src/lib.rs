//! Refund estimator and policy explainer.
//!
//! The pure core is its own crate, `refund-core` (`crates/core`): the
//! policy, the session and the golden-case checker, re-exported here as
//! [`policy`], [`session`] and [`golden`]. This crate is the browser shell:
//! `api` (`window.refundEstimator`), `ui` (Yew), `embed` (widgets on other
//! pages), `crash`, `browser`, and [`verify`], the Verify page.
//!
//! See ARCHITECTURE.md for the map and the rules between these parts.

pub use refund_core::{golden, policy, session};

mod api;
mod browser;
mod crash;
pub mod embed;
mod i18n;
mod markup;
mod patch;
mod ui;
pub mod verify;

pub use ui::rules_fragment;

/// The catalog's words for the parts of the site written in JavaScript, as
/// JSON: `{"embed": {"en": {key: text}, "zh-CN": {...}}, "builder": {...}}`
/// (written at build time by the `prerender` binary; `embed.js` and
/// `builder.js` each get their part).
#[cfg(not(target_arch = "wasm32"))]
pub fn site_texts() -> String {
    use i18n::t;
    let embed = [
        ("loadFailed", t::EMBED_LOAD_FAILED),
        ("openFull", t::EMBED_OPEN_FULL),
        ("retry", t::EMBED_RETRY),
        ("fallback", t::EMBED_FALLBACK),
    ];
    let builder = [
        ("title", t::BUILDER_TITLE),
        ("lead", t::BUILDER_LEAD),
        ("settings", t::BUILDER_SETTINGS),
        ("lang", t::BUILDER_LANG),
        ("langAuto", t::BUILDER_LANG_AUTO),
        ("view", t::BUILDER_VIEW),
        ("questionnaire", t::VIEW_QUESTIONNAIRE),
        ("calculator", t::VIEW_CALCULATOR),
        ("policy", t::VIEW_POLICY),
        ("heading", t::BUILDER_HEADING),
        ("headingHint", t::BUILDER_HEADING_HINT),
        ("colours", t::BUILDER_COLOURS),
        ("coloursHint", t::BUILDER_COLOURS_HINT),
        ("bg", t::BUILDER_BG),
        ("text", t::BUILDER_TEXT),
        ("accent", t::BUILDER_ACCENT),
        ("contrast", t::BUILDER_CONTRAST),
        ("contrastText", t::BUILDER_CONTRAST_TEXT),
        ("contrastAccent", t::BUILDER_CONTRAST_ACCENT),
        ("radius", t::BUILDER_RADIUS),
        ("radiusError", t::BUILDER_RADIUS_ERROR),
        ("font", t::BUILDER_FONT),
        ("fontSystem", t::BUILDER_FONT_SYSTEM),
        ("fontSans", t::BUILDER_FONT_SANS),
        ("fontSerif", t::BUILDER_FONT_SERIF),
        ("fontMono", t::BUILDER_FONT_MONO),
        ("preview", t::BUILDER_PREVIEW),
        ("previewHint", t::BUILDER_PREVIEW_HINT),
        ("snippets", t::BUILDER_SNIPPETS),
        ("script", t::BUILDER_SCRIPT),
        ("scriptHint", t::BUILDER_SCRIPT_HINT),
        ("iframe", t::BUILDER_IFRAME),
        ("iframeHint", t::BUILDER_IFRAME_HINT),
        ("iframeHost", t::BUILDER_IFRAME_HOST),
        ("iframeHostHint", t::BUILDER_IFRAME_HOST_HINT),
        ("address", t::BUILDER_ADDRESS),
        ("addressHint", t::BUILDER_ADDRESS_HINT),
        ("copy", t::BUILDER_COPY),
        ("copied", t::BUILDER_COPIED),
        ("copyFailed", t::BUILDER_COPY_FAILED),
        ("platforms", t::BUILDER_PLATFORMS),
        ("platformZendesk", t::BUILDER_PLATFORM_ZENDESK),
        ("platformIntercom", t::BUILDER_PLATFORM_INTERCOM),
        ("platformNotion", t::BUILDER_PLATFORM_NOTION),
        ("platformConfluence", t::BUILDER_PLATFORM_CONFLUENCE),
        ("platformWordpress", t::BUILDER_PLATFORM_WORDPRESS),
        ("csp", t::BUILDER_CSP),
        ("cors", t::BUILDER_CORS),
        ("switch", t::LANG_OTHER),
        ("switchLabel", t::LANG_OTHER_LABEL),
        ("back", t::VERIFY_BACK),
        ("appTitle", t::APP_TITLE),
        ("fallback", t::EMBED_FALLBACK),
    ];
    let group = |entries: &[(&str, i18n::Text)]| {
        let mut out = serde_json::Map::new();
        for lang in policy::Lang::ALL {
            let texts = entries
                .iter()
                .map(|(key, text)| ((*key).to_owned(), text.get(lang).into()))
                .collect();
            out.insert(lang.tag().to_owned(), serde_json::Value::Object(texts));
        }
        serde_json::Value::Object(out)
    };
    serde_json::json!({ "embed": group(&embed), "builder": group(&builder) }).to_string()
}

/// What loading the estimator's module does on any page: the crash
/// screen's hook, nothing else. A page that embeds widgets (`embed.js`) is
/// left as it is: each `<refund-estimator>` element mounts its own widget.
pub fn start() {
    crash::install();
}

/// The JS API: sets `window.refundEstimator` and fires
/// `refund-estimator:ready`. Served by the estimator's own instance where it
/// is loaded anyway (our page, a page with widgets), and by the engine module
/// on a page that loads `embed.js` without a widget (`src/bin/engine.rs`).
/// The module's entry point has installed the crash hook already.
pub fn install_api() {
    api::install();
}

/// Our own page only (its boot script calls it): mounts the estimator on
/// `#refund-estimator-app` and registers the service worker for offline use.
pub fn start_app() {
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ui::APP_ROOT_ID));
    let Some(element) = host else {
        return;
    };
    crash::register(&element, false);
    // `?lang=zh-CN` (an embed's fallback link, a shared address) chooses
    // the language; else the browser's.
    let props = ui::AppProps {
        lang: browser::query_lang(),
        ..ui::AppProps::default()
    };
    yew::Renderer::<ui::App>::with_root_and_props(element, props).render();
    browser::register_service_worker();
}
