//! Properties that hold for every input, not just the golden rows.

use chrono::{Duration, NaiveDate};
use proptest::prelude::*;
use refund_core::policy::{
    decode, evaluate, evaluate_json, fill, format_date, format_money, iso, parse_amount, report,
    Currency, Field, Input, Lang, RawRequest, Route,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 10).unwrap()
}

fn date(days_after_2000: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Duration::days(days_after_2000)
}

/// A quality request with the given numbers.
fn quality(amount_minor: u64, start: NaiveDate, term: i64, cutoff: i64) -> RawRequest {
    let amount = format!("{}.{:02}", amount_minor / 100, amount_minor % 100);
    RawRequest::default()
        .with(Field::Problem, "hardware_failure")
        .with(Field::Remedy, "refund")
        .with(Field::AmountPaid, &amount)
        .with(Field::ServiceStart, &iso(start))
        .with(Field::ServiceEnd, &iso(start + Duration::days(term)))
        .with(Field::ProblemStart, &iso(start + Duration::days(cutoff)))
        .with(
            Field::ApplicationDate,
            &iso(start + Duration::days(term + 400)),
        )
}

/// A not-as-promised request whose cutoff (the application date) may fall
/// anywhere, even after the term.
fn unused(amount_minor: u64, start: NaiveDate, term: i64, application: i64) -> RawRequest {
    let amount = format!("{}.{:02}", amount_minor / 100, amount_minor % 100);
    RawRequest::default()
        .with(Field::Problem, "bandwidth_below_contract")
        .with(Field::Remedy, "refund")
        .with(Field::AmountPaid, &amount)
        .with(Field::ServiceStart, &iso(start))
        .with(Field::ServiceEnd, &iso(start + Duration::days(term)))
        .with(
            Field::ApplicationDate,
            &iso(start + Duration::days(application)),
        )
}

/// A request for the published rules alone (a reason the article does not
/// list), applying `application` days after the start.
fn published_only(
    paid: u64,
    list: Option<u64>,
    start: NaiveDate,
    term: i64,
    application: i64,
) -> RawRequest {
    let money = |m: u64| format!("{}.{:02}", m / 100, m % 100);
    let raw = RawRequest::default()
        .with(Field::Problem, "no_longer_needed")
        .with(Field::AmountPaid, &money(paid))
        .with(Field::ServiceStart, &iso(start))
        .with(Field::ServiceEnd, &iso(start + Duration::days(term)))
        .with(
            Field::ApplicationDate,
            &iso(start + Duration::days(application)),
        );
    match list {
        Some(list) => raw.with(Field::ListPrice, &money(list)),
        None => raw,
    }
}

/// (low, high) of the published rules, zero when nothing comes back; low is
/// high without an original price.
fn published_range(raw: &RawRequest) -> (u64, u64) {
    let outcome = evaluate(raw, today()).expect("a valid request");
    let published = outcome.published.expect("a published answer");
    match published.refund {
        Some(r) => {
            assert_ne!(published.route, Route::None);
            (r.low_minor.unwrap_or(r.high_minor), r.high_minor)
        }
        None => (0, 0),
    }
}

fn refund_minor(raw: &RawRequest) -> u64 {
    evaluate(raw, today())
        .expect("a valid request")
        .refund
        .expect("a refund")
        .amount_minor
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn refund_is_between_zero_and_the_amount_paid(
        amount in 1u64..=100_000_000_000,
        start in 100i64..30_000,
        term in 1i64..3_000,
        cutoff_frac in 0.0f64..1.0,
    ) {
        let cutoff = ((term as f64) * cutoff_frac) as i64;
        let raw = quality(amount, date(start), term, cutoff.min(term - 1));
        let refund = refund_minor(&raw);
        prop_assert!(refund <= amount);
    }

    #[test]
    fn refund_never_rises_as_the_cutoff_moves_later(
        amount in 1u64..=100_000_000_000,
        start in 100i64..30_000,
        term in 1i64..3_000,
        cutoff in -50i64..3_100,
    ) {
        let s = date(start);
        let earlier = refund_minor(&unused(amount, s, term, cutoff));
        let later = refund_minor(&unused(amount, s, term, cutoff + 1));
        prop_assert!(later <= earlier, "{} then {}", earlier, later);
    }

    #[test]
    fn cutoff_on_start_refunds_all_and_on_or_after_end_refunds_nothing(
        amount in 1u64..=100_000_000_000,
        start in 100i64..30_000,
        term in 1i64..3_000,
        after in 0i64..500,
    ) {
        let s = date(start);
        prop_assert_eq!(refund_minor(&unused(amount, s, term, 0)), amount);
        prop_assert_eq!(refund_minor(&quality(amount, s, term, 0)), amount);
        prop_assert_eq!(refund_minor(&unused(amount, s, term, term + after)), 0);
    }

    #[test]
    fn published_low_is_at_most_high_which_is_at_most_the_cash_paid(
        paid in 0u64..=100_000_000_000,
        list in proptest::option::of(0u64..=100_000_000_000),
        start in 100i64..30_000,
        term in 1i64..3_000,
        application in -40i64..3_100,
    ) {
        let (low, high) = published_range(&published_only(paid, list, date(start), term, application));
        prop_assert!(low <= high && high <= paid, "low {} high {} paid {}", low, high, paid);
    }

    /// The kind end never rises. Nor does the harsh end, with one exception
    /// the provider's rule makes: on the 30th day of use the 1.5 charge for
    /// a short use ends, and the harsh end rises once.
    #[test]
    fn published_figures_never_rise_as_the_application_day_moves_later(
        paid in 1u64..=100_000_000_000,
        list in proptest::option::of(1u64..=100_000_000_000),
        start in 100i64..30_000,
        term in 1i64..3_000,
        application in -40i64..3_100,
    ) {
        let s = date(start);
        let (low, high) = published_range(&published_only(paid, list, s, term, application));
        let (low_later, high_later) = published_range(&published_only(paid, list, s, term, application + 1));
        prop_assert!(high_later <= high, "high {} then {}", high, high_later);
        let surcharge_ends = application + 1 == 29 && term >= 30;
        prop_assert!(low_later <= low || surcharge_ends, "low {} then {}", low, low_later);
    }

    #[test]
    fn using_the_server_longer_never_raises_the_article_refund(
        amount in 1u64..=100_000_000_000,
        start in 100i64..30_000,
        term in 1i64..3_000,
        problem in 0i64..3_000,
        stopped in 0i64..3_100,
    ) {
        let s = date(start);
        let problem = problem.min(term - 1);
        let with_stop = |days: i64| {
            quality(amount, s, term, problem).with(Field::StoppedUsing, &iso(s + Duration::days(problem + days)))
        };
        prop_assert!(refund_minor(&with_stop(stopped + 1)) <= refund_minor(&with_stop(stopped)));
    }

    #[test]
    fn amounts_read_the_same_however_they_are_written(
        major in 0u64..=1_000_000_000,
        cents in 0u64..100,
        currency in prop::sample::select(Currency::ALL.to_vec()),
        form in 0usize..6,
    ) {
        let minor = if currency.decimals() == 0 { major } else { major * 100 + cents };
        if minor > 1_000_000_000 * if currency.decimals() == 0 { 1 } else { 100 } {
            return Ok(());
        }
        let grouped = {
            let digits = major.to_string();
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 { out.push(','); }
                out.push(c);
            }
            out
        };
        let number = match currency.decimals() {
            0 => grouped,
            _ => format!("{grouped}.{cents:02}"),
        };
        let full_width: String = number.chars().map(|c| match c {
            '0'..='9' => char::from_u32(u32::from(c) - u32::from('0') + 0xFF10).unwrap(),
            ',' => '，',
            '.' => '．',
            c => c,
        }).collect();
        let code = currency.code();
        let typed = match form {
            0 => number.clone(),
            1 => format!("{code} {number}"),
            2 => format!("{number}{}", code.to_lowercase()),
            3 => full_width,
            4 => format!("  {number} {code}  "),
            _ => format!("{}{number}", code.to_ascii_lowercase()),
        };
        prop_assert_eq!(parse_amount(&typed, currency), Ok(minor), "{}", typed);
        // Another currency's code is refused.
        let other = Currency::ALL.into_iter().find(|c| *c != currency).unwrap();
        let foreign = format!("{} {}", other.code(), number);
        prop_assert!(parse_amount(&foreign, currency).is_err(), "{}", foreign);
    }

    #[test]
    fn the_unrounded_quotient_is_written_exactly(
        amount_minor in 1u64..=100_000_000_000,
        term in 1i64..=3660,
        cutoff_at in 0.0f64..1.0,
    ) {
        let start = date(9000);
        let cutoff = (term as f64 * cutoff_at) as i64;
        let raw = quality(amount_minor, start, term, cutoff);
        let answer = report(&raw, today()).assessment().cloned();
        let Some(c) = answer.and_then(|a| a.computation) else {
            return Err(TestCaseError::fail("no computation"));
        };
        // Reference: six decimals from u128 arithmetic, trailing zeros
        // kept to two, an ellipsis when the division does not end there.
        let n = u128::from(c.paid) * u128::from(c.refundable_days) * 10_000;
        let d = u128::from(c.term_days);
        let q = n / d;
        let mut frac = format!("{:06}", q % 1_000_000);
        while frac.len() > 2 && frac.ends_with('0') { frac.pop(); }
        let expected = format!("{}.{frac}{}", q / 1_000_000, if n % d == 0 { "" } else { "…" });
        prop_assert_eq!(c.exact(), expected);
    }

    #[test]
    fn money_is_written_with_grouped_digits_and_reads_back(
        minor in 0u64..=u64::MAX,
        currency in prop::sample::select(Currency::ALL.to_vec()),
    ) {
        let (major, cents) = match currency.decimals() {
            0 => (minor, String::new()),
            _ => (minor / 100, format!(".{:02}", minor % 100)),
        };
        let digits = major.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 { grouped.push(','); }
            grouped.push(c);
        }
        let written = format_money(minor, currency, Lang::En);
        prop_assert_eq!(&written, &format!("{} {grouped}{cents}", currency.code()));
        let number = format!("{grouped}{cents}");
        prop_assert!(format_money(minor, currency, Lang::ZhCn).ends_with(&number));
        if minor <= 100_000_000_000 {
            prop_assert_eq!(parse_amount(&written, currency), Ok(minor), "{}", written);
        }
    }

    #[test]
    fn evaluate_never_panics_on_arbitrary_json(json in arbitrary_json()) {
        let _ = evaluate_json(&json.to_string(), today());
    }

    #[test]
    fn the_decoder_keeps_every_field_it_can_read(json in arbitrary_json()) {
        // Whatever the JSON, the decoder either refuses it whole (not an
        // object) or gives every field a value, never a panic.
        match decode(&json) {
            Ok(raw) => prop_assert!(json.is_object(), "{json} decoded as {raw:?}"),
            Err(e) => prop_assert!(!json.is_object(), "{json} refused: {e}"),
        }
    }

    #[test]
    fn evaluate_never_panics_on_arbitrary_requests(
        fields in proptest::collection::vec(field_value(), Field::ALL.len()),
    ) {
        let mut raw = RawRequest::default();
        for (field, value) in Field::ALL.into_iter().zip(fields) {
            raw.set(field, value);
        }
        let _ = evaluate(&raw, today());
    }
}

/// Values that look like what a field may hold: vocabulary, near-dates,
/// near-amounts, junk.
fn field_value() -> impl Strategy<Value = Input> {
    let words = prop::sample::select(vec![
        "hardware_failure",
        "bandwidth_below_contract",
        "natural_disaster",
        "other",
        "refund",
        "exchange",
        "either",
        "USD",
        "JPY",
        "usage_records",
        "zh-CN",
        "en",
        "2025-01-01",
        "2025-02-29",
        "2024-02-29",
        "1999-12-31",
        "2100-12-31",
        "2101-01-01",
        "1200.00",
        "0",
        "-0",
        "1e400",
        "1,200.00",
        "1000000000.00",
        "0.005",
        "",
        " ",
    ]);
    prop_oneof![
        Just(Input::Absent),
        words.prop_map(Input::text),
        any::<String>().prop_map(Input::Text),
        any::<f64>().prop_map(|n| Input::Number(refund_core::policy::js_number(n))),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Input::Text),
        "[-+]?[0-9,]{0,14}(\\.[0-9]{0,3})?".prop_map(Input::Text),
        Just(Input::Other),
        proptest::collection::vec(
            prop_oneof![
                Just(Input::text("usage_records")),
                Just(Input::text("event_proof")),
                Just(Input::Other)
            ],
            0..4
        )
        .prop_map(Input::List),
    ]
}

fn arbitrary_json() -> impl Strategy<Value = serde_json::Value> {
    let mut keys: Vec<&str> = Field::ALL.iter().map(|f| f.as_str()).collect();
    keys.push("other");
    let key = prop::sample::select(keys);
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>().prop_map(|n| serde_json::json!(n)),
        any::<String>().prop_map(serde_json::Value::String),
        "[a-z_]{0,24}".prop_map(serde_json::Value::String),
        "20[0-9]{2}-[01][0-9]-[0-3][0-9]".prop_map(serde_json::Value::String),
    ];
    let value = leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map("[a-z]{0,6}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    });
    prop_oneof![
        value.clone(),
        proptest::collection::btree_map(key, value, 0..11).prop_map(|m| serde_json::Value::Object(
            m.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
        )),
    ]
}

/// Money as people read it, on both sides of each place a comma appears.
#[test]
fn money_as_people_read_it() {
    let cases = [
        (0, Currency::Usd, Lang::En, "USD 0.00"),
        (5, Currency::Usd, Lang::En, "USD 0.05"),
        (99_999, Currency::Usd, Lang::En, "USD 999.99"),
        (100_000, Currency::Usd, Lang::En, "USD 1,000.00"),
        (100_603, Currency::Usd, Lang::ZhCn, "US$1,006.03"),
        (99_999_999, Currency::Cny, Lang::ZhCn, "¥999,999.99"),
        (100_000_000, Currency::Cny, Lang::En, "CNY 1,000,000.00"),
        (999, Currency::Jpy, Lang::En, "JPY 999"),
        (1_000, Currency::Jpy, Lang::ZhCn, "JP¥1,000"),
        (
            u64::MAX,
            Currency::Jpy,
            Lang::En,
            "JPY 18,446,744,073,709,551,615",
        ),
    ];
    for (minor, currency, lang, expected) in cases {
        assert_eq!(format_money(minor, currency, lang), expected, "{minor}");
    }
}

/// Dates as the request writes them and as people read them.
#[test]
fn dates_as_written_and_as_read() {
    let cases = [
        ((2025, 3, 1), "2025-03-01", "1 March 2025", "2025年3月1日"),
        (
            (2024, 12, 31),
            "2024-12-31",
            "31 December 2024",
            "2024年12月31日",
        ),
        ((2000, 1, 9), "2000-01-09", "9 January 2000", "2000年1月9日"),
        (
            (987, 10, 10),
            "0987-10-10",
            "10 October 987",
            "987年10月10日",
        ),
    ];
    for ((y, m, d), written, en, zh) in cases {
        let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(iso(date), written);
        assert_eq!(format_date(date, Lang::En), en);
        assert_eq!(format_date(date, Lang::ZhCn), zh);
    }
}

/// Placeholders are filled by name; what is not a known placeholder stays.
#[test]
fn sentences_are_filled_by_name() {
    let values = [("amount", "USD 1,006.03"), ("days", "306")];
    let cases = [
        ("{amount} for {days} days", "USD 1,006.03 for 306 days"),
        ("退款{amount}（{days}天）", "退款USD 1,006.03（306天）"),
        ("no placeholder", "no placeholder"),
        ("{unknown} stays", "{unknown} stays"),
        ("an unclosed {amount", "an unclosed {amount"),
        ("a lone } and {days}", "a lone } and 306"),
        ("", ""),
    ];
    for (template, expected) in cases {
        assert_eq!(fill(template, &values), expected, "{template}");
    }
}
