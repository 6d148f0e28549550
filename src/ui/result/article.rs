//! The article's route: the refund and its arithmetic, or why there is
//! none.

use crate::i18n::{fill, t};
use crate::policy::{format_money, Assessment, Lang};

use super::super::icons;
use super::timeline;
use crate::markup::Markup;

pub fn draw(m: &mut Markup, a: &Assessment, lang: Lang) {
    let o = &a.outcome;
    let attrs = [
        ("class", "re-route re-route-article"),
        ("aria-labelledby", "re-article-heading"),
        ("data-testid", "route-article"),
    ];
    m.node("section", &attrs, |m| {
        m.el(
            "h3",
            &[("class", "re-h3"), ("id", "re-article-heading")],
            t::ARTICLE_HEADING.get(lang),
        );
        let Some(c) = &a.computation else {
            let why = if o.ground.is_some() {
                t::ARTICLE_NONE_EXCHANGE
            } else {
                t::ARTICLE_NONE_NOT_COVERED
            };
            m.el(
                "p",
                &[("class", "re-note"), ("data-testid", "article-figure")],
                why.get(lang),
            );
            return;
        };
        let paid = format_money(c.paid, c.currency, lang);
        let refund = format_money(c.refund, c.currency, lang);
        let amount = c.amount();
        m.el(
            "p",
            &[
                ("class", "re-figure"),
                ("data-testid", "article-figure"),
                ("data-amount", &amount),
            ],
            &refund,
        );
        if c.estimate {
            m.node(
                "p",
                &[("class", "re-note re-estimate"), ("role", "note")],
                |m| {
                    m.fixed(icons::WARNING).node("span", &[], |m| {
                        let label = format!("{}{}", t::ASSUMPTION.get(lang), t::COLON.get(lang));
                        m.el("strong", &[], &label).text(t::ESTIMATE_NOTE.get(lang));
                    });
                },
            );
        }
        // Zero whatever the days (pay-as-you-go, no cash): say why here.
        let refund_clause = o.ground.map(|g| g.data().refund_clause);
        let why_zero = o
            .explanation
            .iter()
            .find(|l| Some(l.clause) == refund_clause)
            .filter(|_| c.zero.is_some());
        if let Some(line) = why_zero {
            m.el("p", &[("class", "re-note")], &line.text);
        }
        if c.zero.is_some() {
            return;
        }
        m.el("h4", &[("class", "re-h4")], t::ARITHMETIC_HEADING.get(lang));
        m.el(
            "p",
            &[("class", "re-formula-words")],
            t::ARITHMETIC_FORMULA.get(lang),
        );
        m.node(
            "p",
            &[("class", "re-formula"), ("data-testid", "arithmetic")],
            |m| {
                m.el("span", &[], &paid).text(" × ");
                m.el("span", &[], &c.refundable_days.to_string())
                    .text(" ÷ ");
                m.el("span", &[], &c.term_days.to_string()).text(" = ");
                m.el("strong", &[], &refund);
            },
        );
        let rounding = if c.rounded() {
            fill(
                t::ARITHMETIC_ROUNDING,
                lang,
                &[("exact", &c.exact()), ("refund", &refund)],
            )
        } else {
            t::ARITHMETIC_EXACT.get(lang).to_owned()
        };
        m.el("p", &[("class", "re-rounding")], &rounding);
        timeline::draw(m, c, lang);
    });
}
