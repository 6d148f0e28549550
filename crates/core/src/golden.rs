//! The golden cases (`tests/golden.json`), checked the same way by the
//! native tests (`crates/core/tests/golden.rs`, on JSON) and by the Verify page (in
//! the browser, on JS objects, loaded only when the page is opened).
//!
//! A case's `expect` is matched by field name against what `evaluate`
//! gives: every key it names must be equal in the answer; a list of clause
//! ids stands for the `clause` of each line of `explanation` or
//! `nextSteps`; a refused request is `{"error": {"code", "field"}}`. Every
//! answer must also hold together: its amount and amountMinor agree, and
//! no sentence has an unfilled `{placeholder}`.

use chrono::NaiveDate;

use crate::policy::{parse_date, Currency, Refused, Shape, Source};

/// A value the checker can walk: a JS value or JSON.
pub trait Tree: Source {
    /// The keys of an object, in order.
    fn keys(&self) -> Vec<String>;
}

/// One case of the file.
pub struct Case<T> {
    /// What it is about, in plain words.
    pub name: String,
    /// The request exactly as a caller sends it.
    pub request: T,
    /// What must come back.
    pub expect: T,
}

/// The file's "today" and its cases.
pub fn cases<T: Tree>(file: T) -> Result<(NaiveDate, Vec<Case<T>>), String> {
    let field = |value: &T, key: &str| {
        value
            .get(key)
            .map_err(|Refused| format!("cannot read {key}"))
    };
    let today = match field(&file, "today")?.shape() {
        Shape::Text(text) => parse_date(&text).map_err(|_| format!("bad today {text:?}"))?,
        _ => return Err("the file has no \"today\"".to_owned()),
    };
    let list = field(&file, "cases")?;
    let Shape::List(len) = list.shape() else {
        return Err("the file has no \"cases\" list".to_owned());
    };
    let mut out = Vec::new();
    for i in 0..len {
        let case = list
            .item(i)
            .map_err(|Refused| format!("cannot read case {i}"))?;
        let name = match field(&case, "name")?.shape() {
            Shape::Text(name) => name,
            _ => format!("case {i}"),
        };
        out.push(Case {
            name,
            request: field(&case, "request")?,
            expect: field(&case, "expect")?,
        });
    }
    Ok((today, out))
}

/// Checks an answer (an outcome, or `{"error": ...}`) against a case's
/// expectation: `Ok`, or what differs.
pub fn check<E: Tree, A: Tree>(expect: E, actual: A) -> Result<(), String> {
    matches(&expect, &actual, "")?;
    holds_together(&actual)
}

fn matches<E: Tree, A: Tree>(expect: &E, actual: &A, path: &str) -> Result<(), String> {
    let (want, got) = (expect.shape(), actual.shape());
    let differ = || {
        Err(format!(
            "{path}: expected {}, got {}",
            show(expect),
            show(actual)
        ))
    };
    match (&want, &got) {
        (Shape::Object, Shape::Object) => {
            for key in expect.keys() {
                let (e, a) = (expect.get(&key), actual.get(&key));
                let (Ok(e), Ok(a)) = (e, a) else {
                    return Err(format!("{path}.{key}: cannot be read"));
                };
                matches(&e, &a, &format!("{path}.{key}"))?;
            }
            Ok(())
        }
        (Shape::List(n), Shape::List(m)) if n == m => {
            for i in 0..*n {
                let (Ok(e), Ok(a)) = (expect.item(i), actual.item(i)) else {
                    return Err(format!("{path}[{i}]: cannot be read"));
                };
                // A clause id stands for the line that cites it.
                let a = match (e.shape(), a.shape()) {
                    (Shape::Text(_), Shape::Object) => {
                        a.get("clause").map_err(|_| path.to_owned())?
                    }
                    _ => a,
                };
                matches(&e, &a, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        (Shape::List(_), Shape::List(_)) => differ(),
        _ if want == got => Ok(()),
        _ => differ(),
    }
}

/// What every answer must satisfy, whatever the case expects.
fn holds_together<A: Tree>(actual: &A) -> Result<(), String> {
    let text = |value: &A, key: &str| match value.get(key).map(|v| v.shape()) {
        Ok(Shape::Text(t)) => Some(t),
        _ => None,
    };
    if let Ok(error) = actual.get("error") {
        if error.shape() == Shape::Object {
            let message = text(&error, "message").unwrap_or_default();
            if message.trim().is_empty() || message.contains('{') {
                return Err(format!("bad error message {message:?}"));
            }
            return Ok(());
        }
    }
    if let Ok(refund) = actual.get("refund") {
        if refund.shape() == Shape::Object {
            let amount = text(&refund, "amount").unwrap_or_default();
            let minor = match refund.get("amountMinor").map(|v| v.shape()) {
                Ok(Shape::Number(n)) => n,
                _ => String::new(),
            };
            let currency = text(&refund, "currency").and_then(|c| Currency::parse(&c));
            let written = match (currency, minor.parse::<u64>()) {
                (Some(c), Ok(m)) if c.decimals() == 0 => m.to_string(),
                (Some(_), Ok(m)) => format!("{}.{:02}", m / 100, m % 100),
                _ => String::new(),
            };
            if written != amount {
                return Err(format!("amount {amount} and amountMinor {minor} disagree"));
            }
        }
    }
    for key in ["explanation", "nextSteps"] {
        let Ok(lines) = actual.get(key) else { continue };
        let Shape::List(n) = lines.shape() else {
            continue;
        };
        for i in 0..n {
            let line = lines
                .item(i)
                .ok()
                .and_then(|l| text(&l, "text"))
                .unwrap_or_default();
            if line.trim().is_empty() || line.contains('{') {
                return Err(format!("{key}[{i}]: bad sentence {line:?}"));
            }
        }
    }
    Ok(())
}

/// A short account of a value, for a difference.
fn show<T: Tree>(value: &T) -> String {
    match value.shape() {
        Shape::Absent => "null".to_owned(),
        Shape::Bool(b) => b.to_string(),
        Shape::Number(n) => n,
        Shape::Text(t) => format!("{t:?}"),
        Shape::List(n) => format!("a list of {n}"),
        Shape::Object => "an object".to_owned(),
        Shape::Other => "something else".to_owned(),
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Tree for &serde_json::Value {
    fn keys(&self) -> Vec<String> {
        self.as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    }
}
