//! Native cost of one evaluation: decoding, validating, deciding and writing
//! the sentences, as `window.refundEstimator.evaluate` does minus the JS
//! conversion. Run by `scripts/bench`.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use refund_estimator::policy::{evaluate, Input, RawRequest};

fn spec_request() -> RawRequest {
    RawRequest {
        problem: Input::text("hardware_failure"),
        remedy: Input::text("either"),
        currency: Input::text("USD"),
        amount_paid: Input::text("1200.00"),
        service_start: Input::text("2025-01-01"),
        service_end: Input::text("2026-01-01"),
        problem_start: Input::text("2025-03-01"),
        application_date: Input::text("2025-03-10"),
        evidence: Input::List(vec![
            Input::text("usage_records"),
            Input::text("problem_photos"),
        ]),
        lang: Input::text("en"),
    }
}

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap_or_default();
    let request = spec_request();
    c.bench_function("evaluate", |b| {
        b.iter(|| evaluate(std::hint::black_box(&request), today))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
