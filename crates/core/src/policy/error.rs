//! Typed errors: every way a request can be refused.

use serde::Serialize;

use super::data::{msg, Lang, Text};
use super::field::Field;
use super::money::Currency;
use super::text::fill;

/// A machine-readable reason for refusing a request (docs/rules.md, "The request and why one is refused").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The request is not an object.
    InvalidRequest,
    /// A field the case needs is absent.
    MissingField,
    /// `problem` is outside the vocabulary.
    UnknownProblem,
    /// An `evidence` item is outside the vocabulary.
    UnknownEvidence,
    /// `remedy` is outside the vocabulary.
    UnknownRemedy,
    /// `billing` is neither `subscription` nor `pay_as_you_go`.
    UnknownBilling,
    /// `currency` is not supported.
    UnsupportedCurrency,
    /// Not an amount, more decimals than the currency has, or the sign of
    /// another currency.
    InvalidAmount,
    /// Below zero.
    AmountNegative,
    /// Over 1,000,000,000 major units.
    AmountTooLarge,
    /// Not a real `YYYY-MM-DD` date.
    InvalidDate,
    /// Outside 2000-01-01..=2100-12-31.
    DateOutOfRange,
    /// `serviceEnd` is not after `serviceStart`.
    EndNotAfterStart,
    /// `problemStart` is outside [serviceStart, serviceEnd).
    ProblemOutsideTerm,
    /// `applicationDate` is before `problemStart`.
    ApplicationBeforeProblem,
    /// `stoppedUsing` is before `problemStart`.
    StoppedBeforeProblem,
}

impl ErrorCode {
    /// Every code.
    pub const ALL: [ErrorCode; 16] = [
        ErrorCode::InvalidRequest,
        ErrorCode::MissingField,
        ErrorCode::UnknownProblem,
        ErrorCode::UnknownEvidence,
        ErrorCode::UnknownRemedy,
        ErrorCode::UnknownBilling,
        ErrorCode::UnsupportedCurrency,
        ErrorCode::InvalidAmount,
        ErrorCode::AmountNegative,
        ErrorCode::AmountTooLarge,
        ErrorCode::InvalidDate,
        ErrorCode::DateOutOfRange,
        ErrorCode::EndNotAfterStart,
        ErrorCode::ProblemOutsideTerm,
        ErrorCode::ApplicationBeforeProblem,
        ErrorCode::StoppedBeforeProblem,
    ];

    /// The code as the JS contract spells it, e.g. `invalid_amount`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidRequest => "invalid_request",
            ErrorCode::MissingField => "missing_field",
            ErrorCode::UnknownProblem => "unknown_problem",
            ErrorCode::UnknownEvidence => "unknown_evidence",
            ErrorCode::UnknownRemedy => "unknown_remedy",
            ErrorCode::UnknownBilling => "unknown_billing",
            ErrorCode::UnsupportedCurrency => "unsupported_currency",
            ErrorCode::InvalidAmount => "invalid_amount",
            ErrorCode::AmountNegative => "amount_negative",
            ErrorCode::AmountTooLarge => "amount_too_large",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::DateOutOfRange => "date_out_of_range",
            ErrorCode::EndNotAfterStart => "end_not_after_start",
            ErrorCode::ProblemOutsideTerm => "problem_outside_term",
            ErrorCode::ApplicationBeforeProblem => "application_before_problem",
            ErrorCode::StoppedBeforeProblem => "stopped_before_problem",
        }
    }

    const fn template(self) -> Text {
        match self {
            ErrorCode::InvalidRequest => msg::ERROR_INVALID_REQUEST,
            ErrorCode::MissingField => msg::ERROR_MISSING_FIELD,
            ErrorCode::UnknownProblem => msg::ERROR_UNKNOWN_PROBLEM,
            ErrorCode::UnknownEvidence => msg::ERROR_UNKNOWN_EVIDENCE,
            ErrorCode::UnknownRemedy => msg::ERROR_UNKNOWN_REMEDY,
            ErrorCode::UnknownBilling => msg::ERROR_UNKNOWN_BILLING,
            ErrorCode::UnsupportedCurrency => msg::ERROR_UNSUPPORTED_CURRENCY,
            ErrorCode::InvalidAmount => msg::ERROR_INVALID_AMOUNT,
            ErrorCode::AmountNegative => msg::ERROR_AMOUNT_NEGATIVE,
            ErrorCode::AmountTooLarge => msg::ERROR_AMOUNT_TOO_LARGE,
            ErrorCode::InvalidDate => msg::ERROR_INVALID_DATE,
            ErrorCode::DateOutOfRange => msg::ERROR_DATE_OUT_OF_RANGE,
            ErrorCode::EndNotAfterStart => msg::ERROR_END_NOT_AFTER_START,
            ErrorCode::ProblemOutsideTerm => msg::ERROR_PROBLEM_OUTSIDE_TERM,
            ErrorCode::ApplicationBeforeProblem => msg::ERROR_APPLICATION_BEFORE_PROBLEM,
            ErrorCode::StoppedBeforeProblem => msg::ERROR_STOPPED_BEFORE_PROBLEM,
        }
    }
}

/// A refused request: what is wrong, where, and a sentence for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyError {
    /// What is wrong.
    pub code: ErrorCode,
    /// The field it concerns.
    pub field: Field,
    /// A sentence in the request's language.
    pub message: String,
}

impl PolicyError {
    /// An error with its message written in `lang`. `currency` fills the
    /// amount messages.
    pub fn new(code: ErrorCode, field: Field, lang: Lang, currency: Currency) -> PolicyError {
        let decimals = currency.decimals().to_string();
        let sample = if currency.decimals() == 0 {
            "1200"
        } else {
            "1200.00"
        };
        let message = fill(
            code.template().get(lang),
            &[
                ("field", field.label().get(lang)),
                ("currency", currency.code()),
                ("decimals", &decimals),
                ("sample", sample),
            ],
        );
        PolicyError {
            code,
            field,
            message,
        }
    }
}

impl PolicyError {
    /// The error for a request that is not an object at all (in English:
    /// such a request names no language).
    pub fn invalid_request() -> PolicyError {
        PolicyError::new(
            ErrorCode::InvalidRequest,
            Field::Request,
            Lang::En,
            Currency::default(),
        )
    }
}

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({}): {}",
            self.code.as_str(),
            self.field.as_str(),
            self.message
        )
    }
}

impl std::error::Error for PolicyError {}
