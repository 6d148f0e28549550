//! The request decoder and `evaluate`: any bytes, read as JSON through the
//! decoder the browser uses, must give an outcome or a typed error, never a
//! panic; an outcome's refund never exceeds what was paid, and the full
//! report (what the UI draws) never panics either.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use refund_core::policy::{decode, evaluate, report, validate, Field, Input, RawRequest};

fuzz_target!(|data: &[u8]| {
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap_or_default();
    if let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) {
        if let Ok(raw) = decode(&json) {
            if let (Ok(outcome), Ok(request)) = (evaluate(&raw, today), validate(&raw, today)) {
                if let Some(refund) = outcome.refund {
                    let paid = request.amount_paid.unwrap_or(0);
                    assert!(refund.amount_minor <= paid, "refund above the amount paid");
                    assert_eq!(refund.charged_days + refund.refundable_days, refund.term_days);
                }
            }
            let _ = report(&raw, today);
        }
    }
    // Also as plain text in every field, as the UI sends it.
    if let Ok(text) = std::str::from_utf8(data) {
        let mut raw = RawRequest::default();
        for (field, part) in Field::ALL.into_iter().zip(text.split('\u{1f}')) {
            raw.set(field, Input::text(part));
        }
        let _ = report(&raw, today);
    }
});
