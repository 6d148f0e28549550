//! When something goes wrong anyway: no dead widgets.
//!
//! A panic in wasm stops the module mid-step, so nothing on screen would
//! answer any more. The hook below replaces every mounted app with a short
//! bilingual message and a "start again" control. That control needs no
//! wasm: on our own page it is a link that reloads the page (the answers
//! are in the address, so they come back); in an embed, `embed.js` sees the
//! click and remounts the widget on a fresh wasm instance.

use std::cell::RefCell;

use crate::i18n::t;

thread_local! {
    /// The elements apps are mounted in.
    static ROOTS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

/// Installs the hook (once; later calls do nothing more).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("refund estimator stopped: {info}").into());
        ROOTS.with(|roots| {
            if let Ok(roots) = roots.try_borrow() {
                for root in roots.iter() {
                    show(root);
                }
            }
        });
    }));
}

/// Remembers an element an app is mounted in.
pub fn register(root: &web_sys::Element) {
    ROOTS.with(|roots| {
        if let Ok(mut roots) = roots.try_borrow_mut() {
            roots.push(root.clone());
        }
    });
}

/// Forgets it again (the widget was removed).
pub fn unregister(root: &web_sys::Element) {
    ROOTS.with(|roots| {
        if let Ok(mut roots) = roots.try_borrow_mut() {
            roots.retain(|r| r != root);
        }
    });
}

/// Replaces what `root` shows with the message, built with plain DOM calls.
fn show(root: &web_sys::Element) {
    let Some(document) = root.owner_document() else {
        return;
    };
    let element = |tag: &str, class: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        el.set_class_name(class);
        el.set_text_content(Some(text));
        Some(el)
    };
    let (Some(panel), Some(en), Some(zh), Some(button)) = (
        element("div", "re-app re-crash", ""),
        element("p", "re-crash-text", t::ERROR_SCREEN.en),
        element("p", "re-crash-text", t::ERROR_SCREEN.zh),
        element(
            "a",
            "re-button re-primary",
            &format!("{} · {}", t::START_OVER.en, t::START_OVER.zh),
        ),
    ) else {
        return;
    };
    let _ = panel.set_attribute("role", "alert");
    let _ = zh.set_attribute("lang", "zh-CN");
    let _ = button.set_attribute("data-re-restart", "");
    let _ = button.set_attribute("href", &restart_href());
    root.set_text_content(None);
    let _ = panel.append_child(&en);
    let _ = panel.append_child(&zh);
    let _ = panel.append_child(&button);
    let _ = root.append_child(&panel);
}

/// The page's own address with a fresh query, so following it reloads
/// the page and keeps the fragment (the answers).
fn restart_href() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    format!("{path}?restart={}{hash}", js_sys::Date::now() as u64)
}
