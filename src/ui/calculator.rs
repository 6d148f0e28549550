//! Every question on one screen; the result follows each keystroke.

use yew::prelude::*;

use crate::i18n::{fill, t};
use crate::policy::ErrorCode;

use super::fields::{detail_questions, evidence_question, problem_question, remedy_question};
use super::result::short_result;
use super::state::{Action, Target};
use super::view_props::ViewProps;

/// The calculator.
pub fn calculator(p: &ViewProps) -> Html {
    let lang = p.lang;
    let question = p.question(true);
    let covered = p.answers.ground().is_some();
    let result = match p.result() {
        Some(html) => html,
        None => {
            let errors = p.report.errors();
            // Blank answers are asked for; wrong ones are marked at their field.
            let missing: Vec<&str> = errors
                .iter()
                .filter(|e| e.code == ErrorCode::MissingField)
                .map(|e| e.field.label().get(lang))
                .collect();
            if missing.len() == errors.len() {
                html! { <p class="re-note">{ fill(t::CALC_INCOMPLETE, lang, &[("fields", &crate::policy::list(&missing, lang))]) }</p> }
            } else {
                html! { <p class="re-note">{ t::CALC_FIX.get(lang) }</p> }
            }
        }
    };
    // On a phone the result is below the form: a short line of it stays in
    // view while the form is, and takes you to it.
    let summary = match p.report.assessment() {
        Some(answer) => {
            let dispatch = p.dispatch.clone();
            let onclick =
                Callback::from(move |_: MouseEvent| dispatch.emit(Action::Focus(Target::Result)));
            html! {
                <button type="button" class="re-calc-summary re-no-print" data-testid="calc-summary" {onclick}>
                    { short_result(answer, lang) }<span>{ t::SEE_FULL_RESULT.get(lang) }</span>
                </button>
            }
        }
        None => html! {},
    };
    html! {
        <section class="re-calculator" aria-labelledby="re-calc-heading">
            { p.outline.heading("h2", &[("id", "re-calc-heading"), ("class", "re-h2"), ("tabindex", "-1"), ("data-focus-target", "true")], t::VIEW_CALCULATOR.get(lang)) }
            <p class="re-lead">{ t::CALC_INTRO.get(lang) }</p>
            { super::examples::examples(lang, &p.dispatch.reform(Action::Example)) }
            <div class="re-calc-grid">
                <form class="re-calc-form re-no-print" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                    { problem_question(&question) }
                    if covered {
                        { remedy_question(&question) }
                    }
                    { detail_questions(&question) }
                    if covered {
                        { evidence_question(&question) }
                    }
                </form>
                { summary }
                <div class="re-calc-result" data-testid="calc-result">{ result }</div>
            </div>
        </section>
    }
}
