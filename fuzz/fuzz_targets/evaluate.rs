//! The request decoder and `evaluate`: any bytes, read as JSON, must give
//! an outcome or a typed error, never a panic; an outcome's refund never
//! exceeds what was paid.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use refund_estimator::policy::{evaluate_from, validate, Input, RawRequest};

fuzz_target!(|data: &[u8]| {
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap_or_default();
    let mut de = serde_json::Deserializer::from_slice(data);
    if let Ok(outcome) = evaluate_from(&mut de, today) {
        let mut de = serde_json::Deserializer::from_slice(data);
        let raw = <RawRequest as serde::Deserialize>::deserialize(&mut de).unwrap_or_default();
        if let (Some(refund), Ok(request)) = (outcome.refund, validate(&raw, today)) {
            let paid = request.amount_paid.unwrap_or(0);
            assert!(refund.amount_minor <= paid, "refund above the amount paid");
            assert_eq!(refund.charged_days + refund.refundable_days, refund.term_days);
        }
    }
    // Also as plain text in every field, as the UI sends it.
    if let Ok(text) = std::str::from_utf8(data) {
        let mut parts = text.split('\u{1f}').map(Input::text);
        let mut next = || parts.next().unwrap_or_default();
        let raw = RawRequest {
            problem: next(),
            remedy: next(),
            currency: next(),
            amount_paid: next(),
            service_start: next(),
            service_end: next(),
            problem_start: next(),
            application_date: next(),
            evidence: next(),
            lang: next(),
        };
        let _ = refund_estimator::policy::evaluate(&raw, today);
    }
});
