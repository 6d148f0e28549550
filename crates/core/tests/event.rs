//! The result event's detail is the outcome's own figures: every key it
//! carries holds the value the outcome gives under the same name, and it
//! carries nothing else (no dates, nothing typed).

use chrono::NaiveDate;
use refund_core::policy::{report, Assessment, Field, Lang, RawRequest};
use refund_core::session::{example, EXAMPLE_COUNT};
use serde_json::{json, Value};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// A case, named, and its assessment.
struct Case {
    name: String,
    assessment: Assessment,
}

/// Every example in both languages, and the cases at the edges of what the
/// event says: nothing back, no refund asked, not covered.
fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        for i in 0..EXAMPLE_COUNT {
            let answers = example(i, today(), lang).unwrap();
            let assessment = report(&answers.request(lang), today()).result.unwrap();
            out.push(Case {
                name: format!("example {i} ({})", lang.tag()),
                assessment,
            });
        }
    }
    let base = RawRequest::default()
        .with(Field::Currency, "USD")
        .with(Field::AmountPaid, "1200.00")
        .with(Field::ServiceStart, "2025-06-01")
        .with(Field::ServiceEnd, "2026-06-01")
        .with(Field::ProblemStart, "2025-09-01")
        .with(Field::ApplicationDate, "2026-12-01");
    let named: [(&str, &[(Field, &str)]); 4] = [
        (
            "a refund after the term ended: nothing back",
            &[
                (Field::Problem, "network_unstable"),
                (Field::Remedy, "refund"),
            ],
        ),
        (
            "an exchange: no figure under the article",
            &[
                (Field::Problem, "hardware_failure"),
                (Field::Remedy, "exchange"),
            ],
        ),
        (
            "a refund within the term, all evidence",
            &[
                (Field::Problem, "hardware_failure"),
                (Field::Remedy, "refund"),
                (Field::ApplicationDate, "2025-10-01"),
                (Field::Evidence, "usage_records"),
            ],
        ),
        (
            "a problem the article does not list",
            &[
                (Field::Problem, "no_longer_needed"),
                (Field::Remedy, "refund"),
                (Field::ApplicationDate, "2025-10-01"),
            ],
        ),
    ];
    for (name, values) in named {
        let mut raw = base.clone();
        for (field, value) in values {
            raw = raw.with(*field, value);
        }
        let assessment = report(&raw, today())
            .result
            .unwrap_or_else(|e| panic!("{name}: refused: {e:?}"));
        out.push(Case {
            name: name.to_owned(),
            assessment,
        });
    }
    out
}

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

fn check(case: &Case) {
    let name = &case.name;
    let a = &case.assessment;
    let event = serde_json::to_value(a.event()).unwrap();
    let outcome = serde_json::to_value(&a.outcome).unwrap();

    // The keys of the contract (static/refund-estimator.d.ts,
    // ResultEventDetail), and nothing more.
    assert_eq!(
        keys(&event),
        [
            "ground",
            "headline",
            "nothingBack",
            "published",
            "refund",
            "verdict"
        ],
        "{name}"
    );
    assert_eq!(event["verdict"], outcome["verdict"], "{name}");
    assert_eq!(event["ground"], outcome["ground"], "{name}");
    assert_eq!(event["headline"], json!(a.headline.title), "{name}");
    assert_eq!(
        event["nothingBack"],
        json!(a.headline.nothing.map(|n| n.as_str())),
        "{name}"
    );

    // The article's figure: the outcome's refund, key by key.
    match (&event["refund"], &outcome["refund"]) {
        (Value::Null, Value::Null) => {}
        (figure, refund) => {
            assert_eq!(
                keys(figure),
                ["amount", "amountMinor", "currency", "estimate"],
                "{name}"
            );
            for key in keys(figure) {
                assert_eq!(figure[key], refund[key], "{name}: refund.{key}");
            }
        }
    }

    // The published figure: the route and reason, then the refund's ends.
    match (&event["published"], &outcome["published"]) {
        (Value::Null, Value::Null) => {}
        (figure, published) => {
            assert_eq!(
                keys(figure),
                [
                    "currency",
                    "high",
                    "highMinor",
                    "low",
                    "lowMinor",
                    "reason",
                    "route"
                ],
                "{name}"
            );
            assert_eq!(figure["route"], published["route"], "{name}");
            assert_eq!(figure["reason"], published["reason"], "{name}");
            for key in ["currency", "high", "highMinor", "low", "lowMinor"] {
                let expected = match &published["refund"] {
                    Value::Null => &Value::Null,
                    refund => &refund[key],
                };
                assert_eq!(&figure[key], expected, "{name}: published.{key}");
            }
        }
    }

    // No dates: not in the headline, nowhere in the detail.
    let text = event.to_string();
    for year in ["2024", "2025", "2026"] {
        assert!(!text.contains(year), "{name}: a date in {text}");
    }
}

#[test]
fn the_event_is_the_outcome_s_own_figures() {
    let cases = cases();
    assert!(cases.iter().any(|c| c.assessment.outcome.refund.is_none()));
    assert!(cases
        .iter()
        .any(|c| c.assessment.outcome.published.is_none()));
    assert!(cases
        .iter()
        .any(|c| c.assessment.headline.nothing.is_some()));
    assert!(cases.iter().any(|c| c
        .assessment
        .outcome
        .published
        .as_ref()
        .is_some_and(|p| p.refund.is_some())));
    for case in &cases {
        check(case);
    }
}
