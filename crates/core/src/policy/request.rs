//! Requests: reading whatever a caller sends, then validating it.
//!
//! There is one decoder, [`decode`], and it reads any [`Source`]: a JS value
//! in the browser (`src/api.rs`), JSON natively (`json.rs`, for the tests,
//! the fuzz targets and the benchmark). Both adapters only say what a value
//! is; every decision (which fields, how deep, how long) is made here, so
//! what customers run is what the tests run.
//!
//! Decoding never fails on a field's type: every field is kept as an
//! [`Input`], whatever it holds, so that validation can answer with the
//! field's own error (`invalid_date` for `"serviceStart": 5`). Only a
//! request that is not an object, or that throws while it is read, is
//! refused outright.

use chrono::NaiveDate;

use super::data::{Billing, Evidence, Lang, Problem, Remedy};
use super::date::{parse_date, DateError};
use super::error::{ErrorCode, PolicyError};
use super::field::{Field, Kind};
use super::money::{parse_amount, AmountError, Currency};
use super::needs::{need, wants_refund, Need};

/// One request field as it arrived, before validation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Input {
    /// Absent, `null` or `undefined`.
    #[default]
    Absent,
    /// A string.
    Text(String),
    /// A number, as JavaScript writes it (`1200.5`, `1e+21`).
    Number(String),
    /// A list (only `evidence` takes one).
    List(Vec<Input>),
    /// Anything else: a boolean, an object, a nested list, a text too
    /// long to be an answer.
    Other,
}

impl Input {
    /// A text input, as the UI builds it.
    pub fn text(value: impl Into<String>) -> Input {
        Input::Text(value.into())
    }

    /// The text of a string or a number; `None` for anything else.
    fn as_text(&self) -> Option<&str> {
        match self {
            Input::Text(s) | Input::Number(s) => Some(s),
            _ => None,
        }
    }

    /// True when the caller sent nothing (absent, null, or only spaces).
    pub fn is_absent(&self) -> bool {
        match self {
            Input::Absent => true,
            Input::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

/// A request as it arrived: every field optional and untyped.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawRequest {
    slots: [Input; Field::SLOTS],
}

impl RawRequest {
    /// What the request holds for `field`.
    pub fn get(&self, field: Field) -> &Input {
        // Every field has a slot; `Absent` keeps this total anyway.
        self.slots.get(field.slot()).unwrap_or(&Input::Absent)
    }

    /// Sets what the request holds for `field`.
    pub fn set(&mut self, field: Field, value: Input) {
        if let Some(slot) = self.slots.get_mut(field.slot()) {
            *slot = value;
        }
    }

    /// The request with `field` set to a text (blank text is absent).
    pub fn with(mut self, field: Field, text: &str) -> RawRequest {
        self.set(field, Input::text(text));
        self
    }

    /// The request as a form sends it: only the answers to the questions
    /// this case asks ([`Need::Required`] and [`Need::Asked`]). An answer
    /// left over from another case (a date typed before switching to an
    /// exchange) is ignored instead of blocking the result.
    pub fn asked(&self) -> RawRequest {
        let problem = match self.get(Field::Problem) {
            Input::Text(t) => Problem::parse(t.trim()),
            _ => None,
        };
        let Some(problem) = problem else {
            return self.clone();
        };
        let remedy = match self.get(Field::Remedy) {
            Input::Text(t) if !t.trim().is_empty() => match Remedy::parse(t.trim()) {
                Some(r) => r,
                None => return self.clone(),
            },
            _ => Remedy::Either,
        };
        let mut form = self.clone();
        for field in Field::ALL {
            let asked = matches!(need(field, problem, remedy), Need::Required | Need::Asked);
            if field != Field::Lang && !asked {
                form.set(field, Input::Absent);
            }
        }
        form
    }

    /// The language the request asks for (English when absent or unknown).
    pub fn lang(&self) -> Lang {
        self.get(Field::Lang)
            .as_text()
            .map(Lang::from_tag)
            .unwrap_or_default()
    }
}

/// The longest text read as an answer (dates and amounts are far shorter).
pub const MAX_TEXT: usize = 200;

/// The longest list read (the evidence vocabulary has four items).
pub const MAX_LIST: u32 = 32;

/// What a value is, as the decoder needs to know it.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// `null` or `undefined`.
    Absent,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as JavaScript writes it (`Number.prototype.toString`).
    Number(String),
    /// A string.
    Text(String),
    /// A list and its length.
    List(u32),
    /// An object with properties.
    Object,
    /// Anything else (a function, a symbol, a text over [`MAX_TEXT`]).
    Other,
}

/// The value threw while it was read (a revoked Proxy, a throwing getter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused;

/// A caller's value: what the one decoder reads. The browser implements it
/// for JS values, the tests for JSON.
pub trait Source: Sized {
    /// What the value is.
    fn shape(&self) -> Shape;
    /// A property of an object (`Absent` when there is none).
    fn get(&self, key: &str) -> Result<Self, Refused>;
    /// An item of a list.
    fn item(&self, index: u32) -> Result<Self, Refused>;
}

/// Reads a request from any source. Unknown keys are ignored. Anything
/// that is not an object, or that throws while it is read, is
/// `invalid_request`.
pub fn decode<S: Source>(source: S) -> Result<RawRequest, PolicyError> {
    if source.shape() != Shape::Object {
        return Err(PolicyError::invalid_request());
    }
    let mut raw = RawRequest::default();
    for field in Field::ALL {
        let read = source
            .get(field.as_str())
            .and_then(|value| input(&value, field.kind() == Kind::List));
        match read {
            Ok(value) => raw.set(field, value),
            Err(Refused) => return Err(PolicyError::invalid_request()),
        }
    }
    Ok(raw)
}

/// One value as an [`Input`]; lists only where a field takes one, one
/// level deep, at most [`MAX_LIST`] items.
fn input<S: Source>(value: &S, list: bool) -> Result<Input, Refused> {
    Ok(match value.shape() {
        Shape::Absent => Input::Absent,
        Shape::Text(text) if text.chars().count() <= MAX_TEXT => Input::Text(text),
        Shape::Number(text) => Input::Number(text),
        Shape::List(len) if list && len <= MAX_LIST => {
            let mut items = Vec::new();
            for i in 0..len {
                items.push(input(&value.item(i)?, false)?);
            }
            Input::List(items)
        }
        _ => Input::Other,
    })
}

/// A request that passed validation: every value typed and consistent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// What happened.
    pub problem: Problem,
    /// What the customer applies for.
    pub remedy: Remedy,
    /// Evidence the customer has, without repeats, in vocabulary order.
    pub evidence: Vec<Evidence>,
    /// How the service was billed.
    pub billing: Billing,
    /// The currency of the amounts.
    pub currency: Currency,
    /// Cash actually paid, minor units (zero allowed); present whenever the
    /// article's refund is computed.
    pub amount_paid: Option<u64>,
    /// The first day paid for; present with `amount_paid`.
    pub service_start: Option<NaiveDate>,
    /// The first day no longer paid for; after `service_start`.
    pub service_end: Option<NaiveDate>,
    /// The day the problem began, where the case uses it; before the end
    /// of the term (it may be before its start: carried over).
    pub problem_start: Option<NaiveDate>,
    /// The day use stopped, where the case uses it; not before
    /// `problem_start`.
    pub stopped_using: Option<NaiveDate>,
    /// The day the customer applies (today when not given); not before
    /// `problem_start`.
    pub application_date: NaiveDate,
    /// The order's original price for the whole term, minor units.
    pub list_price: Option<u64>,
    /// The language of the result.
    pub lang: Lang,
}

impl Request {
    /// True when the article's refund is estimated.
    pub fn wants_refund(&self) -> bool {
        wants_refund(self.problem, self.remedy)
    }
}

/// Collects every problem with a request, in the order found: fields in
/// field order, then the checks across fields.
struct Errors {
    lang: Lang,
    currency: Currency,
    list: Vec<PolicyError>,
}

impl Errors {
    fn push(&mut self, code: ErrorCode, field: Field) {
        self.list
            .push(PolicyError::new(code, field, self.lang, self.currency));
    }

    fn has(&self, field: Field) -> bool {
        self.list.iter().any(|e| e.field == field)
    }

    /// Reads a field the case uses; `None` when it is absent or wrong.
    fn read<T>(
        &mut self,
        raw: &RawRequest,
        field: Field,
        need: Need,
        parse: impl FnOnce(&Input) -> Result<T, ErrorCode>,
    ) -> Option<T> {
        let input = raw.get(field);
        if need == Need::Unused {
            return None;
        }
        if input.is_absent() {
            if need == Need::Required {
                self.push(ErrorCode::MissingField, field);
            }
            return None;
        }
        match parse(input) {
            Ok(value) => Some(value),
            Err(code) => {
                self.push(code, field);
                None
            }
        }
    }
}

fn choice<T>(input: &Input, parse: fn(&str) -> Option<T>, code: ErrorCode) -> Result<T, ErrorCode> {
    input.as_text().and_then(|t| parse(t.trim())).ok_or(code)
}

fn date(input: &Input) -> Result<NaiveDate, ErrorCode> {
    match input {
        Input::Text(text) => parse_date(text).map_err(|e| match e {
            DateError::Invalid => ErrorCode::InvalidDate,
            DateError::OutOfRange => ErrorCode::DateOutOfRange,
        }),
        _ => Err(ErrorCode::InvalidDate),
    }
}

fn amount(input: &Input, currency: Currency) -> Result<u64, ErrorCode> {
    let text = input.as_text().ok_or(ErrorCode::InvalidAmount)?;
    parse_amount(text, currency).map_err(|e| match e {
        AmountError::Invalid => ErrorCode::InvalidAmount,
        AmountError::Negative => ErrorCode::AmountNegative,
        AmountError::TooLarge => ErrorCode::AmountTooLarge,
    })
}

fn evidence(input: &Input) -> Result<Vec<Evidence>, ErrorCode> {
    let items = match input {
        Input::List(items) => items.as_slice(),
        single @ Input::Text(_) => std::slice::from_ref(single),
        _ => return Err(ErrorCode::UnknownEvidence),
    };
    let mut known = Vec::new();
    for item in items {
        known.push(choice(item, Evidence::parse, ErrorCode::UnknownEvidence)?);
    }
    Ok(Evidence::ALL
        .into_iter()
        .filter(|e| known.contains(e))
        .collect())
}

/// Checks a raw request and types it (docs/rules.md, "The request and why one is refused"). Returns every error
/// found: each field's own in field order, then those across fields
/// (`end_not_after_start`, `problem_outside_term`,
/// `application_before_problem`, `stopped_before_problem`), so that the
/// first is the one the JS contract reports and a form can mark each field
/// at once. Fields the case does not use ([`need`]) are not read at all.
pub fn validate(raw: &RawRequest, today: NaiveDate) -> Result<Request, Vec<PolicyError>> {
    #[cfg(feature = "count")]
    super::count::VALIDATE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut errors = Errors {
        lang: raw.lang(),
        currency: Currency::default(),
        list: Vec::new(),
    };
    // What the case is, and the two answers every case reads.
    let problem = errors.read(raw, Field::Problem, Need::Required, |i| {
        choice(i, Problem::parse, ErrorCode::UnknownProblem)
    });
    let remedy = errors.read(raw, Field::Remedy, Need::Asked, |i| {
        choice(i, Remedy::parse, ErrorCode::UnknownRemedy)
    });
    let evidence = errors.read(raw, Field::Evidence, Need::Asked, evidence);
    let billing = errors.read(raw, Field::Billing, Need::Asked, |i| {
        choice(i, Billing::parse, ErrorCode::UnknownBilling)
    });
    let Some(problem) = problem else {
        return Err(errors.list);
    };
    if errors.has(Field::Remedy) {
        return Err(errors.list);
    }
    let remedy = remedy.unwrap_or(Remedy::Either);
    let need = |field| need(field, problem, remedy);

    let currency = errors.read(raw, Field::Currency, need(Field::Currency), |i| {
        choice(i, Currency::parse, ErrorCode::UnsupportedCurrency)
    });
    let currency = currency.unwrap_or_default();
    errors.currency = currency;
    let money = |i: &Input| amount(i, currency);
    let amount_paid = errors.read(raw, Field::AmountPaid, need(Field::AmountPaid), money);
    let start = errors.read(raw, Field::ServiceStart, need(Field::ServiceStart), date);
    let end = errors.read(raw, Field::ServiceEnd, need(Field::ServiceEnd), date);
    let problem_start = errors.read(raw, Field::ProblemStart, need(Field::ProblemStart), date);
    let stopped = errors.read(raw, Field::StoppedUsing, need(Field::StoppedUsing), date);
    let application = errors.read(
        raw,
        Field::ApplicationDate,
        need(Field::ApplicationDate),
        date,
    );
    let list_price = errors.read(raw, Field::ListPrice, need(Field::ListPrice), money);

    // Across fields, in the documented order. A problem that began before the
    // term (carried over from an earlier one) is allowed; one on or after
    // its end is not. The day use stopped is compared with the day the
    // problem began only: after the application day or the term's end is
    // allowed (the charged days clamp to the term).
    let term_ok = match (start, end) {
        (Some(start), Some(end)) if end <= start => {
            errors.push(ErrorCode::EndNotAfterStart, Field::ServiceEnd);
            false
        }
        _ => true,
    };
    if let (Some(ps), Some(end), true) = (problem_start, end, term_ok) {
        if ps >= end {
            errors.push(ErrorCode::ProblemOutsideTerm, Field::ProblemStart);
        }
    }
    let application_date = application.unwrap_or(today);
    if let Some(ps) = problem_start {
        if !errors.has(Field::ApplicationDate) && application_date < ps {
            errors.push(ErrorCode::ApplicationBeforeProblem, Field::ApplicationDate);
        }
        if stopped.is_some_and(|s| s < ps) {
            errors.push(ErrorCode::StoppedBeforeProblem, Field::StoppedUsing);
        }
    }

    if !errors.list.is_empty() {
        return Err(errors.list);
    }
    Ok(Request {
        problem,
        remedy,
        evidence: evidence.unwrap_or_default(),
        billing: billing.unwrap_or_default(),
        currency,
        amount_paid,
        service_start: start,
        service_end: end,
        problem_start,
        stopped_using: stopped,
        application_date,
        list_price,
        lang: errors.lang,
    })
}
