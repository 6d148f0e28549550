//! The estimator's wasm entry point and its exports to our page's boot
//! script and `embed.js`. All the work is in the library.

use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    refund_estimator::start();
}

/// Mounts the estimator on our own page (called by its boot script only,
/// never by `embed.js`).
#[wasm_bindgen(js_name = startApp)]
pub fn start_app() {
    refund_estimator::start_app();
}

/// Sets `window.refundEstimator` from this very instance and fires
/// `refund-estimator:ready` (our page's boot script calls it once the app is
/// mounted; `embed.js` once its first widget has loaded the module), so a
/// visit fetches nothing more for the JS API.
#[wasm_bindgen(js_name = installApi)]
pub fn install_api() {
    refund_estimator::install_api();
}

/// A widget on someone else's page (see `refund_estimator::embed`).
#[wasm_bindgen]
pub struct Widget(refund_estimator::embed::Widget);

#[wasm_bindgen]
impl Widget {
    /// Unmounts the widget and frees what it held. Safe to call twice.
    pub fn destroy(&mut self) {
        self.0.destroy();
    }
}

/// Mounts a widget into `container`, inside `host`'s shadow root.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    host: web_sys::HtmlElement,
    container: web_sys::Element,
    lang: Option<String>,
    view: Option<String>,
    base: Option<String>,
    heading_level: Option<String>,
) -> Widget {
    Widget(refund_estimator::embed::mount(
        host,
        container,
        lang,
        view,
        base,
        heading_level,
    ))
}
