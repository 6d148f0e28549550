//! The headline: the verdict in words that account for the money and the
//! dates (the core's [`Headline`](crate::policy::Headline)), and, after an
//! example was filled in, what was filled and how to undo it.

use crate::i18n::{fill, t};
use crate::policy::{Assessment, Tone};
use crate::session::example_title;

use super::super::icons;
use super::super::state::Flash;
use super::{undo_button, ResultProps};
use crate::markup::Markup;

pub fn draw(m: &mut Markup, a: &Assessment, p: &ResultProps) {
    let lang = p.lang;
    if let Some(Flash::Example(i)) = &p.flash {
        let title = example_title(*i).map(|t| t.get(lang)).unwrap_or_default();
        m.node("p", &[("class", "re-flash"), ("role", "status")], |m| {
            m.text(&fill(t::EXAMPLE_FILLED, lang, &[("title", title)]))
                .text(" ");
            undo_button(m, lang);
        });
    }
    let h = &a.headline;
    let class = match h.tone {
        Tone::Ready => "re-verdict re-verdict-ready",
        Tone::Attention => "re-verdict re-verdict-attention",
        Tone::Outside => "re-verdict re-verdict-outside",
    };
    m.node("div", &[("class", class)], |m| {
        m.fixed(icons::tone(h.tone)).node("div", &[], |m| {
            m.el(
                "p",
                &[("class", "re-verdict-text"), ("data-testid", "verdict")],
                &h.title,
            );
            m.el(
                "p",
                &[
                    ("class", "re-verdict-detail"),
                    ("data-testid", "verdict-detail"),
                ],
                &h.detail,
            );
        });
    });
}
