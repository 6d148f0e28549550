//! The policy core: pure, total, and free of any browser API.
//!
//! Invariants (the crate's dependencies and `tests/policy_data.rs`):
//! - nothing here imports yew, web-sys, js-sys, wasm-bindgen or gloo (they
//!   are not dependencies of this crate);
//! - there is no clock: "today" is an argument;
//! - money is integer minor units; no float touches an amount;
//! - every input, however malformed, yields an outcome or a typed
//!   [`PolicyError`], never a panic.
//!
//! Entry points: [`decode`] reads a request from any [`Source`] (a JS value,
//! JSON); [`evaluate`] gives the JS contract's answer or its first error;
//! [`report`] gives a screen everything it shows, every error included.

/// Serializes each listed type as its `as_str()` id, so an id is spelled in
/// one place (defined before the modules, so each of them can use it).
macro_rules! serialize_as_str {
    ($($t:ty),*) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    )*};
}

mod data;
mod date;
mod error;
mod event;
mod field;
#[cfg(not(target_arch = "wasm32"))]
mod json;
mod money;
mod needs;
mod outcome;
mod published;
mod report;
mod request;
mod rules;
mod story;
mod text;
mod whatif;

use chrono::NaiveDate;

pub(crate) use data::msg;

pub use data::{
    checklist, evidence_order, Basis, Billing, ClauseId, Cutoff, Evidence, Ground, HowTo, Lang,
    Note, Page, Problem, Remedy, Section, Text, HOW_TO, POLICY, PUBLISHED_NOTES,
};
pub use date::{format_date, iso, likely_expiry, parse_date, MAX_DATE, MIN_DATE};
pub use error::{ErrorCode, PolicyError};
pub use event::{PublishedFigure, RefundFigure, ResultEvent};
pub use field::{Field, Kind};
#[cfg(not(target_arch = "wasm32"))]
pub use json::js_number;
pub use money::{format_money, parse_amount, Currency, MAX_MAJOR};
pub use needs::{need, wants_refund, Need};
pub use outcome::{Line, Outcome, Published, PublishedRefund, Reason, Refund, Route, Verdict};
pub use report::{report, Assessment, Report};
pub use request::{
    decode, validate, Input, RawRequest, Refused, Request, Shape, Source, MAX_LIST, MAX_TEXT,
};
pub use rules::{Computation, Zero};
pub use story::{FieldNotice, Headline, Late, Nothing, Tone};
pub use text::{fill, list};
pub use whatif::{apply, Change, Curve, Suggestion, Waiting, WaitingRow};

/// How many times [`validate`] and the article's arithmetic ran so far
/// (the benchmark's measure of the work one keystroke does). Only with the
/// `count` feature, never in a shipped build.
#[cfg(feature = "count")]
pub mod count {
    use std::sync::atomic::{AtomicUsize, Ordering};

    pub(crate) static VALIDATE: AtomicUsize = AtomicUsize::new(0);
    pub(crate) static COMPUTE: AtomicUsize = AtomicUsize::new(0);

    /// (validations, computations) so far.
    pub fn calls() -> (usize, usize) {
        (
            VALIDATE.load(Ordering::Relaxed),
            COMPUTE.load(Ordering::Relaxed),
        )
    }
}

/// Evaluates a request as the JS contract does: the outcome, or the first
/// error in field order.
pub fn evaluate(raw: &RawRequest, today: NaiveDate) -> Result<Outcome, PolicyError> {
    match validate(raw, today) {
        Ok(request) => Ok(rules::decide(&request)),
        // validate() never returns an empty list; answer sensibly anyway.
        Err(errors) => Err(errors
            .into_iter()
            .next()
            .unwrap_or_else(PolicyError::invalid_request)),
    }
}

/// Evaluates a request given as JSON text, natively, through the same
/// decoder the browser uses. Text that is not JSON is `invalid_request`.
#[cfg(not(target_arch = "wasm32"))]
pub fn evaluate_json(text: &str, today: NaiveDate) -> Result<Outcome, PolicyError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|_| PolicyError::invalid_request())?;
    evaluate(&decode(&value)?, today)
}
