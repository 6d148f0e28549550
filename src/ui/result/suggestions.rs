//! The choices that would change the outcome, each with its clause, its
//! outcome in words and a button that names what it does. Only a change of
//! remedy or of the day is taken up in one click (and can be undone);
//! evidence is ticked by the customer, never for them.

use crate::i18n::t;
use crate::policy::{Assessment, Change, Remedy};

use super::super::dom_id;
use super::super::state::Flash;
use super::{clause_link, undo_button, Click, ResultProps};
use crate::markup::Markup;

pub fn draw(m: &mut Markup, a: &Assessment, p: &ResultProps) {
    let lang = p.lang;
    m.open(
        "section",
        &[
            ("aria-labelledby", dom_id::SUGGESTIONS_HEADING),
            ("class", "re-whatif"),
        ],
    );
    m.el(
        "h3",
        &[
            ("class", "re-h3"),
            ("id", dom_id::SUGGESTIONS_HEADING),
            ("tabindex", "-1"),
        ],
        t::WHATIF_HEADING.get(lang),
    );
    match &p.flash {
        Some(Flash::Applied(change)) => {
            let done = match change {
                Change::Remedy(Remedy::Exchange) => t::APPLIED_EXCHANGE,
                Change::ApplyOn(_) => t::APPLIED_TODAY,
                _ => t::APPLIED_REFUND,
            };
            m.open("p", &[("class", "re-flash"), ("role", "status")])
                .text(done.get(lang))
                .text(" ");
            undo_button(m, lang);
            m.close("p");
        }
        Some(Flash::Undone) => {
            m.el(
                "p",
                &[("class", "re-flash"), ("role", "status")],
                t::UNDONE.get(lang),
            );
        }
        _ => {}
    }
    if a.suggestions.is_empty() {
        // Only when it is true: where the day of application still moves a
        // figure, that is said instead.
        let date_counts = a.waiting.as_ref().is_some_and(|w| !w.rows.is_empty());
        let none = if date_counts {
            t::WHATIF_ONLY_DATE
        } else {
            t::WHATIF_NONE
        };
        m.el("p", &[("class", "re-hint")], none.get(lang));
    } else {
        m.open("ul", &[("class", "re-lines")]);
        for (i, s) in a.suggestions.iter().enumerate() {
            m.open("li", &[("class", "re-suggestion")])
                .el("p", &[], &s.text);
            m.open("div", &[("class", "re-suggestion-actions")]);
            clause_link(m, s.clause, lang);
            let (click, label) = match &s.change {
                Change::GatherEvidence(items) => (
                    items.first().map(|e| Click::Evidence(*e)),
                    t::WHATIF_DO_EVIDENCE,
                ),
                Change::Remedy(Remedy::Exchange) => (Some(Click::Apply(i)), t::WHATIF_DO_EXCHANGE),
                Change::Remedy(_) => (Some(Click::Apply(i)), t::WHATIF_DO_REFUND),
                Change::ApplyOn(_) => (Some(Click::Apply(i)), t::WHATIF_DO_TODAY),
                Change::Unsubscribe => (Some(Click::Published), t::WHATIF_DO_PUBLISHED),
            };
            if let Some(click) = click {
                m.el(
                    "button",
                    &[
                        ("type", "button"),
                        ("class", "re-button re-secondary re-no-print"),
                        ("data-action", &click.encode()),
                    ],
                    label.get(lang),
                );
            }
            m.close("div").close("li");
        }
        m.close("ul");
    }
    m.close("section");
}
