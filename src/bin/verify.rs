//! The Verify page's wasm entry point (`verify.html`): the core and the
//! golden-case checker, without the estimator's UI.

fn main() {
    refund_estimator::verify::start();
}
