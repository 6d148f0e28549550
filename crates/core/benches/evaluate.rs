//! Native cost of one evaluation: decoding the README's example request with
//! the decoder the browser uses, validating, deciding and writing the
//! sentences, as `window.refundEstimator.evaluate` does minus the JS
//! conversion; and of one full report (what the calculator computes per
//! keystroke). Run by `scripts/bench`.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use refund_core::policy::{decode, evaluate, report};

const SPEC_EXAMPLE: &str = r#"{"problem": "hardware_failure", "remedy": "either", "currency": "USD", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01", "applicationDate": "2025-03-10", "evidence": ["usage_records", "problem_photos"], "lang": "en"}"#;

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap_or_default();
    let json: serde_json::Value = serde_json::from_str(SPEC_EXAMPLE).unwrap_or_default();
    c.bench_function("evaluate", |b| {
        b.iter(|| decode(std::hint::black_box(&json)).and_then(|raw| evaluate(&raw, today)))
    });
    let raw = decode(&json).unwrap_or_default();
    c.bench_function("decode", |b| b.iter(|| decode(std::hint::black_box(&json))));
    c.bench_function("evaluate_decoded", |b| {
        b.iter(|| evaluate(std::hint::black_box(&raw), today))
    });
    c.bench_function("report", |b| {
        b.iter(|| report(std::hint::black_box(&raw), today))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
