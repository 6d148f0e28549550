//! The result, which explains itself: the verdict; the two rulebooks side
//! by side (the article's figure with its arithmetic and timeline, the
//! published rules' range with its sources) and which gives more; the
//! reasons with their clauses; the evidence checklist; the cost of waiting;
//! the refund curve; what would change the outcome; the next steps; and what
//! to do with it (copy, share, print).
//!
//! It only draws the report the core made. It is read-only markup
//! (`markup.rs`); its buttons and links say what they do in `data-action`,
//! and one click listener here acts on them.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{fill, t};
use crate::policy::{
    format_date, format_money, Answer, Basis, Change, ClauseId, Computation, Curve, Evidence, Lang,
    Line, Remedy, Report, Text, Verdict, Waiting,
};
use crate::session::{summary, verdict_text};

use super::icons;
use super::markup::{action, Markup, Outline};
use super::state::{Action, Flash};

/// Props.
#[derive(Properties)]
pub struct ResultProps {
    /// The core's report; its answer is drawn.
    pub report: Rc<Report>,
    /// The language.
    pub lang: Lang,
    /// The last confirmation.
    pub flash: Option<Flash>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
    /// Whether the share link is the page address (not in an embed).
    pub shareable: bool,
    /// The widget's heading levels.
    pub outline: Outline,
    /// The folding parts that are open ([`Fold`] bits).
    pub open: u8,
}

// The report is memoised: a new one is a new answer. (Comparing reports
// field by field would cost more code than it saves work.)
impl PartialEq for ResultProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
            && self.lang == other.lang
            && self.flash == other.flash
            && self.dispatch == other.dispatch
            && self.shareable == other.shareable
            && self.outline == other.outline
            && self.open == other.open
    }
}

/// The result.
#[function_component(ResultView)]
pub fn result_view(p: &ResultProps) -> Html {
    let node = use_node_ref();
    // The timeline's cutoff mark is placed through the CSSOM, not a style
    // attribute, so a strict Content-Security-Policy (style-src 'self')
    // allows it; after every change of the markup.
    {
        let node = node.clone();
        use_effect(move || {
            let Some(root) = node.cast::<web_sys::Element>() else {
                return;
            };
            let marks = root
                .query_selector(".re-timeline-marks[data-cut]")
                .ok()
                .flatten();
            if let Some(el) =
                marks.and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
            {
                let cut = el.get_attribute("data-cut").unwrap_or_default();
                let _ = el.style().set_property("--re-cut", &cut);
            }
        });
    }
    let Some(answer) = p.report.answer() else {
        return html! {};
    };
    let onclick = {
        let dispatch = p.dispatch.clone();
        let report = p.report.clone();
        let open = p.open;
        Callback::from(move |e: MouseEvent| on_action(&e, &report, &dispatch, open))
    };
    let mut m = Markup::new(p.outline);
    draw(&mut m, answer, p);
    html! {
        <div class="re-result" id="re-result" tabindex="-1" data-verdict={answer.outcome.verdict.as_str()} ref={node} {onclick}>
            { m.into_html() }
        </div>
    }
}

/// What a click on a `data-action` inside the result does.
fn on_action(e: &MouseEvent, report: &Report, dispatch: &Callback<Action>, open: u8) {
    let Some((name, arg)) = action(e) else {
        return;
    };
    let Some(answer) = report.answer() else {
        return;
    };
    let copy = |text: String, done: Flash| {
        let dispatch = dispatch.clone();
        yew::platform::spawn_local(async move {
            let flash = if crate::browser::copy(&text).await {
                done
            } else {
                Flash::CopyFailed(text)
            };
            dispatch.emit(Action::Flash(Some(flash)));
        });
    };
    match name.as_str() {
        "clause" => {
            e.prevent_default();
            if let Some(clause) = ClauseId::parse(&arg) {
                dispatch.emit(Action::Clause(clause));
            }
        }
        "published-rules" => {
            e.prevent_default();
            dispatch.emit(Action::PublishedRules);
        }
        "apply" => {
            let suggestion = arg
                .parse::<usize>()
                .ok()
                .and_then(|i| answer.suggestions.get(i));
            if let Some(s) = suggestion {
                dispatch.emit(Action::Apply(s.change.clone()));
            }
        }
        "undo" => dispatch.emit(Action::Undo),
        "fold" => {
            // The state keeps which parts are open (a new answer redraws
            // the result), so the browser's own toggle is not used.
            e.prevent_default();
            // (The three bits by name: parsing a number would add a
            // parser to the module for this.)
            let bit = match arg.as_str() {
                "1" => Fold::Why,
                "2" => Fold::Curve,
                _ => Fold::Steps,
            };
            dispatch.emit(Action::Fold(open ^ bit.bit()));
        }
        "evidence" => {
            if let Some(item) = Evidence::parse(&arg) {
                dispatch.emit(Action::GoToEvidence(item));
            }
        }
        "published" => dispatch.emit(Action::Focus("re-published-heading")),
        "copy-link" => copy(crate::browser::href(), Flash::LinkCopied),
        "copy-summary" => copy(summary(answer), Flash::SummaryCopied),
        "print" => crate::browser::print(),
        _ => {}
    }
}

/// The verdict and both figures in one sentence, in the interface's own
/// punctuation: read out by the live region, and shown in the calculator's
/// summary on a phone.
pub fn short_result(answer: &Answer, lang: Lang) -> String {
    let colon = t::COLON.get(lang);
    let mut parts = vec![verdict_text(answer.outcome.verdict).get(lang).to_owned()];
    if let Some(c) = &answer.computation {
        let figure = format_money(c.refund, c.currency, lang);
        parts.push(format!("{}{colon}{figure}", t::SHORT_ARTICLE.get(lang)));
    }
    if let Some(p) = &answer.outcome.published {
        let figure = p
            .figure(answer.request.currency, lang)
            .unwrap_or_else(|| t::PUBLISHED_NOTHING.get(lang).to_owned());
        parts.push(format!("{}{colon}{figure}", t::SHORT_PUBLISHED.get(lang)));
    }
    parts.join(t::SENTENCE_BREAK.get(lang)) + t::FULL_STOP.get(lang)
}

fn draw(m: &mut Markup, a: &Answer, p: &ResultProps) {
    let lang = p.lang;
    let o = &a.outcome;
    let (detail, class) = match o.verdict {
        Verdict::LikelyEligible => (
            t::VERDICT_LIKELY_ELIGIBLE_DETAIL,
            "re-verdict re-verdict-likely_eligible",
        ),
        Verdict::NeedsEvidence => (
            t::VERDICT_NEEDS_EVIDENCE_DETAIL,
            "re-verdict re-verdict-needs_evidence",
        ),
        Verdict::NotCovered => (
            t::VERDICT_NOT_COVERED_DETAIL,
            "re-verdict re-verdict-not_covered",
        ),
    };
    m.open("div", &[("class", class)])
        .fixed(icons::verdict(o.verdict))
        .open("div", &[]);
    m.el(
        "p",
        &[("class", "re-verdict-text"), ("data-testid", "verdict")],
        verdict_text(o.verdict).get(lang),
    );
    m.el("p", &[("class", "re-verdict-detail")], detail.get(lang));
    m.close("div").close("div").cut();

    if let Some(c) = &a.comparison {
        m.open(
            "p",
            &[("class", "re-comparison"), ("data-testid", "comparison")],
        );
        m.el(
            "strong",
            &[],
            &format!("{}{}", t::COMPARE_HEADING.get(lang), t::COLON.get(lang)),
        );
        m.text(c).close("p").cut();
    }
    // For a reason the article does not list, what the customer can
    // actually do comes first.
    let listed = o.ground.is_some();
    m.open(
        "div",
        &[(
            "class",
            if listed {
                "re-routes"
            } else {
                "re-routes re-routes-published-first"
            },
        )],
    );
    if listed {
        article_route(m, a, lang);
        published_route(m, a, lang);
    } else {
        published_route(m, a, lang);
        article_route(m, a, lang);
    }
    m.close("div").cut();

    // What to do first, before the longer parts.
    if let Some(first) = o.next_steps.first() {
        m.open("p", &[("class", "re-next"), ("data-testid", "next-step")]);
        m.el(
            "strong",
            &[],
            &format!("{}{}", t::NEXT_STEP_LABEL.get(lang), t::COLON.get(lang)),
        );
        m.text(&first.text).close("p").cut();
    }

    // The long parts fold (closed by default on a phone).
    fold(m, p, Fold::Why, "re-why-heading", "why", t::REASONS_HEADING);
    lines(m, &o.explanation, lang, "ul");
    m.close("details").cut();
    checklist(m, a, lang);
    m.cut();
    if let Some(w) = &a.waiting {
        waiting(m, w, lang);
        m.cut();
    }
    if let Some(cv) = &a.curve {
        fold(
            m,
            p,
            Fold::Curve,
            "re-curve-heading",
            "curve",
            t::CURVE_HEADING,
        );
        curve(m, cv);
        m.close("details").cut();
    }
    whatif(m, a, p);
    m.cut();
    fold(
        m,
        p,
        Fold::Steps,
        "re-next-heading",
        "next-steps",
        t::STEPS_HEADING,
    );
    lines(m, &o.next_steps, lang, "ol");
    m.close("details").cut();

    m.open("p", &[("class", "re-disclaimer")])
        .text(t::DISCLAIMER.get(lang))
        .text(" ");
    m.el(
        "a",
        &[
            ("href", "#published-rules"),
            ("data-action", "published-rules"),
        ],
        t::DISCLAIMER_LINK.get(lang),
    );
    m.close("p");
    m.open("div", &[("class", "re-actions re-no-print")]);
    if p.shareable {
        button(m, "copy-link", t::COPY_LINK.get(lang));
    }
    button(m, "copy-summary", t::COPY_SUMMARY.get(lang));
    button(m, "print", t::PRINT.get(lang));
    m.close("div");
    match &p.flash {
        Some(Flash::LinkCopied) => {
            m.el(
                "p",
                &[("class", "re-flash"), ("role", "status")],
                t::COPIED_LINK.get(lang),
            );
        }
        Some(Flash::SummaryCopied) => {
            m.el(
                "p",
                &[("class", "re-flash"), ("role", "status")],
                t::COPIED_SUMMARY.get(lang),
            );
        }
        Some(Flash::CopyFailed(text)) => {
            m.open("div", &[("class", "re-flash"), ("role", "status")]);
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
            m.close("div");
        }
        Some(Flash::Applied(_) | Flash::Undone) | None => {}
    }
}

/// A part of the result that folds: `<details>` whose summary is the
/// part's heading; the caller closes it. Whether it is open comes from the
/// state (the person's choice, else the screen's width), so it stays as
/// they left it while the answers change.
fn fold(
    m: &mut Markup,
    p: &ResultProps,
    part: Fold,
    id: &'static str,
    testid: &'static str,
    heading: Text,
) {
    let open = p.open & part.bit() != 0;
    let bit = part.bit().to_string();
    if open {
        m.open(
            "details",
            &[("class", "re-fold"), ("data-testid", testid), ("open", "")],
        );
    } else {
        m.open("details", &[("class", "re-fold"), ("data-testid", testid)]);
    }
    m.open("summary", &[("data-action", "fold"), ("data-arg", &bit)]);
    m.el("h3", &[("class", "re-h3"), ("id", id)], heading.get(p.lang));
    m.close("summary");
}

/// The parts of the result that fold, as bits of [`ResultProps::open`].
#[derive(Clone, Copy)]
pub enum Fold {
    /// Why: the reasons.
    Why = 1,
    /// The refund curve.
    Curve = 2,
    /// The steps of the process.
    Steps = 4,
}

impl Fold {
    fn bit(self) -> u8 {
        self as u8
    }
}

fn button(m: &mut Markup, action: &'static str, label: &str) {
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "re-button"),
            ("data-action", action),
        ],
        label,
    );
}

/// A link to a clause of the rules view.
fn clause_link(m: &mut Markup, clause: ClauseId, lang: Lang) {
    let href = format!("#clause-{}", clause.as_str());
    m.open(
        "a",
        &[
            ("class", "re-clause"),
            ("href", &href),
            ("data-action", "clause"),
            ("data-arg", clause.as_str()),
            ("data-clause", clause.as_str()),
        ],
    );
    // Words, not the clause's code id (a screen reader would spell it out,
    // and an underline hides its underscores).
    m.text(t::CLAUSE_PREFIX.get(lang))
        .text(t::COLON.get(lang))
        .text(clause.data().title.get(lang));
    m.close("a");
}

/// Sentences, each with the clause it rests on.
fn lines(m: &mut Markup, items: &[Line], lang: Lang, list: &'static str) {
    m.open(
        list,
        &[(
            "class",
            if list == "ol" {
                "re-lines re-steps"
            } else {
                "re-lines"
            },
        )],
    );
    for l in items {
        m.open("li", &[]).el("p", &[], &l.text);
        clause_link(m, l.clause, lang);
        m.close("li");
    }
    m.close(list);
}

/// The article's figure: the refund and its arithmetic, or why there is
/// none.
fn article_route(m: &mut Markup, a: &Answer, lang: Lang) {
    let o = &a.outcome;
    m.open(
        "section",
        &[
            ("class", "re-route re-route-article"),
            ("aria-labelledby", "re-article-heading"),
            ("data-testid", "route-article"),
        ],
    );
    m.el(
        "h3",
        &[("class", "re-h3"), ("id", "re-article-heading")],
        t::ARTICLE_HEADING.get(lang),
    );
    match &a.computation {
        Some(c) => {
            let paid = format_money(c.paid, c.currency, lang);
            let refund = format_money(c.refund, c.currency, lang);
            let amount = o
                .refund
                .as_ref()
                .map(|r| r.amount.as_str())
                .unwrap_or_default();
            m.el(
                "p",
                &[
                    ("class", "re-figure"),
                    ("data-testid", "article-figure"),
                    ("data-amount", amount),
                ],
                &refund,
            );
            if o.refund.as_ref().is_some_and(|r| r.estimate) {
                m.open("p", &[("class", "re-note re-estimate"), ("role", "note")])
                    .fixed(icons::WARNING)
                    .open("span", &[]);
                m.el(
                    "strong",
                    &[],
                    &format!("{}{}", t::ASSUMPTION.get(lang), t::COLON.get(lang)),
                );
                m.text(t::ESTIMATE_NOTE.get(lang)).close("span").close("p");
            }
            // Zero whatever the days (pay-as-you-go, no cash): say why here.
            let refund_clause = o.ground.map(|g| g.data().refund_clause);
            if let (Some(_), Some(line)) = (
                c.zero,
                o.explanation
                    .iter()
                    .find(|l| Some(l.clause) == refund_clause),
            ) {
                m.el("p", &[("class", "re-note")], &line.text);
            }
            if c.zero.is_none() {
                m.el("h4", &[("class", "re-h4")], t::ARITHMETIC_HEADING.get(lang));
                m.el(
                    "p",
                    &[("class", "re-formula-words")],
                    t::ARITHMETIC_FORMULA.get(lang),
                );
                m.open(
                    "p",
                    &[("class", "re-formula"), ("data-testid", "arithmetic")],
                );
                m.el("span", &[], &paid).text(" × ");
                m.el("span", &[], &c.refundable_days.to_string())
                    .text(" ÷ ");
                m.el("span", &[], &c.term_days.to_string()).text(" = ");
                m.el("strong", &[], &refund).close("p");
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
                timeline(m, c, lang);
            }
        }
        None => {
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
        }
    }
    m.close("section");
}

/// The published rules' figure: from the harsh to the kind end, what it
/// rests on, and where the money goes.
fn published_route(m: &mut Markup, a: &Answer, lang: Lang) {
    let req = &a.request;
    m.open(
        "section",
        &[
            ("class", "re-route re-route-published"),
            ("aria-labelledby", "re-published-heading"),
            ("data-testid", "route-published"),
        ],
    );
    m.el(
        "h3",
        &[
            ("class", "re-h3"),
            ("id", "re-published-heading"),
            ("tabindex", "-1"),
        ],
        t::PUBLISHED_HEADING.get(lang),
    );
    match &a.outcome.published {
        Some(published) => {
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
                m.el(
                    "p",
                    &[("class", "re-formula-words")],
                    t::PUBLISHED_RANGE_NOTE.get(lang),
                );
                let as_of = format_date(req.application_date, lang);
                m.el(
                    "p",
                    &[("class", "re-hint")],
                    &fill(t::PUBLISHED_AS_OF, lang, &[("date", &as_of)]),
                );
            }
            lines(m, &published.explanation, lang, "ul");
            if figure.is_some() {
                m.open("ul", &[("class", "re-lines")]).open("li", &[]);
                m.el("p", &[], t::PUBLISHED_PAYOUT.get(lang));
                clause_link(m, ClauseId::PublishedPayout, lang);
                m.close("li").close("ul");
            }
        }
        None => {
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
        }
    }
    m.close("section");
}

/// The service period as a picture: charged days hatched, refundable days
/// solid, the cutoff marked, every part labelled in words as well. The bar
/// is 1000 units wide, so the core's per-mille share is the x coordinate as
/// it is: the UI draws, it does not compute.
fn timeline(m: &mut Markup, c: &Computation, lang: Lang) {
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

/// The refund against the cutoff day, drawn from the points the core
/// computes in a 1000 x 1000 box, with the same facts in a sentence.
fn curve(m: &mut Markup, curve: &Curve) {
    let points: Vec<String> = curve
        .points
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect();
    let (x, y) = (curve.you.0.to_string(), curve.you.1.to_string());
    m.open("figure", &[("class", "re-curve")]);
    m.open("div", &[("class", "re-curve-plot")]);
    m.el(
        "span",
        &[
            ("class", "re-curve-y re-curve-top"),
            ("aria-hidden", "true"),
        ],
        &curve.paid,
    );
    m.open(
        "svg",
        &[
            ("class", "re-curve-svg"),
            ("viewBox", "0 0 1000 1000"),
            ("preserveAspectRatio", "none"),
            // The sentence below the chart describes it: read once.
            ("aria-hidden", "true"),
        ],
    );
    m.fixed(r#"<polyline class="re-curve-grid" points="0,0 0,1000 1000,1000"/>"#);
    m.open(
        "polyline",
        &[("class", "re-curve-line"), ("points", &points.join(" "))],
    )
    .close("polyline");
    m.open(
        "line",
        &[
            ("class", "re-curve-you"),
            ("x1", &x),
            ("x2", &x),
            ("y1", "0"),
            ("y2", "1000"),
        ],
    )
    .close("line");
    m.open(
        "line",
        &[
            ("class", "re-curve-you"),
            ("x1", "0"),
            ("x2", "1000"),
            ("y1", &y),
            ("y2", &y),
        ],
    )
    .close("line");
    m.close("svg");
    m.el(
        "span",
        &[
            ("class", "re-curve-y re-curve-bottom"),
            ("aria-hidden", "true"),
        ],
        "0",
    );
    m.close("div");
    m.open("div", &[("class", "re-curve-x"), ("aria-hidden", "true")]);
    m.el("span", &[], &curve.start)
        .el("span", &[], &curve.end)
        .close("div");
    m.el("p", &[("class", "re-hint")], &curve.description);
    m.close("figure");
}

/// The evidence we suggest, ticked or not, and what else the customer has.
fn checklist(m: &mut Markup, a: &Answer, lang: Lang) {
    let Some(g) = a.outcome.ground else {
        return;
    };
    let suggested = g.data().recommended_evidence;
    m.open("section", &[("aria-labelledby", "re-evidence-heading")]);
    m.el(
        "h3",
        &[("class", "re-h3"), ("id", "re-evidence-heading")],
        t::EVIDENCE_HEADING.get(lang),
    );
    m.open("ul", &[("class", "re-checklist")]);
    let extra = a.request.evidence.iter().filter(|e| !suggested.contains(e));
    let rows = suggested
        .iter()
        .map(|e| (e, true))
        .chain(extra.map(|e| (e, false)));
    for (e, is_suggested) in rows {
        let have = a.request.evidence.contains(e);
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

/// The choices that would change the outcome, each with its clause, its
/// outcome in words and a button that names what it does. Only a change of
/// remedy or of the day is taken up in one click (and can be undone);
/// evidence is ticked by the customer, never for them.
fn whatif(m: &mut Markup, a: &Answer, p: &ResultProps) {
    let lang = p.lang;
    m.open(
        "section",
        &[
            ("aria-labelledby", "re-whatif-heading"),
            ("class", "re-whatif"),
        ],
    );
    m.el(
        "h3",
        &[
            ("class", "re-h3"),
            ("id", "re-whatif-heading"),
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
            m.el(
                "button",
                &[
                    ("type", "button"),
                    ("class", "re-button re-secondary re-no-print"),
                    ("id", "re-undo"),
                    ("data-action", "undo"),
                ],
                t::UNDO.get(lang),
            );
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
            let index = i.to_string();
            let (action, arg, label) = match &s.change {
                Change::GatherEvidence(items) => (
                    "evidence",
                    items.first().map_or("", |e| e.as_str()),
                    t::WHATIF_DO_EVIDENCE,
                ),
                Change::Remedy(Remedy::Exchange) => {
                    ("apply", index.as_str(), t::WHATIF_DO_EXCHANGE)
                }
                Change::Remedy(_) => ("apply", index.as_str(), t::WHATIF_DO_REFUND),
                Change::ApplyOn(_) => ("apply", index.as_str(), t::WHATIF_DO_TODAY),
                Change::Unsubscribe => ("published", "", t::WHATIF_DO_PUBLISHED),
            };
            m.el(
                "button",
                &[
                    ("type", "button"),
                    ("class", "re-button re-secondary re-no-print"),
                    ("data-action", action),
                    ("data-arg", arg),
                ],
                label.get(lang),
            );
            m.close("div").close("li");
        }
        m.close("ul");
    }
    m.close("section");
}

/// What applying later would change, rulebook by rulebook, or that it
/// changes nothing (only when that is true).
fn waiting(m: &mut Markup, w: &Waiting, lang: Lang) {
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
                fill(t::WAITING_TODAY, lang, &[("date", &row.date)])
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
