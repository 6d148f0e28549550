//! The interface's words, as constants `t::KEY`: its own (`[ui]` in
//! i18n/catalog.toml, generated and checked by the core crate's build
//! script) and the session's that it shows too. The engine's words are the
//! core's.

pub use crate::policy::{Lang, Text};

include!(env!("UI_TEXT_RS"));

/// Every catalog text the interface uses.
pub(crate) mod t {
    pub(crate) use super::ui_words::*;
    pub(crate) use refund_core::session::shared_words::*;
}

/// Fills `{name}` placeholders in a catalog text.
pub fn fill(text: Text, lang: Lang, values: &[(&str, &str)]) -> String {
    crate::policy::fill(text.get(lang), values)
}
