//! "Verify this calculator": the golden table the native tests use, run
//! here through the same engine, with each case's expected and actual
//! outcome and a pass count. Works offline like everything else.

use yew::prelude::*;

use crate::golden::{self, Got, CASES};
use crate::i18n::{fill, t};
use crate::policy::{evaluate, Lang, PolicyError};

/// Props.
#[derive(PartialEq)]
pub struct VerifyProps {
    /// The language.
    pub lang: Lang,
}

/// Runs one case as the browser receives it: JSON text, parsed by the
/// browser, read like any `evaluate` request.
fn run(request: &str) -> Result<crate::policy::Outcome, PolicyError> {
    let (y, m, d) = golden::TODAY;
    let today = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or(crate::policy::MIN_DATE);
    let value = js_sys::JSON::parse(request).unwrap_or(wasm_bindgen::JsValue::NULL);
    match crate::api::read_request(&value) {
        Some(raw) => evaluate(&raw, today),
        None => Err(PolicyError::invalid_request()),
    }
}

/// The verify view.
pub fn verify_view(p: &VerifyProps) -> Html {
    let lang = p.lang;
    let rows: Vec<(&golden::Case, Got, bool)> = CASES
        .iter()
        .map(|case| {
            let result = run(case.request);
            let pass = golden::check(case, &result).is_ok();
            (case, Got::from(&result), pass)
        })
        .collect();
    let passed = rows.iter().filter(|(_, _, pass)| *pass).count().to_string();
    let total = rows.len().to_string();
    html! {
        <section class="re-verify" aria-labelledby="re-verify-heading">
            <h2 id="re-verify-heading" class="re-h2" tabindex="-1" data-focus-target="true">{ t::VIEW_VERIFY.get(lang) }</h2>
            <p class="re-lead">{ t::VERIFY_INTRO.get(lang) }</p>
            <p class="re-verify-count" id="re-verify-count" role="status" data-testid="verify-count">
                { fill(t::VERIFY_PASSED, lang, &[("passed", &passed), ("total", &total)]) }
            </p>
            <p class="re-hint">{ t::VERIFY_NAMES_NOTE.get(lang) }</p>
            <div class="re-table-wrap" tabindex="0" role="region" aria-labelledby="re-verify-count">
                <table class="re-table">
                    <thead>
                        <tr>
                            <th scope="col">{ t::VERIFY_CASE.get(lang) }</th>
                            <th scope="col">{ t::VERIFY_EXPECTED.get(lang) }</th>
                            <th scope="col">{ t::VERIFY_ACTUAL.get(lang) }</th>
                            <th scope="col">{ t::VERIFY_PASS.get(lang) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|(case, got, pass)| html! {
                            <tr class={if *pass { "re-pass" } else { "re-fail" }}>
                                <th scope="row" lang="en">{ case.name }</th>
                                <td><code>{ case.expect.as_got().summary() }</code></td>
                                <td><code>{ got.summary() }</code></td>
                                <td>{ if *pass { super::icons::check() } else { super::icons::cross() } }
                                    { if *pass { t::VERIFY_PASS.get(lang) } else { t::VERIFY_FAIL.get(lang) } }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
