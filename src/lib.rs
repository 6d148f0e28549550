//! Refund estimator and policy explainer.
//!
//! - [`policy`]: the pure core. It decides and computes; it knows nothing of
//!   browsers.
//! - `api`: the JS contract, `window.refundEstimator`.
//! - `ui`: the Yew components.
//!
//! See ARCHITECTURE.md for the map and the rules between these parts.

pub mod api;
pub mod browser;
pub mod crash;
pub mod embed;
pub mod golden;
pub mod i18n;
pub mod policy;
pub mod session;
pub mod ui;

/// Starts everything in the browser: the JS API first, then the UI on our
/// own page. On a page that only embeds widgets (`embed.js`), nothing is
/// mounted here: each `<refund-estimator>` element mounts its own.
pub fn start() {
    crash::install();
    api::install();
    if ui::mount() {
        browser::register_service_worker();
    }
}
