//! Golden cases: the policy, as a table (`tests/golden.json`).
//!
//! Each case names a situation in plain words, gives the request exactly as
//! a caller sends it, and what must come back, by field name. One helper,
//! `check`, runs every case through the decoder the browser uses and the
//! engine; the Verify page runs the same file in the browser. Boundaries
//! have a case on each side. The last tests prove the file touches every
//! clause, problem, remedy, currency and error code.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::NaiveDate;
use refund_core::golden::{self, Case};
use refund_core::policy::{decode, evaluate, ClauseId, Currency, Problem, Remedy, HOW_TO};
use serde_json::{json, Value};

fn file() -> &'static Value {
    static FILE: OnceLock<Value> = OnceLock::new();
    FILE.get_or_init(|| {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/golden.json"
        ))
        .expect("tests/golden.json");
        serde_json::from_str(&text).expect("tests/golden.json is JSON")
    })
}

fn cases() -> (NaiveDate, Vec<Case<&'static Value>>) {
    golden::cases(file()).expect("tests/golden.json has today and cases")
}

/// What `evaluate` answers, as the JS contract shapes it: the outcome, or
/// `{"error": {code, field, message}}`.
fn answer(request: &Value, today: NaiveDate) -> Value {
    match decode(request).and_then(|raw| evaluate(&raw, today)) {
        Ok(outcome) => serde_json::to_value(outcome).expect("an outcome is JSON"),
        Err(error) => json!({ "error": error }),
    }
}

/// `Err` with the case's name and what differs.
fn check(case: &Case<&Value>, today: NaiveDate) -> Result<(), String> {
    golden::check(case.expect, &answer(case.request, today))
        .map_err(|diff| format!("{}: {diff}", case.name))
}

#[test]
fn golden_cases() {
    let (today, cases) = cases();
    assert!(cases.len() > 50, "the file lost its cases");
    let failures: Vec<String> = cases.iter().filter_map(|c| check(c, today).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn case_names_are_unique() {
    let (_, cases) = cases();
    let mut seen = BTreeSet::new();
    for case in &cases {
        assert!(
            seen.insert(&case.name),
            "two cases are named {:?}",
            case.name
        );
    }
}

/// Every string in the expectations and requests, for the coverage tests.
fn strings(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::String(s) => {
            out.insert(s.clone());
        }
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The file must exercise every clause, problem, remedy, currency and
/// error code, so none can be added without a golden case.
#[test]
fn the_cases_cover_the_whole_vocabulary() {
    let (_, cases) = cases();
    let mut requested = BTreeSet::new();
    let mut expected = BTreeSet::new();
    for case in &cases {
        strings(case.request, &mut requested);
        strings(case.expect, &mut expected);
    }
    for p in Problem::ALL {
        assert!(
            requested.contains(p.as_str()),
            "no case for problem {}",
            p.as_str()
        );
    }
    for r in Remedy::ALL {
        assert!(
            requested.contains(r.as_str()),
            "no case for remedy {}",
            r.as_str()
        );
    }
    // How to end the subscription (where the money goes among it) and the
    // provider's own example are said by the result view; the JS API's outcome (README)
    // names the clauses each route's explanation cites.
    for c in ClauseId::ALL
        .into_iter()
        .filter(|c| !HOW_TO.iter().any(|h| h.clause == *c) && *c != ClauseId::PublishedExample)
    {
        assert!(
            expected.contains(c.as_str()),
            "no case cites clause {}",
            c.as_str()
        );
    }
    for route in ["partial", "full", "none"] {
        assert!(expected.contains(route), "no case takes route {route}");
    }
    for reason in [
        "unused_time",
        "not_started",
        "pay_as_you_go",
        "term_ended",
        "nothing_paid",
    ] {
        assert!(expected.contains(reason), "no case for reason {reason}");
    }
    for c in Currency::ALL {
        assert!(
            expected.contains(c.code()),
            "no case computes a refund in {}",
            c.code()
        );
    }
    for code in refund_core::policy::ErrorCode::ALL {
        assert!(
            expected.contains(code.as_str()),
            "no case for error {}",
            code.as_str()
        );
    }
}

/// The checker itself: a wrong expectation is caught, by field name, in
/// lists of clause ids, and in the refund's figures.
#[test]
fn the_checker_catches_a_wrong_expectation() {
    let (today, cases) = cases();
    let case = cases.first().expect("a first case");
    let actual = answer(case.request, today);
    let wrong = [
        json!({"verdict": "not_covered"}),
        json!({"refund": {"amount": "1006.04"}}),
        json!({"explanation": ["grounds.quality"]}),
        json!({"nextSteps": ["process.contact", "process.apply", "process.notify", "process.review"]}),
        json!({"error": {"code": "invalid_amount"}}),
    ];
    for expect in wrong {
        assert!(golden::check(&expect, &actual).is_err(), "{expect} passed");
    }
    assert!(golden::check(&json!({}), &actual).is_ok());
}
