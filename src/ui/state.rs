//! The app's state and every way it can change, as a reducer.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::Reducible;

use crate::policy::{Change, ClauseId, Evidence, Field, Lang, PolicyError};
use crate::session::{example, Answers, Notice, Shared, Step, View};

/// A short confirmation after a button press.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flash {
    /// The link is on the clipboard.
    LinkCopied,
    /// The summary is on the clipboard.
    SummaryCopied,
    /// The clipboard refused: show the text to copy by hand.
    CopyFailed(String),
    /// A suggestion was taken up (it can be undone).
    Applied(Change),
    /// The last suggestion taken up was undone.
    Undone,
    /// An example's answers were filled in (they can be undone).
    Example(usize),
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
    /// The answers and the step before the last suggestion or example
    /// taken up, while it can be undone.
    pub undo: Option<Box<(Answers, Step)>>,
    /// The id of the element to focus after this change (else the new
    /// heading, or the first error).
    pub focus: Option<String>,
    /// Which folding parts of the result are open, once the person has
    /// opened or closed one (before that: open on a wide screen only).
    pub open: Option<u8>,
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
    /// Take up a suggestion that changes the answers.
    Apply(Change),
    /// Put the answers back as they were before it.
    Undo,
    /// Go to an item of evidence to tick (the customer ticks it).
    GoToEvidence(Evidence),
    /// Bring an element of the result into focus (by id).
    Focus(&'static str),
    /// Which folding parts of the result are open (bits).
    Fold(u8),
    /// Fill in the answers of an example (they can be undone).
    Example(usize),
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
            undo: None,
            focus: None,
            open: None,
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
        self.undo = None;
    }

    /// Moves focus to the element with this id, without a new history
    /// entry.
    fn focus_on(&mut self, id: String) {
        self.nav = self.nav.wrapping_add(1);
        self.focus = Some(id);
    }

    /// A change of the answers by hand: confirmations and undo go.
    fn edited(&mut self) {
        self.flash = None;
        self.undo = None;
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.push = false;
        next.focus = None;
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
                // Typing an amount against the currency shown picks it: a
                // later switch of language does not change what it means.
                if matches!(field, Field::AmountPaid | Field::ListPrice)
                    && !next.answers.is_filled(Field::Currency)
                {
                    let shown = next.answers.currency(next.lang).code().to_owned();
                    next.answers.set(Field::Currency, shown);
                }
                next.answers.set(field, value);
                if next.view == View::Calculator {
                    next.show([field]);
                }
                next.edited();
            }
            Action::ToggleEvidence(item) => {
                next.answers.toggle_evidence(item);
                next.edited();
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
                // Back, Forward or a pasted link: focus goes to the
                // heading of what is now on screen.
                next.nav = next.nav.wrapping_add(1);
                next.edited();
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
                if !change.changes_answers() {
                    return self;
                }
                next.undo = Some(Box::new((next.answers.clone(), next.step)));
                next.answers.apply(&change);
                next.flash = Some(Flash::Applied(change));
                next.focus_on("re-undo".to_owned());
            }
            Action::Undo => {
                let Some(before) = next.undo.take() else {
                    return self;
                };
                (next.answers, next.step) = *before;
                next.flash = Some(Flash::Undone);
                next.focus_on("re-whatif-heading".to_owned());
            }
            Action::GoToEvidence(item) => {
                if next.view == View::Questionnaire {
                    next.step = Step::Evidence;
                    next.navigate();
                }
                next.focus_on(format!("re-evidence-{}", item.as_str()));
            }
            Action::Focus(id) => next.focus_on(id.to_owned()),
            Action::Fold(open) => next.open = Some(open),
            Action::Example(i) => {
                let Some(answers) = example(i, next.today, next.lang) else {
                    return self;
                };
                let before = (next.answers.clone(), next.step);
                if next.view != View::Calculator {
                    next.set_view(View::Questionnaire);
                    next.step = Step::Result;
                }
                next.navigate();
                next.answers = answers;
                next.show(next.answers.detail_fields());
                next.undo = Some(Box::new(before));
                next.flash = Some(Flash::Example(i));
                next.focus_on("re-undo".to_owned());
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use chrono::NaiveDate;
    use yew::Reducible;

    use super::{Action, Flash, State};
    use crate::policy::{Field, Lang};
    use crate::session::{Step, View};

    fn today() -> NaiveDate {
        // A valid constant date (a test helper, never in the product).
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default()
    }

    fn run(state: State, actions: Vec<Action>) -> State {
        let mut s = Rc::new(state);
        for a in actions {
            s = s.reduce(a);
        }
        Rc::unwrap_or_clone(s)
    }

    /// An example fills in every answer and shows the result; Undo puts
    /// back the answers and the step from before.
    #[test]
    fn an_example_fills_in_and_undo_puts_back() {
        let start = State::new(Lang::ZhCn, View::Questionnaire, today());
        let s = run(
            start,
            vec![
                Action::Set(Field::Problem, "found_cheaper".to_owned()),
                Action::Example(0),
            ],
        );
        assert_eq!(s.step, Step::Result);
        assert_eq!(s.answers.text(Field::Problem), "hardware_failure");
        assert_eq!(s.answers.text(Field::Currency), "CNY");
        assert_eq!(s.flash, Some(Flash::Example(0)));
        assert_eq!(s.focus.as_deref(), Some("re-undo"));
        assert!(s.push, "a new history entry, so Back works");
        let s = run(s, vec![Action::Undo]);
        assert_eq!(s.step, Step::Problem);
        assert_eq!(s.answers.text(Field::Problem), "found_cheaper");
        assert_eq!(s.flash, Some(Flash::Undone));
    }

    /// In the calculator an example stays in the calculator; one that does
    /// not exist changes nothing.
    #[test]
    fn an_example_in_the_calculator_stays_there() {
        let start = State::new(Lang::En, View::Calculator, today());
        let s = run(start.clone(), vec![Action::Example(1)]);
        assert_eq!(s.view, View::Calculator);
        assert_eq!(s.answers.text(Field::Problem), "bandwidth_below_contract");
        assert!(s.shown.contains(&Field::AmountPaid));
        let same = run(start.clone(), vec![Action::Example(99)]);
        assert_eq!(same, start);
    }
}
