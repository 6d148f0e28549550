//! The questions, as components shared by the questionnaire and the
//! calculator. Each shows its error right under it, from the core's codes.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::{fill, t};
use crate::policy::{
    Billing, Currency, Evidence, Field, FieldNotice, Ground, Lang, PolicyError, Problem, Remedy,
    Text,
};
use crate::session::{Answers, UNTIL_APPLYING};

/// What every question needs.
#[derive(Clone)]
pub struct QuestionProps {
    /// The answers.
    pub answers: Answers,
    /// The errors on screen.
    pub errors: Vec<PolicyError>,
    /// What to know at a field (a late date), never an error.
    pub notices: Vec<FieldNotice>,
    /// The language.
    pub lang: Lang,
    /// An answer typed or chosen: the field and its new text.
    pub on_set: Callback<(Field, String)>,
    /// An item of evidence ticked or unticked.
    pub on_toggle: Callback<Evidence>,
    /// A compact layout (the calculator).
    pub compact: bool,
}

fn error_id(field: Field) -> String {
    format!("re-{}-error", field.as_str())
}

fn error_of(errors: &[PolicyError], field: Field) -> Option<&PolicyError> {
    errors.iter().find(|e| e.field == field)
}

/// The message under a field, if it has one: an alert, so that it is read
/// out when it appears or changes even while the field has the focus.
fn field_error(errors: &[PolicyError], field: Field) -> Html {
    match error_of(errors, field) {
        Some(e) => html! {
            <p class="re-error" id={error_id(field)} data-field={field.as_str()} role="alert">
                { super::icons::warning() }<span>{ &e.message }</span>
            </p>
        },
        None => html! {},
    }
}

/// What to know at a field that is not an error (a date after the term):
/// a status, read out when it appears, that blocks nothing.
fn field_notice(notices: &[FieldNotice], field: Field) -> Html {
    let Some(n) = notices.iter().find(|n| n.field == field) else {
        return html! {};
    };
    let id = format!("re-{}-notice", field.as_str());
    let mut m = crate::markup::Markup::default();
    m.node(
        "p",
        &[
            ("class", "re-field-notice"),
            ("id", &id),
            ("data-field", field.as_str()),
            ("data-testid", "field-notice"),
            ("role", "status"),
        ],
        |m| {
            m.fixed(super::icons::WARNING).el("span", &[], &n.text);
        },
    );
    m.into_html()
}

/// `aria-describedby` for a field: its hint, its error and its notice.
fn described_by(p: &QuestionProps, field: Field, hint: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("re-{}-hint", field.as_str()));
    }
    if error_of(&p.errors, field).is_some() {
        ids.push(error_id(field));
    }
    if p.notices.iter().any(|n| n.field == field) {
        ids.push(format!("re-{}-notice", field.as_str()));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// What happened: radio cards grouped by ground, each with an example; a
/// grouped select in the compact layout.
pub fn problem_question(p: &QuestionProps) -> Html {
    let lang = p.lang;
    let groups: Vec<(Text, Vec<Problem>)> = Ground::ALL
        .iter()
        .map(|g| {
            let problems = Problem::ALL
                .into_iter()
                .filter(|x| x.data().ground == Some(*g))
                .collect();
            (g.data().label, problems)
        })
        .chain(std::iter::once((
            t::GROUP_NONE,
            Problem::ALL
                .into_iter()
                .filter(|x| x.data().ground.is_none())
                .collect(),
        )))
        .collect();
    let invalid = error_of(&p.errors, Field::Problem).is_some();

    if p.compact {
        let on_set = p.on_set.clone();
        let onchange = Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_set.emit((Field::Problem, select.value()));
        });
        return html! {
            <div class="re-field">
                <label for="re-problem">{ Field::Problem.label().get(lang) }</label>
                <select id="re-problem" name="problem" {onchange} aria-invalid={invalid.to_string()}
                        aria-describedby={described_by(p, Field::Problem, false)}>
                    <option value="" selected={p.answers.problem().is_none()}>{ t::CHOOSE.get(lang) }</option>
                    { for groups.iter().map(|(label, problems)| html! {
                        <optgroup label={label.get(lang)}>
                            { for problems.iter().map(|x| html! {
                                <option value={x.as_str()} selected={p.answers.problem() == Some(*x)}>
                                    { x.data().label.get(lang) }
                                </option>
                            }) }
                        </optgroup>
                    }) }
                </select>
                { field_error(&p.errors, Field::Problem) }
            </div>
        };
    }

    html! {
        <fieldset class="re-choices" aria-invalid={invalid.to_string()}
                  aria-describedby={described_by(p, Field::Problem, false)}>
            <legend class="re-sr-only">{ Field::Problem.label().get(lang) }</legend>
            { field_error(&p.errors, Field::Problem) }
            { for groups.iter().map(|(label, problems)| html! {
                <div class="re-group" role="group" aria-label={label.get(lang)}>
                    <p class="re-group-label" aria-hidden="true">{ label.get(lang) }</p>
                    { for problems.iter().map(|x| {
                        let value = x.as_str();
                        let on_set = p.on_set.clone();
                        let onchange = Callback::from(move |_: Event| {
                            on_set.emit((Field::Problem, value.to_owned()));
                        });
                        let id = format!("re-problem-{value}");
                        html! {
                            <label class="re-choice" for={id.clone()}>
                                <input type="radio" name="problem" id={id} value={value}
                                       checked={p.answers.problem() == Some(*x)} {onchange} />
                                <span class="re-choice-text">
                                    <span class="re-choice-label">{ x.data().label.get(lang) }</span>
                                    <span class="re-choice-hint">{ x.data().example.get(lang) }</span>
                                </span>
                            </label>
                        }
                    }) }
                </div>
            }) }
        </fieldset>
    }
}

/// What you want: refund, exchange or either.
pub fn remedy_question(p: &QuestionProps) -> Html {
    let lang = p.lang;
    let current = p.answers.remedy();
    let options = [
        (Remedy::Refund, t::REMEDY_REFUND, t::REMEDY_REFUND_HINT),
        (
            Remedy::Exchange,
            t::REMEDY_EXCHANGE,
            t::REMEDY_EXCHANGE_HINT,
        ),
        (Remedy::Either, t::REMEDY_EITHER, t::REMEDY_EITHER_HINT),
    ];
    html! {
        <fieldset class={if p.compact { "re-choices re-compact" } else { "re-choices" }}>
            <legend class={if p.compact { "" } else { "re-sr-only" }}>{ Field::Remedy.label().get(lang) }</legend>
            { for options.iter().map(|(remedy, label, hint)| {
                let value = remedy.as_str();
                let on_set = p.on_set.clone();
                let onchange = Callback::from(move |_: Event| {
                    on_set.emit((Field::Remedy, value.to_owned()));
                });
                let id = format!("re-remedy-{value}");
                html! {
                    <label class="re-choice" for={id.clone()}>
                        <input type="radio" name="remedy" id={id} value={value}
                               checked={current == *remedy} {onchange} />
                        <span class="re-choice-text">
                            <span class="re-choice-label">{ label.get(lang) }</span>
                            <span class="re-choice-hint">{ hint.get(lang) }</span>
                        </span>
                    </label>
                }
            }) }
            { field_error(&p.errors, Field::Remedy) }
        </fieldset>
    }
}

/// A text or date input with its label, hint, message and extras below.
struct TextField<'a> {
    field: Field,
    kind: &'static str,
    label: Text,
    hint: Option<Text>,
    extra: Html,
    p: &'a QuestionProps,
}

impl TextField<'_> {
    fn draw(self) -> Html {
        let TextField {
            field,
            kind,
            label,
            hint,
            extra,
            p,
        } = self;
        let lang = p.lang;
        let id = format!("re-{}", field.as_str());
        let on_set = p.on_set.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_set.emit((field, input.value()));
        });
        let invalid = error_of(&p.errors, field).is_some();
        html! {
            <div class={format!("re-field re-field-{}", field.as_str())}>
                <label for={id.clone()}>{ label.get(lang) }</label>
                { for hint.map(|h| html! {
                    <p class="re-hint" id={format!("re-{}-hint", field.as_str())}>{ h.get(lang) }</p>
                }) }
                <input id={id} name={field.as_str()} type={kind} value={p.answers.shown(field).to_owned()} {oninput}
                       inputmode={(kind == "text").then_some("decimal")}
                       autocomplete="off" spellcheck="false"
                       min={(kind == "date").then_some("2000-01-01")}
                       max={(kind == "date").then_some("2100-12-31")}
                       aria-invalid={invalid.to_string()}
                       aria-describedby={described_by(p, field, hint.is_some())} />
                { field_error(&p.errors, field) }
                { field_notice(&p.notices, field) }
                { extra }
            </div>
        }
    }
}

/// A small button that fills a field with a value.
fn fill_button(
    p: &QuestionProps,
    field: Field,
    value: String,
    label: String,
    testid: &'static str,
) -> Html {
    let on_set = p.on_set.clone();
    let onclick = Callback::from(move |_: MouseEvent| on_set.emit((field, value.clone())));
    html! {
        <button type="button" class="re-button re-secondary re-small" data-testid={testid} {onclick}>{ label }</button>
    }
}

/// Subscription or pay-as-you-go: two cards, or a select when compact.
fn billing_question(p: &QuestionProps) -> Html {
    let lang = p.lang;
    let current = Billing::parse(p.answers.text(Field::Billing)).unwrap_or_default();
    let options = [
        (Billing::Subscription, t::BILLING_SUBSCRIPTION_HINT),
        (Billing::PayAsYouGo, t::BILLING_PAYG_HINT),
    ];
    html! {
        <fieldset class={if p.compact { "re-choices re-billing re-compact" } else { "re-choices re-billing" }}>
            <legend>{ Field::Billing.label().get(lang) }</legend>
            { for options.iter().map(|(billing, hint)| {
                let value = billing.as_str();
                let on_set = p.on_set.clone();
                let onchange = Callback::from(move |_: Event| {
                    on_set.emit((Field::Billing, value.to_owned()));
                });
                let id = format!("re-billing-{value}");
                html! {
                    <label class="re-choice" for={id.clone()}>
                        <input type="radio" name="billing" id={id} value={value}
                               checked={current == *billing} {onchange} />
                        <span class="re-choice-text">
                            <span class="re-choice-label">{ capitalised(billing.label().get(lang)) }</span>
                            <span class="re-choice-hint">{ hint.get(lang) }</span>
                        </span>
                    </label>
                }
            }) }
            { field_error(&p.errors, Field::Billing) }
        </fieldset>
    }
}

/// "a subscription (paid in advance)" as a label: "A subscription ...".
/// (Only English has case, and its labels are ASCII.)
fn capitalised(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The details this case uses, in the table's order, each drawn by its
/// kind: the billing, the amount with its currency and the original
/// price, the dates.
pub fn detail_questions(p: &QuestionProps) -> Html {
    let lang = p.lang;
    let a = &p.answers;
    let fields = a.detail_fields();
    let force_majeure = a.ground() == Some(Ground::ForceMajeure);
    let input = |field: Field, kind: &'static str, hint: Option<Text>, extra: Html| {
        TextField {
            field,
            kind,
            label: field.label(),
            hint,
            extra,
            p,
        }
        .draw()
    };
    let currency = {
        let on_set = p.on_set.clone();
        let onchange = Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_set.emit((Field::Currency, select.value()));
        });
        let current = a.currency(lang);
        html! {
            <div class="re-field re-field-currency">
                <label for="re-currency">{ Field::Currency.label().get(lang) }</label>
                <select id="re-currency" name="currency" {onchange}>
                    { for Currency::ALL.iter().map(|c| html! {
                        <option value={c.code()} selected={*c == current}>{ c.code() }</option>
                    }) }
                </select>
                { field_error(&p.errors, Field::Currency) }
            </div>
        }
    };
    // The expiry date as the console shows it; a typed last paid day gets
    // the likely expiry date offered in one click.
    let expiry = match a.likely_expiry() {
        Some(expiry) => {
            let typed = a.text(Field::ServiceEnd).to_owned();
            html! {
                <p class="re-suggest" role="status" data-testid="expiry-hint">
                    { fill(t::HINT_EXPIRY, lang, &[("typed", &typed), ("expiry", &expiry)]) }{ " " }
                    { fill_button(p, Field::ServiceEnd, expiry.clone(), fill(t::USE_EXPIRY, lang, &[("expiry", &expiry)]), "use-expiry") }
                </p>
            }
        }
        None => html! {},
    };
    // When use stopped: the day the problem began, or until the customer
    // applies (a relation: it follows the application date), in one
    // click, or any day typed.
    let stopped_buttons = html! {
        <>
            if a.stopped_until_applying() {
                <p class="re-hint" data-testid="stopped-follows">{ t::STOPPED_FOLLOWS_APPLICATION.get(lang) }</p>
            }
            <p class="re-quick">
                { fill_button(p, Field::StoppedUsing, a.text(Field::ProblemStart).to_owned(), t::STOPPED_SAME_DAY.get(lang).to_owned(), "stopped-same-day") }
                { fill_button(p, Field::StoppedUsing, UNTIL_APPLYING.to_owned(), t::STOPPED_UNTIL_APPLYING.get(lang).to_owned(), "stopped-until-applying") }
            </p>
        </>
    };
    let listed_price = fields.contains(&Field::ListPrice);
    html! {
        <div class="re-details">
            { for fields.iter().map(|&f| match f {
                Field::Billing => billing_question(p),
                Field::AmountPaid => html! {
                    <div class="re-money">
                        { input(f, "text", Some(t::HINT_AMOUNTPAID), html! {}) }
                        { currency.clone() }
                        if listed_price {
                            { input(Field::ListPrice, "text", Some(t::HINT_LISTPRICE), html! {}) }
                        }
                    </div>
                },
                // Drawn with the amount.
                Field::Currency | Field::ListPrice => html! {},
                Field::ServiceStart => input(f, "date", Some(t::HINT_SERVICESTART), html! {}),
                Field::ServiceEnd => input(f, "date", Some(t::HINT_SERVICEEND), expiry.clone()),
                Field::ProblemStart if force_majeure => input(f, "date", Some(t::HINT_PROBLEMSTART_FM), html! {}),
                Field::ProblemStart => input(f, "date", Some(t::HINT_PROBLEMSTART), html! {}),
                Field::StoppedUsing => TextField {
                    field: f,
                    kind: "date",
                    label: t::QUESTION_STOPPEDUSING,
                    hint: Some(t::HINT_STOPPEDUSING),
                    extra: stopped_buttons.clone(),
                    p,
                }
                .draw(),
                Field::ApplicationDate => input(f, "date", Some(t::HINT_APPLICATIONDATE), html! {}),
                _ => html! {},
            }) }
        </div>
    }
}

/// Evidence already in hand: a checkbox each, suggested ones first.
pub fn evidence_question(p: &QuestionProps) -> Html {
    let lang = p.lang;
    let have = p.answers.evidence();
    let order = crate::policy::evidence_order(p.answers.ground());
    html! {
        <fieldset class={if p.compact { "re-choices re-compact" } else { "re-choices" }}>
            <legend class={if p.compact { "" } else { "re-sr-only" }}>{ Field::Evidence.label().get(lang) }</legend>
            { for order.iter().map(|&item| {
                let on_toggle = p.on_toggle.clone();
                let onchange = Callback::from(move |_: Event| on_toggle.emit(item));
                let id = super::dom_id::evidence(item);
                html! {
                    <label class="re-choice" for={id.clone()}>
                        <input type="checkbox" id={id} name="evidence" value={item.as_str()}
                               checked={have.contains(&item)} {onchange} />
                        <span class="re-choice-text">
                            <span class="re-choice-label">{ item.data().label.get(lang) }</span>
                            <span class="re-choice-hint">{ item.data().hint.get(lang) }</span>
                        </span>
                    </label>
                }
            }) }
            { field_error(&p.errors, Field::Evidence) }
        </fieldset>
    }
}
