//! The UI's half of the bilingual catalog (`[ui]` in i18n/catalog.toml),
//! as constants `t::KEY`. The core's half is `policy::msg`.

pub use crate::policy::{Lang, Text};

include!(concat!(env!("OUT_DIR"), "/ui_text.rs"));

/// Fills `{name}` placeholders in a catalog text.
pub fn fill(text: Text, lang: Lang, values: &[(&str, &str)]) -> String {
    crate::policy::fill(text.get(lang), values)
}
