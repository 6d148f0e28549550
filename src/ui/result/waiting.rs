//! What applying later would change, rulebook by rulebook, from the
//! application date the customer gave, or that it changes nothing (only
//! when that is true).

use crate::i18n::{fill, t};
use crate::policy::{Lang, Waiting};

use crate::markup::Markup;

pub fn draw(m: &mut Markup, w: &Waiting, lang: Lang) {
    let article = w.rows.iter().any(|r| r.article.is_some());
    let published = w.rows.iter().any(|r| r.published.is_some());
    m.open(
        "section",
        &[
            ("class", "re-waiting"),
            ("aria-labelledby", "re-waiting-heading"),
        ],
    );
    m.el(
        "h4",
        &[("class", "re-h4"), ("id", "re-waiting-heading")],
        t::WAITING_HEADING.get(lang),
    );
    for s in &w.sentences {
        m.el("p", &[("data-testid", "waiting")], s);
    }
    if !w.rows.is_empty() {
        m.open("table", &[("class", "re-table re-waiting-table")])
            .open("thead", &[])
            .open("tr", &[]);
        m.el("th", &[("scope", "col")], t::WAITING_WHEN.get(lang));
        if article {
            m.el("th", &[("scope", "col")], t::SHORT_ARTICLE.get(lang));
        }
        if published {
            m.el("th", &[("scope", "col")], t::SHORT_PUBLISHED.get(lang));
        }
        m.close("tr").close("thead").open("tbody", &[]);
        for row in &w.rows {
            let when = if row.days == 0 {
                fill(t::WAITING_ON_APPLICATION, lang, &[("date", &row.date)])
            } else {
                fill(
                    t::WAITING_IN_DAYS,
                    lang,
                    &[("n", &row.days.to_string()), ("date", &row.date)],
                )
            };
            m.open("tr", &[]).el("th", &[("scope", "row")], &when);
            if article {
                m.el("td", &[], row.article.as_deref().unwrap_or_default());
            }
            if published {
                m.el("td", &[], row.published.as_deref().unwrap_or_default());
            }
            m.close("tr");
        }
        m.close("tbody").close("table");
    }
    m.close("section");
}
