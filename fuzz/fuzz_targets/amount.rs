//! The amount parser (docs/rules.md, "The request and why one is refused"): any text, in every currency.
//! Accepted amounts are within the limit (zero allowed) and print back to
//! themselves, with or without the currency's code around them; whatever
//! the text, the parser answers, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use refund_core::policy::{parse_amount, Currency, MAX_MAJOR};

fuzz_target!(|text: &str| {
    for currency in Currency::ALL {
        if let Ok(minor) = parse_amount(text, currency) {
            let scale = if currency.decimals() == 0 { 1 } else { 100 };
            assert!(minor <= MAX_MAJOR * scale, "{text:?} -> {minor}");
            let plain = if scale == 1 {
                minor.to_string()
            } else {
                format!("{}.{:02}", minor / 100, minor % 100)
            };
            assert_eq!(parse_amount(&plain, currency), Ok(minor));
            let coded = format!("{} {plain}", currency.code());
            assert_eq!(parse_amount(&coded, currency), Ok(minor));
        }
    }
});
