//! The request's fields, in one table: the name a caller uses, the key of
//! a share link, what the field holds and how people call it. The decoder,
//! the errors, the share link and the form all read this table, and the
//! order of [`Field`] is the order errors are reported in.

use super::data::{msg, Billing, Problem, Remedy, Text};
use super::money::Currency;

/// A request field, named as in the JS contract. The order of the variants
/// is the order errors are reported in (docs/rules.md, "The request and why one is refused"); cross-field errors
/// come after every field's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The request as a whole (only errors cite it).
    Request,
    /// `problem`: what happened.
    Problem,
    /// `remedy`: `refund`, `exchange` or `either`.
    Remedy,
    /// `evidence`: the evidence the customer has.
    Evidence,
    /// `billing`: `subscription` or `pay_as_you_go`.
    Billing,
    /// `currency`: an ISO code.
    Currency,
    /// `amountPaid`: the cash actually paid.
    AmountPaid,
    /// `serviceStart`: the first day paid for.
    ServiceStart,
    /// `serviceEnd`: the first day no longer paid for (the expiry date).
    ServiceEnd,
    /// `problemStart`: the day the problem began.
    ProblemStart,
    /// `stoppedUsing`: the day the customer stopped using the server.
    StoppedUsing,
    /// `applicationDate`: the day the customer applies.
    ApplicationDate,
    /// `listPrice`: the order's original price, before discounts.
    ListPrice,
    /// `lang`: the language of the answer.
    Lang,
}

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An id from a vocabulary (a problem, a remedy, a currency code).
    Choice,
    /// A sum of money.
    Amount,
    /// A `YYYY-MM-DD` date.
    Date,
    /// A list of ids (evidence).
    List,
    /// A language tag.
    Lang,
    /// The request itself.
    Whole,
}

/// One row of the table.
struct Spec {
    name: &'static str,
    key: &'static str,
    kind: Kind,
    label: Text,
}

impl Field {
    /// Every field a request can carry, in the order errors are reported.
    pub const ALL: [Field; 13] = [
        Field::Problem,
        Field::Remedy,
        Field::Evidence,
        Field::Billing,
        Field::Currency,
        Field::AmountPaid,
        Field::ServiceStart,
        Field::ServiceEnd,
        Field::ProblemStart,
        Field::StoppedUsing,
        Field::ApplicationDate,
        Field::ListPrice,
        Field::Lang,
    ];

    /// How many slots a request has (every field, and the request itself).
    pub(crate) const SLOTS: usize = 14;

    const fn spec(self) -> Spec {
        const fn row(name: &'static str, key: &'static str, kind: Kind, label: Text) -> Spec {
            Spec {
                name,
                key,
                kind,
                label,
            }
        }
        use Kind::{Amount, Choice, Date, List, Whole};
        match self {
            Field::Request => row("request", "", Whole, msg::FIELD_REQUEST),
            Field::Problem => row("problem", "p", Choice, msg::FIELD_PROBLEM),
            Field::Remedy => row("remedy", "r", Choice, msg::FIELD_REMEDY),
            Field::Evidence => row("evidence", "ev", List, msg::FIELD_EVIDENCE),
            Field::Billing => row("billing", "b", Choice, msg::FIELD_BILLING),
            Field::Currency => row("currency", "c", Choice, msg::FIELD_CURRENCY),
            Field::AmountPaid => row("amountPaid", "a", Amount, msg::FIELD_AMOUNTPAID),
            Field::ServiceStart => row("serviceStart", "ss", Date, msg::FIELD_SERVICESTART),
            Field::ServiceEnd => row("serviceEnd", "se", Date, msg::FIELD_SERVICEEND),
            Field::ProblemStart => row("problemStart", "ps", Date, msg::FIELD_PROBLEMSTART),
            Field::StoppedUsing => row("stoppedUsing", "su", Date, msg::FIELD_STOPPEDUSING),
            Field::ApplicationDate => {
                row("applicationDate", "ad", Date, msg::FIELD_APPLICATIONDATE)
            }
            Field::ListPrice => row("listPrice", "lp", Amount, msg::FIELD_LISTPRICE),
            Field::Lang => row("lang", "lang", Kind::Lang, msg::FIELD_LANG),
        }
    }

    /// The field's name in requests and errors, e.g. `amountPaid`.
    pub const fn as_str(self) -> &'static str {
        self.spec().name
    }

    /// The field's key in a share link, e.g. `a`.
    pub const fn link_key(self) -> &'static str {
        self.spec().key
    }

    /// What the field holds.
    pub const fn kind(self) -> Kind {
        self.spec().kind
    }

    /// The field's name for people.
    pub const fn label(self) -> Text {
        self.spec().label
    }

    /// True when `value` is one of the ids this choice field takes (false
    /// for any field that is not a choice).
    pub fn is_choice(self, value: &str) -> bool {
        match self {
            Field::Problem => Problem::parse(value).is_some(),
            Field::Remedy => Remedy::parse(value).is_some(),
            Field::Billing => Billing::parse(value).is_some(),
            Field::Currency => Currency::parse(value).is_some(),
            _ => false,
        }
    }

    /// The field with this request name.
    pub fn parse(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.as_str() == name)
    }

    /// The field's slot in a request.
    pub(crate) const fn slot(self) -> usize {
        self as usize
    }
}

impl serde::Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
