//! The browser UI, in Yew. It asks, renders and links; the policy core
//! (`crate::policy`) does every decision and every sum, and
//! `crate::session` holds the answers and the share-link format.
//!
//! One component per file, each with its props; `state.rs` is the reducer.

mod app;
mod calculator;
mod examples;
mod fields;
mod icons;
mod markup;
mod policy_view;
mod questionnaire;
mod result;
mod session;
mod state;

pub use app::{App, AppProps};
pub(crate) use markup::Markup;
pub use policy_view::fragment as rules_fragment;

/// The id of the element our own page mounts the app into.
pub const APP_ROOT_ID: &str = "refund-estimator-app";

/// Mounts the app into `#refund-estimator-app`, if the page has one.
pub fn mount() -> bool {
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(APP_ROOT_ID));
    match host {
        Some(element) => {
            crate::crash::register(&element, false);
            // `?lang=zh-CN` (an embed's fallback link, a shared address)
            // chooses the language; else the browser's.
            let props = AppProps {
                lang: crate::browser::query_lang(),
                ..AppProps::default()
            };
            yew::Renderer::<App>::with_root_and_props(element, props).render();
            true
        }
        None => false,
    }
}
