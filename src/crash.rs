//! When something goes wrong anyway: no dead widgets.
//!
//! A panic in wasm stops the module mid-step, so nothing on screen would
//! answer any more. The hook below replaces every mounted app with a short
//! bilingual message and a "start again" control. That control needs no
//! wasm: on our own page it is a link that reloads the page (the answers
//! are in the address, so they come back; after a second crash they are
//! left out, in case they cause it); in an embed it is a button, which
//! `embed.js` turns into a remount on a fresh wasm instance, and the host
//! page's address is never touched.

use std::cell::RefCell;

use crate::i18n::t;
use crate::markup::Markup;

thread_local! {
    /// The elements apps are mounted in, and whether each is an embed.
    static ROOTS: RefCell<Vec<(web_sys::Element, bool)>> = const { RefCell::new(Vec::new()) };
}

/// Installs the hook (once; later calls do nothing more).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("refund estimator stopped: {info}").into());
        ROOTS.with(|roots| {
            if let Ok(roots) = roots.try_borrow() {
                for (root, embedded) in roots.iter() {
                    show(root, *embedded);
                }
            }
        });
    }));
}

/// Remembers an element an app is mounted in (`embedded`: a widget on
/// someone else's page).
pub fn register(root: &web_sys::Element, embedded: bool) {
    ROOTS.with(|roots| {
        if let Ok(mut roots) = roots.try_borrow_mut() {
            roots.push((root.clone(), embedded));
        }
    });
}

/// Forgets it again (the widget was removed).
pub fn unregister(root: &web_sys::Element) {
    ROOTS.with(|roots| {
        if let Ok(mut roots) = roots.try_borrow_mut() {
            roots.retain(|(r, _)| r != root);
        }
    });
}

/// Replaces what `root` shows with the message: fixed words and this
/// page's own address, every value escaped, set in one call.
fn show(root: &web_sys::Element, embedded: bool) {
    let mut m = Markup::default();
    m.open("div", &[("class", "re-app re-crash"), ("role", "alert")])
        .el("p", &[("class", "re-crash-text")], t::ERROR_SCREEN.en)
        .el(
            "p",
            &[("class", "re-crash-text"), ("lang", "zh-CN")],
            t::ERROR_SCREEN.zh,
        );
    let label = format!("{} · {}", t::START_OVER.en, t::START_OVER.zh);
    let class = ("class", "re-button re-primary");
    if embedded {
        m.el(
            "button",
            &[class, ("type", "button"), ("data-re-restart", "")],
            &label,
        );
    } else {
        let href = restart_href();
        m.el(
            "a",
            &[class, ("href", &href), ("data-re-restart", "")],
            &label,
        );
    }
    m.close("div");
    root.set_inner_html(&m.into_string());
}

/// A reload of this very page: a relative address of a fresh query only
/// (`?restart=…`), so it cannot lead to another host whatever the path
/// looks like, keeping the fragment (the answers), unless the page was
/// already restarted once: a second crash starts afresh, in case the
/// answers cause it.
fn restart_href() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    // (Parameter by parameter, not a substring search: that would add
    // a string-search routine to the module for this one check.)
    let again = location
        .search()
        .unwrap_or_default()
        .split(['?', '&'])
        .any(|param| param.starts_with("restart="));
    let hash = if again {
        String::new()
    } else {
        // The answers given just before the fault may still be waiting to
        // reach the address (it is replaced after each frame).
        crate::browser::flush_fragment();
        location.hash().unwrap_or_default()
    };
    format!("?restart={}{hash}", js_sys::Date::now() as u64)
}
