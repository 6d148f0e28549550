//! Native cost of one evaluation: decoding the README's example request with
//! the decoder the browser uses, validating, deciding and writing the
//! sentences, as `window.refundEstimator.evaluate` does minus the JS
//! conversion; and of one full report (what the calculator computes per
//! keystroke). Run by `scripts/bench`.

use chrono::NaiveDate;
use criterion::{criterion_group, Criterion};
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

/// The work one keystroke does on a result screen (the calculator with a
/// full case): how many times the answers are validated and the article's
/// refund computed, counted by the core itself (feature `count`).
#[cfg(feature = "count")]
fn keystroke() {
    use refund_core::policy::{count, Field};
    use refund_core::session::screen::{Action, Screen};
    use refund_core::session::View;
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap_or_default();
    let mut screen = Screen::new(refund_core::policy::Lang::En, View::Calculator, today);
    for (field, value) in [
        (Field::Problem, "hardware_failure"),
        (Field::Remedy, "either"),
        (Field::ServiceStart, "2025-01-01"),
        (Field::ServiceEnd, "2026-01-01"),
        (Field::ProblemStart, "2025-03-01"),
        (Field::ApplicationDate, "2025-03-20"),
        (Field::ListPrice, "1440"),
        (Field::AmountPaid, "1200"),
    ] {
        if let Some((next, _)) = screen.update(Action::Set(field, value.to_owned())) {
            screen = next;
        }
    }
    let before = count::calls();
    let typed = screen.update(Action::Set(Field::AmountPaid, "1201".to_owned()));
    let after = count::calls();
    assert!(typed.is_some_and(|(s, _)| s.report().assessment().is_some()));
    println!(
        "one keystroke on a result: validate x{}, the article's refund computed x{}",
        after.0 - before.0,
        after.1 - before.1
    );
}

#[cfg(not(feature = "count"))]
fn keystroke() {
    println!("one keystroke: run with --features count to count the work");
}

fn main_with_count() {
    keystroke();
    benches();
    Criterion::default().configure_from_args().final_summary();
}

criterion_group!(benches, bench);
fn main() {
    main_with_count();
}
