//! The published rules' route: the figure (as in the provider's own
//! example, and, with an original price, as its downgrade rules would
//! price it), what it rests on, or why there is none.

use crate::i18n::{fill, t};
use crate::policy::{format_date, Assessment, ClauseId, Lang, Remedy};

use super::super::dom_id;
use super::clause_link;
use crate::markup::Markup;

pub fn draw(m: &mut Markup, a: &Assessment, lang: Lang) {
    let req = &a.request;
    let attrs = [
        ("class", "re-route re-route-published"),
        ("aria-labelledby", dom_id::PUBLISHED_HEADING),
        ("data-testid", "route-published"),
    ];
    m.node("section", &attrs, |m| {
        m.el(
            "h3",
            &[
                ("class", "re-h3"),
                ("id", dom_id::PUBLISHED_HEADING),
                ("tabindex", "-1"),
            ],
            t::PUBLISHED_HEADING.get(lang),
        );
        let Some(published) = &a.outcome.published else {
            let why = if req.remedy == Remedy::Exchange {
                t::PUBLISHED_NONE_EXCHANGE
            } else {
                t::PUBLISHED_NONE_FIGURES
            };
            m.el(
                "p",
                &[("class", "re-note"), ("data-testid", "published-figure")],
                why.get(lang),
            );
            return;
        };
        let figure = published.figure(req.currency, lang);
        let shown = figure
            .clone()
            .unwrap_or_else(|| t::PUBLISHED_NOTHING.get(lang).to_owned());
        m.el(
            "p",
            &[("class", "re-figure"), ("data-testid", "published-figure")],
            &shown,
        );
        if figure.is_some() {
            // Two figures: the provider's own example and the downgrade
            // pricing; one: the example's alone ("about").
            let two = published
                .refund
                .as_ref()
                .is_some_and(|r| r.low_minor.is_some_and(|low| low != r.high_minor));
            let note = if two {
                t::PUBLISHED_RANGE_NOTE
            } else {
                t::PUBLISHED_ONE_NOTE
            };
            m.node(
                "p",
                &[
                    ("class", "re-formula-words"),
                    ("data-testid", "published-note"),
                ],
                |m| {
                    m.text(note.get(lang)).text(" ");
                    clause_link(m, ClauseId::PublishedExample, lang);
                },
            );
            let as_of = format_date(req.application_date, lang);
            m.el(
                "p",
                &[("class", "re-hint")],
                &fill(t::PUBLISHED_AS_OF, lang, &[("date", &as_of)]),
            );
        }
        super::lines(m, &published.explanation, lang, "ul");
    });
}
