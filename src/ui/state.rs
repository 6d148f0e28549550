//! The app's state and every way it can change, as a reducer.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::Reducible;

use crate::policy::{Change, ClauseId, Evidence, Field, Lang, PolicyError};
use crate::session::{Answers, Notice, Shared, Step, View};

/// A short confirmation after a button press.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flash {
    /// The link is on the clipboard.
    LinkCopied,
    /// The summary is on the clipboard.
    SummaryCopied,
    /// The clipboard refused: show the text to copy by hand.
    CopyFailed(String),
}

/// Everything on screen derives from this.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The answers as typed.
    pub answers: Answers,
    /// Which screen.
    pub view: View,
    /// The screen before the policy view, for its Back button.
    pub came_from: View,
    /// The questionnaire step.
    pub step: Step,
    /// The language.
    pub lang: Lang,
    /// Today, read once when the app starts.
    pub today: NaiveDate,
    /// Fields whose errors are on screen.
    pub shown: Vec<Field>,
    /// Notices about the link the page was opened with.
    pub notices: Vec<Notice>,
    /// A confirmation or a fallback after copying.
    pub flash: Option<Flash>,
    /// The id of a part of the policy page to bring into view
    /// (`clause-<id>` or `published-rules`).
    pub anchor: Option<String>,
    /// Bumped by each navigation the person makes, so focus follows.
    pub nav: u32,
    /// Whether the next address update adds a history entry.
    pub push: bool,
}

/// A change.
pub enum Action {
    /// An answer was typed or chosen.
    Set(Field, String),
    /// An item of evidence was ticked or unticked.
    ToggleEvidence(Evidence),
    /// Next step, if the current one is valid.
    Next,
    /// Previous step.
    Back,
    /// Back to the first step, answers kept.
    Edit,
    /// Clear every answer.
    StartOver,
    /// Another view.
    View(View),
    /// Another language.
    Lang(Lang),
    /// Show a clause in the policy view.
    Clause(ClauseId),
    /// Show the published-rules box in the policy view.
    PublishedRules,
    /// State read from a share link.
    Restore(Box<Shared>, Vec<Notice>),
    /// Hide a notice.
    Dismiss(usize),
    /// Show or clear a confirmation.
    Flash(Option<Flash>),
    /// Apply a suggested change to the answers.
    Apply(Change),
}

impl State {
    /// A fresh session.
    pub fn new(lang: Lang, view: View, today: NaiveDate) -> State {
        State {
            answers: Answers::new(today),
            view,
            came_from: View::Questionnaire,
            step: Step::Problem,
            lang,
            today,
            shown: Vec::new(),
            notices: Vec::new(),
            flash: None,
            anchor: None,
            nav: 0,
            push: false,
        }
    }

    /// What a share link carries.
    pub fn shared(&self) -> Shared {
        Shared {
            answers: self.answers.clone(),
            view: self.view,
            step: self.step,
            lang: Some(self.lang),
        }
    }

    /// Of `errors`, those of the fields that are on screen.
    pub fn visible(&self, errors: &[PolicyError]) -> Vec<PolicyError> {
        errors
            .iter()
            .filter(|e| self.shown.contains(&e.field))
            .cloned()
            .collect()
    }

    fn show(&mut self, fields: impl IntoIterator<Item = Field>) {
        for f in fields {
            if !self.shown.contains(&f) {
                self.shown.push(f);
            }
        }
    }

    fn set_view(&mut self, view: View) {
        if view == View::Policy && self.view != View::Policy {
            self.came_from = self.view;
        }
        self.view = view;
    }

    fn navigate(&mut self) {
        self.nav = self.nav.wrapping_add(1);
        self.push = true;
        self.flash = None;
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.push = false;
        match action {
            Action::Set(field, value) => {
                // The one panic in src/, on purpose: it exists only in the
                // test build (feature "test-hooks", never shipped), to prove
                // that a fault shows the crash screen (src/crash.rs).
                #[cfg(feature = "test-hooks")]
                if value == "__panic__" {
                    #[allow(clippy::panic)]
                    {
                        panic!("deliberate fault for the crash-screen test");
                    }
                }
                next.answers.set(field, value);
                if next.view == View::Calculator {
                    next.show([field]);
                }
                next.flash = None;
            }
            Action::ToggleEvidence(item) => {
                next.answers.toggle_evidence(item);
                next.flash = None;
            }
            Action::Next => match next.answers.next_step(next.step, next.lang, next.today) {
                Ok(step) => {
                    next.step = step;
                    next.navigate();
                }
                Err(errors) => {
                    next.show(errors.into_iter().map(|e| e.field));
                    // Focus moves to the first message so it is read out.
                    next.nav = next.nav.wrapping_add(1);
                }
            },
            Action::Back => {
                next.step = next.answers.previous_step(next.step);
                next.navigate();
            }
            Action::Edit => {
                next.view = View::Questionnaire;
                next.step = Step::Problem;
                next.navigate();
            }
            Action::StartOver => {
                let fresh = State::new(next.lang, View::Questionnaire, next.today);
                next = State {
                    nav: next.nav,
                    ..fresh
                };
                next.navigate();
            }
            Action::View(view) => {
                if view == next.view {
                    return self;
                }
                next.set_view(view);
                next.anchor = None;
                if view == View::Calculator {
                    // Everything typed so far is checked on this screen.
                    let filled: Vec<Field> = next.answers.detail_fields();
                    next.show(filled);
                }
                next.navigate();
            }
            Action::Lang(lang) => next.lang = lang,
            Action::Clause(clause) => {
                next.set_view(View::Policy);
                next.anchor = Some(format!("clause-{}", clause.as_str()));
                next.navigate();
            }
            Action::PublishedRules => {
                next.set_view(View::Policy);
                next.anchor = Some("published-rules".to_owned());
                next.navigate();
            }
            Action::Restore(shared, notices) => {
                let shared = *shared;
                if shared == self.shared() && notices.is_empty() {
                    return self;
                }
                next.answers = shared.answers;
                next.view = shared.view;
                next.step = shared.step;
                if let Some(lang) = shared.lang {
                    next.lang = lang;
                }
                next.notices = notices;
                // Show the errors of what the link filled in, not of what
                // it left empty.
                let filled: Vec<Field> = next
                    .answers
                    .detail_fields()
                    .into_iter()
                    .filter(|f| next.answers.is_filled(*f))
                    .collect();
                next.shown = filled;
            }
            Action::Dismiss(i) => {
                if i < next.notices.len() {
                    next.notices.remove(i);
                }
            }
            Action::Flash(flash) => next.flash = flash,
            Action::Apply(change) => {
                next.answers.apply(&change);
                next.flash = None;
            }
        }
        Rc::new(next)
    }
}
