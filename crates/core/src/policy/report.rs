//! One call for a screen: everything the result shows for one set of
//! answers, computed once. The UI memoises it per change of the answers
//! and only draws it; the live region, the result event and the copied
//! summary read the same report.

use chrono::NaiveDate;

use super::data::{msg, Lang};
use super::error::PolicyError;
use super::money::format_money;
use super::outcome::{Line, Outcome, Route};
use super::request::{validate, RawRequest, Request};
use super::rules::{compute, decide_with, Computation};
use super::story::{headline, lead, notices, published_leads, FieldNotice, Headline};
use super::text::fill;
use super::whatif::{curve, suggestions, waiting, Curve, Suggestion, Waiting};

/// What the answers give: a full answer, or every error that stands in the
/// way, in the order they are reported.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The language everything is written in.
    pub lang: Lang,
    /// The answer, or the errors.
    pub result: Result<Assessment, Vec<PolicyError>>,
}

/// A decided case and everything around it.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// The validated request.
    pub request: Request,
    /// The engine's answer (the JS contract's outcome, both rulebooks).
    pub outcome: Outcome,
    /// The numbers behind the article's refund, when one is computed.
    pub computation: Option<Computation>,
    /// Which rulebook gives more, and why, in one sentence; `None` when
    /// only one figure could exist (an exchange).
    pub comparison: Option<String>,
    /// What would change the outcome.
    pub suggestions: Vec<Suggestion>,
    /// What applying later would change, when either rulebook gives a
    /// figure.
    pub waiting: Option<Waiting>,
    /// The article's refund across the term, when one is computed.
    pub curve: Option<Curve>,
    /// What the screen leads with: the verdict in words that account for
    /// the money and the dates.
    pub headline: Headline,
    /// What to know at a field (a late date), never an error.
    pub notices: Vec<FieldNotice>,
    /// The step shown first: ending the subscription where the published
    /// rules give more or the only money, else the article's first step.
    pub lead: Option<Line>,
    /// Whether the published rules give money: then the screen says how to
    /// end the subscription ([`HOW_TO`](super::story::HOW_TO)).
    pub how_to: bool,
}

/// Everything a screen shows for `raw`. `raw` carries every answer given,
/// including answers to questions this case does not ask: the decision
/// ignores them ([`RawRequest::asked`]) and only the suggestions use them
/// (a refund instead of an exchange needs the amount typed before).
pub fn report(raw: &RawRequest, today: NaiveDate) -> Report {
    let lang = raw.lang();
    let result = validate(&raw.asked(), today).map(|request| {
        let computation = compute(&request);
        let outcome = decide_with(&request, computation.as_ref());
        let comparison = comparison(&request, &outcome, computation.as_ref());
        let suggestions = suggestions(raw, &request, &outcome, computation.as_ref(), today);
        let waiting = waiting(&request, computation.as_ref(), outcome.published.as_ref());
        let curve = computation.as_ref().and_then(|c| curve(&request, c));
        let headline = headline(&request, &outcome);
        let notices = notices(&request);
        let (how_to, leads) = published_leads(&outcome);
        let lead = lead(&outcome, leads, lang);
        Assessment {
            request,
            outcome,
            computation,
            comparison,
            suggestions,
            waiting,
            curve,
            headline,
            notices,
            lead,
            how_to,
        }
    });
    Report { lang, result }
}

/// Which rulebook gives more, and why. The kind end of the published
/// rules is compared with the article's figure; the harsh end can only be
/// lower.
fn comparison(req: &Request, outcome: &Outcome, article: Option<&Computation>) -> Option<String> {
    let lang = req.lang;
    let money = |m: u64| format_money(m, req.currency, lang);
    let say = |template: super::data::Text, values: &[(&str, &str)]| {
        Some(fill(template.get(lang), values))
    };
    let published = outcome.published.as_ref();
    let figure = published.and_then(|p| p.figure(req.currency, lang));
    if outcome.ground.is_none() {
        return match (published, figure) {
            (None, _) if req.remedy == super::data::Remedy::Exchange => None,
            (None, _) => say(msg::COMPARE_NEED_FIGURES, &[]),
            (Some(_), Some(figure)) => say(msg::COMPARE_NOT_COVERED, &[("published", &figure)]),
            (Some(_), None) => say(msg::COMPARE_NOT_COVERED_NONE, &[]),
        };
    }
    let c = article?;
    let p = published?;
    let article_text = money(c.refund);
    let Some(refund) = p.refund.as_ref().filter(|_| p.route != Route::None) else {
        return if c.refund == 0 {
            say(msg::COMPARE_NEITHER, &[])
        } else {
            say(msg::COMPARE_PUBLISHED_NONE, &[("article", &article_text)])
        };
    };
    let figure = figure.unwrap_or_default();
    let values = [
        ("article", article_text.as_str()),
        ("published", figure.as_str()),
        ("charged", &c.charged_days.to_string()),
        ("used", &refund.used_days.to_string()),
    ];
    // Within one cent (a day's rounding) counts as the same.
    match c.refund.abs_diff(refund.high_minor) {
        0..=1 => say(msg::COMPARE_SAME, &values),
        _ if c.refund > refund.high_minor => say(msg::COMPARE_ARTICLE_MORE, &values),
        _ => say(msg::COMPARE_PUBLISHED_MORE, &values),
    }
}

impl Report {
    /// The errors (none when the answers give a result).
    pub fn errors(&self) -> &[PolicyError] {
        match &self.result {
            Ok(_) => &[],
            Err(errors) => errors,
        }
    }

    /// The answer, when there is one.
    pub fn assessment(&self) -> Option<&Assessment> {
        self.result.as_ref().ok()
    }
}
