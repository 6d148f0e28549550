//! Beyond the verdict: what would change it, what waiting costs, and the
//! refund across the whole term. Everything here is found by running the
//! same rules on changed answers; nothing is estimated a second way.

use chrono::{Duration, NaiveDate};

use super::data::{msg, ClauseId, Evidence, Ground, Remedy};
use super::date::{format_date, iso};
use super::field::Field;
use super::money::{format_money, prorate};
use super::outcome::{Outcome, Published, Route, Verdict};
use super::request::{validate, Input, RawRequest, Request};
use super::rules::{compute, decide_with, Computation};
use super::text::fill;

/// A choice the customer really has. What happened, and when, are facts:
/// no suggestion ever changes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Gather these items of evidence. Only the customer can say they have
    /// them: the answers are never changed for them ([`changes_answers`]
    /// is false); the outcome shown is the one they would get.
    ///
    /// [`changes_answers`]: Change::changes_answers
    GatherEvidence(Vec<Evidence>),
    /// Apply for this remedy instead.
    Remedy(Remedy),
    /// Apply on this day (today) rather than the later day given.
    ApplyOn(NaiveDate),
    /// End the subscription under the published rules, which need no
    /// reason: nothing in the answers changes.
    Unsubscribe,
}

impl Change {
    /// Whether taking the suggestion up changes the answers (the other
    /// kinds are shown with their outcome and a way to act on them).
    pub fn changes_answers(&self) -> bool {
        matches!(self, Change::Remedy(_) | Change::ApplyOn(_))
    }
}

/// A choice that would change the outcome, and what it would give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The clause the suggestion rests on.
    pub clause: ClauseId,
    /// The suggestion with its outcome, in the request's language.
    pub text: String,
    /// The choice.
    pub change: Change,
    /// The verdict after the change.
    pub verdict: Option<Verdict>,
    /// The ground after the change.
    pub ground: Option<Ground>,
    /// The article's refund after the change, in minor units.
    pub refund_minor: Option<u64>,
}

/// The answers as they would be with a change: for the changes that alter
/// answers, what taking it up does; for evidence, what the outcome would be
/// with it (used to tell the customer, never to tick it for them).
pub fn apply(raw: &RawRequest, change: &Change) -> RawRequest {
    let mut next = raw.clone();
    match change {
        Change::GatherEvidence(items) => {
            let mut list = match raw.get(Field::Evidence) {
                Input::List(list) => list.clone(),
                one @ Input::Text(text) if !text.trim().is_empty() => vec![one.clone()],
                _ => Vec::new(),
            };
            list.extend(items.iter().map(|e| Input::text(e.as_str())));
            next.set(Field::Evidence, Input::List(list));
        }
        Change::Remedy(remedy) => next.set(Field::Remedy, Input::text(remedy.as_str())),
        Change::ApplyOn(day) => next.set(Field::ApplicationDate, Input::text(iso(*day))),
        Change::Unsubscribe => {}
    }
    next
}

/// The choices that change the verdict or a figure, each tried through
/// the rules. `raw` carries every answer the person gave, including ones
/// the current case does not use (a refund suggestion needs the amount and
/// dates even for an exchange); `request` and `outcome` are its current
/// answer.
pub(crate) fn suggestions(
    raw: &RawRequest,
    request: &Request,
    outcome: &Outcome,
    article_now: Option<&Computation>,
    today: NaiveDate,
) -> Vec<Suggestion> {
    let lang = request.lang;
    let mut out = Vec::new();
    // A change of the remedy changes which answers are read, so the
    // changed answers are validated anew; the other changes are made to
    // the validated request itself.
    let try_change = |change: Change| {
        let changed = match &change {
            Change::GatherEvidence(items) => {
                let mut evidence = request.evidence.clone();
                evidence.extend(items.iter().filter(|e| !request.evidence.contains(e)));
                Request {
                    evidence,
                    ..request.clone()
                }
            }
            Change::ApplyOn(day) if request.problem_start.is_some_and(|p| *day < p) => return None,
            Change::ApplyOn(day) => Request {
                application_date: *day,
                ..request.clone()
            },
            Change::Remedy(_) | Change::Unsubscribe => {
                validate(&apply(raw, &change).asked(), today).ok()?
            }
        };
        let computation = compute(&changed);
        let result = decide_with(&changed, computation.as_ref());
        Some((change, computation, result))
    };
    let money = |minor: u64| format_money(minor, request.currency, lang);

    if let Some(ground) = outcome.ground {
        // Missing evidence: all of it at once is the smallest change that
        // changes the verdict.
        if !outcome.missing_evidence.is_empty() {
            if let Some((change, _, result)) =
                try_change(Change::GatherEvidence(outcome.missing_evidence.clone()))
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

        // An exchange: a refund would return money, when the answers say
        // how much.
        if request.remedy == Remedy::Exchange {
            if let Some((change, changed, result)) = try_change(Change::Remedy(Remedy::Refund)) {
                if let (Some(refund), Some(c)) = (&result.refund, changed) {
                    out.push(Suggestion {
                        clause: ground.data().refund_clause,
                        text: fill(
                            msg::WHATIF_REFUND.get(lang),
                            &[("refund", &money(c.refund))],
                        ),
                        change,
                        verdict: Some(result.verdict),
                        ground: result.ground,
                        refund_minor: Some(refund.amount_minor),
                    });
                }
            }
        }

        // A refund that comes to nothing: an exchange still gives a
        // working server.
        if request.remedy == Remedy::Refund && article_now.is_some_and(|c| c.refund == 0) {
            if let Some((change, _, result)) = try_change(Change::Remedy(Remedy::Exchange)) {
                out.push(Suggestion {
                    clause: ground.data().clause,
                    text: msg::WHATIF_EXCHANGE.get(lang).to_owned(),
                    change,
                    verdict: Some(result.verdict),
                    ground: result.ground,
                    refund_minor: None,
                });
            }
        }

        // A later application day than today, where the day counts:
        // applying today instead.
        if let (Some(c), true) = (article_now, request.application_date > today) {
            if let Some((change, changed, result)) = try_change(Change::ApplyOn(today)) {
                if let Some(sooner) = changed.filter(|s| s.refund > c.refund) {
                    out.push(Suggestion {
                        clause: ground.data().refund_clause,
                        text: fill(
                            msg::WHATIF_APPLY_TODAY.get(lang),
                            &[
                                ("date", &format_date(request.application_date, lang)),
                                ("refund", &money(sooner.refund)),
                                ("now", &money(c.refund)),
                            ],
                        ),
                        change,
                        verdict: Some(result.verdict),
                        ground: result.ground,
                        refund_minor: result.refund.map(|r| r.amount_minor),
                    });
                }
            }
        }
    }

    // No money under the article (a reason it does not list, an exchange,
    // or nothing left to refund), but some under the published rules:
    // ending the subscription is a choice the customer has.
    let article_pays = article_now.is_some_and(|c| c.refund > 0);
    let published = outcome
        .published
        .as_ref()
        .filter(|p| p.route != Route::None)
        .and_then(|p| p.figure(request.currency, lang));
    if let (false, Some(figure)) = (article_pays, published) {
        out.push(Suggestion {
            clause: ClauseId::PublishedUnsubscribe,
            text: fill(msg::WHATIF_PUBLISHED.get(lang), &[("figure", &figure)]),
            change: Change::Unsubscribe,
            verdict: Some(outcome.verdict),
            ground: outcome.ground,
            refund_minor: None,
        });
    }
    out
}

/// What applying later would change, rulebook by rulebook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    /// One sentence per rulebook that gives a figure, or one saying that
    /// the date changes neither (only when that is true).
    pub sentences: Vec<String>,
    /// Applying on the application date given, 7 and 30 days later; empty
    /// when the date changes nothing.
    pub rows: Vec<WaitingRow>,
}

/// The figures if one applied on a given day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitingRow {
    /// Days after the application date given.
    pub days: u32,
    /// The date, for people.
    pub date: String,
    /// The article's refund, when the case has one.
    pub article: Option<String>,
    /// The published rules' figure (`–` range or "up to"), when computed;
    /// the words "nothing" when nothing comes back.
    pub published: Option<String>,
}

/// The cost of waiting, for a request with a figure under either rulebook.
pub(crate) fn waiting(
    request: &Request,
    article: Option<&Computation>,
    published: Option<&Published>,
) -> Option<Waiting> {
    if article.is_none() && published.is_none() {
        return None;
    }
    let lang = request.lang;
    // The article's refund depends on the day you apply only where the
    // application date ends the charged days (service not as promised).
    let article_depends =
        article.is_some_and(|c| c.zero.is_none() && c.basis == super::data::Basis::UnusedTime);
    // Under the published rules every day kept is a day used, for as long
    // as anything can come back.
    let published_depends = published.is_some_and(|p| p.route != Route::None);
    let mut sentences = Vec::new();
    if let Some(c) = article {
        sentences.push(if article_depends {
            let money = |m: u64| format_money(m, c.currency, lang);
            fill(
                msg::WAITING_ARTICLE_PER_DAY.get(lang),
                &[
                    ("per_day", &money(prorate(c.paid, 1, c.term_days))),
                    ("paid", &money(c.paid)),
                    ("term", &c.term_days.to_string()),
                ],
            )
        } else {
            msg::WAITING_ARTICLE_INDEPENDENT.get(lang).to_owned()
        });
    }
    if published_depends {
        sentences.push(msg::WAITING_PUBLISHED_COSTS.get(lang).to_owned());
    }
    // The provider's surcharge for a short use ends on the day the used
    // days reach `short_use_days`: the harsh end rises once then, the only
    // figure that ever does.
    let surcharge = published
        .and_then(|p| p.refund.as_ref())
        .is_some_and(|r| r.surcharge && r.low_minor.is_some() && r.used_days > 0);
    if let (true, Some(start)) = (surcharge, request.service_start) {
        sentences.push(fill(
            msg::WAITING_SURCHARGE_ENDS.get(lang),
            &[(
                "date",
                &format_date(super::published::surcharge_ends(start), lang),
            )],
        ));
    }
    if !article_depends && !published_depends {
        return Some(Waiting {
            sentences: vec![msg::WAITING_NOTHING.get(lang).to_owned()],
            rows: Vec::new(),
        });
    }
    // From the application date the customer gave (not the clock): its
    // first row is the figure shown above it.
    let mut rows = Vec::new();
    // A later application date is still valid (it is after the problem
    // began); only the calendar's end can refuse it. The first row is the
    // request itself, whose numbers are already known.
    let money = |m: u64| format_money(m, request.currency, lang);
    for days in [0u32, 7, 30] {
        let date = request.application_date + Duration::days(i64::from(days));
        if date > super::date::MAX_DATE {
            continue;
        }
        let then = Request {
            application_date: date,
            ..request.clone()
        };
        let article = match days {
            0 => article.cloned(),
            _ => compute(&then),
        };
        rows.push(WaitingRow {
            days,
            date: format_date(date, lang),
            article: article.map(|c| money(c.refund)),
            published: published_figure(&then),
        });
    }
    Some(Waiting { sentences, rows })
}

/// The published rules' figure for a request, in words.
fn published_figure(request: &Request) -> Option<String> {
    let p = super::published::published(request)?;
    Some(
        p.figure(request.currency, request.lang)
            .unwrap_or_else(|| msg::NOTHING_BACK.get(request.lang).to_owned()),
    )
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
    if term == 0 || c.paid == 0 || c.zero.is_some() {
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
            ("end", &format_date(c.last_day(), lang)),
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
