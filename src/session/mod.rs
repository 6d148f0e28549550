//! The customer's session, without a browser: the answers as typed, which
//! questions apply, the share-link format and the copied summary.
//!
//! Like the policy core, this module is pure (no yew, web-sys or clock), so
//! it is tested natively and fuzzed.

mod answers;
mod share;
mod summary;

pub use answers::{Answers, Step, View};
pub use share::{decode, encode, fingerprint_prefix, Notice, Shared, FORMAT_VERSION, MAX_FRAGMENT};
pub use summary::{summary, verdict_text};
