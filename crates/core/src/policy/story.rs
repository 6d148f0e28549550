//! One coherent answer (docs/rules.md, "One screen, one story"): the words a
//! screen leads with follow the figures of both rulebooks, late dates are
//! said where they matter, and the route that pays is the next step.
//!
//! Nothing here computes a figure: it reads the article's refund and the
//! published rules' answer, already computed, and chooses what to say.
//!
//! Deliberately left out: the provider's own deadline for a claim (neither
//! the article nor the published rules set one), and any guess at whether
//! the provider would still review a late claim.

use chrono::NaiveDate;

use super::data::{msg, Billing, ClauseId, Cutoff, Ground, Lang, Remedy, Text};
use super::date::format_date;
use super::field::Field;
use super::outcome::{Line, Outcome, Published, Route, Verdict};
use super::request::Request;
use super::text::fill;

/// Why nothing would come back under either rulebook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nothing {
    /// The application date is on or after the expiry date.
    TermEnded,
    /// The whole term counts as used (used until its last day).
    TermUsed,
    /// No cash was paid (vouchers only).
    NothingPaid,
    /// Pay-as-you-go bills only for use already made.
    PayAsYouGo,
}

impl Nothing {
    /// The id, as the result event carries it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Nothing::TermEnded => "term_ended",
            Nothing::TermUsed => "term_used",
            Nothing::NothingPaid => "nothing_paid",
            Nothing::PayAsYouGo => "pay_as_you_go",
        }
    }

    /// The reason, as a clause of a sentence ("the term has ended").
    pub fn words(self) -> Text {
        match self {
            Nothing::TermEnded => msg::NOTHING_WHY_TERM_ENDED,
            Nothing::TermUsed => msg::NOTHING_WHY_TERM_USED,
            Nothing::NothingPaid => msg::NOTHING_WHY_NOTHING_PAID,
            Nothing::PayAsYouGo => msg::NOTHING_WHY_PAY_AS_YOU_GO,
        }
    }
}

/// Whether money was asked for and neither rulebook gives any, and why.
/// `article` is the article's refund in minor units, where computed.
/// `None` when something comes back, when no money was asked for, or when
/// the answers do not say (the published figure needs the amount and the
/// term).
pub(crate) fn nothing_back(
    req: &Request,
    ground: Option<Ground>,
    article: Option<u64>,
    published: Option<&Published>,
) -> Option<Nothing> {
    if req.remedy == Remedy::Exchange {
        return None;
    }
    let published = published?;
    let published_pays = published.route != Route::None
        && published.refund.as_ref().is_some_and(|r| r.high_minor > 0);
    if published_pays {
        return None;
    }
    if ground.is_some() && article != Some(0) {
        return None;
    }
    Some(if req.billing == Billing::PayAsYouGo {
        Nothing::PayAsYouGo
    } else if req.amount_paid == Some(0) {
        Nothing::NothingPaid
    } else if req
        .service_end
        .is_some_and(|end| req.application_date >= end)
    {
        Nothing::TermEnded
    } else {
        Nothing::TermUsed
    })
}

/// Dates on or after the expiry date: allowed, and said (docs/rules.md, "One
/// screen, one story").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Late {
    /// The expiry date, when one of the dates is on or after it.
    pub end: Option<NaiveDate>,
    /// The application date is on or after the expiry date.
    pub application: bool,
    /// The day use stopped is on or after the expiry date (where the case
    /// counts use).
    pub stopped: bool,
}

/// Which of the request's dates fall on or after the expiry date.
pub(crate) fn late(req: &Request) -> Late {
    let Some(end) = req.service_end else {
        return Late::default();
    };
    let counts_use = req
        .problem
        .data()
        .ground
        .is_some_and(|g| g.data().cutoff == Cutoff::StoppedUsing);
    let application = req.application_date >= end;
    let stopped = counts_use && req.stopped_using.is_some_and(|s| s >= end);
    Late {
        end: (application || stopped).then_some(end),
        application,
        stopped,
    }
}

/// How the headline reads: ready, to look at, or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// A listed reason, the evidence in hand, money or an exchange ahead.
    Ready,
    /// Something stands in the way: missing evidence, a late date, nothing
    /// coming back.
    Attention,
    /// A reason the article does not list.
    Outside,
}

impl Tone {
    /// The id (a class name and a data attribute of the result).
    pub const fn as_str(self) -> &'static str {
        match self {
            Tone::Ready => "ready",
            Tone::Attention => "attention",
            Tone::Outside => "outside",
        }
    }
}

/// What a screen leads with: the verdict in words that account for the
/// money and the dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    /// How it reads.
    pub tone: Tone,
    /// One line.
    pub title: String,
    /// What it rests on, in a sentence or three.
    pub detail: String,
    /// Why nothing would come back, when that is the story.
    pub nothing: Option<Nothing>,
}

/// The headline for a decided case.
pub(crate) fn headline(req: &Request, outcome: &Outcome) -> Headline {
    let lang = req.lang;
    let article = outcome.refund.as_ref().map(|r| r.amount_minor);
    let nothing = nothing_back(req, outcome.ground, article, outcome.published.as_ref());
    let why = nothing.map(|n| n.words().get(lang)).unwrap_or_default();
    let say = |t: Text| fill(t.get(lang), &[("why", why)]);
    let (tone, title, detail) = match (outcome.verdict, nothing, req.remedy) {
        (Verdict::NotCovered, Some(_), _) => (
            Tone::Outside,
            say(msg::HEADLINE_NOT_COVERED_NOTHING),
            say(msg::HEADLINE_NOT_COVERED_NOTHING_DETAIL),
        ),
        (Verdict::NotCovered, None, _) => (
            Tone::Outside,
            say(msg::HEADLINE_NOT_COVERED),
            say(msg::HEADLINE_NOT_COVERED_DETAIL),
        ),
        (_, Some(_), Remedy::Either) => (
            if outcome.verdict == Verdict::LikelyEligible {
                Tone::Ready
            } else {
                Tone::Attention
            },
            say(msg::HEADLINE_EXCHANGE_ONLY),
            say(msg::HEADLINE_EXCHANGE_ONLY_DETAIL),
        ),
        (_, Some(_), _) => (
            Tone::Attention,
            say(msg::HEADLINE_NOTHING_BACK),
            say(msg::HEADLINE_NOTHING_BACK_DETAIL),
        ),
        (Verdict::LikelyEligible, None, _) => (
            Tone::Ready,
            say(msg::HEADLINE_LIKELY_ELIGIBLE),
            say(msg::HEADLINE_LIKELY_ELIGIBLE_DETAIL),
        ),
        (Verdict::NeedsEvidence, None, _) => (
            Tone::Attention,
            say(msg::HEADLINE_NEEDS_EVIDENCE),
            say(msg::HEADLINE_NEEDS_EVIDENCE_DETAIL),
        ),
    };
    let mut headline = Headline {
        tone,
        title,
        detail,
        nothing,
    };
    // A late date is said in the verdict's own words (it changes neither
    // verdict nor figure: the article sets no deadline).
    // Where nothing comes back, the reason already says the term has
    // ended (and the field's notice the rest).
    let late = late(req);
    let listed = outcome.ground.is_some() && headline.nothing.is_none();
    if let Some(end) = late.end.filter(|_| listed) {
        let end = format_date(end, lang);
        let mut sentences = Vec::new();
        if late.application {
            sentences.push(fill(
                msg::LATE_APPLICATION.get(lang),
                &[
                    ("date", &format_date(req.application_date, lang)),
                    ("end", &end),
                ],
            ));
        }
        if let (true, Some(stopped)) = (late.stopped, req.stopped_using) {
            sentences.push(fill(
                msg::LATE_STOPPED.get(lang),
                &[("date", &format_date(stopped, lang)), ("end", &end)],
            ));
        }
        if late.application {
            headline.title = msg::HEADLINE_LATE.get(lang).to_owned();
        }
        headline.tone = Tone::Attention;
        sentences.push(std::mem::take(&mut headline.detail));
        headline.detail = join(&sentences, lang);
    }
    headline
}

/// A notice at a field: said where the date is typed, never an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldNotice {
    /// The field.
    pub field: Field,
    /// What to know.
    pub text: String,
}

/// The notices for the dates of a decided case.
pub(crate) fn notices(req: &Request) -> Vec<FieldNotice> {
    let late = late(req);
    let Some(end) = late.end else {
        return Vec::new();
    };
    let end = format_date(end, req.lang);
    let mut out = Vec::new();
    if late.application {
        out.push(FieldNotice {
            field: Field::ApplicationDate,
            text: fill(msg::NOTICE_APPLICATION_LATE.get(req.lang), &[("end", &end)]),
        });
    }
    if late.stopped {
        out.push(FieldNotice {
            field: Field::StoppedUsing,
            text: fill(msg::NOTICE_STOPPED_LATE.get(req.lang), &[("end", &end)]),
        });
    }
    out
}

/// Whether the published rules give money, and whether they give more than
/// the article (or the only money): then ending the subscription is the
/// next step.
pub(crate) fn published_leads(outcome: &Outcome) -> (bool, bool) {
    let Some(high) = outcome
        .published
        .as_ref()
        .filter(|p| p.route != Route::None)
        .and_then(|p| p.refund.as_ref())
        .map(|r| r.high_minor)
        .filter(|high| *high > 0)
    else {
        return (false, false);
    };
    let article = outcome.refund.as_ref().map_or(0, |r| r.amount_minor);
    // Within one minor unit counts as the same (as in the comparison).
    (true, high > article.saturating_add(1))
}

/// The step a screen shows first: ending the subscription where the
/// published rules lead, else the first of the article's steps.
pub(crate) fn lead(outcome: &Outcome, leads: bool, lang: Lang) -> Option<Line> {
    if leads {
        return Some(Line {
            clause: ClauseId::PublishedHowTo,
            text: msg::STEP_UNSUBSCRIBE.get(lang).to_owned(),
        });
    }
    outcome.next_steps.first().cloned()
}

/// Sentences joined the way each language joins them.
pub(crate) fn join(sentences: &[String], lang: Lang) -> String {
    let gap = match lang {
        Lang::En => " ",
        Lang::ZhCn => "",
    };
    sentences
        .iter()
        .filter(|s| !s.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(gap)
}
