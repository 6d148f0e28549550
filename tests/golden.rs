//! Golden cases: the policy, as a table.
//!
//! Each row names a situation in plain words, gives the request exactly as a
//! caller would send it, and what the engine must answer. Boundaries have a
//! row on each side. One helper, `check`, runs every row; a last test
//! proves the table touches every clause, problem, remedy, currency and
//! error code.
//!
//! The table itself is `src/golden.rs`, compiled into the app so that the
//! "Verify" view runs it in the browser too. "Today" is 2025-03-10.

use chrono::NaiveDate;
use refund_estimator::golden::{self, Expect, CASES};
use refund_estimator::policy::{
    evaluate_from, ClauseId, Currency, ErrorCode, Outcome, PolicyError, Problem, Remedy,
};

fn today() -> NaiveDate {
    let (y, m, d) = golden::TODAY;
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn run(request: &str) -> Result<Outcome, PolicyError> {
    let mut de = serde_json::Deserializer::from_str(request);
    evaluate_from(&mut de, today())
}

fn check(case: &golden::Case) {
    if let Err(diff) = golden::check(case, &run(case.request)) {
        panic!("{}: {diff}", case.name);
    }
}

#[test]
fn golden_cases() {
    for case in CASES {
        check(case);
    }
}

#[test]
fn case_names_are_unique() {
    let mut names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "two cases share a name");
}

/// The table must exercise every clause, problem, remedy, currency and
/// error code, so a new one cannot be added without a golden case.
#[test]
fn table_covers_the_whole_vocabulary() {
    let requests: Vec<serde_json::Value> = CASES
        .iter()
        .map(|c| serde_json::from_str(c.request).unwrap_or(serde_json::Value::Null))
        .collect();
    let used = |key: &str, value: &str| {
        requests
            .iter()
            .any(|r| r.get(key).and_then(|v| v.as_str()) == Some(value))
    };
    for p in Problem::ALL {
        assert!(
            used("problem", p.as_str()),
            "no case for problem {}",
            p.as_str()
        );
    }
    for r in Remedy::ALL {
        assert!(
            used("remedy", r.as_str()),
            "no case for remedy {}",
            r.as_str()
        );
    }
    for c in Currency::ALL {
        let with_refund = CASES.iter().any(|case| {
            matches!(&case.expect, Expect::Outcome { refund: Some((code, ..)), .. } if *code == c.code())
        });
        assert!(with_refund, "no refund computed in {}", c.code());
    }
    for code in ErrorCode::ALL {
        let hit = CASES
            .iter()
            .any(|c| matches!(c.expect, Expect::Error(got, _) if got == code.as_str()));
        assert!(hit, "no case for error {}", code.as_str());
    }
    for clause in ClauseId::ALL {
        let cited = CASES.iter().any(|c| match &c.expect {
            Expect::Outcome {
                explanation,
                next_steps,
                ..
            } => explanation.contains(&clause.as_str()) || next_steps.contains(&clause.as_str()),
            Expect::Error(..) => false,
        });
        assert!(cited, "no case cites clause {}", clause.as_str());
    }
}

/// The spec's worked example, the whole outcome, texts included.
#[test]
fn spec_example_in_full() {
    let outcome = run(golden::SPEC_EXAMPLE).unwrap();
    let json = serde_json::to_value(&outcome).unwrap();
    let expected = serde_json::json!({
        "verdict": "likely_eligible",
        "ground": "quality",
        "remedies": ["exchange", "refund"],
        "missingEvidence": [],
        "refund": {"currency": "USD", "amount": "1006.03", "amountMinor": 100603,
                   "termDays": 365, "chargedDays": 59, "refundableDays": 306,
                   "basis": "usage_time", "estimate": false},
        "explanation": [
            {"clause": "grounds.quality", "text": "“Hardware failure” is a quality problem with the product, one of the three reasons the policy accepts for an exchange or a refund."},
            {"clause": "refund.quality", "text": "For a quality problem the refund follows what you paid and how long you used the service. You used 59 of 365 days before the problem began on 1 March 2025, so 306 days are refunded: USD 1,200.00 × 306 / 365 = USD 1,006.03."},
            {"clause": "refund.quality", "text": "The exact result, 1006.027397…, is rounded half up to the currency's smallest unit."},
            {"clause": "process.apply", "text": "You already have the evidence we suggest for this case: Server usage records, Photos or screenshots of the problem. (Assumption: the suggestion is ours, built on the examples the policy gives.)"}
        ],
        "nextSteps": [
            {"clause": "process.contact", "text": "Contact support on the official website or by phone. Say that the problem is “Hardware failure”, since 1 March 2025, and that you are asking for an exchange or a refund."},
            {"clause": "process.apply", "text": "Fill in the application form and attach: Server usage records, Photos or screenshots of the problem."},
            {"clause": "process.review", "text": "The provider checks your details and evidence and whether your case qualifies. Answer any questions quickly."},
            {"clause": "process.notify", "text": "You will hear the result by email or phone. If it is approved, support helps you arrange an exchange or a refund."}
        ],
        "policy": {"id": "aliyun-us-server-returns-2025-01-15", "effectiveDate": "2025-01-15"}
    });
    assert_eq!(json, expected);
}

/// A Chinese request gets Chinese sentences and Chinese money and dates.
#[test]
fn chinese_request_is_answered_in_chinese() {
    let request = golden::SPEC_EXAMPLE.replace(r#""lang": "en""#, r#""lang": "zh-CN""#);
    let outcome = run(&request).unwrap();
    let refund_line = &outcome.explanation[1].text;
    assert_eq!(
        refund_line,
        "质量问题的退款按实付金额和使用时长计算。问题在2025年3月1日出现之前,你已使用 365 天中的 59 天,可退 306 天:US$1,200.00 × 306 / 365 = US$1,006.03。"
    );
    let error = run(r#"{"problem": "hardware_failure", "amountPaid": "abc", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01", "lang": "zh-CN"}"#).unwrap_err();
    assert_eq!(
        error.message,
        "请输入数字金额,USD 最多 2 位小数(例如 1200.00)。"
    );
}
