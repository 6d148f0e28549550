//! "Try an example": typical cases for people showing the estimator to
//! others, each filling in every answer in one click, offline too. Answers
//! only, never personal data. Dates are set around "today", so a demo on
//! any day shows a term in progress and an application made today.

use chrono::{Duration, Months, NaiveDate};

use super::words as t;
use crate::policy::{iso, Billing, Currency, Evidence, Field, Lang, Problem, Remedy, Text};

use super::Answers;

/// One example: its title and how to fill it in.
struct Example {
    title: Text,
    problem: Problem,
    remedy: Remedy,
    billing: Billing,
    /// Cash paid in US dollars and in yuan (the interface's currency).
    paid: (&'static str, &'static str),
    /// The original price, where the example gives one.
    list: Option<(&'static str, &'static str)>,
    /// The term: started this many days ago, and how many months it runs.
    started_days_ago: i64,
    months: u32,
    /// The problem began this many days ago.
    problem_days_ago: i64,
    /// Use stopped the day the problem began.
    stopped_that_day: bool,
    evidence: &'static [Evidence],
}

const EXAMPLES: [Example; 5] = [
    Example {
        title: t::EXAMPLE_DISK,
        problem: Problem::HardwareFailure,
        remedy: Remedy::Either,
        billing: Billing::Subscription,
        paid: ("1,200.00", "8,600.00"),
        list: None,
        started_days_ago: 100,
        months: 12,
        problem_days_ago: 12,
        stopped_that_day: true,
        evidence: &[Evidence::UsageRecords, Evidence::ProblemPhotos],
    },
    Example {
        title: t::EXAMPLE_BANDWIDTH,
        problem: Problem::BandwidthBelowContract,
        remedy: Remedy::Refund,
        billing: Billing::Subscription,
        paid: ("600.00", "4,300.00"),
        list: None,
        started_days_ago: 40,
        months: 12,
        problem_days_ago: 38,
        stopped_that_day: false,
        evidence: &[Evidence::UsageRecords],
    },
    Example {
        title: t::EXAMPLE_REGULATION,
        problem: Problem::GovernmentPolicy,
        remedy: Remedy::Refund,
        billing: Billing::Subscription,
        paid: ("2,400.00", "17,000.00"),
        list: None,
        started_days_ago: 200,
        months: 12,
        problem_days_ago: 6,
        stopped_that_day: true,
        evidence: &[Evidence::UsageRecords, Evidence::EventProof],
    },
    Example {
        title: t::EXAMPLE_NOT_NEEDED,
        problem: Problem::NoLongerNeeded,
        remedy: Remedy::Either,
        billing: Billing::Subscription,
        paid: ("900.00", "6,400.00"),
        list: Some(("1,200.00", "8,600.00")),
        started_days_ago: 45,
        months: 12,
        problem_days_ago: 0,
        stopped_that_day: false,
        evidence: &[],
    },
    Example {
        title: t::EXAMPLE_PAYG,
        problem: Problem::NetworkUnstable,
        remedy: Remedy::Refund,
        billing: Billing::PayAsYouGo,
        paid: ("85.40", "610.00"),
        list: None,
        started_days_ago: 20,
        months: 1,
        problem_days_ago: 7,
        stopped_that_day: false,
        evidence: &[Evidence::UsageRecords, Evidence::ProblemPhotos],
    },
];

/// How many examples there are.
pub const EXAMPLE_COUNT: usize = EXAMPLES.len();

/// The title of example `i`.
pub fn example_title(i: usize) -> Option<Text> {
    EXAMPLES.get(i).map(|e| e.title)
}

/// The answers of example `i`, around `today`, in the interface's
/// currency (dollars in English, yuan in Chinese).
pub fn example(i: usize, today: NaiveDate, lang: Lang) -> Option<Answers> {
    let e = EXAMPLES.get(i)?;
    let days_ago = |n: i64| today - Duration::days(n);
    let start = days_ago(e.started_days_ago);
    let end = start.checked_add_months(Months::new(e.months))?;
    let problem = days_ago(e.problem_days_ago);
    let currency = match lang {
        Lang::En => Currency::Usd,
        Lang::ZhCn => Currency::Cny,
    };
    let pick = |(usd, cny): (&'static str, &'static str)| match lang {
        Lang::En => usd,
        Lang::ZhCn => cny,
    };
    let mut a = Answers::new(today);
    let mut set = |field: Field, value: &str| a.set(field, value.to_owned());
    set(Field::Problem, e.problem.as_str());
    set(Field::Remedy, e.remedy.as_str());
    set(Field::Billing, e.billing.as_str());
    set(Field::Currency, currency.code());
    set(Field::AmountPaid, pick(e.paid));
    if let Some(list) = e.list {
        set(Field::ListPrice, pick(list));
    }
    set(Field::ServiceStart, &iso(start));
    set(Field::ServiceEnd, &iso(end));
    if e.problem.data().ground.is_some() {
        set(Field::ProblemStart, &iso(problem));
    }
    if e.stopped_that_day {
        set(Field::StoppedUsing, &iso(problem));
    }
    for item in e.evidence {
        a.toggle_evidence(*item);
    }
    Some(a)
}
