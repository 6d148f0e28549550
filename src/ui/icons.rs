//! Small inline icons. Each is decorative (`aria-hidden`): the words next
//! to it carry the meaning, so nothing depends on the icon or its colour.

use yew::prelude::*;

use crate::policy::Verdict;

fn svg(path: Html, class: &'static str) -> Html {
    html! {
        <svg class={classes!("re-icon", class)} viewBox="0 0 24 24" width="24" height="24"
             aria-hidden="true" focusable="false">{ path }</svg>
    }
}

/// A tick in a circle.
pub fn check() -> Html {
    svg(
        html! { <><circle cx="12" cy="12" r="11" /><path d="M6.5 12.5l3.5 3.5 7.5-8" /></> },
        "re-icon-ok",
    )
}

/// An exclamation mark in a triangle.
pub fn warning() -> Html {
    svg(
        html! { <><path d="M12 2L23 21H1z" /><path d="M12 9v5M12 17.5v.5" /></> },
        "re-icon-warn",
    )
}

/// A cross in a circle.
pub fn cross() -> Html {
    svg(
        html! { <><circle cx="12" cy="12" r="11" /><path d="M8 8l8 8M16 8l-8 8" /></> },
        "re-icon-no",
    )
}

/// An empty box, for a missing checklist item.
pub fn empty_box() -> Html {
    svg(
        html! { <rect x="3" y="3" width="18" height="18" rx="3" /> },
        "re-icon-box",
    )
}

/// The icon for a verdict.
pub fn verdict(verdict: Verdict) -> Html {
    match verdict {
        Verdict::LikelyEligible => check(),
        Verdict::NeedsEvidence => warning(),
        Verdict::NotCovered => cross(),
    }
}
