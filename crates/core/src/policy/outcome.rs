//! What the engine answers: the outcome of the JS API (README, "The JS
//! API"; docs/rules.md, "The outcome"), in Rust.

use serde::Serialize;

use super::data::{Basis, ClauseId, Evidence, Ground, Remedy, POLICY};

/// How likely the case is to succeed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Covered, with all the evidence we suggest.
    LikelyEligible,
    /// Covered, but some suggested evidence is missing.
    NeedsEvidence,
    /// The policy does not cover the problem.
    NotCovered,
}

impl Verdict {
    /// The verdict's id, as the JS contract spells it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Verdict::LikelyEligible => "likely_eligible",
            Verdict::NeedsEvidence => "needs_evidence",
            Verdict::NotCovered => "not_covered",
        }
    }
}

serialize_as_str!(Verdict, Route, Reason);

/// The refund estimate and the numbers behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Refund {
    /// ISO currency code.
    pub currency: &'static str,
    /// The refund as a plain decimal string, e.g. `1006.03`.
    pub amount: String,
    /// The refund in minor units.
    pub amount_minor: u64,
    /// Days in the service term.
    pub term_days: u32,
    /// Days charged (not refunded).
    pub charged_days: u32,
    /// Days refunded.
    pub refundable_days: u32,
    /// What the computation counts.
    pub basis: Basis,
    /// True when the policy gives no formula and the figure is ours.
    pub estimate: bool,
}

/// One sentence and the clause it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    /// The clause cited.
    pub clause: ClauseId,
    /// The sentence, in the request's language.
    pub text: String,
}

/// Which policy produced an outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PolicyRef {
    /// The policy's stable id.
    pub id: &'static str,
    /// The article's publication date (the JS contract calls it
    /// `effectiveDate`; the name is kept there).
    #[serde(rename = "effectiveDate")]
    pub article_published: &'static str,
}

impl PolicyRef {
    /// The policy this build carries.
    pub fn current() -> PolicyRef {
        PolicyRef {
            id: POLICY.id,
            article_published: POLICY.article_published,
        }
    }
}

/// Which way the published rules go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// Cash paid minus the cost of the days used.
    Partial,
    /// Everything paid in cash.
    Full,
    /// Nothing comes back.
    None,
}

impl Route {
    /// Every route.
    pub const ALL: [Route; 3] = [Route::Partial, Route::Full, Route::None];

    /// The route's id, as the JS contract spells it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Route::Partial => "partial",
            Route::Full => "full",
            Route::None => "none",
        }
    }
}

/// Why the route is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Part of the term is still unused.
    UnusedTime,
    /// The term has not started yet.
    NotStarted,
    /// Pay-as-you-go use is never refunded.
    PayAsYouGo,
    /// Nothing is left to unsubscribe.
    TermEnded,
    /// No cash was paid (vouchers are not refunded).
    NothingPaid,
}

impl Reason {
    /// Every reason.
    pub const ALL: [Reason; 5] = [
        Reason::UnusedTime,
        Reason::NotStarted,
        Reason::PayAsYouGo,
        Reason::TermEnded,
        Reason::NothingPaid,
    ];

    /// The reason's id, as the JS contract spells it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Reason::UnusedTime => "unused_time",
            Reason::NotStarted => "not_started",
            Reason::PayAsYouGo => "pay_as_you_go",
            Reason::TermEnded => "term_ended",
            Reason::NothingPaid => "nothing_paid",
        }
    }
}

/// What unsubscribing would refund: from the kind end down to the harsh
/// end, in minor units and as plain decimals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PublishedRefund {
    /// ISO currency code.
    pub currency: &'static str,
    /// The kind end: used days priced at what the customer paid per day.
    pub high: String,
    /// `high` in minor units.
    pub high_minor: u64,
    /// The harsh end (with the order's original price): used days at the
    /// original price per day, times 1.5 under 30 days; `None` without it.
    pub low: Option<String>,
    /// `low` in minor units.
    pub low_minor: Option<u64>,
    /// Days counted as used (the application day counts).
    pub used_days: u32,
    /// Days in the term.
    pub term_days: u32,
    /// True when fewer than 30 days were used (the harsh end's 1.5).
    pub surcharge: bool,
}

/// The second rulebook's answer: what ending the subscription yourself
/// under the provider's published rules would give (docs/rules.md, "Part 2: the provider's published unsubscription rules").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Published {
    /// Which way it goes.
    pub route: Route,
    /// Why.
    pub reason: Reason,
    /// What would come back; `None` when the route is `none`.
    pub refund: Option<PublishedRefund>,
    /// Why, each sentence citing a `published.*` clause.
    pub explanation: Vec<Line>,
}

/// The engine's answer to a valid request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    /// How likely the case is to succeed.
    pub verdict: Verdict,
    /// The ground, or `None` when not covered.
    pub ground: Option<Ground>,
    /// What can be asked for: empty when not covered.
    pub remedies: Vec<Remedy>,
    /// Suggested evidence the customer lacks, in order.
    pub missing_evidence: Vec<Evidence>,
    /// The refund, or `None` when none is computed.
    pub refund: Option<Refund>,
    /// Why: one sentence per point, each with its clause.
    pub explanation: Vec<Line>,
    /// What to do next, step by step, each with its clause.
    pub next_steps: Vec<Line>,
    /// The policy this outcome follows.
    pub policy: PolicyRef,
    /// The provider's published rules' answer, or `None` when no refund was
    /// asked for or the amount or the term is missing.
    pub published: Option<Published>,
}
