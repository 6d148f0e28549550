//! How to end the subscription yourself, where the published rules give
//! money: each fact from one of the provider's pages, cited with its
//! address and the date it was read.

use crate::i18n::t;
use crate::policy::{Lang, HOW_TO};

use super::super::policy_view::page_line;
use super::clause_link;
use crate::markup::Markup;

pub fn draw(m: &mut Markup, lang: Lang) {
    let attrs = [
        ("class", "re-how-to"),
        ("aria-labelledby", "re-how-to-heading"),
        ("data-testid", "how-to"),
    ];
    m.node("section", &attrs, |m| {
        m.el(
            "h3",
            &[("class", "re-h3"), ("id", "re-how-to-heading")],
            t::HOW_TO_HEADING.get(lang),
        );
        m.el("p", &[("class", "re-hint")], t::HOW_TO_INTRO.get(lang));
        m.node("ul", &[("class", "re-lines")], |m| {
            for fact in &HOW_TO {
                m.node("li", &[("data-clause", fact.clause.as_str())], |m| {
                    m.el("p", &[], fact.text.get(lang));
                    page_line(m, &fact.page, lang);
                    clause_link(m, fact.clause, lang);
                });
            }
        });
    });
}
