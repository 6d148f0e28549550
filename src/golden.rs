//! The golden table, compiled into the app: the native tests run it
//! (`tests/golden.rs`) and so does the "Verify" view, in the customer's
//! browser, through the same engine.
//!
//! Each row: a plain-language name, the request exactly as a caller sends it
//! (JSON), and the answer. "Today" is [`TODAY`] for every row. Amounts were
//! worked out independently of the engine:
//! refund = round_half_up(paid_minor * refundable_days / term_days).

use crate::policy::{Currency, Outcome, PolicyError};

/// The day the table takes as "today".
pub const TODAY: (i32, u32, u32) = (2025, 3, 10);

/// What the engine must answer.
pub enum Expect {
    /// A refused request: error code and field.
    Error(&'static str, &'static str),
    /// An outcome.
    Outcome {
        /// The verdict id.
        verdict: &'static str,
        /// The ground id.
        ground: Option<&'static str>,
        remedies: &'static [&'static str],
        missing: &'static [&'static str],
        /// (currency, amount, charged days, refundable days, term days)
        refund: Option<(&'static str, &'static str, u32, u32, u32)>,
        explanation: &'static [&'static str],
        next_steps: &'static [&'static str],
    },
}

/// One row.
pub struct Case {
    pub name: &'static str,
    pub request: &'static str,
    pub expect: Expect,
}

const STEPS: &[&str] = &[
    "process.contact",
    "process.apply",
    "process.review",
    "process.notify",
];
const CONTACT_ONLY: &[&str] = &["process.contact"];
const EITHER: &[&str] = &["exchange", "refund"];
const NONE: &[&str] = &[];

/// The worked example of spec section 4.
pub const SPEC_EXAMPLE: &str = r#"{"problem": "hardware_failure", "remedy": "either", "currency": "USD", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01", "applicationDate": "2025-03-10", "evidence": ["usage_records", "problem_photos"], "lang": "en"}"#;

const fn quality(
    amount: &'static str,
    charged: u32,
    refundable: u32,
    term: u32,
    rounded: bool,
) -> Expect {
    Expect::Outcome {
        verdict: "likely_eligible",
        ground: Some("quality"),
        remedies: EITHER,
        missing: NONE,
        refund: Some(("USD", amount, charged, refundable, term)),
        explanation: if rounded {
            &[
                "grounds.quality",
                "refund.quality",
                "refund.quality",
                "process.apply",
            ]
        } else {
            &["grounds.quality", "refund.quality", "process.apply"]
        },
        next_steps: STEPS,
    }
}

const fn refund_in(
    currency: &'static str,
    amount: &'static str,
    charged: u32,
    refundable: u32,
    term: u32,
    rounded: bool,
) -> Expect {
    Expect::Outcome {
        verdict: "likely_eligible",
        ground: Some("quality"),
        remedies: &["refund"],
        missing: NONE,
        refund: Some((currency, amount, charged, refundable, term)),
        explanation: if rounded {
            &[
                "grounds.quality",
                "refund.quality",
                "refund.quality",
                "process.apply",
            ]
        } else {
            &["grounds.quality", "refund.quality", "process.apply"]
        },
        next_steps: STEPS,
    }
}

const fn not_as_promised(
    amount: &'static str,
    charged: u32,
    refundable: u32,
    rounded: bool,
) -> Expect {
    Expect::Outcome {
        verdict: "likely_eligible",
        ground: Some("not_as_promised"),
        remedies: &["refund"],
        missing: NONE,
        refund: Some(("USD", amount, charged, refundable, 365)),
        explanation: if rounded {
            &[
                "grounds.not_as_promised",
                "refund.not_as_promised",
                "refund.not_as_promised",
                "process.apply",
            ]
        } else {
            &[
                "grounds.not_as_promised",
                "refund.not_as_promised",
                "process.apply",
            ]
        },
        next_steps: STEPS,
    }
}

const fn not_covered() -> Expect {
    Expect::Outcome {
        verdict: "not_covered",
        ground: None,
        remedies: NONE,
        missing: NONE,
        refund: None,
        explanation: &["grounds.scope"],
        next_steps: CONTACT_ONLY,
    }
}

const fn err(code: &'static str, field: &'static str) -> Expect {
    Expect::Error(code, field)
}

pub const CASES: &[Case] = &[
    // --- Quality problems: usage time is charged -------------------------
    Case {
        name: "spec example: hardware failure from 1 March on a 2025 term, USD 1200",
        request: SPEC_EXAMPLE,
        expect: quality("1006.03", 59, 306, 365, true),
    },
    Case {
        name: "problem on the first day of the term refunds everything",
        request: r#"{"problem": "hardware_failure", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-01-01", "applicationDate": "2025-01-02", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: quality("1200.00", 0, 365, 365, false),
    },
    Case {
        name: "problem on the last day of the term refunds one day",
        request: r#"{"problem": "hardware_failure", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-12-31", "applicationDate": "2025-12-31", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: quality("3.29", 364, 1, 365, true),
    },
    Case {
        name: "problem on the end date itself is outside the term",
        request: r#"{"problem": "hardware_failure", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2026-01-01", "applicationDate": "2026-01-02"}"#,
        expect: err("problem_outside_term", "problemStart"),
    },
    Case {
        name: "problem the day before the term starts is outside the term",
        request: r#"{"problem": "hardware_failure", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2024-12-31", "applicationDate": "2025-01-05"}"#,
        expect: err("problem_outside_term", "problemStart"),
    },
    Case {
        name: "leap-year term has 366 days",
        request: r#"{"problem": "network_unstable", "amountPaid": "1200", "serviceStart": "2024-01-01", "serviceEnd": "2025-01-01", "problemStart": "2024-03-01", "applicationDate": "2024-03-02", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: quality("1003.28", 60, 306, 366, true),
    },
    Case {
        name: "an exact half cent rounds up",
        request: r#"{"problem": "other_defect", "remedy": "refund", "amountPaid": "1.01", "serviceStart": "2025-01-01", "serviceEnd": "2025-01-03", "problemStart": "2025-01-02", "applicationDate": "2025-01-02", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: refund_in("USD", "0.51", 1, 1, 2, true),
    },
    Case {
        name: "a third of a cent rounds down to nothing",
        request: r#"{"problem": "other_defect", "remedy": "refund", "amountPaid": "0.01", "serviceStart": "2025-01-01", "serviceEnd": "2025-01-04", "problemStart": "2025-01-03", "applicationDate": "2025-01-03", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: refund_in("USD", "0.00", 2, 1, 3, true),
    },
    Case {
        name: "the largest allowed amount over the widest term",
        request: r#"{"problem": "hardware_failure", "remedy": "refund", "amountPaid": "1000000000.00", "serviceStart": "2000-01-01", "serviceEnd": "2100-12-31", "problemStart": "2050-06-15", "applicationDate": "2050-06-15", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: refund_in("USD", "500447287.81", 18428, 18461, 36889, true),
    },
    Case {
        name: "one cent over the largest amount is refused",
        request: r#"{"problem": "hardware_failure", "amountPaid": "1000000000.01", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("amount_too_large", "amountPaid"),
    },
    Case {
        name: "JPY has no minor unit",
        request: r#"{"problem": "hardware_failure", "remedy": "refund", "currency": "JPY", "amountPaid": "120000", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: refund_in("JPY", "100603", 59, 306, 365, true),
    },
    Case {
        name: "JPY with decimals is refused",
        request: r#"{"problem": "hardware_failure", "currency": "JPY", "amountPaid": "1200.5", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("invalid_amount", "amountPaid"),
    },
    Case {
        name: "CNY with grouping commas",
        request: r#"{"problem": "hardware_failure", "remedy": "refund", "currency": "CNY", "amountPaid": "8,999.00", "serviceStart": "2025-01-01", "serviceEnd": "2025-07-01", "problemStart": "2025-02-14", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: refund_in("CNY", "6811.40", 44, 137, 181, true),
    },
    Case {
        name: "EUR exact half cent rounds up",
        request: r#"{"problem": "network_unstable", "remedy": "refund", "currency": "EUR", "amountPaid": "49.99", "serviceStart": "2025-02-01", "serviceEnd": "2025-03-01", "problemStart": "2025-02-15", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: refund_in("EUR", "25.00", 14, 14, 28, true),
    },
    Case {
        name: "GBP amount given as a JSON number",
        request: r#"{"problem": "network_unstable", "remedy": "refund", "currency": "GBP", "amountPaid": 100, "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-07-02", "applicationDate": "2025-07-03", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: refund_in("GBP", "50.14", 182, 183, 365, true),
    },
    Case {
        name: "an amount as a JSON number with cents",
        request: r#"{"problem": "hardware_failure", "remedy": "refund", "amountPaid": 1006.03, "serviceStart": "2025-01-01", "serviceEnd": "2025-01-02", "problemStart": "2025-01-01", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: refund_in("USD", "1006.03", 0, 1, 1, false),
    },
    Case {
        name: "an amount as a JSON number with a third decimal",
        request: r#"{"problem": "hardware_failure", "amountPaid": 12.345, "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("invalid_amount", "amountPaid"),
    },
    Case {
        name: "an amount as a JSON number above the largest",
        request: r#"{"problem": "hardware_failure", "amountPaid": 1e21, "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("amount_too_large", "amountPaid"),
    },
    Case {
        name: "HKD over a quarter",
        request: r#"{"problem": "hardware_failure", "remedy": "refund", "currency": "hkd", "amountPaid": "1234.56", "serviceStart": "2025-01-01", "serviceEnd": "2025-04-01", "problemStart": "2025-01-31", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: refund_in("HKD", "823.04", 30, 60, 90, false),
    },
    Case {
        name: "SGD over a 30-day month",
        request: r#"{"problem": "hardware_failure", "remedy": "refund", "currency": "SGD", "amountPaid": " 333.33 ", "serviceStart": "2025-01-01", "serviceEnd": "2025-01-31", "problemStart": "2025-01-11", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: refund_in("SGD", "222.22", 10, 20, 30, false),
    },
    Case {
        name: "quality without screenshots needs evidence",
        request: r#"{"problem": "network_unstable", "remedy": "refund", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01", "evidence": ["usage_records"]}"#,
        expect: Expect::Outcome {
            verdict: "needs_evidence",
            ground: Some("quality"),
            remedies: &["refund"],
            missing: &["problem_photos"],
            refund: Some(("USD", "1006.03", 59, 306, 365)),
            explanation: &[
                "grounds.quality",
                "refund.quality",
                "refund.quality",
                "process.apply",
            ],
            next_steps: STEPS,
        },
    },
    Case {
        name: "exchange only: no refund, no money questions",
        request: r#"{"problem": "other_defect", "remedy": "exchange", "problemStart": "2025-03-01"}"#,
        expect: Expect::Outcome {
            verdict: "needs_evidence",
            ground: Some("quality"),
            remedies: &["exchange"],
            missing: &["usage_records", "problem_photos"],
            refund: None,
            explanation: &["grounds.quality", "grounds.quality", "process.apply"],
            next_steps: STEPS,
        },
    },
    Case {
        name: "exchange for a quality problem still needs the day it began",
        request: r#"{"problem": "hardware_failure", "remedy": "exchange"}"#,
        expect: err("missing_field", "problemStart"),
    },
    // --- Service not as promised: unused time is refunded -----------------
    Case {
        name: "bandwidth short: refund from the application date",
        request: r#"{"problem": "bandwidth_below_contract", "remedy": "refund", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "applicationDate": "2025-03-10", "evidence": ["usage_records", "contract_or_order"]}"#,
        expect: not_as_promised("976.44", 68, 297, true),
    },
    Case {
        name: "application date defaults to today",
        request: r#"{"problem": "bandwidth_below_contract", "remedy": "refund", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "evidence": ["usage_records", "contract_or_order"]}"#,
        expect: not_as_promised("976.44", 68, 297, true),
    },
    Case {
        name: "application on the last day of the term refunds one day",
        request: r#"{"problem": "config_mismatch", "remedy": "refund", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "applicationDate": "2025-12-31", "evidence": ["usage_records", "contract_or_order"]}"#,
        expect: not_as_promised("3.29", 364, 1, true),
    },
    Case {
        name: "application on the end date: the term has ended, refund 0",
        request: r#"{"problem": "config_mismatch", "remedy": "refund", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "applicationDate": "2026-01-01", "evidence": ["usage_records", "contract_or_order"]}"#,
        expect: not_as_promised("0.00", 365, 0, false),
    },
    Case {
        name: "application after the term: refund 0",
        request: r#"{"problem": "config_mismatch", "remedy": "refund", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "applicationDate": "2026-06-30", "evidence": ["usage_records", "contract_or_order"]}"#,
        expect: not_as_promised("0.00", 365, 0, false),
    },
    Case {
        name: "not as promised, asked for either, without the contract",
        request: r#"{"problem": "config_mismatch", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "evidence": ["usage_records"]}"#,
        expect: Expect::Outcome {
            verdict: "needs_evidence",
            ground: Some("not_as_promised"),
            remedies: EITHER,
            missing: &["contract_or_order"],
            refund: Some(("USD", "976.44", 68, 297, 365)),
            explanation: &[
                "grounds.not_as_promised",
                "refund.not_as_promised",
                "refund.not_as_promised",
                "process.apply",
            ],
            next_steps: STEPS,
        },
    },
    // --- Force majeure: an estimate (assumption) ------------------------
    Case {
        name: "natural disaster: estimate from the day the server became unusable",
        request: r#"{"problem": "natural_disaster", "remedy": "refund", "amountPaid": "500.00", "serviceStart": "2025-06-01", "serviceEnd": "2025-09-01", "problemStart": "2025-08-15", "applicationDate": "2025-08-20", "evidence": ["usage_records", "event_proof"]}"#,
        expect: Expect::Outcome {
            verdict: "likely_eligible",
            ground: Some("force_majeure"),
            remedies: &["refund"],
            missing: NONE,
            refund: Some(("USD", "92.39", 75, 17, 92)),
            explanation: &[
                "grounds.force_majeure",
                "refund.force_majeure",
                "refund.force_majeure",
                "process.apply",
            ],
            next_steps: STEPS,
        },
    },
    Case {
        name: "government policy change, exchange, no proof yet",
        request: r#"{"problem": "government_policy", "remedy": "exchange", "problemStart": "2025-02-01", "evidence": ["usage_records"]}"#,
        expect: Expect::Outcome {
            verdict: "needs_evidence",
            ground: Some("force_majeure"),
            remedies: &["exchange"],
            missing: &["event_proof"],
            refund: None,
            explanation: &[
                "grounds.force_majeure",
                "grounds.force_majeure",
                "process.apply",
            ],
            next_steps: STEPS,
        },
    },
    // --- Not covered ---------------------------------------------------
    Case {
        name: "no longer needed is not covered, whatever else is sent",
        request: r#"{"problem": "no_longer_needed", "remedy": "refund", "amountPaid": "abc"}"#,
        expect: not_covered(),
    },
    Case {
        name: "found it cheaper is not covered",
        request: r#"{"problem": "found_cheaper"}"#,
        expect: not_covered(),
    },
    Case {
        name: "something else is not covered",
        request: r#"{"problem": "other", "lang": "zh-CN"}"#,
        expect: not_covered(),
    },
    // --- Bad input -----------------------------------------------------
    Case {
        name: "not an object",
        request: r#"[1, 2, 3]"#,
        expect: err("invalid_request", "request"),
    },
    Case {
        name: "no problem given",
        request: r#"{"remedy": "refund"}"#,
        expect: err("missing_field", "problem"),
    },
    Case {
        name: "refund without an amount",
        request: r#"{"problem": "hardware_failure", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("missing_field", "amountPaid"),
    },
    Case {
        name: "refund without a service start",
        request: r#"{"problem": "bandwidth_below_contract", "amountPaid": "10", "serviceEnd": "2026-01-01"}"#,
        expect: err("missing_field", "serviceStart"),
    },
    Case {
        name: "a problem outside the vocabulary",
        request: r#"{"problem": "server_too_slow"}"#,
        expect: err("unknown_problem", "problem"),
    },
    Case {
        name: "a remedy outside the vocabulary",
        request: r#"{"problem": "hardware_failure", "remedy": "compensation"}"#,
        expect: err("unknown_remedy", "remedy"),
    },
    Case {
        name: "evidence outside the vocabulary",
        request: r#"{"problem": "found_cheaper", "evidence": ["usage_records", "selfie"]}"#,
        expect: err("unknown_evidence", "evidence"),
    },
    Case {
        name: "an unsupported currency",
        request: r#"{"problem": "hardware_failure", "currency": "BTC", "amountPaid": "1", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("unsupported_currency", "currency"),
    },
    Case {
        name: "letters in the amount",
        request: r#"{"problem": "hardware_failure", "amountPaid": "twelve", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("invalid_amount", "amountPaid"),
    },
    Case {
        name: "three decimals in a dollar amount",
        request: r#"{"problem": "hardware_failure", "amountPaid": "12.345", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("invalid_amount", "amountPaid"),
    },
    Case {
        name: "an exponent is not a plain amount",
        request: r#"{"problem": "hardware_failure", "amountPaid": "1e3", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("invalid_amount", "amountPaid"),
    },
    Case {
        name: "a zero amount",
        request: r#"{"problem": "hardware_failure", "amountPaid": "0.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("amount_not_positive", "amountPaid"),
    },
    Case {
        name: "a negative amount",
        request: r#"{"problem": "hardware_failure", "amountPaid": "-0", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("amount_not_positive", "amountPaid"),
    },
    Case {
        name: "the 30th of February",
        request: r#"{"problem": "hardware_failure", "amountPaid": "10", "serviceStart": "2025-02-30", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("invalid_date", "serviceStart"),
    },
    Case {
        name: "a date with slashes",
        request: r#"{"problem": "hardware_failure", "amountPaid": "10", "serviceStart": "2025-01-01", "serviceEnd": "2026/01/01", "problemStart": "2025-03-01"}"#,
        expect: err("invalid_date", "serviceEnd"),
    },
    Case {
        name: "the last day of 1999 is out of range",
        request: r#"{"problem": "hardware_failure", "amountPaid": "10", "serviceStart": "1999-12-31", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("date_out_of_range", "serviceStart"),
    },
    Case {
        name: "the first day of 2101 is out of range",
        request: r#"{"problem": "hardware_failure", "amountPaid": "10", "serviceStart": "2025-01-01", "serviceEnd": "2101-01-01", "problemStart": "2025-03-01"}"#,
        expect: err("date_out_of_range", "serviceEnd"),
    },
    Case {
        name: "a term that ends the day it starts",
        request: r#"{"problem": "hardware_failure", "amountPaid": "10", "serviceStart": "2025-01-01", "serviceEnd": "2025-01-01", "problemStart": "2025-01-01"}"#,
        expect: err("end_not_after_start", "serviceEnd"),
    },
    Case {
        name: "a term that ends the next day is fine",
        request: r#"{"problem": "hardware_failure", "remedy": "refund", "amountPaid": "10", "serviceStart": "2025-01-01", "serviceEnd": "2025-01-02", "problemStart": "2025-01-01", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: refund_in("USD", "10.00", 0, 1, 1, false),
    },
    Case {
        name: "applying the day before the problem began",
        request: r#"{"problem": "hardware_failure", "amountPaid": "10", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01", "applicationDate": "2025-02-28"}"#,
        expect: err("application_before_problem", "applicationDate"),
    },
    Case {
        name: "applying the day the problem began is fine",
        request: r#"{"problem": "hardware_failure", "amountPaid": "1200.00", "serviceStart": "2025-01-01", "serviceEnd": "2026-01-01", "problemStart": "2025-03-01", "applicationDate": "2025-03-01", "evidence": ["usage_records", "problem_photos"]}"#,
        expect: quality("1006.03", 59, 306, 365, true),
    },
    Case {
        name: "a problem date after today with no application date",
        request: r#"{"problem": "hardware_failure", "remedy": "exchange", "problemStart": "2025-03-11"}"#,
        expect: err("application_before_problem", "applicationDate"),
    },
];

/// What the engine answered, in the table's terms.
#[derive(Clone, PartialEq, Eq)]
pub enum Got {
    /// An error: code and field.
    Error(&'static str, &'static str),
    /// An outcome, reduced to what the table states.
    Outcome {
        verdict: &'static str,
        ground: Option<&'static str>,
        remedies: Vec<&'static str>,
        missing: Vec<&'static str>,
        refund: Option<(&'static str, String, u32, u32, u32)>,
        explanation: Vec<&'static str>,
        next_steps: Vec<&'static str>,
    },
}

impl Got {
    /// Reduces an answer of the engine.
    pub fn from(result: &Result<Outcome, PolicyError>) -> Got {
        match result {
            Err(e) => Got::Error(e.code.as_str(), e.field.as_str()),
            Ok(o) => Got::Outcome {
                verdict: o.verdict.as_str(),
                ground: o.ground.map(|g| g.as_str()),
                remedies: o.remedies.iter().map(|r| r.as_str()).collect(),
                missing: o.missing_evidence.iter().map(|e| e.as_str()).collect(),
                refund: o.refund.as_ref().map(|r| {
                    (
                        r.currency,
                        r.amount.clone(),
                        r.charged_days,
                        r.refundable_days,
                        r.term_days,
                    )
                }),
                explanation: o.explanation.iter().map(|l| l.clause.as_str()).collect(),
                next_steps: o.next_steps.iter().map(|l| l.clause.as_str()).collect(),
            },
        }
    }

    /// Everything the table states, in one line, for a failure message.
    pub fn detail(&self) -> String {
        match self {
            Got::Error(..) => self.summary(),
            Got::Outcome {
                ground,
                remedies,
                missing,
                explanation,
                next_steps,
                ..
            } => format!(
                "{} ground={} remedies=[{}] missing=[{}] explanation=[{}] next=[{}]",
                self.summary(),
                ground.unwrap_or("none"),
                remedies.join(","),
                missing.join(","),
                explanation.join(","),
                next_steps.join(",")
            ),
        }
    }

    /// A one-line summary: `likely_eligible · USD 1006.03 (59/306/365)`.
    pub fn summary(&self) -> String {
        match self {
            Got::Error(code, field) => format!("{code} @ {field}"),
            Got::Outcome {
                verdict, refund, ..
            } => match refund {
                Some((currency, amount, charged, refundable, term)) => {
                    format!("{verdict} · {currency} {amount} ({charged}/{refundable}/{term})")
                }
                None => format!("{verdict} · no refund"),
            },
        }
    }
}

impl Expect {
    /// The expectation in the same terms as [`Got`].
    pub fn as_got(&self) -> Got {
        match self {
            Expect::Error(code, field) => Got::Error(code, field),
            Expect::Outcome {
                verdict,
                ground,
                remedies,
                missing,
                refund,
                explanation,
                next_steps,
            } => Got::Outcome {
                verdict,
                ground: *ground,
                remedies: remedies.to_vec(),
                missing: missing.to_vec(),
                refund: refund.map(|(c, a, ch, rf, t)| (c, a.to_owned(), ch, rf, t)),
                explanation: explanation.to_vec(),
                next_steps: next_steps.to_vec(),
            },
        }
    }
}

/// Checks one answer against its row: `Ok` or what differs.
pub fn check(case: &Case, result: &Result<Outcome, PolicyError>) -> Result<(), String> {
    let got = Got::from(result);
    let expected = case.expect.as_got();
    if got != expected {
        return Err(format!(
            "expected {}, got {}",
            expected.detail(),
            got.detail()
        ));
    }
    if let Ok(o) = result {
        if let Some(r) = &o.refund {
            let decimals = Currency::parse(r.currency).map_or(2, Currency::decimals);
            let minor_text = if decimals == 0 {
                r.amount_minor.to_string()
            } else {
                format!("{}.{:02}", r.amount_minor / 100, r.amount_minor % 100)
            };
            if minor_text != r.amount {
                return Err(format!(
                    "amount {} and amountMinor {} disagree",
                    r.amount, r.amount_minor
                ));
            }
        }
        for line in o.explanation.iter().chain(&o.next_steps) {
            if line.text.contains('{') {
                return Err(format!("unfilled placeholder in \"{}\"", line.text));
            }
        }
    }
    if let Err(e) = result {
        if e.message.is_empty() || e.message.contains('{') {
            return Err(format!("bad error message \"{}\"", e.message));
        }
    }
    Ok(())
}
