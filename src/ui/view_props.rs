//! What the questionnaire and the calculator both show: the answers, the
//! report the core made of them, the errors on screen.

use std::rc::Rc;

use yew::{html, Callback, Html};

use crate::i18n::t;
use crate::policy::{Lang, PolicyError, Report};
use crate::session::Answers;

use super::fields::QuestionProps;
use super::result::ResultView;
use super::state::{Action, Flash};
use crate::markup::Outline;

/// Props of both views.
pub struct ViewProps {
    /// The answers.
    pub answers: Answers,
    /// The core's report on them, computed once per change.
    pub report: Rc<Report>,
    /// The errors on screen.
    pub errors: Vec<PolicyError>,
    /// The language.
    pub lang: Lang,
    /// The last confirmation.
    pub flash: Option<Flash>,
    /// Whether the page address can be shared.
    pub shareable: bool,
    /// Where changes go.
    pub dispatch: Callback<Action>,
    /// The widget's heading levels.
    pub outline: Outline,
    /// The result's folding parts that are open.
    pub open: u8,
}

impl ViewProps {
    /// The props every question takes.
    pub fn question(&self, compact: bool) -> QuestionProps {
        QuestionProps {
            answers: self.answers.clone(),
            errors: self.errors.clone(),
            notices: self
                .report
                .assessment()
                .map(|a| a.notices.clone())
                .unwrap_or_default(),
            lang: self.lang,
            on_set: self
                .dispatch
                .reform(|(field, text)| Action::Set(field, text)),
            on_toggle: self.dispatch.reform(Action::ToggleEvidence),
            compact,
        }
    }

    /// The result, or `None` while the answers stand in its way.
    pub fn result(&self) -> Option<Html> {
        self.report.assessment()?;
        Some(html! {
            <ResultView report={self.report.clone()} lang={self.lang} flash={self.flash.clone()}
                        dispatch={self.dispatch.clone()} shareable={self.shareable} outline={self.outline} open={self.open} />
        })
    }

    /// Every error that stands in the way of a result, with its field.
    pub fn blocking(&self) -> Html {
        let lang = self.lang;
        html! {
            <ul class="re-errors">
                { for self.report.errors().iter().map(|e| html! {
                    <li>{ e.field.label().get(lang) }{ t::COLON.get(lang) }{ &e.message }</li>
                }) }
            </ul>
        }
    }
}
