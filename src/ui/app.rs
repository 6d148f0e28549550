//! A plain form that proves the pipeline: every change re-evaluates the
//! answers through the core and renders the outcome, or each field's error
//! next to the field.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::policy::{
    self, ClauseId, Currency, Evidence, Field, Input, Lang, Outcome, PolicyError, Problem,
    RawRequest, Remedy,
};

/// The answers, exactly as typed.
#[derive(Clone, PartialEq, Default)]
pub struct State {
    problem: String,
    remedy: String,
    currency: String,
    amount: String,
    service_start: String,
    service_end: String,
    problem_start: String,
    application_date: String,
    evidence: Vec<Evidence>,
    lang: Lang,
}

/// A change to one answer.
pub enum Action {
    Set(Field, String),
    ToggleEvidence(Evidence),
    Lang(Lang),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Set(field, value) => {
                let slot = match field {
                    Field::Problem => &mut next.problem,
                    Field::Remedy => &mut next.remedy,
                    Field::Currency => &mut next.currency,
                    Field::AmountPaid => &mut next.amount,
                    Field::ServiceStart => &mut next.service_start,
                    Field::ServiceEnd => &mut next.service_end,
                    Field::ProblemStart => &mut next.problem_start,
                    Field::ApplicationDate => &mut next.application_date,
                    Field::Evidence | Field::Request => return self,
                };
                *slot = value;
            }
            Action::ToggleEvidence(e) => {
                if let Some(i) = next.evidence.iter().position(|x| *x == e) {
                    next.evidence.remove(i);
                } else {
                    next.evidence.push(e);
                }
            }
            Action::Lang(lang) => next.lang = lang,
        }
        Rc::new(next)
    }
}

impl State {
    fn request(&self) -> RawRequest {
        let text = |s: &str| Input::text(s);
        RawRequest {
            problem: text(&self.problem),
            remedy: text(&self.remedy),
            currency: text(&self.currency),
            amount_paid: text(&self.amount),
            service_start: text(&self.service_start),
            service_end: text(&self.service_end),
            problem_start: text(&self.problem_start),
            application_date: text(&self.application_date),
            evidence: Input::List(
                self.evidence
                    .iter()
                    .map(|e| Input::text(e.as_str()))
                    .collect(),
            ),
            lang: text(self.lang.tag()),
        }
    }
}

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State {
        application_date: policy::iso(crate::api::today()),
        ..State::default()
    });
    let lang = state.lang;
    let result = policy::validate(&state.request(), crate::api::today());

    let errors: Vec<PolicyError> = result.as_ref().err().cloned().unwrap_or_default();
    let error_for = |field: Field| -> Html {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| {
                html! { <p class="error" id={format!("{}-error", field.as_str())} role="alert">{ &e.message }</p> }
            })
            .unwrap_or_default()
    };

    let on_text = |field: Field| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::Set(field, input.value()));
        })
    };
    let on_select = |field: Field| {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            state.dispatch(Action::Set(field, select.value()));
        })
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            state.dispatch(Action::Lang(Lang::from_tag(&select.value())));
        })
    };

    let option = |value: &str, label: &str, current: &str| {
        html! { <option value={value.to_string()} selected={value == current}>{ label.to_string() }</option> }
    };
    let date_field = |field: Field, value: &str| {
        let id = field.as_str();
        html! {
            <div class="field">
                <label for={id}>{ field.label().get(lang) }</label>
                <input id={id} name={id} type="date" value={value.to_string()} oninput={on_text(field)} />
                { error_for(field) }
            </div>
        }
    };

    html! {
        <main lang={lang.tag()}>
            <h1>{ policy::POLICY.title.get(lang) }</h1>
            <div class="field">
                <label for="lang">{ "Language / 语言" }</label>
                <select id="lang" onchange={on_lang}>
                    { option("en", "English", lang.tag()) }
                    { option("zh-CN", "简体中文", lang.tag()) }
                </select>
            </div>
            <form onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <div class="field">
                    <label for="problem">{ Field::Problem.label().get(lang) }</label>
                    <select id="problem" name="problem" onchange={on_select(Field::Problem)}>
                        { option("", "—", &state.problem) }
                        { for Problem::ALL.iter().map(|p| option(p.as_str(), p.data().label.get(lang), &state.problem)) }
                    </select>
                    { error_for(Field::Problem) }
                </div>
                <div class="field">
                    <label for="remedy">{ Field::Remedy.label().get(lang) }</label>
                    <select id="remedy" name="remedy" onchange={on_select(Field::Remedy)}>
                        { for [Remedy::Either, Remedy::Refund, Remedy::Exchange].iter().map(|r| option(r.as_str(), r.label().get(lang), &state.remedy)) }
                    </select>
                    { error_for(Field::Remedy) }
                </div>
                <div class="field">
                    <label for="amountPaid">{ Field::AmountPaid.label().get(lang) }</label>
                    <input id="amountPaid" name="amountPaid" inputmode="decimal" value={state.amount.clone()} oninput={on_text(Field::AmountPaid)} />
                    { error_for(Field::AmountPaid) }
                </div>
                <div class="field">
                    <label for="currency">{ Field::Currency.label().get(lang) }</label>
                    <select id="currency" name="currency" onchange={on_select(Field::Currency)}>
                        { for Currency::ALL.iter().map(|c| option(c.code(), c.code(), &state.currency)) }
                    </select>
                    { error_for(Field::Currency) }
                </div>
                { date_field(Field::ServiceStart, &state.service_start) }
                { date_field(Field::ServiceEnd, &state.service_end) }
                { date_field(Field::ProblemStart, &state.problem_start) }
                { date_field(Field::ApplicationDate, &state.application_date) }
                <fieldset>
                    <legend>{ Field::Evidence.label().get(lang) }</legend>
                    { for Evidence::ALL.iter().map(|&e| {
                        let state = state.clone();
                        let id = format!("evidence-{}", e.as_str());
                        html! {
                            <div>
                                <input type="checkbox" id={id.clone()} checked={state.evidence.contains(&e)}
                                    onchange={Callback::from(move |_| state.dispatch(Action::ToggleEvidence(e)))} />
                                <label for={id}>{ e.data().label.get(lang) }</label>
                            </div>
                        }
                    }) }
                    { error_for(Field::Evidence) }
                </fieldset>
            </form>
            <section id="outcome" aria-live="polite">
                { match &result {
                    Ok(request) => view_outcome(&policy::decide(request), lang),
                    Err(_) => html! {},
                } }
            </section>
        </main>
    }
}

fn clause_link(clause: ClauseId, lang: Lang) -> Html {
    html! {
        <a class="clause" href={format!("#clause-{}", clause.as_str())}
           title={clause.data().title.get(lang)}>{ clause.as_str() }</a>
    }
}

fn view_outcome(outcome: &Outcome, lang: Lang) -> Html {
    html! {
        <>
            <h2 id="verdict" data-verdict={outcome.verdict.as_str()}>{ outcome.verdict.as_str() }</h2>
            { for outcome.refund.iter().map(|r| html! {
                <p id="refund">{ format!("{} {}", r.currency, r.amount) }</p>
            }) }
            <ul id="explanation">
                { for outcome.explanation.iter().map(|l| html! {
                    <li>{ &l.text }{ " " }{ clause_link(l.clause, lang) }</li>
                }) }
            </ul>
            <ol id="next-steps">
                { for outcome.next_steps.iter().map(|l| html! {
                    <li>{ &l.text }{ " " }{ clause_link(l.clause, lang) }</li>
                }) }
            </ol>
        </>
    }
}
