//! Which answers a case needs: the one table validation, the questionnaire
//! and the form's request ([`super::RawRequest::asked`]) all read.
//!
//! An exchange needs nothing but the reason (and reads the evidence and the
//! billing). A refund needs the amount paid and the term, and for a ground
//! whose charged days end when the customer stopped using the server, the
//! day the problem began. A reason the article does not list still gets the
//! provider's published rules, which need no reason: the amount and the term
//! are asked for, but optional.

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

/// True when the article's refund is estimated: a reason the article lists,
/// and a refund asked for (alone or as either remedy).
pub fn wants_refund(problem: Problem, remedy: Remedy) -> bool {
    problem.data().ground.is_some() && remedy != Remedy::Exchange
}

/// How the case of `problem` and `remedy` uses `field`. Validation reads
/// only what a case uses, and the questionnaire asks exactly the
/// `Required` and `Asked` ones.
pub fn need(field: Field, problem: Problem, remedy: Remedy) -> Need {
    let ground = problem.data().ground;
    let listed = ground.is_some();
    let refund = remedy != Remedy::Exchange;
    // The day the problem began ends the charged days for quality and force
    // majeure (as the default of the day use stopped).
    let from_use = ground.is_some_and(|g| g.data().cutoff == Cutoff::StoppedUsing);
    let pick = |yes: Need, no: Need| if listed { yes } else { no };
    match field {
        Field::Problem => Need::Required,
        Field::Request | Field::Lang => Need::Checked,
        Field::Remedy | Field::Evidence => pick(Need::Asked, Need::Checked),
        Field::Billing if refund => Need::Asked,
        Field::Billing => Need::Checked,
        // An exchange reads nothing more.
        _ if !refund => Need::Unused,
        Field::Currency | Field::ApplicationDate | Field::ListPrice => Need::Asked,
        Field::AmountPaid | Field::ServiceStart | Field::ServiceEnd => {
            pick(Need::Required, Need::Asked)
        }
        Field::ProblemStart if from_use => Need::Required,
        Field::ProblemStart if listed => Need::Checked,
        Field::StoppedUsing if from_use => Need::Asked,
        Field::ProblemStart | Field::StoppedUsing => Need::Unused,
    }
}
