//! The browser UI, in Yew. It asks, renders and links; the policy core
//! (`crate::policy`) does every decision and every sum, and
//! `crate::session` holds the answers and the share-link format.
//!
//! One component per file, each with its props; `state.rs` is the reducer.

mod app;
mod calculator;
mod fields;
mod icons;
mod policy_view;
mod questionnaire;
mod result;
mod state;
mod timeline;

pub use app::{App, AppProps};

/// Mounts the app into `#app` (or the body when the page has no such
/// element).
pub fn mount() {
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match host {
        Some(element) => {
            yew::Renderer::<App>::with_root(element).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
