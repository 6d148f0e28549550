//! Widgets for other people's pages: `mountWidget` is what `embed.js` calls
//! for each `<refund-estimator>` element. Every widget on a page shares this
//! one wasm instance.

use wasm_bindgen::prelude::*;

use crate::policy::Lang;
use crate::session::View;
use crate::ui::{App, AppProps};

/// A mounted widget; `destroy` releases it.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<yew::AppHandle<App>>,
    container: web_sys::Element,
}

#[wasm_bindgen]
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
/// `calculator` or `policy`. Results are announced on `host` as
/// `refund-estimator:result` events.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    host: web_sys::HtmlElement,
    container: web_sys::Element,
    lang: Option<String>,
    view: Option<String>,
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
    };
    crate::crash::register(&container);
    let handle = yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
    Widget {
        handle: Some(handle),
        container,
    }
}
