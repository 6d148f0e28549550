//! Natively, requests arrive as JSON (the golden cases, the property tests,
//! the fuzz targets, the benchmark). This adapter lets the one decoder
//! ([`super::decode`]) read them exactly as the browser reads a JS object:
//! it only says what each value is, and writes numbers the way JavaScript
//! does. It is not part of the wasm build.

use serde_json::Value;

use super::request::{Refused, Shape, Source};

impl Source for &Value {
    fn shape(&self) -> Shape {
        match self {
            Value::Null => Shape::Absent,
            Value::Bool(b) => Shape::Bool(*b),
            Value::Number(n) => Shape::Number(n.as_f64().map_or_else(String::new, js_number)),
            Value::String(s) => Shape::Text(s.clone()),
            Value::Array(items) => Shape::List(u32::try_from(items.len()).unwrap_or(u32::MAX)),
            Value::Object(_) => Shape::Object,
        }
    }

    fn get(&self, key: &str) -> Result<Self, Refused> {
        Ok(Value::get(self, key).unwrap_or(&Value::Null))
    }

    fn item(&self, index: u32) -> Result<Self, Refused> {
        let index = usize::try_from(index).map_err(|_| Refused)?;
        Ok(Value::get(self, index).unwrap_or(&Value::Null))
    }
}

/// A number as JavaScript's `Number.prototype.toString` writes it: the
/// shortest digits that read back to the same number, in plain notation
/// from 1e-6 up to 1e21 and in exponent notation outside (`1e+21`).
pub fn js_number(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    if x == 0.0 {
        return "0".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.to_owned();
    }
    if x < 0.0 {
        return format!("-{}", js_number(-x));
    }
    // Rust's `{:e}` gives the same shortest digits: `1.2005e3`.
    let sci = format!("{x:e}");
    let (mantissa, exponent) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let k = i64::try_from(digits.len()).unwrap_or(0);
    // x = 0.digits * 10^n
    let n = exponent.parse::<i64>().unwrap_or(0) + 1;
    let zeros = |count: i64| "0".repeat(usize::try_from(count).unwrap_or(0));
    let split = |at: i64| digits.split_at(usize::try_from(at).unwrap_or(0).min(digits.len()));
    if k <= n && n <= 21 {
        format!("{digits}{}", zeros(n - k))
    } else if 0 < n && n <= 21 {
        let (int, frac) = split(n);
        format!("{int}.{frac}")
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", zeros(-n))
    } else {
        let sign = if n - 1 < 0 { '-' } else { '+' };
        let (first, rest) = split(1);
        let dot = if rest.is_empty() { "" } else { "." };
        format!("{first}{dot}{rest}e{sign}{}", (n - 1).abs())
    }
}
