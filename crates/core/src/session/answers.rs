//! The answers as typed, and which questions they make relevant.

use chrono::NaiveDate;

use crate::policy::{
    iso, likely_expiry, need, parse_date, wants_refund, Change, Currency, Evidence, Field, Ground,
    Input, Kind, Lang, Need, PolicyError, Problem, RawRequest, Remedy,
};

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The guided questions, one step at a time (the default).
    #[default]
    Questionnaire,
    /// Every input on one screen, the result updating live.
    Calculator,
    /// The whole policy in plain words.
    Policy,
}

impl View {
    /// Every view, in menu order.
    pub const ALL: [View; 3] = [View::Questionnaire, View::Calculator, View::Policy];

    /// The id used in links and in the embed's `view` attribute.
    pub const fn as_str(self) -> &'static str {
        match self {
            View::Questionnaire => "questionnaire",
            View::Calculator => "calculator",
            View::Policy => "policy",
        }
    }

    /// The view with this id.
    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// A step of the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord)]
pub enum Step {
    /// What happened.
    #[default]
    Problem,
    /// What you want.
    Remedy,
    /// Service period, amount, dates.
    Details,
    /// Evidence you already have.
    Evidence,
    /// The result.
    Result,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 5] = [
        Step::Problem,
        Step::Remedy,
        Step::Details,
        Step::Evidence,
        Step::Result,
    ];

    /// The id used in links.
    pub const fn as_str(self) -> &'static str {
        match self {
            Step::Problem => "problem",
            Step::Remedy => "remedy",
            Step::Details => "details",
            Step::Evidence => "evidence",
            Step::Result => "result",
        }
    }

    /// The step with this id.
    pub fn parse(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// The answer "used the server until I apply": the day use stopped is the
/// application date, whatever it becomes later (never a copy that goes
/// stale). Kept as typed, so a share link carries the relation too.
pub const UNTIL_APPLYING: &str = "applying";

/// The answers exactly as typed: nothing is lost when a value is invalid.
/// They are a request in the making, field by field (the table in
/// `policy::Field`); evidence is kept in vocabulary order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers {
    raw: RawRequest,
}

impl Answers {
    /// Answers with the application date set to `today`.
    pub fn new(today: NaiveDate) -> Answers {
        Answers {
            raw: RawRequest::default().with(Field::ApplicationDate, &iso(today)),
        }
    }

    /// The text typed or chosen for a field (empty when none).
    pub fn text(&self, field: Field) -> &str {
        match self.raw.get(field) {
            Input::Text(text) => text,
            _ => "",
        }
    }

    /// The text a field shows: as typed, except that "until I apply" shows
    /// the application date it stands for.
    pub fn shown(&self, field: Field) -> &str {
        match field {
            Field::StoppedUsing if self.stopped_until_applying() => {
                self.text(Field::ApplicationDate)
            }
            _ => self.text(field),
        }
    }

    /// True when use stopped "until I apply" (it follows the application
    /// date).
    pub fn stopped_until_applying(&self) -> bool {
        self.text(Field::StoppedUsing) == UNTIL_APPLYING
    }

    /// Sets a text answer.
    pub fn set(&mut self, field: Field, value: String) {
        if matches!(field.kind(), Kind::List | Kind::Lang | Kind::Whole) {
            return;
        }
        self.raw.set(field, Input::Text(value));
    }

    /// True when an answer is not blank.
    pub fn is_filled(&self, field: Field) -> bool {
        match field {
            Field::Evidence => !self.evidence().is_empty(),
            _ => !self.text(field).trim().is_empty(),
        }
    }

    /// The evidence ticked, in vocabulary order.
    pub fn evidence(&self) -> Vec<Evidence> {
        let ticked = |e: &Evidence| match self.raw.get(Field::Evidence) {
            Input::List(items) => items.contains(&Input::text(e.as_str())),
            _ => false,
        };
        Evidence::ALL.into_iter().filter(ticked).collect()
    }

    fn set_evidence(&mut self, items: &[Evidence]) {
        let list = Evidence::ALL
            .into_iter()
            .filter(|e| items.contains(e))
            .map(|e| Input::text(e.as_str()))
            .collect();
        self.raw.set(Field::Evidence, Input::List(list));
    }

    /// Adds or removes an item of evidence.
    pub fn toggle_evidence(&mut self, item: Evidence) {
        let mut have = self.evidence();
        match have.iter().position(|e| *e == item) {
            Some(i) => {
                have.remove(i);
            }
            None => have.push(item),
        }
        self.set_evidence(&have);
    }

    /// The chosen problem, if it is one.
    pub fn problem(&self) -> Option<Problem> {
        Problem::parse(self.text(Field::Problem))
    }

    /// The chosen remedy (`either` when none is chosen).
    pub fn remedy(&self) -> Remedy {
        Remedy::parse(self.text(Field::Remedy)).unwrap_or(Remedy::Either)
    }

    /// The chosen currency; until one is chosen, the interface language's
    /// (CNY in Chinese, USD in English).
    pub fn currency(&self, lang: Lang) -> Currency {
        Currency::parse(self.text(Field::Currency)).unwrap_or(match lang {
            Lang::ZhCn => Currency::Cny,
            Lang::En => Currency::Usd,
        })
    }

    /// The ground of the chosen problem.
    pub fn ground(&self) -> Option<Ground> {
        self.problem().and_then(|p| p.data().ground)
    }

    /// True when a refund will be estimated.
    pub fn wants_refund(&self) -> bool {
        self.problem()
            .is_some_and(|p| wants_refund(p, self.remedy()))
    }

    /// The fields the details step asks for, in the table's order: the
    /// billing, dates, amounts and currency this case uses (the rules say
    /// which).
    pub fn detail_fields(&self) -> Vec<Field> {
        let Some(problem) = self.problem() else {
            return Vec::new();
        };
        // Not covered: the remedy is not asked, so the form's is the default.
        let remedy = match problem.data().ground {
            Some(_) => self.remedy(),
            None => Remedy::Either,
        };
        Field::ALL
            .into_iter()
            .filter(|f| {
                matches!(f.kind(), Kind::Date | Kind::Amount)
                    || matches!(f, Field::Currency | Field::Billing)
            })
            .filter(|f| matches!(need(*f, problem, remedy), Need::Required | Need::Asked))
            .collect()
    }

    /// When the expiry date typed looks like the last paid day (start plus
    /// whole months or years, minus one day), the expiry date it likely
    /// stands for, as `YYYY-MM-DD`.
    pub fn likely_expiry(&self) -> Option<String> {
        let start = parse_date(self.text(Field::ServiceStart)).ok()?;
        let end = parse_date(self.text(Field::ServiceEnd)).ok()?;
        likely_expiry(start, end).map(iso)
    }

    /// The questionnaire's steps for these answers: steps the answers make
    /// irrelevant are left out.
    pub fn steps(&self) -> Vec<Step> {
        // Before a problem is chosen, show the longest path: the count in
        // "step 1 of N" should not shrink for the usual case.
        if self.problem().is_none() {
            return Step::ALL.to_vec();
        }
        let mut steps = vec![Step::Problem];
        let listed = self.ground().is_some();
        if listed {
            steps.push(Step::Remedy);
        }
        // A reason the article does not list still gets the published
        // rules: the details are asked (optional) for them.
        if !self.detail_fields().is_empty() {
            steps.push(Step::Details);
        }
        if listed {
            steps.push(Step::Evidence);
        }
        steps.push(Step::Result);
        steps
    }

    /// The fields a step asks for.
    pub fn step_fields(&self, step: Step) -> Vec<Field> {
        match step {
            Step::Problem => vec![Field::Problem],
            Step::Remedy => vec![Field::Remedy],
            Step::Details => self.detail_fields(),
            Step::Evidence => vec![Field::Evidence],
            Step::Result => Vec::new(),
        }
    }

    /// The request for the core, in `lang`. Every answer is sent: the core
    /// reads only what the case uses, and the suggestions use the rest.
    pub fn request(&self, lang: Lang) -> RawRequest {
        let mut raw = self.raw.clone().with(Field::Lang, lang.tag());
        if self.stopped_until_applying() {
            raw = raw.with(Field::StoppedUsing, self.text(Field::ApplicationDate));
        }
        if self.text(Field::Currency).is_empty() {
            // Not chosen yet: the interface language's.
            raw.with(Field::Currency, self.currency(lang).code())
        } else {
            raw
        }
    }

    /// Takes up a suggestion that changes the answers; evidence is never
    /// ticked for the customer, and ending the subscription changes no
    /// answer.
    pub fn apply(&mut self, change: &Change) {
        match change {
            Change::Remedy(remedy) => self.set(Field::Remedy, remedy.as_str().to_owned()),
            Change::ApplyOn(day) => self.set(Field::ApplicationDate, iso(*day)),
            Change::GatherEvidence(_) | Change::Unsubscribe => {}
        }
    }

    /// The step after `step`, or the errors that hold it back: those of
    /// `errors` (the report's on these answers) that concern its fields.
    pub fn next_step(&self, step: Step, errors: &[PolicyError]) -> Result<Step, Vec<PolicyError>> {
        let fields = self.step_fields(step);
        let errors: Vec<PolicyError> = errors
            .iter()
            .filter(|e| fields.contains(&e.field))
            .cloned()
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        let steps = self.steps();
        let next = steps
            .iter()
            .position(|s| *s == step)
            .and_then(|i| steps.get(i + 1))
            .copied()
            .unwrap_or(Step::Result);
        Ok(next)
    }

    /// The step before `step` among those that apply.
    pub fn previous_step(&self, step: Step) -> Step {
        let steps = self.steps();
        match steps.iter().position(|s| *s == step) {
            Some(i) => steps.get(i.saturating_sub(1)).copied().unwrap_or_default(),
            // The step no longer applies: go to the last one before it.
            None => steps
                .iter()
                .copied()
                .rev()
                .find(|s| *s < step)
                .unwrap_or_default(),
        }
    }
}
