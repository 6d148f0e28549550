//! The amount parser: any text, in every currency. Accepted amounts are
//! positive, within the limit, and print back to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use refund_estimator::policy::{parse_amount, plain, Currency, MAX_MAJOR};

fuzz_target!(|text: &str| {
    for currency in Currency::ALL {
        if let Ok(minor) = parse_amount(text, currency) {
            let scale = if currency.decimals() == 0 { 1 } else { 100 };
            assert!(minor > 0 && minor <= MAX_MAJOR * scale, "{text:?} -> {minor}");
            assert_eq!(parse_amount(&plain(minor, currency), currency), Ok(minor));
        }
    }
});
