//! The customer's session, without a browser: the answers as typed, which
//! questions apply, the share-link format and the copied summary.
//!
//! Like the policy core, this module is pure (no yew, web-sys or clock), so
//! it is tested natively and fuzzed.

mod answers;
mod examples;
pub mod screen;
mod share;
mod summary;

use crate::policy::{Lang, Text};

include!(concat!(env!("OUT_DIR"), "/session_words.rs"));

/// The session's sentences that the interface shows too (it sees them as
/// its own `t::KEY`).
pub mod shared_words {
    pub use super::words::{
        ARTICLE_NONE_EXCHANGE, ASSUMPTION, COLON, DISCLAIMER, PUBLISHED_NOTHING,
    };
}

pub use answers::{Answers, Step, View, UNTIL_APPLYING};
pub use examples::{example, example_title, EXAMPLE_COUNT};
pub use share::{
    decode, encode, fingerprint_prefix, is_anchor, seal, Notice, Shared, FORMAT_VERSION,
    MAX_FRAGMENT,
};
pub use summary::{summary, verdict_text};

/// Fills `{name}` placeholders in a catalog text.
fn fill(text: Text, lang: Lang, values: &[(&str, &str)]) -> String {
    crate::policy::fill(text.get(lang), values)
}
