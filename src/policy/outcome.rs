//! What the engine answers: the shape of spec section 7, in Rust.

use serde::Serialize;

use super::data::{Basis, ClauseId, Evidence, Ground, Remedy, POLICY};

/// How likely the case is to succeed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
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
    /// When it took effect.
    pub effective_date: &'static str,
}

impl PolicyRef {
    /// The policy this build carries.
    pub fn current() -> PolicyRef {
        PolicyRef {
            id: POLICY.id,
            effective_date: POLICY.effective_date,
        }
    }
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
}
