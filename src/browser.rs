//! The few browser services the app uses, each behind a small function that
//! cannot panic: the clock, the preferred language, the URL fragment, the
//! clipboard, printing.

use wasm_bindgen::{JsCast, JsValue};

use crate::policy::{Lang, MIN_DATE};

/// Today's date in the browser's time zone: the only clock in the product.
pub fn today() -> chrono::NaiveDate {
    let now = js_sys::Date::new_0();
    let year = now.get_full_year() as i32;
    chrono::NaiveDate::from_ymd_opt(year, now.get_month() + 1, now.get_date()).unwrap_or(MIN_DATE)
}

/// The first of the browser's languages we speak; English otherwise.
pub fn preferred_lang() -> Lang {
    let Some(window) = web_sys::window() else {
        return Lang::En;
    };
    for tag in window.navigator().languages().iter() {
        if let Some(tag) = tag.as_string() {
            let lower = tag.to_ascii_lowercase();
            if lower.starts_with("zh") {
                return Lang::ZhCn;
            }
            if lower.starts_with("en") {
                return Lang::En;
            }
        }
    }
    Lang::En
}

/// The language the page's address asks for (`?lang=en`, `?lang=zh-CN`,
/// any case), on our own page only.
pub fn query_lang() -> Option<Lang> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .filter(|tag| !tag.is_empty())
        .map(Lang::from_tag)
}

/// Sets `<html lang>` and the document title (standalone page only).
pub fn set_document_lang(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
    document.set_title(title);
}

/// The URL fragment, without `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// How long the answers must rest before the address is rewritten. While
/// the person types, nothing is written: each new address makes the browser
/// save the scroll position (a forced layout) and fetch and decode the
/// page's icon again for it (a few milliseconds of the page's thread per
/// keystroke, measured), and browsers cap how often a page may replace its
/// address (WebKit throws after 100 times in 30 seconds; Gecko after 200 in
/// 10; Chromium then ignores the calls).
const SETTLE_MS: i32 = 500;

thread_local! {
    /// A fragment waiting to replace the address's (see [`set_fragment`]).
    static PENDING: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// The timer that will write it.
    static TIMER: std::cell::Cell<Option<i32>> = const { std::cell::Cell::new(None) };
    /// [`flush_fragment`] as a JS function, made once for the page's life:
    /// the timer's callback, and the listener for the page being hidden or
    /// left, so a switch of tab or app, Back and a restored tab all find
    /// the last answers in the address. (One closure of the kind the page
    /// already uses, `dyn Fn()`, whose JS glue is there anyway.)
    static FLUSH: JsValue = {
        let flush = wasm_bindgen::closure::Closure::<dyn Fn()>::new(flush_fragment).into_js_value();
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            for event in ["visibilitychange", "pagehide"] {
                let _ = document.add_event_listener_with_callback(event, flush.unchecked_ref());
            }
        }
        flush
    };
}

/// Makes the address carry `fragment` (nothing when it already does): a new
/// history entry when `push` (at once, after writing any waiting answers
/// into the entry being left), else in place, once the answers
/// have rested for [`SETTLE_MS`] (see there why not at every keystroke).
pub fn set_fragment(fragment: &str, push: bool) {
    if push {
        // The entry being left keeps the answers given on it (Back
        // returns to them), then the new one is added.
        flush_fragment();
        if self::fragment() != fragment {
            write_fragment(fragment, true);
        }
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let stored = PENDING.with(|p| {
        p.try_borrow_mut()
            .map(|mut p| *p = Some(fragment.to_owned()))
            .is_ok()
    });
    if !stored {
        return;
    }
    if let Some(timer) = TIMER.with(std::cell::Cell::take) {
        window.clear_timeout_with_handle(timer);
    }
    let timer = FLUSH
        .try_with(|flush| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    flush.unchecked_ref(),
                    SETTLE_MS,
                )
                .ok()
        })
        .ok()
        .flatten();
    match timer {
        Some(timer) => TIMER.with(|t| t.set(Some(timer))),
        None => flush_fragment(),
    }
}

/// Writes a waiting fragment now (before the address is read: Copy link,
/// the crash screen's "start again"). Safe to call from the panic hook.
pub fn flush_fragment() {
    if let Some(f) = PENDING.with(take) {
        if fragment() != f {
            write_fragment(&f, false);
        }
    }
}

/// Drops a waiting fragment: the address changed under us (Back, Forward,
/// a pasted link) and is now the one to follow.
pub fn forget_fragment() {
    PENDING.with(take);
}

fn take(pending: &std::cell::RefCell<Option<String>>) -> Option<String> {
    pending.try_borrow_mut().ok().and_then(|mut p| p.take())
}

fn write_fragment(fragment: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let url = format!("#{fragment}");
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// The page's address, fragment included.
pub fn href() -> String {
    flush_fragment();
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Copies text to the clipboard; `false` when the browser refuses.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(clipboard) = clipboard else {
        return false;
    };
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(write) = write else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) else {
        return false;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Opens the print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Moves keyboard focus to an element and brings it into view.
pub fn focus(element: &web_sys::HtmlElement) {
    let _ = element.focus();
}

/// Scrolls the element with this id inside `root` into view and focuses it.
pub fn reveal(root: &web_sys::Element, id: &str) {
    let selector = format!("[id=\"{}\"]", id.replace(['"', '\\'], ""));
    if let Ok(Some(target)) = root.query_selector(&selector) {
        target.scroll_into_view();
        if let Ok(el) = target.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Registers the service worker (`sw.js`, next to the page) so the app
/// works offline after one visit. Does nothing where service workers are
/// unavailable (a `file://` page, an old browser).
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let has_sw = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if has_sw && served_over_http() {
        let _ = navigator.service_worker().register("sw.js");
    }
}

/// Whether the window is wide enough (48em at the default 16 px) to show
/// the result's long parts open.
pub fn is_wide() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 768.0)
}

/// Whether this page came from a web server (not a `file://` copy such as
/// the single-file build).
pub fn served_over_http() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p.starts_with("http"))
}

/// Announces a result on the widget's host element, for the host page.
pub fn announce_result(host: &web_sys::HtmlElement, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) =
        web_sys::CustomEvent::new_with_event_init_dict("refund-estimator:result", &init)
    {
        let _ = host.dispatch_event(&event);
    }
}
