//! The service period as a picture: charged days hatched, refundable days
//! solid, the cutoff marked, every part labelled in words as well. The bar
//! is 1000 units wide, so the core's per-mille share is the x coordinate as
//! it is: the UI draws, it does not compute.

use crate::i18n::{fill, t};
use crate::policy::{format_date, Basis, Computation, Lang};

use crate::markup::Markup;

pub fn draw(m: &mut Markup, c: &Computation, lang: Lang) {
    let cutoff_label = match c.basis {
        Basis::UsageTime => t::CUTOFF_PROBLEM,
        Basis::UnusedTime => t::CUTOFF_APPLICATION,
        Basis::UnusableSince => t::CUTOFF_UNUSABLE,
    }
    .get(lang);
    let start = format_date(c.start, lang);
    let end = format_date(c.last_day(), lang);
    let cutoff = format_date(c.cutoff, lang);
    let charged = c.charged_days.to_string();
    let refundable = c.refundable_days.to_string();
    let description = fill(
        t::TIMELINE_DESC,
        lang,
        &[
            ("term", &c.term_days.to_string()),
            ("charged", &charged),
            ("refundable", &refundable),
            ("start", &start),
            ("end", &end),
            ("cutoff_label", cutoff_label),
            ("cutoff", &cutoff),
        ],
    );
    let share = c.charged_permille().to_string();
    m.open("figure", &[("class", "re-timeline")]);
    m.el(
        "figcaption",
        &[("class", "re-h3")],
        t::TIMELINE_TITLE.get(lang),
    );
    m.open(
        "svg",
        &[
            ("class", "re-timeline-bar"),
            ("viewBox", "0 0 1000 40"),
            ("preserveAspectRatio", "none"),
            ("role", "img"),
            ("aria-label", &description),
        ],
    );
    m.fixed(r#"<defs><pattern id="re-hatch" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="12" height="12" class="re-charged-bg"/><line x1="0" y1="0" x2="0" y2="12" class="re-charged-line"/></pattern></defs><rect x="0" y="4" width="1000" height="32" class="re-refundable"/>"#);
    m.open(
        "rect",
        &[
            ("x", "0"),
            ("y", "4"),
            ("width", &share),
            ("height", "32"),
            ("fill", "url(#re-hatch)"),
            ("class", "re-charged"),
        ],
    )
    .close("rect");
    m.open(
        "line",
        &[
            ("x1", &share),
            ("x2", &share),
            ("y1", "0"),
            ("y2", "40"),
            ("class", "re-cutoff"),
        ],
    )
    .close("line");
    m.close("svg");
    m.open(
        "div",
        &[
            ("class", "re-timeline-marks"),
            ("data-cut", &share),
            ("aria-hidden", "true"),
        ],
    );
    for (class, label, date) in [
        ("re-mark re-mark-start", t::TIMELINE_START.get(lang), &start),
        ("re-mark re-mark-cut", cutoff_label, &cutoff),
        ("re-mark re-mark-end", t::TIMELINE_END.get(lang), &end),
    ] {
        m.open("span", &[("class", class)])
            .el("b", &[], label)
            .text(date)
            .close("span");
    }
    m.close("div");
    m.open("ul", &[("class", "re-legend")]);
    for (class, text) in [
        (
            "re-swatch re-swatch-charged",
            fill(t::TIMELINE_CHARGED, lang, &[("n", &charged)]),
        ),
        (
            "re-swatch re-swatch-refundable",
            fill(t::TIMELINE_REFUNDABLE, lang, &[("n", &refundable)]),
        ),
    ] {
        m.open("li", &[])
            .el("span", &[("class", class), ("aria-hidden", "true")], "")
            .text(&text)
            .close("li");
    }
    m.close("ul").close("figure");
}
