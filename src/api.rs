//! The JS contract: `window.refundEstimator`.
//!
//! `evaluate(request)` takes a plain object and returns a plain object, or
//! throws an `Error` whose `code` and `field` properties name the problem.
//! Requests are read by the core's one decoder (`policy::decode`); this
//! module only tells it what each JS value is, with calls that cannot
//! throw through Rust: a revoked Proxy or a throwing getter is a refused
//! request, not a dead widget. Outcomes are written with
//! serde-wasm-bindgen.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::policy::{self, PolicyError, Refused, Shape, Source, MAX_TEXT, POLICY};

#[wasm_bindgen]
extern "C" {
    // The same functions as js_sys's, declared to catch what they throw
    // (js_sys's `Array::is_array` would let a revoked Proxy's TypeError
    // unwind through the wasm frames).
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    fn reflect_get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Object, js_name = hasOwn)]
    fn has_own(target: &JsValue, key: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(js_name = String)]
    fn js_string(value: &JsValue) -> String;
}

/// A JS value, as the decoder reads it.
#[derive(Clone)]
pub(crate) struct Js(pub JsValue);

impl Source for Js {
    fn shape(&self) -> Shape {
        let v = &self.0;
        // Most fields are strings or absent: ask those first, each check
        // one call into JS.
        if v.is_string() {
            // Measure before copying: a huge string is not an answer.
            // (UTF-16 units: a text of MAX_TEXT characters has at most
            // twice as many.)
            let len = v.unchecked_ref::<js_sys::JsString>().length() as usize;
            if len > MAX_TEXT * 2 {
                return Shape::Other;
            }
            return v.as_string().map_or(Shape::Other, Shape::Text);
        }
        if v.is_undefined() || v.is_null() {
            return Shape::Absent;
        }
        if v.as_f64().is_some() {
            // A number primitive: `String(n)` cannot run user code.
            return Shape::Number(js_string(v));
        }
        if let Some(b) = v.as_bool() {
            return Shape::Bool(b);
        }
        if !v.is_object() {
            return Shape::Other;
        }
        match is_array(v) {
            Ok(true) => {
                let len = reflect_get(v, &"length".into())
                    .ok()
                    .and_then(|l| l.as_f64())
                    .filter(|l| l.is_finite() && *l >= 0.0 && *l <= f64::from(u32::MAX))
                    .map_or(u32::MAX, |l| l as u32);
                Shape::List(len)
            }
            Ok(false) => Shape::Object,
            // A revoked Proxy: it is nothing the decoder can read.
            Err(_) => Shape::Other,
        }
    }

    /// A request's own key only: what the host page put on
    /// `Object.prototype` (a polluted `evidence`, say) is not the caller's
    /// answer.
    fn get(&self, key: &str) -> Result<Js, Refused> {
        let key = js_key(key);
        let value = reflect_get(&self.0, &key).map_err(|_| Refused)?;
        if value.is_undefined() || has_own(&self.0, &key).map_err(|_| Refused)? {
            return Ok(Js(value));
        }
        Ok(Js(JsValue::UNDEFINED))
    }

    fn item(&self, index: u32) -> Result<Js, Refused> {
        reflect_get(&self.0, &index.into())
            .map(Js)
            .map_err(|_| Refused)
    }
}

thread_local! {
    /// The request's keys as JS strings, made once: a string made from
    /// Rust text is decoded by the browser each time, and a request has
    /// about fifteen keys.
    static KEYS: std::cell::RefCell<Vec<(String, JsValue)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `key` as a JS string, from [`KEYS`].
fn js_key(key: &str) -> JsValue {
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        if let Some((_, js)) = keys.iter().find(|(k, _)| k == key) {
            return js.clone();
        }
        let js = JsValue::from_str(key);
        // The decoder asks only for the field table's keys; a bound keeps
        // the cache small whatever happens.
        if keys.len() < 64 {
            keys.push((key.to_owned(), js.clone()));
        }
        js
    })
}

/// Evaluates a request given as a JS value: the outcome as a plain object,
/// or an `Error` with `code` and `field`.
fn evaluate(request: JsValue) -> Result<JsValue, JsValue> {
    evaluate_at(&request, crate::browser::today())
}

/// [`evaluate`] with "today" given (the Verify page runs the golden cases
/// on the day they were written for).
pub(crate) fn evaluate_at(request: &JsValue, today: chrono::NaiveDate) -> Result<JsValue, JsValue> {
    let outcome = policy::decode(Js(request.clone())).and_then(|raw| policy::evaluate(&raw, today));
    match outcome {
        Ok(outcome) => to_js(&outcome),
        Err(error) => Err(to_js_error(&error)),
    }
}

/// Converts to a plain, JSON-compatible JS value (`null` for `None`).
/// (Writing JSON for `JSON.parse` instead was measured no faster.)
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
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
    /// The article's publication date (the contract's name is kept).
    #[serde(rename = "effectiveDate")]
    article_published: &'static str,
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
        article_published: POLICY.article_published,
        source: POLICY.source.en,
        sha256: POLICY.sha256,
    })
    .unwrap_or(JsValue::NULL);
    let _ = js_sys::Reflect::set(&api, &"evaluate".into(), &evaluate.into_js_value());
    let _ = js_sys::Reflect::set(&api, &"version".into(), &env!("CARGO_PKG_VERSION").into());
    // Frozen like the API itself: no script can change what it says.
    if let Some(policy) = policy.dyn_ref::<js_sys::Object>() {
        js_sys::Object::freeze(policy);
    }
    let _ = js_sys::Reflect::set(&api, &"policy".into(), &policy);
    let _ = js_sys::Object::freeze(&api);
    let _ = js_sys::Reflect::set(&window, &"refundEstimator".into(), &api);
    if let Ok(event) = web_sys::Event::new("refund-estimator:ready") {
        let _ = window.dispatch_event(&event);
    }
}

/// The golden-case checker walks JS objects on the Verify page.
impl crate::golden::Tree for Js {
    fn keys(&self) -> Vec<String> {
        let Ok(object) = wasm_bindgen::JsCast::dyn_into::<js_sys::Object>(self.0.clone()) else {
            return Vec::new();
        };
        js_sys::Object::keys(&object)
            .iter()
            .filter_map(|k| k.as_string())
            .collect()
    }
}
