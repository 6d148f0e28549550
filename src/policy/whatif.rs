//! Beyond the verdict: what would change it, what waiting costs, and the
//! refund across the whole term. Everything here is found by running the
//! same rules on changed answers; nothing is estimated a second way.

use chrono::{Duration, NaiveDate};

use super::data::{msg, ClauseId, Cutoff, Evidence, Ground, Lang, Problem, Remedy};
use super::date::{format_date, iso};
use super::field::Field;
use super::money::{format_money, prorate};
use super::outcome::{Outcome, Verdict};
use super::request::{validate, Input, RawRequest, Request};
use super::rules::{compute, decide, Computation};
use super::text::fill;

/// One answer to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Tick these items of evidence.
    AddEvidence(Vec<Evidence>),
    /// Ask for this instead.
    Remedy(Remedy),
    /// The problem is this one.
    Problem(Problem),
}

/// A change that would change the outcome, and what it would give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The clause the suggestion rests on.
    pub clause: ClauseId,
    /// The suggestion, in the request's language.
    pub text: String,
    /// What to change.
    pub change: Change,
    /// The verdict after the change, when the answers already determine it.
    pub verdict: Option<Verdict>,
    /// The ground after the change.
    pub ground: Option<Ground>,
    /// The refund after the change, in minor units.
    pub refund_minor: Option<u64>,
}

/// Applies a change to a request.
pub fn apply(raw: &RawRequest, change: &Change) -> RawRequest {
    let mut next = raw.clone();
    match change {
        Change::AddEvidence(items) => {
            let mut list = match raw.get(Field::Evidence) {
                Input::List(list) => list.clone(),
                one @ Input::Text(text) if !text.trim().is_empty() => vec![one.clone()],
                _ => Vec::new(),
            };
            list.extend(items.iter().map(|e| Input::text(e.as_str())));
            next.set(Field::Evidence, Input::List(list));
        }
        Change::Remedy(remedy) => next.set(Field::Remedy, Input::text(remedy.as_str())),
        Change::Problem(problem) => next.set(Field::Problem, Input::text(problem.as_str())),
    }
    next
}

/// The smallest changes to the answers that change the verdict or the
/// refund, each tried through the rules. `raw` carries every answer the
/// person gave, including ones the current case does not use (a refund
/// suggestion needs the amount and dates even for an exchange); `request`
/// and `outcome` are its current answer.
pub(crate) fn suggestions(
    raw: &RawRequest,
    request: &Request,
    outcome: &Outcome,
    today: NaiveDate,
) -> Vec<Suggestion> {
    let lang = request.lang;
    let mut out = Vec::new();
    let try_change = |change: Change| {
        let changed = validate(&apply(raw, &change).asked(), today).ok()?;
        let result = decide(&changed);
        Some((change, changed, result))
    };

    let Some(ground) = outcome.ground else {
        // Not covered: one problem of each ground would be.
        for g in Ground::ALL {
            let Some(problem) = Problem::ALL
                .into_iter()
                .find(|p| p.data().ground == Some(g))
            else {
                continue;
            };
            let text = fill(
                msg::WHATIF_GROUND.get(lang),
                &[
                    ("ground", &mid_sentence(g.data().label.get(lang), lang)),
                    ("problem", problem.data().label.get(lang)),
                ],
            );
            // What it would give, when the other answers already say.
            let result = try_change(Change::Problem(problem)).map(|(_, _, r)| r);
            out.push(Suggestion {
                clause: g.data().clause,
                text,
                change: Change::Problem(problem),
                verdict: result.as_ref().map(|r| r.verdict),
                ground: Some(g),
                refund_minor: result.and_then(|r| r.refund).map(|r| r.amount_minor),
            });
        }
        return out;
    };

    // Missing evidence: all of it at once is the smallest change that
    // changes the verdict.
    if !outcome.missing_evidence.is_empty() {
        if let Some((change, _, result)) =
            try_change(Change::AddEvidence(outcome.missing_evidence.clone()))
        {
            let labels: Vec<&str> = outcome
                .missing_evidence
                .iter()
                .map(|e| e.data().label.get(lang))
                .collect();
            out.push(Suggestion {
                clause: ClauseId::ProcessApply,
                text: fill(
                    msg::WHATIF_EVIDENCE.get(lang),
                    &[("list", &labels.join(msg::LIST_SEPARATOR.get(lang)))],
                ),
                change,
                verdict: Some(result.verdict),
                ground: result.ground,
                refund_minor: result.refund.map(|r| r.amount_minor),
            });
        }
    }

    // An exchange: a refund would return money, when the answers say how much.
    if request.remedy == Remedy::Exchange {
        if let Some((change, changed, result)) = try_change(Change::Remedy(Remedy::Refund)) {
            if let (Some(refund), Some(c)) = (&result.refund, compute(&changed)) {
                out.push(Suggestion {
                    clause: ground.data().refund_clause,
                    text: fill(
                        msg::WHATIF_REFUND.get(lang),
                        &[("refund", &format_money(c.refund, c.currency, lang))],
                    ),
                    change,
                    verdict: Some(result.verdict),
                    ground: result.ground,
                    refund_minor: Some(refund.amount_minor),
                });
            }
        }
    }
    out
}

/// A ground's name in the middle of a sentence: "a quality problem".
fn mid_sentence(label: &str, lang: Lang) -> String {
    match lang {
        Lang::En => {
            let lower = label.to_lowercase();
            let article = if lower.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            format!("{article} {lower}")
        }
        Lang::ZhCn => label.to_owned(),
    }
}

/// What a later application would cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Waiting {
    /// The refund counts from the application date: each day costs money.
    Costs {
        /// The sentence with the cost of one day.
        text: String,
        /// (days from today, the date in words, the refund) for today, +7, +30.
        rows: Vec<(u32, String, String)>,
        /// The cost of one day, minor units (paid ÷ term days, rounded).
        per_day_minor: u64,
    },
    /// The refund does not depend on the application date.
    Independent {
        /// The sentence that says so.
        text: String,
    },
}

/// The cost of waiting, for a request that computes a refund.
pub(crate) fn waiting(
    raw: &RawRequest,
    request: &Request,
    c: &Computation,
    today: NaiveDate,
) -> Waiting {
    let lang = request.lang;
    let counts_from_application = request
        .problem
        .data()
        .ground
        .is_some_and(|g| g.data().cutoff == Cutoff::ApplicationDate);
    if !counts_from_application {
        return Waiting::Independent {
            text: msg::WAITING_INDEPENDENT.get(lang).to_owned(),
        };
    }
    let per_day = prorate(c.paid, 1, c.term_days);
    let money = |m: u64| format_money(m, c.currency, lang);
    let text = fill(
        msg::WAITING_PER_DAY.get(lang),
        &[
            ("per_day", &money(per_day)),
            ("paid", &money(c.paid)),
            ("term", &c.term_days.to_string()),
        ],
    );
    let mut rows = Vec::new();
    for days in [0u32, 7, 30] {
        let date = today + Duration::days(i64::from(days));
        let later = raw.clone().with(Field::ApplicationDate, &iso(date));
        let refund = validate(&later.asked(), today)
            .ok()
            .and_then(|r| compute(&r))
            .map(|c| money(c.refund))
            .unwrap_or_default();
        rows.push((days, format_date(date, lang), refund));
    }
    Waiting::Costs {
        text,
        rows,
        per_day_minor: per_day,
    }
}

/// The refund against the cutoff day, for drawing: points in a 1000 x 1000
/// box (x: share of the term, y: 1000 at no refund, 0 at a full refund).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Curve {
    /// The line, as (x, y) points.
    pub points: Vec<(u32, u32)>,
    /// The person's own cutoff.
    pub you: (u32, u32),
    /// A sentence that says what the chart shows.
    pub description: String,
    /// The amount paid, for the axis.
    pub paid: String,
    /// The first and last day of the term, for the axis.
    pub start: String,
    /// The last paid day.
    pub end: String,
}

/// The refund curve for a request that computes a refund.
pub(crate) fn curve(request: &Request, c: &Computation) -> Option<Curve> {
    let lang = request.lang;
    let term = c.term_days;
    if term == 0 || c.paid == 0 {
        return None;
    }
    let point = |charged: u32| {
        let refund = prorate(c.paid, term - charged.min(term), term);
        let x = u64::from(charged.min(term)) * 1000 / u64::from(term);
        let y = 1000 - refund.saturating_mul(1000) / c.paid;
        (
            u32::try_from(x).unwrap_or(1000),
            u32::try_from(y.min(1000)).unwrap_or(1000),
        )
    };
    let step = (term / 48).max(1);
    let mut points: Vec<(u32, u32)> = (0..term).step_by(step as usize).map(point).collect();
    points.push(point(term));
    let money = |m: u64| format_money(m, c.currency, lang);
    let description = fill(
        msg::CURVE_DESC.get(lang),
        &[
            ("paid", &money(c.paid)),
            ("start", &format_date(c.start, lang)),
            ("end", &format_date(c.end, lang)),
            ("cutoff", &format_date(c.cutoff, lang)),
            ("refund", &money(c.refund)),
        ],
    );
    Some(Curve {
        points,
        you: point(c.charged_days),
        description,
        paid: money(c.paid),
        start: format_date(c.start, lang),
        end: format_date(c.last_day(), lang),
    })
}
