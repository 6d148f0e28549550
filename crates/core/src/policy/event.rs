//! What a host page learns of a result (the `refund-estimator:result`
//! event; README, "Embedding"): the outcome's own figures, without dates
//! or anything the person typed. Its keys and values are the outcome's:
//! each figure is cut from the outcome's [`Refund`] and
//! [`PublishedRefund`], serialised by the same rules, and a test holds
//! every key to the outcome's value.

use serde::Serialize;

use super::data::Ground;
use super::outcome::{Published, PublishedRefund, Reason, Refund, Route, Verdict};
use super::report::Assessment;
use super::story::Nothing;

serialize_as_str!(Nothing);

/// The event's detail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultEvent {
    /// The outcome's verdict.
    pub verdict: Verdict,
    /// The headline's words (they hold no date).
    pub headline: String,
    /// Why nothing would come back, when that is the headline.
    pub nothing_back: Option<Nothing>,
    /// The outcome's ground.
    pub ground: Option<Ground>,
    /// The article's figure.
    pub refund: Option<RefundFigure>,
    /// The published rules' figure.
    pub published: Option<PublishedFigure>,
}

/// The article's figure: the outcome's refund without its day counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RefundFigure {
    /// As [`Refund::currency`].
    pub currency: &'static str,
    /// As [`Refund::amount`].
    pub amount: String,
    /// As [`Refund::amount_minor`].
    pub amount_minor: u64,
    /// As [`Refund::estimate`].
    pub estimate: bool,
}

/// The published rules' figure: the route and reason, and the refund's
/// two ends (all `None` when the route is `none`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PublishedFigure {
    /// As [`Published::route`].
    pub route: Route,
    /// As [`Published::reason`].
    pub reason: Reason,
    /// As [`PublishedRefund::currency`].
    pub currency: Option<&'static str>,
    /// As [`PublishedRefund::high`].
    pub high: Option<String>,
    /// As [`PublishedRefund::high_minor`].
    pub high_minor: Option<u64>,
    /// As [`PublishedRefund::low`].
    pub low: Option<String>,
    /// As [`PublishedRefund::low_minor`].
    pub low_minor: Option<u64>,
}

impl From<&Refund> for RefundFigure {
    fn from(r: &Refund) -> RefundFigure {
        RefundFigure {
            currency: r.currency,
            amount: r.amount.clone(),
            amount_minor: r.amount_minor,
            estimate: r.estimate,
        }
    }
}

impl From<&Published> for PublishedFigure {
    fn from(p: &Published) -> PublishedFigure {
        let r: Option<&PublishedRefund> = p.refund.as_ref();
        PublishedFigure {
            route: p.route,
            reason: p.reason,
            currency: r.map(|r| r.currency),
            high: r.map(|r| r.high.clone()),
            high_minor: r.map(|r| r.high_minor),
            low: r.and_then(|r| r.low.clone()),
            low_minor: r.and_then(|r| r.low_minor),
        }
    }
}

impl Assessment {
    /// The result event's detail for this case.
    pub fn event(&self) -> ResultEvent {
        let o = &self.outcome;
        ResultEvent {
            verdict: o.verdict,
            headline: self.headline.title.clone(),
            nothing_back: self.headline.nothing,
            ground: o.ground,
            refund: o.refund.as_ref().map(RefundFigure::from),
            published: o.published.as_ref().map(PublishedFigure::from),
        }
    }
}
