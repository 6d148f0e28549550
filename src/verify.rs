//! The Verify page (`verify.html`): the golden cases the native tests use
//! (`tests/golden.json`), run in the customer's browser through the JS
//! API's own path (the decoder, the engine, the serialiser), offline, with
//! each case's expected and actual answer and a pass count.
//!
//! It is a page of its own, run by the engine module (`src/bin/engine.rs`,
//! `startVerify`: the core and the checker, no Yew), so none of it weighs on the
//! estimator's first render. It draws with plain DOM calls.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element};

use crate::api::{evaluate_at, Js};
use crate::golden::{cases, check, Tree};
use crate::i18n::{fill, t};
use crate::policy::{Field, Lang, Shape, Verdict, POLICY};

/// Builds the page and runs the cases.
pub fn start() {
    let _ = build();
}

fn build() -> Option<()> {
    let document = web_sys::window()?.document()?;
    let lang = page_lang();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
    document.set_title(&format!(
        "{} · {}",
        t::VIEW_VERIFY.get(lang),
        t::APP_TITLE.get(lang)
    ));
    let root = document.get_element_by_id("refund-estimator-verify")?;
    let page = Page { document, lang };
    let main = page.el("main", "re-app re-verify", "")?;
    let _ = main.set_attribute("lang", lang.tag());
    page.add(&main, "h1", "re-h1", t::VIEW_VERIFY.get(lang))?;
    page.add(&main, "p", "re-lead", t::VERIFY_INTRO.get(lang))?;
    let status = page.add(&main, "p", "re-verify-count", t::VERIFY_LOADING.get(lang))?;
    let _ = status.set_attribute("role", "status");
    let _ = status.set_attribute("data-testid", "verify-count");
    let back = page.add(
        &main,
        "a",
        "re-button re-secondary",
        t::VERIFY_BACK.get(lang),
    )?;
    let _ = back.set_attribute("href", "./");
    let _ = root.append_child(&main);
    wasm_bindgen_futures::spawn_local(async move {
        let shown = match load().await {
            Ok(file) => page.results(&main, &status, file),
            Err(_) => None,
        };
        if shown.is_none() {
            status.set_text_content(Some(t::VERIFY_UNAVAILABLE.get(lang)));
            let _ = status.set_attribute("role", "alert");
        }
    });
    Some(())
}

/// `?lang=zh-CN` or `?lang=en`, else the browser's first language we speak.
fn page_lang() -> Lang {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    match search
        .split(['?', '&'])
        .find_map(|p| p.strip_prefix("lang="))
    {
        Some(tag) => Lang::from_tag(tag),
        None => crate::browser::preferred_lang(),
    }
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

struct Page {
    document: Document,
    lang: Lang,
}

impl Page {
    /// A new element; `None` only for a tag name the DOM refuses.
    fn el(&self, tag: &str, class: &str, text: &str) -> Option<Element> {
        let el = self.document.create_element(tag).ok()?;
        if !class.is_empty() {
            el.set_class_name(class);
        }
        if !text.is_empty() {
            el.set_text_content(Some(text));
        }
        Some(el)
    }

    fn add(&self, parent: &Element, tag: &str, class: &str, text: &str) -> Option<Element> {
        let el = self.el(tag, class, text)?;
        parent.append_child(&el).ok()?;
        Some(el)
    }

    /// Runs every case and shows the table; `None` when the file is not
    /// a case file.
    fn results(&self, main: &Element, status: &Element, file: JsValue) -> Option<()> {
        let lang = self.lang;
        let (today, list) = cases(Js(file)).ok()?;
        let table = self.el("table", "re-table re-verify-table", "")?;
        let head = self.add(&table, "thead", "", "")?;
        let row = self.add(&head, "tr", "", "")?;
        for label in [
            t::VERIFY_CASE,
            t::VERIFY_EXPECTED,
            t::VERIFY_ACTUAL,
            t::VERIFY_RESULT,
        ] {
            let th = self.add(&row, "th", "", label.get(lang))?;
            let _ = th.set_attribute("scope", "col");
        }
        let body = self.add(&table, "tbody", "", "")?;
        let mut passed = 0;
        for case in &list {
            let actual = match evaluate_at(&case.request.0, today) {
                Ok(outcome) => outcome,
                Err(error) => {
                    let wrapped = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&wrapped, &"error".into(), &error);
                    wrapped.into()
                }
            };
            let actual = Js(actual);
            let failure = check(case.expect.clone(), actual.clone()).err();
            passed += usize::from(failure.is_none());
            let class = if failure.is_none() {
                "re-pass"
            } else {
                "re-fail"
            };
            let tr = self.add(&body, "tr", class, "")?;
            let name = self.add(&tr, "th", "", &case.name)?;
            let _ = name.set_attribute("scope", "row");
            let _ = name.set_attribute("lang", "en");
            for (label, value) in [
                (t::VERIFY_EXPECTED, &case.expect),
                (t::VERIFY_ACTUAL, &actual),
            ] {
                let td = self.add(&tr, "td", "", &in_words(value, lang))?;
                let _ = td.set_attribute("data-label", label.get(lang));
            }
            let verdict = match &failure {
                None => t::VERIFY_PASS.get(lang).to_owned(),
                Some(diff) => format!("{}{}{diff}", t::VERIFY_FAIL.get(lang), t::COLON.get(lang)),
            };
            let td = self.add(&tr, "td", "re-verify-result", &verdict)?;
            let _ = td.set_attribute("data-label", t::VERIFY_RESULT.get(lang));
        }
        let total = list.len().to_string();
        let passed = passed.to_string();
        status.set_text_content(Some(&fill(
            t::VERIFY_PASSED,
            lang,
            &[("passed", &passed), ("total", &total)],
        )));
        self.add(main, "p", "re-hint", t::VERIFY_NAMES_NOTE.get(lang))?;
        let wrap = self.add(main, "div", "re-table-wrap", "")?;
        wrap.append_child(&table).ok()?;
        let policy = format!("{} · SHA-256 {}", POLICY.id, POLICY.sha256);
        self.add(main, "p", "re-hint", &policy)?;
        Some(())
    }
}

/// An answer or an expectation in words: the verdict and the refund, or
/// the field a refusal concerns and its code.
fn in_words<T: Tree>(value: &T, lang: Lang) -> String {
    let text = |v: &T, key: &str| match v.get(key).map(|x| x.shape()) {
        Ok(Shape::Text(t)) => t,
        _ => String::new(),
    };
    if let Ok(error) = value.get("error") {
        if error.shape() == Shape::Object {
            let code = text(&error, "code");
            let field = Field::parse(&text(&error, "field")).unwrap_or(Field::Request);
            let field = field.label().get(lang);
            return fill(
                t::VERIFY_REFUSED,
                lang,
                &[("field", field), ("code", &code)],
            );
        }
    }
    let verdict = match text(value, "verdict").as_str() {
        "likely_eligible" => Some(Verdict::LikelyEligible),
        "needs_evidence" => Some(Verdict::NeedsEvidence),
        "not_covered" => Some(Verdict::NotCovered),
        _ => None,
    };
    let mut words = verdict
        .map(|v| crate::session::verdict_text(v).get(lang).to_owned())
        .unwrap_or_default();
    if let Ok(refund) = value.get("refund") {
        match refund.shape() {
            Shape::Object => {
                words.push_str(t::COLON.get(lang));
                words.push_str(&format!(
                    "{} {}",
                    text(&refund, "currency"),
                    text(&refund, "amount")
                ));
            }
            Shape::Absent => {
                words.push_str(t::COLON.get(lang));
                words.push_str(t::VERIFY_NO_REFUND.get(lang));
            }
            _ => {}
        }
    }
    words
}
