//! What would change the outcome, the cost of waiting and the refund curve:
//! exact suggestions and figures for each ground and for a case the policy
//! does not cover, and proof that applying a suggestion gives what it
//! promised. "Today" is 2025-03-10.

use chrono::NaiveDate;
use refund_core::policy::{
    apply, evaluate, report, Change, Curve, Evidence, Field, Input, Lang, RawRequest, Remedy,
    Suggestion, Waiting, WaitingRow,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 10).unwrap()
}

/// A request with the README's service period and amount.
fn request(problem: &str, remedy: &str, evidence: &[&str], lang: &str) -> RawRequest {
    let mut raw = RawRequest::default()
        .with(Field::Problem, problem)
        .with(Field::Remedy, remedy)
        .with(Field::Currency, "USD")
        .with(Field::AmountPaid, "1200.00")
        .with(Field::ServiceStart, "2025-01-01")
        .with(Field::ServiceEnd, "2026-01-01")
        .with(Field::ProblemStart, "2025-03-01")
        .with(Field::ApplicationDate, "2025-03-10")
        .with(Field::Lang, lang);
    raw.set(
        Field::Evidence,
        Input::List(evidence.iter().map(|e| Input::text(*e)).collect()),
    );
    raw
}

// The parts of the report these tests look at.
fn suggestions(raw: &RawRequest, today: NaiveDate) -> Vec<Suggestion> {
    report(raw, today)
        .result
        .map(|a| a.suggestions)
        .unwrap_or_default()
}

fn waiting(raw: &RawRequest, today: NaiveDate) -> Option<Waiting> {
    report(raw, today).result.ok().and_then(|a| a.waiting)
}

fn curve(raw: &RawRequest, today: NaiveDate) -> Option<Curve> {
    report(raw, today).result.ok().and_then(|a| a.curve)
}

struct Row {
    name: &'static str,
    request: RawRequest,
    /// (clause, text, change)
    expected: Vec<(&'static str, &'static str, Change)>,
}

fn rows() -> Vec<Row> {
    vec![
        Row {
            name: "quality, everything in hand: nothing would change it",
            request: request("hardware_failure", "either", &["usage_records", "problem_photos"], "en"),
            expected: vec![],
        },
        Row {
            name: "quality without screenshots: adding them makes it likely eligible",
            request: request("hardware_failure", "refund", &["usage_records"], "en"),
            expected: vec![(
                "process.apply",
                "With Photos or screenshots of the problem, your application would have all the evidence we suggest.",
                Change::GatherEvidence(vec![Evidence::ProblemPhotos]),
            )],
        },
        Row {
            name: "quality, exchange: a refund would return about USD 1,006.03",
            request: request("network_unstable", "exchange", &["usage_records", "problem_photos"], "en"),
            expected: vec![(
                "refund.quality",
                "Applying for a refund instead of an exchange would return about USD 1,006.03 under the article's policy.",
                Change::Remedy(Remedy::Refund),
            )],
        },
        Row {
            name: "not as promised, exchange, no evidence: both changes",
            request: request("bandwidth_below_contract", "exchange", &[], "en"),
            expected: vec![
                (
                    "process.apply",
                    "With Server usage records, Order or contract, your application would have all the evidence we suggest.",
                    Change::GatherEvidence(vec![Evidence::UsageRecords, Evidence::ContractOrOrder]),
                ),
                (
                    "refund.not_as_promised",
                    "Applying for a refund instead of an exchange would return about USD 976.44 under the article's policy.",
                    Change::Remedy(Remedy::Refund),
                ),
            ],
        },
        Row {
            name: "force majeure, in Chinese: the official notice is missing",
            request: request("natural_disaster", "refund", &["usage_records"], "zh-CN"),
            expected: vec![(
                "process.apply",
                "补齐事件的官方通告后，你的申请将具备我们建议的全部材料。",
                Change::GatherEvidence(vec![Evidence::EventProof]),
            )],
        },
        Row {
            name: "not covered: what happened is a fact; ending the subscription is a choice",
            request: request("found_cheaper", "refund", &[], "en"),
            expected: vec![(
                "published.unsubscribe",
                "Ending the subscription yourself under the provider's published rules needs no reason and would return about USD 973.15 (an estimate; the provider decides).",
                Change::Unsubscribe,
            )],
        },
        Row {
            name: "quality, paid nothing in cash: an exchange instead (and the published rules pay nothing either)",
            request: request("hardware_failure", "refund", &["usage_records", "problem_photos"], "en")
                .with(Field::AmountPaid, "0"),
            expected: vec![(
                "grounds.quality",
                "The refund here comes to nothing. An exchange, the article's other remedy for this reason, would give you a working server instead (it returns no money).",
                Change::Remedy(Remedy::Exchange),
            )],
        },
        Row {
            name: "not as promised, applying a month after today: applying today returns more",
            request: request("bandwidth_below_contract", "refund", &["usage_records", "contract_or_order"], "en")
                .with(Field::ApplicationDate, "2025-04-10"),
            expected: vec![(
                "refund.not_as_promised",
                "Applying today rather than on 10 April 2025 would return about USD 976.44 under the article's policy, instead of USD 874.52.",
                Change::ApplyOn(today()),
            )],
        },
        Row {
            name: "exchange for a reason the article lists: no money either way unless asked; a refund is the choice",
            request: request("config_mismatch", "exchange", &["usage_records", "contract_or_order"], "zh-CN"),
            expected: vec![(
                "refund.not_as_promised",
                "如果改为申请退款而不是换货，按文章所述政策预计可退约US$976.44。",
                Change::Remedy(Remedy::Refund),
            )],
        },
    ]
}

/// No suggestion ever changes what happened or when: only the remedy, the
/// day of application (to today) or the evidence (which only the customer
/// ticks) differ after applying one.
#[test]
fn suggestions_never_change_the_facts() {
    let facts = [
        Field::Problem,
        Field::Billing,
        Field::Currency,
        Field::AmountPaid,
        Field::ListPrice,
        Field::ServiceStart,
        Field::ServiceEnd,
        Field::ProblemStart,
        Field::StoppedUsing,
    ];
    for row in rows() {
        for s in suggestions(&row.request, today()) {
            let after = apply(&row.request, &s.change);
            for field in facts {
                assert_eq!(
                    after.get(field),
                    row.request.get(field),
                    "{}: {:?} changed {field:?}",
                    row.name,
                    s.change
                );
            }
            if let Change::ApplyOn(day) = &s.change {
                assert_eq!(*day, today(), "{}: only ever today", row.name);
            }
        }
    }
}

#[test]
fn suggestions_are_exact_and_applying_one_gives_what_it_promised() {
    for row in rows() {
        let got = suggestions(&row.request, today());
        let summary: Vec<(&str, &str, Change)> = got
            .iter()
            .map(|s| (s.clause.as_str(), s.text.as_str(), s.change.clone()))
            .collect();
        assert_eq!(summary, row.expected, "{}", row.name);
        for s in &got {
            if s.change == Change::Unsubscribe {
                // Nothing in the answers changes: the published rules' figure
                // is already in the outcome.
                let now = evaluate(&row.request, today()).unwrap();
                assert!(
                    now.published.is_some_and(|p| p.refund.is_some()),
                    "{}",
                    row.name
                );
                continue;
            }
            let after = evaluate(&apply(&row.request, &s.change), today())
                .unwrap_or_else(|e| panic!("{}: applying {:?} fails: {e}", row.name, s.change));
            assert_eq!(
                after.ground, s.ground,
                "{}: ground after {:?}",
                row.name, s.change
            );
            assert_ne!(
                (after.verdict, after.refund.as_ref().map(|r| r.amount_minor)),
                {
                    let before = evaluate(&row.request, today()).unwrap();
                    (before.verdict, before.refund.map(|r| r.amount_minor))
                },
                "{}: {:?} changes nothing",
                row.name,
                s.change
            );
            if let Some(verdict) = s.verdict {
                assert_eq!(
                    after.verdict, verdict,
                    "{}: verdict after {:?}",
                    row.name, s.change
                );
            }
            assert_eq!(
                after.refund.as_ref().map(|r| r.amount_minor),
                s.refund_minor,
                "{}: refund after {:?}",
                row.name,
                s.change
            );
        }
    }
}

#[test]
fn evidence_suggestion_promises_likely_eligible() {
    let got = suggestions(&request("hardware_failure", "refund", &[], "en"), today());
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].verdict.map(|v| v.as_str()), Some("likely_eligible"));
    assert_eq!(got[0].refund_minor, Some(100_603));
}

fn row(days: u32, date: &str, article: Option<&str>, published: Option<&str>) -> WaitingRow {
    WaitingRow {
        days,
        date: date.to_owned(),
        article: article.map(str::to_owned),
        published: published.map(str::to_owned),
    }
}

#[test]
fn waiting_costs_under_both_rulebooks_when_the_refund_counts_from_the_application() {
    let nap = request("bandwidth_below_contract", "refund", &[], "en");
    let w = waiting(&nap, today()).expect("a refund under both rulebooks");
    assert_eq!(
        w.sentences,
        [
            "Under the article's policy each day of delay costs about USD 3.29 (USD 1,200.00 ÷ 365 days): the refund counts from the day you apply.",
            "Under the provider's published rules every day you keep the subscription counts as used, so ending it later returns less.",
        ]
    );
    assert_eq!(
        w.rows,
        [
            row(
                0,
                "10 March 2025",
                Some("USD 976.44"),
                Some("about USD 973.15")
            ),
            row(
                7,
                "17 March 2025",
                Some("USD 953.42"),
                Some("about USD 950.14")
            ),
            row(
                30,
                "9 April 2025",
                Some("USD 877.81"),
                Some("about USD 874.52")
            ),
        ]
    );
    let zh = waiting(&request("config_mismatch", "refund", &[], "zh-CN"), today()).unwrap();
    assert_eq!(
        zh.sentences[0],
        "按文章所述政策，退款从申请当天起算，每晚一天申请，退款约减少US$3.29（US$1,200.00 ÷ 365天）。"
    );
}

#[test]
fn waiting_says_the_date_does_not_matter_only_where_that_is_true() {
    // Quality: the article's figure does not move, the published one does.
    let quality = waiting(&request("hardware_failure", "refund", &[], "en"), today()).unwrap();
    assert_eq!(
        quality.sentences,
        [
            "Under the article's policy the day you apply does not change the refund.",
            "Under the provider's published rules every day you keep the subscription counts as used, so ending it later returns less.",
        ]
    );
    assert!(quality
        .rows
        .iter()
        .all(|r| r.article.as_deref() == Some("USD 1,006.03")));
    assert_eq!(
        quality.rows[2].published.as_deref(),
        Some("about USD 874.52")
    );
    // Pay-as-you-go: neither figure moves, and only then is that said.
    let mut payg = request("hardware_failure", "refund", &[], "en");
    payg.set(Field::Billing, Input::text("pay_as_you_go"));
    let w = waiting(&payg, today()).unwrap();
    assert_eq!(
        w.sentences,
        ["Here the day you apply changes neither figure."]
    );
    assert!(w.rows.is_empty());
    // A reason the article does not list: the published rules only.
    let other = waiting(&request("other", "refund", &[], "en"), today()).unwrap();
    assert!(other
        .rows
        .iter()
        .all(|r| r.article.is_none() && r.published.is_some()));
    // No figure at all: an exchange, or no amount for an unlisted reason.
    assert_eq!(
        waiting(&request("hardware_failure", "exchange", &[], "en"), today()),
        None
    );
    let bare = RawRequest::default().with(Field::Problem, "other");
    assert_eq!(waiting(&bare, today()), None);
}

#[test]
fn the_curve_runs_from_full_refund_to_none_and_marks_the_customer() {
    let spec = request("hardware_failure", "either", &[], "en");
    let c = curve(&spec, today()).expect("a refund, so a curve");
    assert_eq!(c.points.first(), Some(&(0, 0)));
    assert_eq!(c.points.last(), Some(&(1000, 1000)));
    assert!(
        c.points
            .windows(2)
            .all(|w| w[0].0 <= w[1].0 && w[0].1 <= w[1].1),
        "monotone"
    );
    // 59 of 365 days charged; USD 1,006.03 of 1,200.00 refunded.
    assert_eq!(c.you, (161, 162));
    assert_eq!(
        c.description,
        "Under the article's policy, the refund falls in a straight line from USD 1,200.00, if the charged days end on the first day (1 January 2025), to nothing at the end of the term (31 December 2025). Your answers end them on 1 March 2025: USD 1,006.03."
    );
    assert_eq!(
        curve(&request("found_cheaper", "refund", &[], "en"), today()),
        None
    );
}

#[test]
fn a_change_of_language_changes_only_the_words() {
    let en = suggestions(
        &request("bandwidth_below_contract", "exchange", &[], "en"),
        today(),
    );
    let zh = suggestions(
        &request("bandwidth_below_contract", "exchange", &[], "zh-CN"),
        today(),
    );
    assert_eq!(en.len(), 2);
    assert_eq!(en.len(), zh.len());
    for (a, b) in en.iter().zip(&zh) {
        assert_eq!((a.clause, &a.change), (b.clause, &b.change));
        assert_ne!(a.text, b.text);
    }
    assert_eq!(
        zh[1].text,
        "如果改为申请退款而不是换货，按文章所述政策预计可退约US$976.44。"
    );
    let _ = Lang::ZhCn;
}
