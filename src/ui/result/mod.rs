//! The result, which explains itself: the headline; the two rulebooks side
//! by side (the article's figure with its arithmetic and timeline, the
//! published rules' figure with its sources) and which gives more; the
//! step that leads; how to end the subscription where that pays; the
//! reasons with their clauses; the evidence checklist; the cost of waiting;
//! the refund curve; what would change the outcome; the article's steps;
//! and what to do with it (copy, share, print).
//!
//! It only draws the report the core made, one part per file. It is
//! read-only markup (`markup.rs`); its buttons and links say what they do
//! in `data-action` ([`Click`]), and one click listener here acts on them.

mod article;
mod checklist;
mod click;
mod curve;
mod how_to;
mod published;
mod steps;
mod suggestions;
mod timeline;
mod verdict;
mod waiting;

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::t;
use crate::policy::{format_money, Assessment, ClauseId, Lang, Line, Report, Text};
use crate::session::summary;

use super::dom_id;
use super::state::{Action, Anchor, Flash, Target};
use crate::markup::{action, Markup, Outline};

pub use click::Click;

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
    let drawn = use_mut_ref(crate::patch::Drawn::new);
    let parts = p.report.assessment().map(|answer| {
        let mut m = Markup::new(p.outline);
        draw(&mut m, answer, p);
        m.into_parts()
    });
    // The parts are written into the page by `crate::patch`, which changes
    // only what differs. The timeline's cutoff mark is then placed through
    // the CSSOM, not a style attribute, so a strict Content-Security-Policy
    // (style-src 'self') allows it.
    {
        let node = node.clone();
        use_effect(move || {
            let (Some(root), Some(parts)) = (node.cast::<web_sys::Element>(), parts) else {
                return;
            };
            if let Ok(mut drawn) = drawn.try_borrow_mut() {
                crate::patch::parts(&root, &mut drawn, &parts);
            }
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
    let Some(answer) = p.report.assessment() else {
        return html! {};
    };
    let onclick = {
        let dispatch = p.dispatch.clone();
        let report = p.report.clone();
        let open = p.open;
        Callback::from(move |e: MouseEvent| on_click(&e, &report, &dispatch, open))
    };
    html! {
        <div class="re-result" id={dom_id::RESULT} tabindex="-1" data-verdict={answer.outcome.verdict.as_str()}
             data-tone={answer.headline.tone.as_str()} ref={node} {onclick}></div>
    }
}

/// What a click on a `data-action` inside the result does.
fn on_click(e: &MouseEvent, report: &Report, dispatch: &Callback<Action>, open: u8) {
    let Some(click) = action(e).as_deref().and_then(Click::parse) else {
        return;
    };
    let Some(answer) = report.assessment() else {
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
    match click {
        Click::Clause(clause) => {
            e.prevent_default();
            dispatch.emit(Action::Reveal(Anchor::Clause(clause)));
        }
        Click::PublishedRules => {
            e.prevent_default();
            dispatch.emit(Action::Reveal(Anchor::PublishedRules));
        }
        Click::Apply(i) => {
            if let Some(s) = answer.suggestions.get(i) {
                dispatch.emit(Action::Apply(s.change.clone()));
            }
        }
        Click::Undo => dispatch.emit(Action::Undo),
        Click::Fold(part) => {
            // The state keeps which parts are open (a new answer redraws
            // the result), so the browser's own toggle is not used.
            e.prevent_default();
            dispatch.emit(Action::Fold(open ^ part.bit()));
        }
        Click::Evidence(item) => dispatch.emit(Action::GoToEvidence(item)),
        Click::Published => dispatch.emit(Action::Focus(Target::Published)),
        Click::CopyLink => copy(crate::browser::href(), Flash::LinkCopied),
        Click::CopySummary => copy(summary(answer), Flash::SummaryCopied),
        Click::Print => crate::browser::print(),
    }
}

/// The headline and both figures in one sentence, in the interface's own
/// punctuation: read out by the live region, and shown in the calculator's
/// summary on a phone.
pub fn short_result(answer: &Assessment, lang: Lang) -> String {
    let colon = t::COLON.get(lang);
    let mut parts = vec![answer.headline.title.clone()];
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

/// The whole result, part by part; only a part whose markup changed is
/// written into the page, by [`crate::patch`].
fn draw(m: &mut Markup, a: &Assessment, p: &ResultProps) {
    // Every part is ended with `part`, shown or not, so the parts keep
    // their places and their number (see `Markup::part`).
    let lang = p.lang;
    verdict::draw(m, a, p);
    m.part();
    if let Some(c) = &a.comparison {
        m.node(
            "p",
            &[("class", "re-comparison"), ("data-testid", "comparison")],
            |m| {
                let heading = format!("{}{}", t::COMPARE_HEADING.get(lang), t::COLON.get(lang));
                m.el("strong", &[], &heading).text(c);
            },
        );
    }
    m.part();
    // For a reason the article does not list, what the customer can
    // actually do comes first.
    let listed = a.outcome.ground.is_some();
    let class = if listed {
        "re-routes"
    } else {
        "re-routes re-routes-published-first"
    };
    m.node("div", &[("class", class)], |m| {
        if listed {
            article::draw(m, a, lang);
            published::draw(m, a, lang);
        } else {
            published::draw(m, a, lang);
            article::draw(m, a, lang);
        }
    })
    .part();
    steps::lead(m, a, lang);
    m.part();
    if a.how_to {
        how_to::draw(m, lang);
    }
    m.part();
    fold(m, p, Fold::Why, "re-why-heading", t::REASONS_HEADING, |m| {
        lines(m, &a.outcome.explanation, lang, "ul");
    });
    m.part();
    checklist::draw(m, a, lang);
    m.part();
    if let Some(w) = &a.waiting {
        waiting::draw(m, w, lang);
    }
    m.part();
    if let Some(cv) = &a.curve {
        fold(
            m,
            p,
            Fold::Curve,
            "re-curve-heading",
            t::CURVE_HEADING,
            |m| {
                curve::draw(m, cv);
            },
        );
    }
    m.part();
    suggestions::draw(m, a, p);
    m.part();
    fold(
        m,
        p,
        Fold::Steps,
        "re-next-heading",
        t::STEPS_HEADING,
        |m| {
            lines(m, &a.outcome.next_steps, lang, "ol");
        },
    );
    m.part();
    steps::actions(m, p);
    // The confirmation is a part of its own: the buttons above stay as
    // they are, and so does the keyboard focus on them.
    m.part();
    steps::flash(m, p);
    m.part();
}

/// A part of the result that folds: `<details>` whose summary is the
/// part's heading, with what `inner` writes. Whether it is open comes from
/// the state (the person's choice, else the screen's width), so it stays
/// as they left it while the answers change.
fn fold(
    m: &mut Markup,
    p: &ResultProps,
    part: Fold,
    id: &'static str,
    heading: Text,
    inner: impl FnOnce(&mut Markup),
) {
    let mut attrs = vec![("class", "re-fold"), ("data-testid", part.testid())];
    if p.open & part.bit() != 0 {
        attrs.push(("open", ""));
    }
    let click = Click::Fold(part).encode();
    m.node("details", &attrs, |m| {
        m.node("summary", &[("data-action", &click)], |m| {
            m.el("h3", &[("class", "re-h3"), ("id", id)], heading.get(p.lang));
        });
        inner(m);
    });
}

/// The parts of the result that fold, as bits of [`ResultProps::open`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// Why: the reasons.
    Why = 1,
    /// The refund curve.
    Curve = 2,
    /// The steps of the process.
    Steps = 4,
}

impl Fold {
    /// Every part that folds.
    pub const ALL: [Fold; 3] = [Fold::Why, Fold::Curve, Fold::Steps];

    fn bit(self) -> u8 {
        self as u8
    }

    /// The name in a click.
    pub const fn as_str(self) -> &'static str {
        match self {
            Fold::Why => "why",
            Fold::Curve => "curve",
            Fold::Steps => "steps",
        }
    }

    /// The part with this name.
    pub fn parse(name: &str) -> Option<Fold> {
        Fold::ALL.into_iter().find(|f| f.as_str() == name)
    }

    fn testid(self) -> &'static str {
        match self {
            Fold::Why => "why",
            Fold::Curve => "curve",
            Fold::Steps => "next-steps",
        }
    }
}

/// A button that asks for `click`.
fn button(m: &mut Markup, click: Click, label: &str) {
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "re-button"),
            ("data-action", &click.encode()),
        ],
        label,
    );
}

/// The Undo button after a suggestion or an example was taken up (focus
/// goes to it by its id).
fn undo_button(m: &mut Markup, lang: Lang) {
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "re-button re-secondary re-no-print"),
            ("id", dom_id::UNDO),
            ("data-action", &Click::Undo.encode()),
        ],
        t::UNDO.get(lang),
    );
}

/// A link to a clause of the rules view, in words: never the clause's id
/// (a screen reader would spell it out, and an underline hides its
/// underscores).
fn clause_link(m: &mut Markup, clause: ClauseId, lang: Lang) {
    let href = format!("#{}", Anchor::clause_id(clause));
    let click = Click::Clause(clause).encode();
    m.node(
        "a",
        &[
            ("class", "re-clause"),
            ("href", &href),
            ("data-action", &click),
            ("data-clause", clause.as_str()),
        ],
        |m| {
            m.text(t::CLAUSE_PREFIX.get(lang))
                .text(t::COLON.get(lang))
                .text(clause.data().title.get(lang));
        },
    );
}

/// Sentences, each with the clause it rests on.
fn lines(m: &mut Markup, items: &[Line], lang: Lang, list: &'static str) {
    let class = if list == "ol" {
        "re-lines re-steps"
    } else {
        "re-lines"
    };
    m.node(list, &[("class", class)], |m| {
        for l in items {
            m.node("li", &[], |m| {
                m.el("p", &[], &l.text);
                clause_link(m, l.clause, lang);
            });
        }
    });
}
