//! The refund estimator's core, without a browser: what the policy decides
//! and computes, the customer's session, and the checker of the golden
//! cases.
//!
//! - [`policy`]: a pure function from a request and "today" to an outcome
//!   or typed errors; the report a screen shows.
//! - [`session`]: the answers as typed, which questions apply, the share
//!   link, the copied summary, the examples.
//! - [`golden`]: the golden cases' checker, shared by the native tests and
//!   the Verify page.
//!
//! This crate depends on chrono and serde and nothing of the browser, so
//! "the core never imports yew or web-sys" is a compile error, not a
//! convention. No IO, no clock: "today" is always an argument.

// Nothing in this crate can panic: no unwrap, no expect, no panic, no indexing that
// could go out of bounds. (In wasm a panic would kill the whole widget.)
#![forbid(unsafe_code)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::unreachable,
    clippy::todo,
    clippy::unimplemented
)]

pub mod golden;
pub mod policy;
pub mod session;
