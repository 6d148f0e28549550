//! The engine module (`engine.js` + `engine_bg.wasm`): the core without the
//! estimator's UI. It serves two pages' needs, so neither weighs on the
//! estimator's first render:
//!
//! - the JS API, `window.refundEstimator` (`installApi`), which our own page
//!   and `embed.js` load once the estimator has rendered;
//! - the Verify page (`startVerify`), which runs the golden cases through
//!   that very API path.

use wasm_bindgen::prelude::*;

fn main() {}

/// Sets `window.refundEstimator` and fires `refund-estimator:ready`.
#[wasm_bindgen(js_name = installApi)]
pub fn install_api() {
    // Its crash hook first, as the estimator's entry point does.
    refund_estimator::start();
    refund_estimator::install_api();
}

/// Builds the Verify page and runs the golden cases.
#[wasm_bindgen(js_name = startVerify)]
pub fn start_verify() {
    refund_estimator::verify::start();
}
