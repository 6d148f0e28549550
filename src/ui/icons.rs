//! Small inline icons, as fixed markup. Each is decorative
//! (`aria-hidden`): the words next to it carry the meaning, so nothing
//! depends on the icon or its colour.

use yew::{AttrValue, Html};

use crate::policy::Tone;

/// A tick in a circle.
pub const CHECK: &str = r#"<svg class="re-icon re-icon-ok" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="11"/><path d="M6.5 12.5l3.5 3.5 7.5-8"/></svg>"#;

/// An exclamation mark in a triangle.
pub const WARNING: &str = r#"<svg class="re-icon re-icon-warn" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M12 2L23 21H1z"/><path d="M12 9v5M12 17.5v.5"/></svg>"#;

/// A cross in a circle.
pub const CROSS: &str = r#"<svg class="re-icon re-icon-no" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="11"/><path d="M8 8l8 8M16 8l-8 8"/></svg>"#;

/// An empty box, for a missing checklist item.
pub const EMPTY_BOX: &str = r#"<svg class="re-icon re-icon-box" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><rect x="3" y="3" width="18" height="18" rx="3"/></svg>"#;

/// The icon for a headline.
pub const fn tone(tone: Tone) -> &'static str {
    match tone {
        Tone::Ready => CHECK,
        Tone::Attention => WARNING,
        Tone::Outside => CROSS,
    }
}

/// The warning icon as a Yew node, for the parts written with `html!`.
pub fn warning() -> Html {
    Html::from_html_unchecked(AttrValue::Static(WARNING))
}
