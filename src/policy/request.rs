//! Requests: decoding anything a caller may send, then validating it.
//!
//! Decoding never fails on a field's type: every field is read into an
//! [`Input`], whatever JSON it holds, so that validation can answer with the
//! field's own error code (`invalid_date` for `"serviceStart": 5`) instead of
//! a generic type error. Only a request that is not an object is refused
//! outright.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::data::{Evidence, Ground, Lang, Problem, Remedy};
use super::date::{parse_date, DateError};
use super::error::{ErrorCode, Field, PolicyError};
use super::money::{amount_from_number, parse_amount, AmountError, Currency};

/// One request field as it arrived, before validation.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Input {
    /// Absent, `null` or `undefined`.
    #[default]
    Absent,
    /// A string.
    Text(String),
    /// A JSON or JS number.
    Number(f64),
    /// An array (only `evidence` takes one).
    List(Vec<Input>),
    /// Anything else: a boolean, an object, a nested array.
    Other,
}

impl Input {
    /// A text input, as the UI builds it.
    pub fn text(value: impl Into<String>) -> Input {
        Input::Text(value.into())
    }

    /// The text of a string; `None` for anything else.
    fn as_text(&self) -> Option<&str> {
        match self {
            Input::Text(s) => Some(s),
            _ => None,
        }
    }

    /// True when the caller sent nothing (absent, null, or only spaces).
    fn is_absent(&self) -> bool {
        match self {
            Input::Absent => true,
            Input::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

/// A request as it arrived: every field optional and untyped.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RawRequest {
    /// What happened (required).
    pub problem: Input,
    /// `refund`, `exchange` or `either` (default).
    pub remedy: Input,
    /// ISO code, default `USD`.
    pub currency: Input,
    /// Decimal string or number.
    pub amount_paid: Input,
    /// `YYYY-MM-DD`, the first day paid for.
    pub service_start: Input,
    /// `YYYY-MM-DD`, the first day no longer paid for.
    pub service_end: Input,
    /// `YYYY-MM-DD`, the day the problem began.
    pub problem_start: Input,
    /// `YYYY-MM-DD`, default today.
    pub application_date: Input,
    /// Evidence ids the customer has.
    pub evidence: Input,
    /// `en` (default) or `zh-CN`.
    pub lang: Input,
}

impl<'de> Deserialize<'de> for Input {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Input, D::Error> {
        d.deserialize_any(InputVisitor { nested: false })
    }
}

/// Reads one value; inside a list, lists and objects become `Other` so that
/// nesting stays one level deep.
struct InputVisitor {
    nested: bool,
}

impl<'de> Visitor<'de> for InputVisitor {
    type Value = Input;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Input, E> {
        Ok(Input::Other)
    }
    fn visit_i64<E>(self, v: i64) -> Result<Input, E> {
        Ok(Input::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Input, E> {
        Ok(Input::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Input, E> {
        Ok(Input::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Input, E> {
        Ok(Input::Text(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Input, E> {
        Ok(Input::Text(v))
    }
    fn visit_unit<E>(self) -> Result<Input, E> {
        Ok(Input::Absent)
    }
    fn visit_none<E>(self) -> Result<Input, E> {
        Ok(Input::Absent)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Input, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Input, A::Error> {
        if self.nested {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(Input::Other);
        }
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(NestedSeed)? {
            items.push(item);
        }
        Ok(Input::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Input, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Input::Other)
    }
}

impl<'de> Deserialize<'de> for RawRequest {
    /// Only an object is a request; unknown keys are ignored, a repeated key
    /// keeps its last value.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawRequest, D::Error> {
        d.deserialize_map(RawRequestVisitor)
    }
}

struct RawRequestVisitor;

impl<'de> Visitor<'de> for RawRequestVisitor {
    type Value = RawRequest;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawRequest, A::Error> {
        let mut raw = RawRequest::default();
        while let Some(key) = map.next_key::<KeyName>()? {
            let slot = match key.0.as_str() {
                "problem" => &mut raw.problem,
                "remedy" => &mut raw.remedy,
                "currency" => &mut raw.currency,
                "amountPaid" => &mut raw.amount_paid,
                "serviceStart" => &mut raw.service_start,
                "serviceEnd" => &mut raw.service_end,
                "problemStart" => &mut raw.problem_start,
                "applicationDate" => &mut raw.application_date,
                "evidence" => &mut raw.evidence,
                "lang" => &mut raw.lang,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            *slot = map.next_value::<Input>()?;
        }
        Ok(raw)
    }
}

/// A map key; keys that are not strings never match a field.
struct KeyName(String);

impl<'de> Deserialize<'de> for KeyName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<KeyName, D::Error> {
        d.deserialize_any(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = KeyName;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E>(self, v: &str) -> Result<KeyName, E> {
        Ok(KeyName(v.to_owned()))
    }
    fn visit_i64<E>(self, _: i64) -> Result<KeyName, E> {
        Ok(KeyName(String::new()))
    }
    fn visit_u64<E>(self, _: u64) -> Result<KeyName, E> {
        Ok(KeyName(String::new()))
    }
}

struct NestedSeed;

impl<'de> de::DeserializeSeed<'de> for NestedSeed {
    type Value = Input;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Input, D::Error> {
        d.deserialize_any(InputVisitor { nested: true })
    }
}

/// A request that passed validation: every value typed and consistent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// What happened.
    pub problem: Problem,
    /// What the customer asks for.
    pub remedy: Remedy,
    /// The currency of `amount_paid`.
    pub currency: Currency,
    /// Minor units; present whenever a refund is computed.
    pub amount_paid: Option<u64>,
    /// Present whenever a refund is computed.
    pub service_start: Option<NaiveDate>,
    /// Present whenever a refund is computed; after `service_start`.
    pub service_end: Option<NaiveDate>,
    /// Present for quality and force-majeure cases; inside the term.
    pub problem_start: Option<NaiveDate>,
    /// Not before `problem_start`.
    pub application_date: NaiveDate,
    /// Evidence the customer has, without repeats, in vocabulary order.
    pub evidence: Vec<Evidence>,
    /// The language of the result.
    pub lang: Lang,
}

impl Request {
    /// The ground, or `None` when the policy does not cover the problem.
    pub fn ground(&self) -> Option<Ground> {
        self.problem.data().ground
    }

    /// True when a refund is estimated: a covered case asking for a refund.
    pub fn wants_refund(&self) -> bool {
        self.ground().is_some() && self.remedy != Remedy::Exchange
    }
}

/// Collects every problem with a request, in field order.
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

    fn date(&mut self, input: &Input, field: Field, needed: bool) -> Option<NaiveDate> {
        if input.is_absent() {
            if needed {
                self.push(ErrorCode::MissingField, field);
            }
            return None;
        }
        let result = match input.as_text() {
            Some(text) => parse_date(text),
            None => Err(DateError::Invalid),
        };
        match result {
            Ok(date) => Some(date),
            Err(DateError::Invalid) => {
                self.push(ErrorCode::InvalidDate, field);
                None
            }
            Err(DateError::OutOfRange) => {
                self.push(ErrorCode::DateOutOfRange, field);
                None
            }
        }
    }
}

/// The language a raw request asks for (English when absent or unknown).
pub fn requested_lang(raw: &RawRequest) -> Lang {
    raw.lang.as_text().map(Lang::from_tag).unwrap_or_default()
}

/// Checks a raw request and types it. Returns every error found, in field
/// order, so a form can mark each field at once. Fields a case does not use
/// (the amount of an exchange, the dates of a case the policy does not
/// cover) are not checked.
pub fn validate(raw: &RawRequest, today: NaiveDate) -> Result<Request, Vec<PolicyError>> {
    let lang = requested_lang(raw);
    let currency_result = match &raw.currency {
        c if c.is_absent() => Ok(Currency::default()),
        c => c.as_text().and_then(Currency::parse).ok_or(()),
    };
    let mut errors = Errors {
        lang,
        currency: currency_result.unwrap_or_default(),
        list: Vec::new(),
    };

    let problem = match &raw.problem {
        p if p.is_absent() => {
            errors.push(ErrorCode::MissingField, Field::Problem);
            None
        }
        p => {
            let found = p.as_text().and_then(|t| Problem::parse(t.trim()));
            if found.is_none() {
                errors.push(ErrorCode::UnknownProblem, Field::Problem);
            }
            found
        }
    };
    let remedy = match &raw.remedy {
        r if r.is_absent() => Some(Remedy::Either),
        r => {
            let found = r.as_text().and_then(|t| Remedy::parse(t.trim()));
            if found.is_none() {
                errors.push(ErrorCode::UnknownRemedy, Field::Remedy);
            }
            found
        }
    };
    if currency_result.is_err() {
        errors.push(ErrorCode::UnsupportedCurrency, Field::Currency);
    }
    let evidence = read_evidence(&raw.evidence, &mut errors);

    let (Some(problem), Some(remedy)) = (problem, remedy) else {
        return Err(errors.list);
    };
    let ground = problem.data().ground;
    let covered = ground.is_some();
    let wants_refund = covered && remedy != Remedy::Exchange;
    let needs_problem_start = matches!(ground, Some(Ground::Quality | Ground::ForceMajeure));

    let amount_paid = if wants_refund {
        read_amount(&raw.amount_paid, &mut errors)
    } else {
        None
    };
    let (service_start, service_end, problem_start, application_date) = if covered {
        let start = errors.date(&raw.service_start, Field::ServiceStart, wants_refund);
        let end = errors.date(&raw.service_end, Field::ServiceEnd, wants_refund);
        let problem_start =
            errors.date(&raw.problem_start, Field::ProblemStart, needs_problem_start);
        let application = errors.date(&raw.application_date, Field::ApplicationDate, false);
        (start, end, problem_start, application)
    } else {
        (None, None, None, None)
    };

    let term_ok = match (service_start, service_end) {
        (Some(start), Some(end)) if end <= start => {
            errors.push(ErrorCode::EndNotAfterStart, Field::ServiceEnd);
            false
        }
        _ => true,
    };
    if let Some(ps) = problem_start {
        let before_start = service_start.is_some_and(|s| ps < s);
        let after_end = service_end.is_some_and(|e| ps >= e);
        if term_ok && (before_start || after_end) {
            errors.push(ErrorCode::ProblemOutsideTerm, Field::ProblemStart);
        }
    }
    let application_date = application_date.unwrap_or(today);
    let application_missing_or_ok = raw.application_date.is_absent()
        || errors
            .list
            .iter()
            .all(|e| e.field != Field::ApplicationDate);
    if let Some(ps) = problem_start {
        if covered && application_missing_or_ok && application_date < ps {
            errors.push(ErrorCode::ApplicationBeforeProblem, Field::ApplicationDate);
        }
    }

    if !errors.list.is_empty() {
        // A handful of items: an insertion sort keeps the code small.
        let mut sorted: Vec<PolicyError> = Vec::with_capacity(errors.list.len());
        for e in errors.list {
            let at = sorted
                .iter()
                .position(|s| field_order(s.field) > field_order(e.field))
                .unwrap_or(sorted.len());
            sorted.insert(at, e);
        }
        return Err(sorted);
    }
    Ok(Request {
        problem,
        remedy,
        currency: errors.currency,
        amount_paid,
        service_start,
        service_end,
        problem_start,
        application_date,
        evidence,
        lang,
    })
}

/// The order fields appear in a form, which is the order errors are listed.
fn field_order(field: Field) -> u8 {
    match field {
        Field::Request => 0,
        Field::Problem => 1,
        Field::Remedy => 2,
        Field::ServiceStart => 3,
        Field::ServiceEnd => 4,
        Field::AmountPaid => 5,
        Field::Currency => 6,
        Field::ProblemStart => 7,
        Field::ApplicationDate => 8,
        Field::Evidence => 9,
    }
}

fn read_amount(input: &Input, errors: &mut Errors) -> Option<u64> {
    if input.is_absent() {
        errors.push(ErrorCode::MissingField, Field::AmountPaid);
        return None;
    }
    let result = match input {
        Input::Text(text) => parse_amount(text, errors.currency),
        Input::Number(n) => amount_from_number(*n, errors.currency),
        _ => Err(AmountError::Invalid),
    };
    match result {
        Ok(minor) => Some(minor),
        Err(e) => {
            let code = match e {
                AmountError::Invalid => ErrorCode::InvalidAmount,
                AmountError::NotPositive => ErrorCode::AmountNotPositive,
                AmountError::TooLarge => ErrorCode::AmountTooLarge,
            };
            errors.push(code, Field::AmountPaid);
            None
        }
    }
}

fn read_evidence(input: &Input, errors: &mut Errors) -> Vec<Evidence> {
    let items: &[Input] = match input {
        i if i.is_absent() => return Vec::new(),
        Input::List(items) => items,
        single @ Input::Text(_) => std::slice::from_ref(single),
        _ => {
            errors.push(ErrorCode::UnknownEvidence, Field::Evidence);
            return Vec::new();
        }
    };
    let mut known = Vec::new();
    for item in items {
        match item.as_text().and_then(|t| Evidence::parse(t.trim())) {
            Some(e) => known.push(e),
            None => {
                errors.push(ErrorCode::UnknownEvidence, Field::Evidence);
                return Vec::new();
            }
        }
    }
    Evidence::ALL
        .into_iter()
        .filter(|e| known.contains(e))
        .collect()
}
