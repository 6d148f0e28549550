//! Calendar dates: strict `YYYY-MM-DD` parsing and formatting for people.
//!
//! Dates carry no time zone. The service term is the half-open range
//! [start, end): the end date is the first day no longer paid for.

use chrono::{Datelike, Months, NaiveDate};

use super::data::Lang;
use super::text::push_number;

/// Why a date was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not a real `YYYY-MM-DD` date.
    Invalid,
    /// A real date outside 2000-01-01..=2100-12-31.
    OutOfRange,
}

/// The earliest date accepted.
pub const MIN_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The latest date accepted.
pub const MAX_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2100, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// Parses exactly `YYYY-MM-DD` (surrounding spaces allowed).
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let b = text.trim().as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return Err(DateError::Invalid);
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        b.get(range)?.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let (Some(y), Some(m), Some(d)) = (number(0..4), number(5..7), number(8..10)) else {
        return Err(DateError::Invalid);
    };
    let year = i32::try_from(y).map_err(|_| DateError::Invalid)?;
    let date = NaiveDate::from_ymd_opt(year, m, d).ok_or(DateError::Invalid)?;
    if date < MIN_DATE || date > MAX_DATE {
        return Err(DateError::OutOfRange);
    }
    Ok(date)
}

/// `2025-03-01` as `YYYY-MM-DD`.
pub fn iso(date: NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    push_number(&mut out, year(date), 4);
    out.push('-');
    push_number(&mut out, date.month().into(), 2);
    out.push('-');
    push_number(&mut out, date.day().into(), 2);
    out
}

/// The year, as the product's dates have it (never before year 1).
fn year(date: NaiveDate) -> u64 {
    u64::try_from(date.year()).unwrap_or(0)
}

/// A date for people: `1 March 2025` or `2025年3月1日`.
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut out = String::with_capacity(20);
    match lang {
        Lang::En => {
            let month = MONTHS.get(date.month0() as usize).copied().unwrap_or("");
            push_number(&mut out, date.day().into(), 1);
            out.push(' ');
            out.push_str(month);
            out.push(' ');
            push_number(&mut out, year(date), 1);
        }
        Lang::ZhCn => {
            push_number(&mut out, year(date), 1);
            out.push('年');
            push_number(&mut out, date.month().into(), 1);
            out.push('月');
            push_number(&mut out, date.day().into(), 1);
            out.push('日');
        }
    }
    out
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

/// When `end` looks like the last paid day of a term that began on `start`
/// (start plus whole months or years, minus one day), the expiry date it
/// likely stands for: the day after. The console shows the expiry date (the
/// first day no longer paid for); people often type the last paid day.
pub fn likely_expiry(start: NaiveDate, end: NaiveDate) -> Option<NaiveDate> {
    let next = end.succ_opt()?;
    if next <= start {
        return None;
    }
    // Terms are sold by the month and the year: up to ten years.
    (1..=120u32)
        .any(|months| start.checked_add_months(Months::new(months)) == Some(next))
        .then_some(next)
}
