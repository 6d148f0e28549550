//! Which answers a case needs: the one table validation, the questionnaire
//! and the form's request ([`super::RawRequest::asked`]) all read.
//!
//! A reason the article does not list needs nothing but the reason. A listed
//! reason needs the dates and the amount only when a refund is computed, and
//! the day the problem began when that day ends the charged part of the term
//! (the ground's `cutoff` in `policy/policy.toml`).

use super::data::{Cutoff, Problem, Remedy};
use super::field::Field;

/// How a case uses one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// The case cannot be decided without it.
    Required,
    /// Asked for, with a default or optional; checked when given.
    Asked,
    /// Not asked for, but checked when a caller gives it.
    Checked,
    /// Not read at all.
    Unused,
}

/// True when a refund is estimated: a reason the article lists, and a
/// refund asked for (alone or as either remedy).
pub fn wants_refund(problem: Problem, remedy: Remedy) -> bool {
    problem.data().ground.is_some() && remedy != Remedy::Exchange
}

/// How the case of `problem` and `remedy` uses `field`. Validation reads
/// only what a case uses, and the questionnaire asks exactly the
/// `Required` and `Asked` ones.
pub fn need(field: Field, problem: Problem, remedy: Remedy) -> Need {
    let Some(ground) = problem.data().ground else {
        // A reason the article does not list: nothing to compute.
        return match field {
            Field::Problem => Need::Required,
            Field::Remedy | Field::Evidence => Need::Asked,
            Field::Currency | Field::Lang => Need::Checked,
            _ => Need::Unused,
        };
    };
    let refund = remedy != Remedy::Exchange;
    let from_problem = ground.data().cutoff == Cutoff::ProblemStart;
    let pick = |yes: Need, no: Need| if refund { yes } else { no };
    match field {
        Field::Problem => Need::Required,
        Field::Remedy | Field::Evidence => Need::Asked,
        Field::AmountPaid => pick(Need::Required, Need::Unused),
        Field::Currency => pick(Need::Asked, Need::Checked),
        Field::ServiceStart | Field::ServiceEnd => pick(Need::Required, Need::Checked),
        Field::ProblemStart if from_problem => Need::Required,
        Field::ProblemStart => Need::Checked,
        Field::ApplicationDate if refund || from_problem => Need::Asked,
        Field::ApplicationDate | Field::Lang | Field::Request => Need::Checked,
    }
}
