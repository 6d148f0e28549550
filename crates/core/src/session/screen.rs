//! What the estimator's screen holds and every way it can change, as a
//! pure reducer: [`Screen::update`] takes an [`Action`] and gives the next
//! screen with the [`Effect`]s the change asks of the browser (move the
//! focus, bring a clause into view, add a history entry). The state holds
//! no one-shot flags; the browser shell performs the effects and keeps
//! nothing else.

use std::rc::Rc;

use chrono::NaiveDate;

use crate::policy::{report, Change, ClauseId, Evidence, Field, Lang, PolicyError, Report};

use super::{decode, example, Answers, Notice, Shared, Step, View};

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

/// A part of the rules view a link or a click brings into view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// A clause, `#clause-<id>`.
    Clause(ClauseId),
    /// The box of the provider's published rules, `#published-rules`.
    PublishedRules,
}

impl Anchor {
    /// What every clause's anchor starts with.
    pub const CLAUSE_PREFIX: &'static str = "clause-";
    /// The published rules' anchor.
    pub const PUBLISHED_RULES: &'static str = "published-rules";

    /// The anchor an address fragment names, if it names one we know.
    pub fn parse(fragment: &str) -> Option<Anchor> {
        if fragment == Anchor::PUBLISHED_RULES {
            return Some(Anchor::PublishedRules);
        }
        fragment
            .strip_prefix(Anchor::CLAUSE_PREFIX)
            .and_then(ClauseId::parse)
            .map(Anchor::Clause)
    }

    /// The element id (and fragment) of the anchor.
    pub fn id(self) -> String {
        match self {
            Anchor::Clause(clause) => Anchor::clause_id(clause),
            Anchor::PublishedRules => Anchor::PUBLISHED_RULES.to_owned(),
        }
    }

    /// A clause's element id in the rules view, `clause-<id>`.
    pub fn clause_id(clause: ClauseId) -> String {
        format!("{}{}", Anchor::CLAUSE_PREFIX, clause.as_str())
    }
}

/// Where the focus goes after a change. Each target names a part by what
/// it is; the browser shell maps it to an element (`src/ui/dom_id.rs`).
/// Where the target is not on screen, the focus goes to the first error
/// shown, else to the heading of what is now on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The first error shown, else the heading of what is on screen.
    Screen,
    /// The result (the calculator's "see the result" link).
    Result,
    /// The published rules' card of the result.
    Published,
    /// The Undo button of a suggestion or an example.
    Undo,
    /// The heading of "what would change the outcome".
    Suggestions,
    /// The tick box of an item of evidence.
    Evidence(Evidence),
}

/// What a change asks of the browser, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// The address gets a new history entry (else it is replaced), so Back
    /// returns here.
    PushAddress,
    /// Move the focus.
    Focus(Target),
    /// Scroll the rules view to a part and focus it.
    Reveal(Anchor),
}

/// Everything on screen derives from this. The answers, the language and
/// "today" change only through [`Screen::update`], which computes the
/// core's [`Report`] on them once per change: every view, the live region,
/// the result event and the questionnaire's Next read that one report.
#[derive(Debug, Clone)]
pub struct Screen {
    /// The answers as typed.
    answers: Answers,
    /// Which screen.
    pub view: View,
    /// The screen before the policy view, for its Back button.
    pub came_from: View,
    /// The questionnaire step.
    pub step: Step,
    /// The language.
    lang: Lang,
    /// Today, read once when the app starts.
    today: NaiveDate,
    /// The core's report on the answers, in the language.
    report: Rc<Report>,
    /// Fields whose errors are on screen.
    pub shown: Vec<Field>,
    /// Notices about the link the page was opened with.
    pub notices: Vec<Notice>,
    /// A confirmation or a fallback after copying.
    pub flash: Option<Flash>,
    /// The part of the rules view asked for, while it is on screen.
    pub anchor: Option<Anchor>,
    /// The answers and the step before the last suggestion or example
    /// taken up, while it can be undone.
    pub undo: Option<Box<(Answers, Step)>>,
    /// Which folding parts of the result are open, once the person has
    /// opened or closed one (before that: open on a wide screen only).
    pub open: Option<u8>,
}

/// A change.
#[derive(Debug, Clone, PartialEq)]
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
    /// Show a part of the rules view.
    Reveal(Anchor),
    /// State read from a share link.
    Restore(Box<Shared>, Vec<Notice>),
    /// The address's fragment (with or without its `#`) changed while the
    /// page was open (Back, Forward, a link of the page, a pasted link): an
    /// anchor of the rules view, a share link, or something this build
    /// cannot read.
    Follow(String),
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
    /// Bring a part of the result into focus.
    Focus(Target),
    /// Which folding parts of the result are open (bits).
    Fold(u8),
    /// Fill in the answers of an example (they can be undone).
    Example(usize),
}

impl Screen {
    /// A fresh session.
    pub fn new(lang: Lang, view: View, today: NaiveDate) -> Screen {
        let answers = Answers::new(today);
        Screen {
            report: Rc::new(report(&answers.request(lang), today)),
            answers,
            view,
            came_from: View::Questionnaire,
            step: Step::Problem,
            lang,
            today,
            shown: Vec::new(),
            notices: Vec::new(),
            flash: None,
            anchor: None,
            undo: None,
            open: None,
        }
    }

    /// The screen an address opens, and what opening it asks of the
    /// browser: an anchor of the rules view, or a share link (decoded by
    /// the caller; `lang` is the language it ends up in).
    pub fn opened(
        mut self,
        anchor: Option<Anchor>,
        shared: Option<(Shared, Vec<Notice>)>,
    ) -> (Screen, Vec<Effect>) {
        if let Some(anchor) = anchor {
            self.view = View::Policy;
            self.anchor = Some(anchor);
            return (self, vec![Effect::Reveal(anchor)]);
        }
        match shared {
            Some((shared, notices)) => {
                match self.update(Action::Restore(Box::new(shared), notices)) {
                    Some(next) => next,
                    None => (self, Vec::new()),
                }
            }
            None => (self, Vec::new()),
        }
    }

    /// The answers as typed.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Today, as the app read it when it started.
    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// The core's report on the answers (the same `Rc` until they change).
    pub fn report(&self) -> &Rc<Report> {
        &self.report
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

    /// The next screen and what the change asks of the browser, or `None`
    /// when the action changes nothing.
    pub fn update(&self, action: Action) -> Option<(Screen, Vec<Effect>)> {
        let mut next = self.clone();
        let mut effects = Vec::new();
        match action {
            Action::Set(field, value) => {
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
            Action::Next => match next.answers.next_step(next.step, next.report.errors()) {
                Ok(step) => {
                    next.step = step;
                    next.navigate(&mut effects, Target::Screen);
                }
                Err(errors) => {
                    next.show(errors.into_iter().map(|e| e.field));
                    // Focus moves to the first message so it is read out.
                    effects.push(Effect::Focus(Target::Screen));
                }
            },
            Action::Back => {
                next.step = next.answers.previous_step(next.step);
                next.navigate(&mut effects, Target::Screen);
            }
            Action::Edit => {
                next.view = View::Questionnaire;
                next.step = Step::Problem;
                next.navigate(&mut effects, Target::Screen);
            }
            Action::StartOver => {
                next = Screen::new(next.lang, View::Questionnaire, next.today);
                next.navigate(&mut effects, Target::Screen);
            }
            Action::View(view) => {
                if view == next.view {
                    return None;
                }
                next.set_view(view);
                next.anchor = None;
                if view == View::Calculator {
                    // Everything typed so far is checked on this screen.
                    let filled: Vec<Field> = next.answers.detail_fields();
                    next.show(filled);
                }
                next.navigate(&mut effects, Target::Screen);
            }
            Action::Lang(lang) => next.lang = lang,
            Action::Reveal(anchor) => {
                next.set_view(View::Policy);
                next.anchor = Some(anchor);
                next.navigate(&mut effects, Target::Screen);
            }
            Action::Restore(shared, notices) => {
                let shared = *shared;
                if shared == self.shared() && notices.is_empty() {
                    return None;
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
                effects.push(Effect::Focus(Target::Screen));
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
            Action::Follow(fragment) => {
                let fragment = fragment.strip_prefix('#').unwrap_or(&fragment);
                if let Some(anchor) = Anchor::parse(fragment) {
                    return self.update(Action::Reveal(anchor));
                }
                let (shared, notices) = decode(fragment)?;
                if shared != Shared::default() || notices.is_empty() {
                    return self.update(Action::Restore(Box::new(shared), notices));
                }
                // Nothing in it this build can read (`#top`, a cut link, a
                // link of a newer build): the answers stay as they are, and
                // the notice says why, as opening the link fresh would.
                if next.notices == notices {
                    return None;
                }
                next.notices = notices;
            }
            Action::Dismiss(i) => {
                if i >= next.notices.len() {
                    return None;
                }
                next.notices.remove(i);
            }
            Action::Flash(flash) => next.flash = flash,
            Action::Apply(change) => {
                if !change.changes_answers() {
                    return None;
                }
                next.undo = Some(Box::new((next.answers.clone(), next.step)));
                next.answers.apply(&change);
                next.flash = Some(Flash::Applied(change));
                effects.push(Effect::Focus(Target::Undo));
            }
            Action::Undo => {
                let before = next.undo.take()?;
                (next.answers, next.step) = *before;
                next.flash = Some(Flash::Undone);
                effects.push(Effect::Focus(Target::Suggestions));
            }
            Action::GoToEvidence(item) => {
                if next.view == View::Questionnaire {
                    next.step = Step::Evidence;
                    next.navigate(&mut effects, Target::Evidence(item));
                } else {
                    effects.push(Effect::Focus(Target::Evidence(item)));
                }
            }
            Action::Focus(target) => effects.push(Effect::Focus(target)),
            Action::Fold(open) => next.open = Some(open),
            Action::Example(i) => {
                let answers = example(i, next.today, next.lang)?;
                let before = (next.answers.clone(), next.step);
                if next.view != View::Calculator {
                    next.set_view(View::Questionnaire);
                    next.step = Step::Result;
                }
                next.navigate(&mut effects, Target::Undo);
                next.answers = answers;
                next.show(next.answers.detail_fields());
                next.undo = Some(Box::new(before));
                next.flash = Some(Flash::Example(i));
            }
        }
        // While the rules view shows a part asked for, moving there
        // brings that part into view instead of the heading.
        if let Some(anchor) = next.anchor.filter(|_| next.view == View::Policy) {
            for effect in &mut effects {
                if matches!(effect, Effect::Focus(_)) {
                    *effect = Effect::Reveal(anchor);
                }
            }
        }
        if next == *self && effects.is_empty() {
            return None;
        }
        let stale = Rc::ptr_eq(&next.report, &self.report);
        if stale && (next.answers != self.answers || next.lang != self.lang) {
            next.report = Rc::new(report(&next.answers.request(next.lang), next.today));
        }
        Some((next, effects))
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

    /// The person moved to another step or view: a new history entry, the
    /// focus on `focus`; confirmations and undo go.
    fn navigate(&mut self, effects: &mut Vec<Effect>, focus: Target) {
        effects.push(Effect::PushAddress);
        effects.push(Effect::Focus(focus));
        self.flash = None;
        self.undo = None;
    }

    /// A change of the answers by hand: confirmations and undo go.
    fn edited(&mut self) {
        self.flash = None;
        self.undo = None;
    }
}

/// Two screens are the same when what they hold is: the report is a
/// function of the answers, the language and today.
impl PartialEq for Screen {
    fn eq(&self, other: &Screen) -> bool {
        self.answers == other.answers
            && self.view == other.view
            && self.came_from == other.came_from
            && self.step == other.step
            && self.lang == other.lang
            && self.today == other.today
            && self.shown == other.shown
            && self.notices == other.notices
            && self.flash == other.flash
            && self.anchor == other.anchor
            && self.undo == other.undo
            && self.open == other.open
    }
}
