//! The session without a browser: which questions apply, the share link,
//! the copied summary.

use chrono::NaiveDate;
use refund_core::policy::{
    report, Assessment, ClauseId, Evidence, Field, Lang, PolicyError, HOW_TO, POLICY,
};
use refund_core::session::{decode, encode, seal, summary, Answers, Notice, Shared, Step, View};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 10).unwrap()
}

fn answers(values: &[(Field, &str)]) -> Answers {
    let mut answers = Answers::default();
    for (field, value) in values {
        answers.set(*field, (*value).to_owned());
    }
    answers
}

fn spec_answers() -> Answers {
    let mut a = answers(&[
        (Field::Problem, "hardware_failure"),
        (Field::Remedy, "either"),
        (Field::Currency, "USD"),
        (Field::AmountPaid, "1200.00"),
        (Field::ServiceStart, "2025-01-01"),
        (Field::ServiceEnd, "2026-01-01"),
        (Field::ProblemStart, "2025-03-01"),
        (Field::ApplicationDate, "2025-03-10"),
    ]);
    a.toggle_evidence(Evidence::UsageRecords);
    a
}

fn with_problem(problem: &str, remedy: &str) -> Answers {
    answers(&[(Field::Problem, problem), (Field::Remedy, remedy)])
}

/// The report's answer for these answers.
fn answer(answers: &Answers, lang: Lang) -> Result<Assessment, Vec<PolicyError>> {
    report(&answers.request(lang), today()).result
}

#[test]
fn steps_skip_what_the_answers_make_irrelevant() {
    use Step::*;
    let cases: &[(&str, &str, &str, &[Step])] = &[
        (
            "nothing chosen yet: the full path",
            "",
            "",
            &[Problem, Remedy, Details, Evidence, Result],
        ),
        (
            "not covered: what was paid (optional, for the published rules), then the result",
            "found_cheaper",
            "refund",
            &[Problem, Details, Result],
        ),
        (
            "quality refund: every step",
            "hardware_failure",
            "refund",
            &[Problem, Remedy, Details, Evidence, Result],
        ),
        (
            "quality exchange: an exchange needs no dates",
            "hardware_failure",
            "exchange",
            &[Problem, Remedy, Evidence, Result],
        ),
        (
            "not as promised exchange: no details at all",
            "config_mismatch",
            "exchange",
            &[Problem, Remedy, Evidence, Result],
        ),
    ];
    for (name, problem, remedy, expected) in cases {
        assert_eq!(with_problem(problem, remedy).steps(), *expected, "{name}");
    }
}

#[test]
fn detail_fields_follow_the_case() {
    use Field::*;
    let money = [Billing, Currency, AmountPaid, ServiceStart, ServiceEnd];
    let cases: &[(&str, &str, &str, Vec<Field>)] = &[
        (
            "quality refund: the money, the term, the problem, when use stopped",
            "network_unstable",
            "either",
            [
                &money[..],
                &[ProblemStart, StoppedUsing, ApplicationDate, ListPrice],
            ]
            .concat(),
        ),
        (
            "quality exchange: nothing",
            "network_unstable",
            "exchange",
            vec![],
        ),
        (
            "not as promised refund: no problem date, no day use stopped",
            "bandwidth_below_contract",
            "refund",
            [&money[..], &[ApplicationDate, ListPrice]].concat(),
        ),
        (
            "force majeure exchange: nothing",
            "natural_disaster",
            "exchange",
            vec![],
        ),
        (
            "not covered: what the published rules need",
            "other",
            "refund",
            [&money[..], &[ApplicationDate, ListPrice]].concat(),
        ),
    ];
    for (name, problem, remedy, expected) in cases {
        assert_eq!(
            with_problem(problem, remedy).detail_fields(),
            *expected,
            "{name}"
        );
    }
}

#[test]
fn a_stale_answer_to_a_skipped_question_does_not_block_the_result() {
    let mut answers = spec_answers();
    answers.set(Field::AmountPaid, "not a number".into());
    answers.set(Field::Remedy, "exchange".into());
    let got = answer(&answers, Lang::En).expect("exchange needs no amount");
    assert!(got.outcome.refund.is_none());
}

#[test]
fn next_step_is_refused_with_the_step_errors_only() {
    let mut answers = spec_answers();
    answers.set(Field::AmountPaid, "12abc".into());
    // The report's errors on these answers, as the screen holds them.
    let report = refund_core::policy::report(&answers.request(Lang::En), today());
    assert_eq!(
        answers.next_step(Step::Problem, report.errors()),
        Ok(Step::Remedy)
    );
    let errors = answers
        .next_step(Step::Details, report.errors())
        .unwrap_err();
    let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, [Field::AmountPaid]);
    assert_eq!(answers.previous_step(Step::Details), Step::Remedy);
}

#[test]
fn share_link_round_trips() {
    let mut answers = spec_answers();
    answers.set(Field::AmountPaid, "1 200,5 & more".into());
    // The v2 answers travel too, typed as people type them.
    answers.set(Field::Billing, "pay_as_you_go".into());
    answers.set(Field::StoppedUsing, "2025-03-05".into());
    answers.set(Field::ListPrice, "￥3,650".into());
    let shared = Shared {
        answers,
        view: View::Calculator,
        step: Step::Evidence,
        lang: Some(Lang::ZhCn),
    };
    let fragment = encode(&shared);
    assert!(fragment.starts_with(&format!("v=1&policy={}&fp=", POLICY.id)));
    assert!(
        fragment.contains("a=1%20200%2C5%20%26%20more")
            || fragment.contains("a=1%20200,5%20%26%20more")
    );
    assert!(fragment.contains("&b=pay_as_you_go&") && fragment.contains("&su=2025-03-05&"));
    assert_eq!(decode(&format!("#{fragment}")), Some((shared, vec![])));
}

/// What the share-link fuzz target found: a link with a key given empty
/// (`ps=`) and repeated keys opened to answers that shared a different
/// link. Opened and shared again, a link is the same link.
#[test]
fn a_link_with_empty_values_shares_back_as_itself() {
    let found = "v=1&policy`aliyun-us-server-returns-2025-01-15&fp=0000000000000000&lang=en&view=questionnaire&step=re5&fp=0000000000000000&lang=en&view=questionnaire&step=result&p=hardware_failure&a=1200.00&ss=2025-01-01&se=2026-01-01&ps=&s=00000000";
    for fragment in [found, "v=1&p=hardware_failure&ps=&a=&ss=2025-01-01&lp="] {
        let (shared, _) = decode(fragment).expect("a share link");
        assert!(
            !shared.answers.is_filled(Field::ProblemStart),
            "{fragment}: `ps=` is no answer"
        );
        let (again, notices) = decode(&encode(&shared)).expect("a share link");
        assert_eq!(again, shared, "{fragment}");
        assert!(notices.is_empty(), "{fragment}: {notices:?}");
    }
}

#[test]
fn anchors_and_empty_fragments_are_not_share_links() {
    assert_eq!(decode(""), None);
    assert_eq!(decode("#clause-refund.quality"), None);
    assert_eq!(decode("published-rules"), None);
}

/// Mangled links: each opens to a usable state with a notice, never a panic.
#[test]
fn mangled_links_open_with_a_notice() {
    let good = encode(&Shared {
        answers: spec_answers(),
        ..Shared::default()
    });
    let huge = format!("v=1&a={}", "9".repeat(1_000_000));
    let cases: Vec<(&str, String, Vec<Notice>)> = vec![
        (
            "wrong format version",
            good.replace("v=1", "v=9"),
            vec![Notice::OtherFormat],
        ),
        ("oversized (1 MB)", huge, vec![Notice::TooLong]),
        (
            "broken escape",
            format!("{good}&a=%zz"),
            vec![Notice::Damaged],
        ),
        (
            "unknown problem",
            good.replace("p=hardware_failure", "p=%3Cscript%3E"),
            vec![Notice::Damaged],
        ),
        (
            "unknown evidence",
            format!("{good}&ev=usage_records,selfie"),
            vec![Notice::Damaged],
        ),
        (
            "an amount far too long",
            format!("{good}&a={}", "1".repeat(500)),
            vec![Notice::Damaged],
        ),
        (
            "unknown view",
            good.replace("view=questionnaire", "view=admin"),
            vec![Notice::Damaged],
        ),
    ];
    for (name, fragment, notices) in cases {
        let (shared, got) = decode(&fragment).unwrap_or_else(|| panic!("{name}: not read"));
        assert_eq!(got, notices, "{name}");
        assert!(
            shared.answers.text(Field::AmountPaid).chars().count() <= 40,
            "{name}: value not capped"
        );
    }
    // Cut short: what is left is restored, and the cut is noticed.
    let truncated = &good[..good.len() / 2];
    let (_, notices) = decode(truncated).unwrap();
    assert_eq!(notices, [Notice::Damaged]);
    // Random bytes: a fresh session with a notice.
    let (shared, notices) = decode("%F0%9F%92%A5\u{0}ü&&==").unwrap();
    assert_eq!(
        (shared, notices),
        (Shared::default(), vec![Notice::Damaged])
    );
    // A link from another policy version keeps its answers and says so.
    let body = good.rsplit_once("&z=").unwrap().0;
    let old = seal(&body.replace(&format!("policy={}", POLICY.id), "policy=older-policy"));
    let (shared, notices) = decode(&old).unwrap();
    assert_eq!(shared.answers, spec_answers());
    assert!(matches!(&notices[..], [Notice::OtherPolicy { id, .. }] if id == "older-policy"));
}

/// A link's policy id and fingerprint are shown in a notice only when they
/// look like what this tool writes: a policy id of lower-case letters,
/// digits and `-` (at most 64), a fingerprint of hexadecimal digits.
/// Anything else (bidirectional controls, markup, 144 characters) is a
/// damaged link, and nothing of it is shown.
#[test]
fn a_links_policy_id_and_fingerprint_are_shown_only_when_safe() {
    let good = encode(&Shared {
        answers: spec_answers(),
        ..Shared::default()
    });
    let body = good.rsplit_once("&z=").unwrap().0;
    let fp = body
        .split('&')
        .find_map(|p| p.strip_prefix("fp="))
        .unwrap()
        .to_owned();
    let unsafe_ids = [
        ("bidirectional controls", "older%E2%80%AEpolicy"),
        ("markup", "%3Cb%3Eold%3C%2Fb%3E"),
        ("144 characters", &"a".repeat(144)),
        ("upper case and spaces", "Older%20Policy"),
    ];
    for (name, id) in unsafe_ids {
        let link = seal(&body.replace(&format!("policy={}", POLICY.id), &format!("policy={id}")));
        let (shared, notices) = decode(&link).unwrap();
        assert_eq!(notices, [Notice::Damaged], "{name}");
        assert_eq!(shared.answers, spec_answers(), "{name}: answers kept");
    }
    for (name, bad) in [
        ("not hexadecimal", "zz%E2%80%AE"),
        ("too long", "0123456789abcdef0"),
    ] {
        let link = seal(&body.replace(&format!("fp={fp}"), &format!("fp={bad}")));
        let (_, notices) = decode(&link).unwrap();
        assert!(notices.contains(&Notice::Damaged), "{name}: {notices:?}");
        assert!(
            !notices
                .iter()
                .any(|n| matches!(n, Notice::OtherPolicy { .. })),
            "{name}: {notices:?}"
        );
    }
    // The longest safe id is shown.
    let id = "a".repeat(64);
    let link = seal(&body.replace(&format!("policy={}", POLICY.id), &format!("policy={id}")));
    let (_, notices) = decode(&link).unwrap();
    assert!(matches!(&notices[..], [Notice::OtherPolicy { id: shown, .. }] if *shown == id));
}

#[test]
fn a_step_that_no_longer_applies_falls_back() {
    let fragment = encode(&Shared {
        answers: with_problem("found_cheaper", ""),
        step: Step::Evidence,
        ..Shared::default()
    });
    let (shared, _) = decode(&fragment).unwrap();
    assert_eq!(shared.step, Step::Details);
}

#[test]
fn summary_holds_the_case_the_figure_the_checklist_and_the_clauses() {
    let text = summary(&answer(&spec_answers(), Lang::En).unwrap());
    let expected_lines = [
        "Refund estimate: Alibaba Cloud US servers: exchanges and refunds",
        "Case: Hardware failure (Quality problem)",
        "Applying for: an exchange or a refund",
        "Billing: a subscription (paid in advance)",
        "Service: 1 January 2025 – 31 December 2025",
        "Cash paid: USD 1,200.00",
        "Problem since: 1 March 2025",
        "Application date: 10 March 2025",
        "Verdict: A reason the article lists, evidence still missing (Your reason is one the article lists. Gather the missing evidence below before you apply; the provider reviews every application and decides.)",
        "Under the article's policy: USD 1,006.03 = USD 1,200.00 × 306 ÷ 365",
        "Ending the subscription yourself (the provider's published rules): about USD 973.15 (10 March 2025)",
        "If the provider accepts your claim, the article's route gives more: USD 1,006.03, against about USD 973.15 by ending the subscription yourself. The article's formula counts 59 days as used; ending the subscription counts 69.",
        "Evidence:",
        "  [x] Server usage records",
        "  [ ] Photos or screenshots of the problem",
    ];
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(&lines[..expected_lines.len()], expected_lines);
    // Each line cites its clause by its title, never by its id (ids stay
    // in the API and the anchors).
    for clause in [
        ClauseId::GroundsQuality,
        ClauseId::RefundQuality,
        ClauseId::ProcessApply,
        ClauseId::ProcessContact,
        ClauseId::ProcessNotify,
        ClauseId::PublishedUnsubscribe,
        ClauseId::PublishedConsumed,
    ] {
        let cited = format!("(clause: {})", clause.data().title.en);
        assert!(text.contains(&cited), "{cited} missing");
        assert!(!text.contains(clause.as_str()), "{} shown", clause.as_str());
    }
    // The published rules give money: how to end the subscription, each
    // fact with its page.
    assert!(
        text.contains("How to end the subscription yourself:"),
        "{text}"
    );
    for fact in &HOW_TO {
        assert!(text.contains(fact.page.url), "{text}");
    }
    assert!(text.contains(POLICY.sha256));

    let zh = summary(&answer(&spec_answers(), Lang::ZhCn).unwrap());
    assert!(
        zh.contains("按文章所述政策：US$1,006.03 = US$1,200.00 × 306 ÷ 365"),
        "{zh}"
    );
    assert!(zh.contains("  [ ] 问题的照片或截图"));
    assert!(zh.contains("（条款：产品质量问题）"), "{zh}");
    assert!(!zh.contains("grounds.quality"), "{zh}");
}

/// Until the customer picks a currency, the interface language's is used
/// (CNY in Chinese, USD in English); once picked, it stays.
#[test]
fn the_currency_follows_the_language_until_chosen() {
    let cases = [
        ("nothing chosen, Chinese", "", Lang::ZhCn, "CNY"),
        ("nothing chosen, English", "", Lang::En, "USD"),
        ("USD chosen, Chinese", "USD", Lang::ZhCn, "USD"),
        ("CNY chosen, English", "CNY", Lang::En, "CNY"),
    ];
    for (name, chosen, lang, expected) in cases {
        let mut a = answers(&[
            (Field::Problem, "hardware_failure"),
            (Field::AmountPaid, "3650元"),
        ]);
        a.set(Field::Currency, chosen.to_owned());
        assert_eq!(a.currency(lang).code(), expected, "{name}");
        let raw = a.request(lang);
        assert_eq!(
            raw.get(Field::Currency),
            &refund_core::policy::Input::text(expected),
            "{name}"
        );
    }
}

/// Taking up a suggestion changes the remedy or the day only: evidence is
/// never ticked for the customer, and ending the subscription changes no
/// answer.
#[test]
fn taking_up_a_suggestion_never_ticks_evidence() {
    use refund_core::policy::{Change, Remedy};
    let before = spec_answers();
    let changes = [
        (Change::GatherEvidence(vec![Evidence::ProblemPhotos]), false),
        (Change::Unsubscribe, false),
        (Change::Remedy(Remedy::Refund), true),
        (Change::ApplyOn(today()), false),
    ];
    for (change, differs) in changes {
        let mut after = before.clone();
        after.apply(&change);
        assert_eq!(after.evidence(), before.evidence(), "{change:?}");
        assert_eq!(after != before, differs, "{change:?}");
    }
}
