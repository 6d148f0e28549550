//! The element ids the views give and the focus effects look for, in one
//! place: a view writes `dom_id::UNDO`, the reducer asks for
//! `Target::Undo`, and [`target`] joins the two.

use crate::policy::Evidence;
use crate::session::screen::Target;

/// The result (the calculator's "see the result" link jumps here).
pub const RESULT: &str = "re-result";
/// The heading of the published rules' card.
pub const PUBLISHED_HEADING: &str = "re-published-heading";
/// The Undo button of a suggestion or an example.
pub const UNDO: &str = "re-undo";
/// The heading of "what would change the outcome".
pub const SUGGESTIONS_HEADING: &str = "re-whatif-heading";

/// The tick box of an item of evidence.
pub fn evidence(item: Evidence) -> String {
    format!("re-evidence-{}", item.as_str())
}

/// The element a focus target names, or `None` for the screen's own
/// choice (the first error shown, else the heading).
pub fn target(target: Target) -> Option<String> {
    match target {
        Target::Screen => None,
        Target::Result => Some(RESULT.to_owned()),
        Target::Published => Some(PUBLISHED_HEADING.to_owned()),
        Target::Undo => Some(UNDO.to_owned()),
        Target::Suggestions => Some(SUGGESTIONS_HEADING.to_owned()),
        Target::Evidence(item) => Some(evidence(item)),
    }
}
