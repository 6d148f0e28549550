//! One screen, one story (docs/rules.md, "One screen, one story"): the
//! headline accounts for the money, late dates are said at their field and
//! in the verdict, "until I apply" follows the application date, the cost
//! of waiting starts from the date entered, the route that pays is the
//! next step, each item of evidence is named once, and the examples fill
//! in whole cases.

use chrono::NaiveDate;
use refund_core::policy::{
    report, Assessment, ClauseId, Field, Lang, Nothing, RawRequest, Tone, HOW_TO,
};
use refund_core::session::{example, summary, Answers, EXAMPLE_COUNT, UNTIL_APPLYING};

fn day(iso: &str) -> NaiveDate {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").unwrap()
}

/// "Today" for every case here: the application date left at today.
const TODAY: &str = "2026-12-01";

/// A request: a yearly USD 1,200 term in 2025-26, then the case's own
/// answers on top.
fn request(values: &[(Field, &str)], lang: Lang) -> RawRequest {
    let mut raw = RawRequest::default()
        .with(Field::Currency, "USD")
        .with(Field::AmountPaid, "1200.00")
        .with(Field::ServiceStart, "2025-06-01")
        .with(Field::ServiceEnd, "2026-06-01")
        .with(Field::ProblemStart, "2025-09-01")
        .with(Field::ApplicationDate, TODAY)
        .with(Field::Lang, lang.tag());
    for (field, value) in values {
        raw = raw.with(*field, value);
    }
    raw
}

fn answer(raw: &RawRequest) -> Assessment {
    report(raw, day(TODAY))
        .result
        .unwrap_or_else(|e| panic!("refused: {e:?}"))
}

/// Every sentence a customer reads of this answer, the headline first.
fn words(a: &Assessment) -> String {
    let mut out = vec![a.headline.title.clone(), a.headline.detail.clone()];
    out.extend(a.outcome.next_steps.iter().map(|l| l.text.clone()));
    out.extend(a.lead.iter().map(|l| l.text.clone()));
    out.push(summary(a));
    out.join("\n")
}

/// A case where money is asked for and nothing would come back.
struct NothingCase {
    name: &'static str,
    values: &'static [(Field, &'static str)],
    why: Nothing,
}

const NOTHING: &[NothingCase] = &[
    NothingCase {
        name: "the term ended before the application (the issue's own case)",
        values: &[
            (Field::Problem, "network_unstable"),
            (Field::Remedy, "refund"),
            (Field::StoppedUsing, "2026-06-01"),
        ],
        why: Nothing::TermEnded,
    },
    NothingCase {
        name: "paid with vouchers only",
        values: &[
            (Field::Problem, "hardware_failure"),
            (Field::Remedy, "refund"),
            (Field::AmountPaid, "0"),
            (Field::ApplicationDate, "2025-10-01"),
        ],
        why: Nothing::NothingPaid,
    },
    NothingCase {
        name: "pay-as-you-go",
        values: &[
            (Field::Problem, "hardware_failure"),
            (Field::Remedy, "refund"),
            (Field::Billing, "pay_as_you_go"),
            (Field::ApplicationDate, "2025-10-01"),
        ],
        why: Nothing::PayAsYouGo,
    },
];

/// The headline says nothing comes back and why; no step says to apply
/// for a refund; in both languages.
#[test]
fn the_headline_accounts_for_the_money() {
    for case in NOTHING {
        for lang in Lang::ALL {
            let a = answer(&request(case.values, lang));
            assert_eq!(a.headline.nothing, Some(case.why), "{}", case.name);
            assert_eq!(a.headline.tone, Tone::Attention, "{}", case.name);
            let why = case.why.words().get(lang);
            assert!(
                a.headline.detail.contains(why),
                "{}: {}",
                case.name,
                a.headline.detail
            );
            let (title, never) = match lang {
                Lang::En => (
                    "Nothing would come back",
                    [
                        "apply for a refund",
                        "applying for a refund",
                        "arrange a refund",
                    ],
                ),
                Lang::ZhCn => ("不会退回任何款项", ["申请退款", "并申请退款", "办理退款"]),
            };
            assert!(
                a.headline.title.starts_with(title),
                "{}: {}",
                case.name,
                a.headline.title
            );
            let steps: Vec<&str> = a
                .outcome
                .next_steps
                .iter()
                .map(|l| l.text.as_str())
                .collect();
            for s in &steps {
                for phrase in never {
                    assert!(!s.contains(phrase), "{} ({lang:?}): {s}", case.name);
                }
            }
            assert_eq!(a.outcome.next_steps.len(), 1, "{}", case.name);
            assert!(!a.how_to, "{}: nothing to unsubscribe", case.name);
        }
    }
}

/// With "either", the exchange stays the next step and the words say so.
#[test]
fn with_either_the_exchange_stays_the_next_step() {
    let values = [
        (Field::Problem, "network_unstable"),
        (Field::Remedy, "either"),
        (Field::StoppedUsing, "2026-06-01"),
    ];
    let a = answer(&request(&values, Lang::En));
    assert_eq!(a.headline.nothing, Some(Nothing::TermEnded));
    assert!(
        a.headline.title.contains("an exchange"),
        "{}",
        a.headline.title
    );
    let steps: Vec<&str> = a
        .outcome
        .next_steps
        .iter()
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(steps.len(), 4);
    assert!(
        steps[0].contains("applying for an exchange."),
        "{}",
        steps[0]
    );
    assert!(steps[3].contains("arrange an exchange"), "{}", steps[3]);
    assert!(!steps.iter().any(|s| s.contains("a refund.")), "{steps:?}");
}

/// A reason the article does not list, nothing under the published rules.
#[test]
fn not_covered_with_nothing_back_says_so() {
    let values = [
        (Field::Problem, "no_longer_needed"),
        (Field::Billing, "pay_as_you_go"),
    ];
    for lang in Lang::ALL {
        let a = answer(&request(&values, lang));
        assert_eq!(a.headline.nothing, Some(Nothing::PayAsYouGo));
        assert_eq!(a.headline.tone, Tone::Outside);
        let step = &a.outcome.next_steps[0].text;
        assert!(
            step.contains(Nothing::PayAsYouGo.words().get(lang)),
            "{step}"
        );
    }
}

/// Money on one side: the usual headline, no "nothing".
#[test]
fn money_on_either_side_keeps_the_verdict_words() {
    let values = [
        (Field::Problem, "hardware_failure"),
        (Field::Remedy, "refund"),
        (Field::ApplicationDate, "2025-10-01"),
    ];
    let a = answer(&request(&values, Lang::En));
    assert_eq!(a.headline.nothing, None);
    assert_eq!(
        a.headline.title,
        "A reason the article lists, evidence still missing"
    );
}

/// A late application date or used-until date: a notice at its field
/// (not an error), a sentence in the verdict, the tone to look at; the
/// figures as they were.
#[test]
fn late_dates_are_said_at_the_field_and_in_the_verdict() {
    // The case: a 2024 term claimed in November 2026.
    let late = request(
        &[
            (Field::Problem, "hardware_failure"),
            (Field::Remedy, "refund"),
            (Field::ServiceStart, "2024-01-01"),
            (Field::ServiceEnd, "2025-01-01"),
            (Field::ProblemStart, "2024-03-01"),
            (Field::ApplicationDate, "2026-11-20"),
        ],
        Lang::En,
    );
    let a = answer(&late);
    assert_eq!(a.outcome.refund.as_ref().unwrap().amount, "1003.28");
    assert_eq!(a.headline.tone, Tone::Attention);
    assert_eq!(
        a.headline.title,
        "A reason the article lists, but the term has ended"
    );
    assert!(
        a.headline
            .detail
            .contains("ending the subscription yourself is no longer possible"),
        "{}",
        a.headline.detail
    );
    assert!(a
        .headline
        .detail
        .contains("may count the whole term as used"));
    assert_eq!(a.notices.len(), 1);
    assert_eq!(a.notices[0].field, Field::ApplicationDate);
    assert!(
        a.notices[0].text.contains("1 January 2025"),
        "{}",
        a.notices[0].text
    );

    // The day use stopped after the expiry date: its own notice.
    let stopped = request(
        &[
            (Field::Problem, "hardware_failure"),
            (Field::Remedy, "refund"),
            (Field::StoppedUsing, "2026-07-01"),
            (Field::ApplicationDate, "2026-05-01"),
        ],
        Lang::ZhCn,
    );
    let a = answer(&stopped);
    assert_eq!(
        a.notices.iter().map(|n| n.field).collect::<Vec<_>>(),
        [Field::StoppedUsing]
    );
    assert!(
        a.headline.detail.contains("2026年7月1日"),
        "{}",
        a.headline.detail
    );

    // On time: no notice.
    let on_time = request(
        &[
            (Field::Problem, "hardware_failure"),
            (Field::ApplicationDate, "2026-05-31"),
        ],
        Lang::En,
    );
    assert!(answer(&on_time).notices.is_empty());
    // The last paid day is 2026-05-31; the expiry date itself is late.
    let on_expiry = request(
        &[
            (Field::Problem, "hardware_failure"),
            (Field::ApplicationDate, "2026-06-01"),
        ],
        Lang::En,
    );
    assert_eq!(answer(&on_expiry).notices.len(), 1);
}

/// "Until I apply" is a relation: change the application date and the
/// day use stopped follows; a share link carries it.
#[test]
fn until_i_apply_follows_the_application_date() {
    let mut a = Answers::new(day("2025-10-01"));
    for (field, value) in [
        (Field::Problem, "network_unstable"),
        (Field::Remedy, "refund"),
        (Field::Currency, "CNY"),
        (Field::AmountPaid, "1200"),
        (Field::ServiceStart, "2025-06-01"),
        (Field::ServiceEnd, "2026-06-01"),
        (Field::ProblemStart, "2025-09-01"),
        (Field::StoppedUsing, UNTIL_APPLYING),
    ] {
        a.set(field, value.to_owned());
    }
    let stopped = |a: &Answers| {
        let r = report(&a.request(Lang::En), day("2025-10-01"));
        r.assessment().unwrap().request.stopped_using
    };
    assert_eq!(stopped(&a), Some(day("2025-10-01")));
    assert_eq!(a.shown(Field::StoppedUsing), "2025-10-01");
    a.set(Field::ApplicationDate, "2025-11-15".to_owned());
    assert_eq!(stopped(&a), Some(day("2025-11-15")));
    assert_eq!(a.shown(Field::StoppedUsing), "2025-11-15");
    // A link keeps the relation, not a copy of the date.
    let shared = refund_core::session::Shared {
        answers: a.clone(),
        ..Default::default()
    };
    let (back, _) = refund_core::session::decode(&refund_core::session::encode(&shared)).unwrap();
    assert!(back.answers.stopped_until_applying());
    // Typing a date ends the relation.
    a.set(Field::StoppedUsing, "2025-10-05".to_owned());
    assert!(!a.stopped_until_applying());
    assert_eq!(stopped(&a), Some(day("2025-10-05")));
}

/// The cost of waiting counts from the application date entered, and its
/// first row is the figure shown above it.
#[test]
fn the_cost_of_waiting_starts_from_the_application_date() {
    let raw = request(
        &[
            (Field::Problem, "bandwidth_below_contract"),
            (Field::Remedy, "refund"),
            (Field::ApplicationDate, "2026-03-01"),
        ],
        Lang::En,
    );
    let a = answer(&raw);
    let w = a.waiting.as_ref().unwrap();
    let dates: Vec<&str> = w.rows.iter().map(|r| r.date.as_str()).collect();
    assert_eq!(dates, ["1 March 2026", "8 March 2026", "31 March 2026"]);
    let first = &w.rows[0];
    let article = refund_core::policy::format_money(
        a.computation.as_ref().unwrap().refund,
        a.request.currency,
        Lang::En,
    );
    assert_eq!(first.article.as_deref(), Some(article.as_str()));
    let published = a
        .outcome
        .published
        .as_ref()
        .unwrap()
        .figure(a.request.currency, Lang::En);
    assert_eq!(first.published, published);
}

/// Where the published rules give more (or the only money), the next step
/// is ending the subscription, and how to is shown with every page.
#[test]
fn the_route_that_pays_leads() {
    type Case<'a> = (&'a str, &'a [(Field, &'a str)], bool, bool);
    let cases: &[Case] = &[
        (
            "not listed: the published rules are the only money",
            &[
                (Field::Problem, "found_cheaper"),
                (Field::ApplicationDate, "2025-09-10"),
            ],
            true,
            true,
        ),
        (
            "quality, used until the problem: the article gives more",
            &[
                (Field::Problem, "hardware_failure"),
                (Field::Remedy, "refund"),
                (Field::ApplicationDate, "2025-09-10"),
            ],
            true,
            false,
        ),
        (
            "quality, used until late: the published rules give more",
            &[
                (Field::Problem, "hardware_failure"),
                (Field::Remedy, "refund"),
                (Field::StoppedUsing, "2026-03-01"),
                (Field::ApplicationDate, "2025-09-10"),
            ],
            true,
            true,
        ),
        (
            "an exchange: neither figure",
            &[
                (Field::Problem, "hardware_failure"),
                (Field::Remedy, "exchange"),
            ],
            false,
            false,
        ),
        (
            "the term has ended: nothing to unsubscribe",
            &[
                (Field::Problem, "found_cheaper"),
                (Field::ApplicationDate, "2026-07-01"),
            ],
            false,
            false,
        ),
    ];
    for (name, values, how_to, leads) in cases {
        let a = answer(&request(values, Lang::En));
        assert_eq!(a.how_to, *how_to, "{name}");
        let lead = a.lead.as_ref().map(|l| l.clause);
        assert_eq!(
            lead == Some(ClauseId::PublishedHowTo),
            *leads,
            "{name}: {lead:?}"
        );
    }
    let clauses: Vec<ClauseId> = HOW_TO.iter().map(|h| h.clause).collect();
    assert_eq!(
        clauses,
        [
            ClauseId::PublishedHowTo,
            ClauseId::PublishedRenewals,
            ClauseId::PublishedPayout,
            ClauseId::PublishedBlockers,
            ClauseId::PublishedChinaSite,
        ]
    );
    for fact in &HOW_TO {
        assert!(
            ["2026-11-28", "2026-12-01"].contains(&fact.page.read),
            "{}",
            fact.page.read
        );
        assert_eq!(Some(fact.page.url), fact.clause.page().map(|p| p.url));
    }
}

/// A next step names each item of evidence once: what to attach, then
/// what is still to gather.
#[test]
fn each_item_of_evidence_is_named_once() {
    let cases: &[(&str, &str, &str)] = &[
        ("", "Before you apply, gather: Server usage records, Photos or screenshots of the problem. Then fill in the application form and attach them.", "申请前请先准备：服务器使用记录、问题的照片或截图，然后填写申请表并附上。"),
        ("usage_records", "Fill in the application form and attach: Server usage records. Before you apply, also gather: Photos or screenshots of the problem.", "填写申请表并附上：服务器使用记录。申请前还要准备：问题的照片或截图。"),
        ("usage_records,problem_photos", "Fill in the application form and attach: Server usage records, Photos or screenshots of the problem.", "填写申请表并附上：服务器使用记录、问题的照片或截图。"),
    ];
    for (have, en, zh) in cases {
        for (lang, expected) in [(Lang::En, en), (Lang::ZhCn, zh)] {
            let mut raw = request(
                &[
                    (Field::Problem, "hardware_failure"),
                    (Field::Remedy, "either"),
                    (Field::ApplicationDate, "2025-10-01"),
                ],
                lang,
            );
            let items: Vec<refund_core::policy::Input> = have
                .split(',')
                .filter(|s| !s.is_empty())
                .map(refund_core::policy::Input::text)
                .collect();
            raw.set(Field::Evidence, refund_core::policy::Input::List(items));
            let a = answer(&raw);
            assert_eq!(
                &a.outcome.next_steps[1].text, *expected,
                "{have:?} {lang:?}"
            );
        }
    }
}

/// The published card never states the assumption as a fact, and never
/// speaks of kind or harsh ends; one figure is "about".
#[test]
fn the_published_card_speaks_of_the_example_and_the_downgrade_pricing() {
    for lang in Lang::ALL {
        for list in [None, Some("1440.00")] {
            let mut values = vec![
                (Field::Problem, "found_cheaper"),
                (Field::ApplicationDate, "2025-07-10"),
            ];
            if let Some(list) = list {
                values.push((Field::ListPrice, list));
            }
            let a = answer(&request(&values, lang));
            let text = words(&a)
                + &a.outcome
                    .published
                    .as_ref()
                    .unwrap()
                    .explanation
                    .iter()
                    .map(|l| l.text.clone())
                    .collect::<String>();
            for banned in [
                "kind end",
                "harsh end",
                "较宽松",
                "较严格",
                "The provider prices the used days at the order's original price",
                "服务商按订单原价",
            ] {
                assert!(!text.contains(banned), "{banned} in {text}");
            }
            let example = match lang {
                Lang::En => "As in the provider's own worked example",
                Lang::ZhCn => "与服务商自己举的例子一样",
            };
            assert!(text.contains(example), "{text}");
            let figure = a
                .outcome
                .published
                .as_ref()
                .unwrap()
                .figure(a.request.currency, lang)
                .unwrap();
            match (list, lang) {
                (None, Lang::En) => assert!(figure.starts_with("about "), "{figure}"),
                (None, Lang::ZhCn) => assert!(figure.starts_with('约'), "{figure}"),
                (Some(_), _) => assert!(figure.contains(" – "), "{figure}"),
            }
        }
    }
}

/// Dates read from two time zones: the error says how to write them.
#[test]
fn the_application_before_the_problem_hints_at_time_zones() {
    for (lang, hint) in [(Lang::En, "time zones"), (Lang::ZhCn, "不同时区")] {
        let raw = request(
            &[
                (Field::Problem, "hardware_failure"),
                (Field::ApplicationDate, "2025-08-31"),
            ],
            lang,
        );
        let errors = report(&raw, day(TODAY)).result.unwrap_err();
        let e = errors
            .iter()
            .find(|e| e.field == Field::ApplicationDate)
            .unwrap();
        assert!(e.message.contains(hint), "{}", e.message);
    }
}

/// Chinese that reads as written in Chinese: the comparison line first.
#[test]
fn the_chinese_comparison_reads_as_chinese() {
    let raw = request(
        &[
            (Field::Problem, "hardware_failure"),
            (Field::Remedy, "refund"),
            (Field::ApplicationDate, "2025-09-10"),
        ],
        Lang::ZhCn,
    );
    let a = answer(&raw);
    let c = a.comparison.unwrap();
    assert!(
        c.starts_with("如果服务商批准你的申请，按文章所述政策退得更多（"),
        "{c}"
    );
    for awkward in ["对比", "最多", "它计", "受理", " 天"] {
        assert!(!c.contains(awkward), "{awkward} in {c}");
    }
}

/// Every example fills in a whole case in both languages, around any
/// "today", and each is the story its title tells.
#[test]
fn every_example_is_a_whole_case() {
    use refund_core::policy::{Problem, Verdict};
    let expected = [
        (Problem::HardwareFailure, Verdict::LikelyEligible),
        (Problem::BandwidthBelowContract, Verdict::NeedsEvidence),
        (Problem::GovernmentPolicy, Verdict::LikelyEligible),
        (Problem::NoLongerNeeded, Verdict::NotCovered),
        (Problem::NetworkUnstable, Verdict::LikelyEligible),
    ];
    assert_eq!(EXAMPLE_COUNT, expected.len());
    for today in ["2026-12-01", "2024-02-29", "2030-01-31"] {
        for lang in Lang::ALL {
            for (i, (problem, verdict)) in expected.iter().enumerate() {
                let a = example(i, day(today), lang).unwrap();
                let r = report(&a.request(lang), day(today));
                let answer = r
                    .assessment()
                    .unwrap_or_else(|| panic!("example {i} on {today}: {:?}", r.errors()));
                assert_eq!(answer.request.problem, *problem);
                assert_eq!(answer.outcome.verdict, *verdict, "example {i}");
                assert_eq!(answer.request.application_date, day(today));
                assert!(answer.notices.is_empty(), "example {i}: a term in progress");
            }
        }
    }
    // Pay-as-you-go: nothing back, said in the headline.
    let payg = example(4, day(TODAY), Lang::En).unwrap();
    let r = report(&payg.request(Lang::En), day(TODAY));
    assert_eq!(
        r.assessment().unwrap().headline.nothing,
        Some(Nothing::PayAsYouGo)
    );
    assert_eq!(example(EXAMPLE_COUNT, day(TODAY), Lang::En), None);
}
