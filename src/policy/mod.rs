//! The policy core: pure, total, and free of any browser API.
//!
//! Invariants (checked by `tests/architecture.rs`):
//! - nothing here imports yew, web-sys, js-sys, wasm-bindgen or gloo;
//! - there is no clock: "today" is an argument;
//! - money is integer minor units; no float touches an amount;
//! - every input, however malformed, yields an outcome or a typed
//!   [`PolicyError`], never a panic.
//!
//! Entry points: [`evaluate`] for one answer or the first error (the JS
//! contract), [`validate`] + [`decide`] for a form that marks every field.

// The core cannot panic: no unwrap, no expect, no panic, no indexing that
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

mod data;
mod date;
mod error;
mod money;
mod outcome;
mod request;
mod rules;
mod text;
mod whatif;

pub use text::fill;

use chrono::NaiveDate;

pub use data::{
    msg, ClauseData, ClauseId, Evidence, EvidenceData, Ground, GroundData, Lang, PolicyMeta,
    Problem, ProblemData, PublishedRules, Remedy, Section, Text, POLICY, PUBLISHED_RULES,
};
pub use date::{format_date, iso, parse_date, DateError, MAX_DATE, MIN_DATE};
pub use error::{ErrorCode, Field, PolicyError};
pub use money::{format_money, parse_amount, plain, AmountError, Currency, MAX_MAJOR};
pub use outcome::{Basis, Line, Outcome, PolicyRef, Refund, Verdict};
pub use request::{requested_lang, validate, Input, RawRequest, Request};
pub use rules::{compute, decide, Computation, Cutoff};
pub use whatif::{apply, curve, suggestions, waiting, Change, Curve, Suggestion, Waiting};

/// Evaluates a request as the JS contract does: the outcome, or the first
/// error in form order.
pub fn evaluate(raw: &RawRequest, today: NaiveDate) -> Result<Outcome, PolicyError> {
    match validate(raw, today) {
        Ok(request) => Ok(decide(&request)),
        // validate() never returns an empty list; answer sensibly anyway.
        Err(errors) => Err(errors
            .into_iter()
            .next()
            .unwrap_or_else(PolicyError::invalid_request)),
    }
}

/// Decodes a request from any serde source (a JS value, JSON) and
/// evaluates it. Anything that is not an object is `invalid_request`.
pub fn evaluate_from<'de, D: serde::Deserializer<'de>>(
    source: D,
    today: NaiveDate,
) -> Result<Outcome, PolicyError> {
    match <RawRequest as serde::Deserialize>::deserialize(source) {
        Ok(raw) => evaluate(&raw, today),
        Err(_) => Err(PolicyError::invalid_request()),
    }
}
