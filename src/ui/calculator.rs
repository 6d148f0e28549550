//! Every question on one screen; the result follows each keystroke.

use yew::prelude::*;

use crate::i18n::{fill, t};
use crate::policy::{ErrorCode, Lang, PolicyError};
use crate::session::Answers;

use super::fields::{
    detail_questions, evidence_question, problem_question, remedy_question, QuestionProps,
};
use super::result::{result_view, ResultProps};
use super::state::{Action, Flash};

/// Props.
#[derive(PartialEq)]
pub struct CalculatorProps {
    /// The answers.
    pub answers: Answers,
    /// The errors on screen.
    pub errors: Vec<PolicyError>,
    /// The language.
    pub lang: Lang,
    /// Today.
    pub today: chrono::NaiveDate,
    /// The last confirmation.
    pub flash: Option<Flash>,
    /// Whether the page address can be shared.
    pub shareable: bool,
    /// Where changes go.
    pub dispatch: Callback<Action>,
}

/// The calculator.
pub fn calculator(p: &CalculatorProps) -> Html {
    let lang = p.lang;
    let question = QuestionProps {
        answers: p.answers.clone(),
        errors: p.errors.clone(),
        lang,
        dispatch: p.dispatch.clone(),
        compact: true,
    };
    let covered = p.answers.ground().is_some();
    let result = match p.answers.outcome(lang, p.today) {
        Ok((request, outcome)) => result_view(&ResultProps {
            request,
            outcome,
            lang,
            flash: p.flash.clone(),
            dispatch: p.dispatch.clone(),
            shareable: p.shareable,
            all_answers: p.answers.request_all(lang),
            today: p.today,
        }),
        Err(errors) => {
            // Blank answers are asked for; wrong ones are marked at their field.
            let missing: Vec<&str> = errors
                .iter()
                .filter(|e| e.code == ErrorCode::MissingField)
                .map(|e| e.field.label().get(lang))
                .collect();
            if missing.len() == errors.len() {
                html! { <p class="re-note">{ fill(t::CALC_INCOMPLETE, lang, &[("fields", &missing.join(", "))]) }</p> }
            } else {
                html! { <p class="re-note">{ t::CALC_FIX.get(lang) }</p> }
            }
        }
    };
    html! {
        <section class="re-calculator" aria-labelledby="re-calc-heading">
            <h2 id="re-calc-heading" class="re-h2" tabindex="-1" data-focus-target="true">{ t::VIEW_CALCULATOR.get(lang) }</h2>
            <p class="re-lead">{ t::CALC_INTRO.get(lang) }</p>
            <div class="re-calc-grid">
                <form class="re-calc-form re-no-print" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                    { problem_question(&question) }
                    if covered {
                        { remedy_question(&question) }
                        { detail_questions(&question) }
                        { evidence_question(&question) }
                    }
                </form>
                <div class="re-calc-result" data-testid="calc-result">{ result }</div>
            </div>
        </section>
    }
}
