//! The evidence we suggest, ticked or not, and what else the customer has.

use crate::i18n::t;
use crate::policy::{checklist, Assessment, Lang};

use super::super::icons;
use crate::markup::Markup;

pub fn draw(m: &mut Markup, a: &Assessment, lang: Lang) {
    let Some(g) = a.outcome.ground else {
        return;
    };
    m.open("section", &[("aria-labelledby", "re-evidence-heading")]);
    m.el(
        "h3",
        &[("class", "re-h3"), ("id", "re-evidence-heading")],
        t::EVIDENCE_HEADING.get(lang),
    );
    m.open("ul", &[("class", "re-checklist")]);
    for (e, is_suggested, have) in checklist(g, &a.request.evidence) {
        let status = match (have, is_suggested) {
            (true, true) => t::EVIDENCE_HAVE,
            (false, _) => t::EVIDENCE_MISSING,
            (true, false) => t::EVIDENCE_EXTRA,
        };
        m.open(
            "li",
            &[
                ("class", if have { "re-have" } else { "re-missing" }),
                ("data-evidence", e.as_str()),
            ],
        );
        m.fixed(if have { icons::CHECK } else { icons::EMPTY_BOX });
        m.open("div", &[("class", "re-check-text")]).open("p", &[]);
        m.el("strong", &[], e.data().label.get(lang));
        m.el(
            "span",
            &[("class", "re-status")],
            &format!(" — {}", status.get(lang)),
        );
        m.close("p");
        if is_suggested {
            m.el("p", &[("class", "re-choice-hint")], e.data().hint.get(lang));
        }
        m.close("div").close("li");
    }
    m.close("ul").close("section");
}
