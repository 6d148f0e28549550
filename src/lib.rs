//! Refund estimator and policy explainer.
//!
//! - [`policy`]: the pure core. It decides and computes; it knows nothing of
//!   browsers.
//! - [`session`]: the customer's session, also pure: the answers, the
//!   questions they make relevant, the share link, the copied summary.
//! - [`golden`]: the checker of the golden cases, shared by the native tests
//!   and the Verify page.
//! - The browser shell (private): `api` (`window.refundEstimator`), `ui`
//!   (Yew), `embed` (widgets on other pages), `crash`, `browser`, and
//!   [`verify`], the Verify page.
//!
//! See ARCHITECTURE.md for the map and the rules between these parts.

mod api;
mod browser;
mod crash;
pub mod embed;
pub mod golden;
mod i18n;
pub mod policy;
pub mod session;
mod ui;
pub mod verify;

pub use ui::rules_fragment;

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
