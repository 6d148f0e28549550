//! Widgets for other people's pages: what `embed.js` mounts for each
//! `<refund-estimator>` element. Every widget on a page shares one wasm
//! instance. The JS names (`mountWidget`, `Widget.destroy`) are exported by
//! the estimator's binary (`src/main.rs`), so that no other binary of the
//! crate carries the UI.

use crate::policy::Lang;
use crate::session::View;
use crate::ui::{App, AppProps};

/// A mounted widget; [`Widget::destroy`] releases it.
pub struct Widget {
    handle: Option<yew::AppHandle<App>>,
    container: web_sys::Element,
}

impl Widget {
    /// Unmounts the widget and frees what it held. Safe to call twice.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            crate::crash::unregister(&self.container);
            handle.destroy();
        }
    }
}

/// Mounts a widget into `container` (inside `host`'s shadow root). `lang`
/// is `en`, `zh-CN` or empty for the browser's; `view` is `questionnaire`,
/// `calculator` or `policy`; `base` is the folder of the site's files (for
/// links to its pages); `heading_level` the level of the widget's top
/// heading (1 to 4, default 2: below the article's own `h1`; its sections
/// follow one level down, at most `h6`). Results are
/// announced on `host` as `refund-estimator:result` events.
pub fn mount(
    host: web_sys::HtmlElement,
    container: web_sys::Element,
    lang: Option<String>,
    view: Option<String>,
    base: Option<String>,
    heading_level: Option<String>,
) -> Widget {
    let lang = lang
        .filter(|l| !l.trim().is_empty())
        .map(|l| Lang::from_tag(&l));
    let view = view.as_deref().and_then(View::parse);
    let props = AppProps {
        lang,
        view,
        embedded: true,
        host: Some(host),
        base: base.unwrap_or_default().into(),
        heading_level: match heading_level.as_deref().map(str::trim) {
            Some("1") => 1,
            Some("3") => 3,
            Some("4") => 4,
            _ => 2,
        },
    };
    crate::crash::register(&container, true);
    let handle = yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
    Widget {
        handle: Some(handle),
        container,
    }
}
