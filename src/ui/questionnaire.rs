//! The guided questionnaire: one step at a time, with progress, Back and
//! Next, and each step checked before moving on.

use yew::prelude::*;

use crate::i18n::{fill, t};
use crate::session::Step;

use super::fields::{detail_questions, evidence_question, problem_question, remedy_question};
use super::state::Action;
use super::view_props::ViewProps;
use crate::markup::Markup;

/// The questionnaire.
pub fn questionnaire(p: &ViewProps, step: Step) -> Html {
    let lang = p.lang;
    let steps = p.answers.steps();
    let index = steps.iter().position(|s| *s == step).unwrap_or(0);
    let title = match step {
        Step::Problem => t::STEP_PROBLEM,
        Step::Remedy => t::STEP_REMEDY,
        Step::Details if p.answers.ground().is_none() => t::STEP_DETAILS_NOT_COVERED,
        Step::Details => t::STEP_DETAILS,
        Step::Evidence => t::STEP_EVIDENCE,
        Step::Result => t::STEP_RESULT,
    };
    let hint = match step {
        Step::Problem => Some(t::STEP_PROBLEM_HINT),
        Step::Details if p.answers.ground().is_none() => Some(t::STEP_DETAILS_NOT_COVERED_HINT),
        Step::Evidence => Some(t::STEP_EVIDENCE_HINT),
        _ => None,
    };
    let question = p.question(false);
    let body = match step {
        Step::Problem => problem_question(&question),
        Step::Remedy => remedy_question(&question),
        Step::Details => detail_questions(&question),
        Step::Evidence => evidence_question(&question),
        // A link can open here with answers that do not hold: say which.
        Step::Result => p.result().unwrap_or_else(|| p.blocking()),
    };

    let dispatch = p.dispatch.clone();
    let onsubmit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        dispatch.emit(Action::Next);
    });
    // Enter advances from anywhere in the step (a radio button, a
    // checkbox, the heading), not only from a text field; buttons, links
    // and lists keep their own Enter.
    let dispatch = p.dispatch.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() != "Enter" || e.is_composing() {
            return;
        }
        let tag = e
            .target_dyn_into::<web_sys::Element>()
            .map(|el| el.tag_name().to_ascii_lowercase())
            .unwrap_or_default();
        if matches!(tag.as_str(), "button" | "a" | "select" | "textarea") {
            return;
        }
        e.prevent_default();
        dispatch.emit(Action::Next);
    });
    let back = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Back))
    };
    let edit = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Edit))
    };
    let start_over = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::StartOver))
    };
    let total = steps.len().to_string();
    let n = (index + 1).to_string();
    let next_label = if steps.get(index + 1) == Some(&Step::Result) {
        t::SEE_RESULT
    } else {
        t::NEXT
    };

    // The step's heading carries its progress, so both are read together
    // when the focus lands on it.
    let progress = fill(t::PROGRESS, lang, &[("n", &n), ("total", &total)]);
    let mut heading = Markup::new(p.outline);
    heading
        .open(
            "h2",
            &[
                ("id", "re-step-heading"),
                ("class", "re-h2"),
                ("tabindex", "-1"),
                ("data-focus-target", "true"),
                ("data-step", step.as_str()),
            ],
        )
        .el(
            "span",
            &[("class", "re-sr-only")],
            &format!("{progress}{}", t::COLON.get(lang)),
        )
        .text(title.get(lang))
        .close("h2");
    let heading = heading.into_html();
    html! {
        <section class="re-questionnaire" aria-labelledby="re-step-heading"
                 onkeydown={(step != Step::Result).then_some(onkeydown)}>
            <div class="re-progress re-no-print">
                <p class="re-progress-text" aria-hidden="true">{ progress.clone() }</p>
                <ol class="re-progress-bar" aria-hidden="true">
                    { for steps.iter().enumerate().map(|(i, _)| html! {
                        <li class={match i.cmp(&index) {
                            std::cmp::Ordering::Less => "re-done",
                            std::cmp::Ordering::Equal => "re-current",
                            std::cmp::Ordering::Greater => "",
                        }}></li>
                    }) }
                </ol>
            </div>
            { heading }
            { for hint.map(|h| html! { <p class="re-lead">{ h.get(lang) }</p> }) }
            if step == Step::Result {
                { body }
                <div class="re-nav re-no-print">
                    <button type="button" class="re-button re-secondary" onclick={edit}>{ t::EDIT_ANSWERS.get(lang) }</button>
                    <button type="button" class="re-button re-secondary" onclick={start_over}>{ t::START_OVER.get(lang) }</button>
                </div>
            } else {
                <form class="re-step" {onsubmit} novalidate=true>
                    { body }
                    <div class="re-nav re-no-print">
                        if index > 0 {
                            <button type="button" class="re-button re-secondary" data-testid="back" onclick={back}>{ t::BACK.get(lang) }</button>
                        }
                        <button type="submit" class="re-button re-primary">{ next_label.get(lang) }</button>
                    </div>
                </form>
                // After the question, so that Next stays in view on a
                // phone; for people showing the estimator to others.
                if step == Step::Problem {
                    { super::examples::examples(lang, &p.dispatch.reform(Action::Example)) }
                }
            }
        </section>
    }
}
