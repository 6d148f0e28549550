//! The browser UI, in Yew. It asks, renders and links; the policy core
//! (`crate::policy`) does every decision and every sum, and
//! `crate::session` holds the answers and the share-link format.
//!
//! One component per file, each with its props; `state.rs` is the reducer.

mod app;
mod calculator;
mod dom_id;
mod examples;
mod fields;
mod icons;
mod policy_view;
mod questionnaire;
mod result;
mod state;
mod view_props;

pub use app::{App, AppProps};

/// The id of the element our own page mounts the app into.
pub const APP_ROOT_ID: &str = "refund-estimator-app";
pub use policy_view::fragment as rules_fragment;
