//! One call for a screen: everything the result shows for one set of
//! answers, computed once. The UI memoises it per change of the answers
//! and only draws it; the live region, the result event and the copied
//! summary read the same report.

use chrono::NaiveDate;

use super::data::Lang;
use super::error::PolicyError;
use super::outcome::Outcome;
use super::request::{validate, RawRequest, Request};
use super::rules::{compute, decide, Computation};
use super::whatif::{curve, suggestions, waiting, Curve, Suggestion, Waiting};

/// What the answers give: a full answer, or every error that stands in the
/// way, in field order.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The language everything is written in.
    pub lang: Lang,
    /// The answer, or the errors.
    pub result: Result<Answer, Vec<PolicyError>>,
}

/// A decided case and everything around it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The validated request.
    pub request: Request,
    /// The engine's answer (the JS contract's outcome).
    pub outcome: Outcome,
    /// The numbers behind the refund, when one is computed.
    pub computation: Option<Computation>,
    /// What would change the outcome.
    pub suggestions: Vec<Suggestion>,
    /// What applying later would cost, when a refund is computed.
    pub waiting: Option<Waiting>,
    /// The refund across the term, when a refund is computed.
    pub curve: Option<Curve>,
}

/// Everything a screen shows for `raw`. `raw` carries every answer given,
/// including answers to questions this case does not ask: the decision
/// ignores them ([`RawRequest::asked`]) and only the suggestions use them
/// (a refund instead of an exchange needs the amount typed before).
pub fn report(raw: &RawRequest, today: NaiveDate) -> Report {
    let lang = raw.lang();
    let result = validate(&raw.asked(), today).map(|request| {
        let outcome = decide(&request);
        let computation = compute(&request);
        let suggestions = suggestions(raw, &request, &outcome, today);
        let waiting = computation
            .as_ref()
            .map(|c| waiting(raw, &request, c, today));
        let curve = computation.as_ref().and_then(|c| curve(&request, c));
        Answer {
            request,
            outcome,
            computation,
            suggestions,
            waiting,
            curve,
        }
    });
    Report { lang, result }
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
    pub fn answer(&self) -> Option<&Answer> {
        self.result.as_ref().ok()
    }
}
