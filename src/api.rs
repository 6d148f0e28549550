//! The JS contract (spec section 7): `window.refundEstimator`.
//!
//! `evaluate(request)` takes a plain object and returns a plain object, or
//! throws an `Error` whose `code` and `field` properties name the problem.
//! Requests are read field by field with `Reflect`, outcomes are written
//! with serde-wasm-bindgen.
//! This module only converts between JS values and the core's types; the
//! core does all the deciding.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::policy::{self, Input, PolicyError, RawRequest, POLICY};

/// Evaluates a request given as a JS object.
///
/// # Errors
/// An `Error` with `code` and `field` set, for any request the core refuses.
pub fn evaluate(request: JsValue) -> Result<JsValue, JsValue> {
    let Some(raw) = read_request(&request) else {
        return Err(to_js_error(&PolicyError::invalid_request()));
    };
    match policy::evaluate(&raw, crate::browser::today()) {
        Ok(outcome) => to_js(&outcome),
        Err(error) => Err(to_js_error(&error)),
    }
}

/// Reads a request object field by field; `None` when it is not a plain
/// object. Each field keeps its JS type (string, number, array, other) so
/// that the core can name the field in its error.
pub(crate) fn read_request(value: &JsValue) -> Option<RawRequest> {
    if !value.is_object() || js_sys::Array::is_array(value) || value.is_function() {
        return None;
    }
    let field = |name: &str| read_input(&js_sys::Reflect::get(value, &name.into()).ok()?, true);
    let get = |name: &str| field(name).unwrap_or_default();
    Some(RawRequest {
        problem: get("problem"),
        remedy: get("remedy"),
        currency: get("currency"),
        amount_paid: get("amountPaid"),
        service_start: get("serviceStart"),
        service_end: get("serviceEnd"),
        problem_start: get("problemStart"),
        application_date: get("applicationDate"),
        evidence: get("evidence"),
        lang: get("lang"),
    })
}

/// One JS value as an [`Input`]; arrays only at the top level.
fn read_input(value: &JsValue, top: bool) -> Option<Input> {
    if value.is_undefined() || value.is_null() {
        return Some(Input::Absent);
    }
    if let Some(text) = value.as_string() {
        return Some(Input::Text(text));
    }
    if let Some(number) = value.as_f64() {
        return Some(Input::Number(number));
    }
    if top && js_sys::Array::is_array(value) {
        let items = js_sys::Array::from(value)
            .iter()
            .map(|item| read_input(&item, false).unwrap_or(Input::Other))
            .collect();
        return Some(Input::List(items));
    }
    Some(Input::Other)
}

/// Converts to a plain, JSON-compatible JS value (`null` for `None`).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))
}

fn to_js_error(error: &PolicyError) -> JsValue {
    let js = js_sys::Error::new(&error.message);
    let _ = js_sys::Reflect::set(&js, &"code".into(), &error.code.as_str().into());
    let _ = js_sys::Reflect::set(&js, &"field".into(), &error.field.as_str().into());
    js.into()
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PolicyInfo {
    id: &'static str,
    title: &'static str,
    title_zh: &'static str,
    effective_date: &'static str,
    source: &'static str,
    sha256: &'static str,
}

/// Sets `window.refundEstimator` and announces it with a
/// `refund-estimator:ready` event on `window`.
pub fn install() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let api = js_sys::Object::new();
    let evaluate = Closure::<dyn Fn(JsValue) -> Result<JsValue, JsValue>>::new(evaluate);
    let policy = to_js(&PolicyInfo {
        id: POLICY.id,
        title: POLICY.title.en,
        title_zh: POLICY.title.zh,
        effective_date: POLICY.effective_date,
        source: POLICY.source.en,
        sha256: POLICY.sha256,
    })
    .unwrap_or(JsValue::NULL);
    let _ = js_sys::Reflect::set(&api, &"evaluate".into(), &evaluate.into_js_value());
    let _ = js_sys::Reflect::set(&api, &"version".into(), &env!("CARGO_PKG_VERSION").into());
    let _ = js_sys::Reflect::set(&api, &"policy".into(), &policy);
    let _ = js_sys::Object::freeze(&api);
    let _ = js_sys::Reflect::set(&window, &"refundEstimator".into(), &api);
    if let Ok(event) = web_sys::Event::new("refund-estimator:ready") {
        let _ = window.dispatch_event(&event);
    }
}
