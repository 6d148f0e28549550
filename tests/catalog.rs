//! The bilingual catalog: every key has both languages, and both languages
//! use the same placeholders, so no sentence loses a figure in translation.

use std::collections::BTreeSet;

use refund_estimator::i18n::t;
use refund_estimator::policy::{msg, Text};

fn placeholders(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.insert(after[..close].to_owned());
        rest = &after[close + 1..];
    }
    out
}

fn check(section: &str, entries: &[(&str, Text)]) {
    assert!(!entries.is_empty(), "{section} is empty");
    for (key, text) in entries {
        assert!(
            !text.en.trim().is_empty(),
            "[{section}] {key} has no English"
        );
        assert!(
            !text.zh.trim().is_empty(),
            "[{section}] {key} has no Chinese"
        );
        assert_eq!(
            placeholders(text.en),
            placeholders(text.zh),
            "[{section}] {key}: the languages use different placeholders"
        );
        assert!(
            text.zh
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
                || *key == "lang_other"
                || *key == "lang_other_label"
                || *key == "list_separator",
            "[{section}] {key}: the Chinese text has no Chinese in it"
        );
    }
}

#[test]
fn every_ui_key_has_both_languages_and_the_same_placeholders() {
    check("ui", &t::ALL);
}

#[test]
fn every_core_key_has_both_languages_and_the_same_placeholders() {
    check("core", &msg::ALL);
}
