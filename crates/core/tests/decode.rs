//! The one decoder (`policy::decode`), natively: numbers are written as
//! JavaScript writes them (so a JSON number and a JS number read the same),
//! and the limits that keep a hostile request cheap. The browser runs the
//! same decoder through its JS adapter; the golden cases, run both ways
//! (here and on the Verify page), prove the two agree.

use refund_core::policy::{decode, js_number, Field, Input, MAX_LIST, MAX_TEXT};
use serde_json::{json, Value};

#[test]
fn numbers_read_as_javascript_writes_them() {
    // (the number, what `String(n)` gives in every browser)
    let table: &[(f64, &str)] = &[
        (1200.0, "1200"),
        (1200.5, "1200.5"),
        (1006.03, "1006.03"),
        (12.345, "12.345"),
        (0.1, "0.1"),
        (0.1 + 0.2, "0.30000000000000004"),
        (100.0, "100"),
        (-0.0, "0"),
        (-42.5, "-42.5"),
        (0.000001, "0.000001"),
        (0.0000001, "1e-7"),
        (1.5e-7, "1.5e-7"),
        (1e20, "100000000000000000000"),
        (1e21, "1e+21"),
        (1.5e21, "1.5e+21"),
        (123456789012345680000.0, "123456789012345680000"),
        (9007199254740992.0, "9007199254740992"),
        (5e-324, "5e-324"),
        (f64::MAX, "1.7976931348623157e+308"),
        (f64::INFINITY, "Infinity"),
        (f64::NAN, "NaN"),
    ];
    for (n, js) in table {
        assert_eq!(js_number(*n), *js, "{n:e}");
    }
}

fn field(request: Value, f: Field) -> Input {
    decode(&request).expect("an object").get(f).clone()
}

#[test]
fn each_field_keeps_what_it_holds() {
    let request = json!({
        "problem": "hardware_failure", "amountPaid": 1200.5, "serviceStart": true,
        "evidence": ["usage_records", ["nested"], {"an": "object"}, 7],
        "currency": {"code": "USD"}, "remedy": null, "unknownKey": "ignored",
    });
    assert_eq!(
        field(request.clone(), Field::Problem),
        Input::text("hardware_failure")
    );
    assert_eq!(
        field(request.clone(), Field::AmountPaid),
        Input::Number("1200.5".into())
    );
    assert_eq!(field(request.clone(), Field::ServiceStart), Input::Other);
    assert_eq!(field(request.clone(), Field::Currency), Input::Other);
    assert_eq!(field(request.clone(), Field::Remedy), Input::Absent);
    assert_eq!(
        field(request, Field::Evidence),
        Input::List(vec![
            Input::text("usage_records"),
            Input::Other,
            Input::Other,
            Input::Number("7".into())
        ])
    );
}

#[test]
fn only_an_object_is_a_request() {
    for not_an_object in [
        json!(null),
        json!("text"),
        json!(12),
        json!([1, 2]),
        json!(true),
    ] {
        let error = decode(&not_an_object).expect_err("refused");
        assert_eq!(
            (error.code.as_str(), error.field.as_str()),
            ("invalid_request", "request")
        );
    }
}

#[test]
fn limits_keep_a_hostile_request_cheap() {
    // A list is read only where a field takes one, and only up to MAX_LIST.
    let long: Vec<Value> = (0..=MAX_LIST).map(|_| json!("usage_records")).collect();
    assert_eq!(
        field(json!({ "evidence": long }), Field::Evidence),
        Input::Other
    );
    let fits: Vec<Value> = (0..MAX_LIST).map(|_| json!("usage_records")).collect();
    assert!(
        matches!(field(json!({ "evidence": fits }), Field::Evidence), Input::List(l) if l.len() == MAX_LIST as usize)
    );
    assert_eq!(
        field(json!({ "amountPaid": ["1"] }), Field::AmountPaid),
        Input::Other
    );
    // A text longer than any answer is not one.
    let text = "9".repeat(MAX_TEXT);
    assert_eq!(
        field(json!({ "amountPaid": text.clone() }), Field::AmountPaid),
        Input::Text(text.clone())
    );
    let longer = format!("{text}9");
    assert_eq!(
        field(json!({ "amountPaid": longer }), Field::AmountPaid),
        Input::Other
    );
}
