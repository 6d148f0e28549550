//! The wasm entry point. All the work is in the library.

fn main() {
    refund_estimator::start();
}
