//! "Verify this calculator": the golden cases the native tests use
//! (`tests/golden.json`), run here through the JS API's own path, offline,
//! with each case's expected and actual answer and a pass count. The file
//! is fetched only when this page is opened, so it costs nothing on the
//! first render; the single-file build carries it inline.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::api::{evaluate_at, Js};
use crate::golden::{cases, check, headline};
use crate::i18n::{fill, t};
use crate::policy::Lang;

/// Props.
#[derive(Properties, PartialEq)]
pub struct VerifyProps {
    /// The language.
    pub lang: Lang,
}

/// One case as run here.
#[derive(PartialEq)]
struct Row {
    name: String,
    expected: (String, String),
    actual: (String, String),
    failure: Option<String>,
}

/// The file: inline in the single-file build, else next to the page.
async fn load() -> Result<JsValue, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let inline = window
        .document()
        .and_then(|d| d.get_element_by_id("re-golden"))
        .and_then(|e| e.text_content());
    if let Some(text) = inline {
        return js_sys::JSON::parse(&text);
    }
    let response = JsFuture::from(window.fetch_with_str("golden.json")).await?;
    let response: web_sys::Response = response.dyn_into()?;
    if !response.ok() {
        return Err(JsValue::NULL);
    }
    JsFuture::from(response.json()?).await
}

/// Runs every case; `None` when the file cannot be read.
fn run(file: JsValue) -> Option<Vec<Row>> {
    let (today, list) = cases(&Js(file)).ok()?;
    let rows = list
        .into_iter()
        .map(|case| {
            let actual = match evaluate_at(&case.request.0, today) {
                Ok(outcome) => outcome,
                Err(error) => {
                    let wrapped = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&wrapped, &"error".into(), &error);
                    wrapped.into()
                }
            };
            let actual = Js(actual);
            Row {
                failure: check(&case.expect, &actual).err(),
                expected: headline(&case.expect),
                actual: headline(&actual),
                name: case.name,
            }
        })
        .collect();
    Some(rows)
}

/// The verify view.
#[function_component(Verify)]
pub fn verify(p: &VerifyProps) -> Html {
    let lang = p.lang;
    // None while loading; Some(None) when the file could not be read.
    let rows = use_state(|| None::<Option<Vec<Row>>>);
    {
        let rows = rows.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                let loaded = load().await.ok().and_then(run);
                rows.set(Some(loaded));
            });
        });
    }
    let body = match &*rows {
        None => html! { <p class="re-note" role="status">{ t::VERIFY_LOADING.get(lang) }</p> },
        Some(None) => {
            html! { <p class="re-note" role="alert">{ t::VERIFY_UNAVAILABLE.get(lang) }</p> }
        }
        Some(Some(rows)) => table(rows, lang),
    };
    html! {
        <section class="re-verify" aria-labelledby="re-verify-heading">
            <h2 id="re-verify-heading" class="re-h2" tabindex="-1" data-focus-target="true">{ t::VIEW_VERIFY.get(lang) }</h2>
            <p class="re-lead">{ t::VERIFY_INTRO.get(lang) }</p>
            { body }
        </section>
    }
}

fn table(rows: &[Row], lang: Lang) -> Html {
    let passed = rows
        .iter()
        .filter(|r| r.failure.is_none())
        .count()
        .to_string();
    let total = rows.len().to_string();
    let pair = |(a, b): &(String, String)| html! { <code>{ a }{ " · " }{ b }</code> };
    html! {
        <>
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
                        { for rows.iter().map(|row| {
                            let pass = row.failure.is_none();
                            html! {
                                <tr class={if pass { "re-pass" } else { "re-fail" }} title={row.failure.clone()}>
                                    <th scope="row" lang="en">{ &row.name }</th>
                                    <td>{ pair(&row.expected) }</td>
                                    <td>{ pair(&row.actual) }</td>
                                    <td>{ if pass { super::icons::check() } else { super::icons::cross() } }
                                        { if pass { t::VERIFY_PASS.get(lang) } else { t::VERIFY_FAIL.get(lang) } }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </>
    }
}
