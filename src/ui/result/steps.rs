//! What to do: the step that leads (ending the subscription where the
//! published rules give more, else the article's first step), the buttons
//! to copy, share and print, and what they confirm.

use crate::i18n::t;
use crate::policy::{Assessment, Lang};

use super::super::state::{Anchor, Flash};
use super::{button, clause_link, Click, ResultProps};
use crate::markup::Markup;

/// The step that leads, before the longer parts.
pub fn lead(m: &mut Markup, a: &Assessment, lang: Lang) {
    let Some(first) = &a.lead else {
        return;
    };
    m.node(
        "div",
        &[("class", "re-next"), ("data-testid", "next-step")],
        |m| {
            m.node("p", &[], |m| {
                let label = format!("{}{}", t::NEXT_STEP_LABEL.get(lang), t::COLON.get(lang));
                m.el("strong", &[], &label).text(&first.text);
            });
            clause_link(m, first.clause, lang);
        },
    );
}

/// The disclaimer and the buttons.
pub fn actions(m: &mut Markup, p: &ResultProps) {
    let lang = p.lang;
    m.node("p", &[("class", "re-disclaimer")], |m| {
        m.text(t::DISCLAIMER.get(lang)).text(" ");
        m.el(
            "a",
            &[
                ("href", &format!("#{}", Anchor::PUBLISHED_RULES)),
                ("data-action", &Click::PublishedRules.encode()),
            ],
            t::DISCLAIMER_LINK.get(lang),
        );
    });
    m.node("div", &[("class", "re-actions re-no-print")], |m| {
        if p.shareable {
            button(m, Click::CopyLink, t::COPY_LINK.get(lang));
        }
        button(m, Click::CopySummary, t::COPY_SUMMARY.get(lang));
        button(m, Click::Print, t::PRINT.get(lang));
    });
}

/// What copying did: a status that names what is on the clipboard, or the
/// text to copy by hand.
pub fn flash(m: &mut Markup, p: &ResultProps) {
    let lang = p.lang;
    let status = [
        ("class", "re-flash"),
        ("role", "status"),
        ("data-testid", "copied"),
    ];
    match &p.flash {
        Some(Flash::LinkCopied) => {
            m.el("p", &status, t::COPIED_LINK.get(lang));
        }
        Some(Flash::SummaryCopied) => {
            m.el("p", &status, t::COPIED_SUMMARY.get(lang));
        }
        Some(Flash::CopyFailed(text)) => {
            m.node("div", &status, |m| {
                m.el("p", &[], t::COPY_FAILED.get(lang));
                let label = t::COPY_SUMMARY.get(lang);
                m.el(
                    "textarea",
                    &[
                        ("class", "re-copy-fallback"),
                        ("readonly", ""),
                        ("rows", "8"),
                        ("aria-label", label),
                    ],
                    text,
                );
            });
        }
        Some(Flash::Applied(_) | Flash::Undone | Flash::Example(_)) | None => {}
    }
}
