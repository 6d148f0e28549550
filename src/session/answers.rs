//! The answers as typed, and which questions they make relevant.

use crate::policy::{
    decide, validate, Change, Currency, Evidence, Field, Ground, Input, Lang, Outcome, PolicyError,
    Problem, RawRequest, Remedy, Request,
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
    /// The shipped test cases, run in the browser.
    Verify,
}

impl View {
    /// Every view, in menu order.
    pub const ALL: [View; 4] = [
        View::Questionnaire,
        View::Calculator,
        View::Policy,
        View::Verify,
    ];

    /// The id used in links and in the embed's `view` attribute.
    pub const fn as_str(self) -> &'static str {
        match self {
            View::Questionnaire => "questionnaire",
            View::Calculator => "calculator",
            View::Policy => "policy",
            View::Verify => "verify",
        }
    }

    /// The view with this id.
    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// A step of the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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

/// The answers exactly as typed: nothing is lost when a value is invalid.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answers {
    /// A problem id, or empty.
    pub problem: String,
    /// A remedy id; empty means `either`.
    pub remedy: String,
    /// A currency code; empty means USD.
    pub currency: String,
    /// The amount as typed.
    pub amount: String,
    /// `YYYY-MM-DD` as typed.
    pub service_start: String,
    /// `YYYY-MM-DD` as typed.
    pub service_end: String,
    /// `YYYY-MM-DD` as typed.
    pub problem_start: String,
    /// `YYYY-MM-DD` as typed; the UI fills in today.
    pub application_date: String,
    /// Evidence the customer has, in vocabulary order.
    pub evidence: Vec<Evidence>,
}

impl Answers {
    /// The chosen problem, if it is one.
    pub fn problem(&self) -> Option<Problem> {
        Problem::parse(&self.problem)
    }

    /// The chosen remedy (`either` when none is chosen).
    pub fn remedy(&self) -> Remedy {
        Remedy::parse(&self.remedy).unwrap_or(Remedy::Either)
    }

    /// The chosen currency (USD when none or an unknown one is chosen).
    pub fn currency(&self) -> Currency {
        Currency::parse(&self.currency).unwrap_or_default()
    }

    /// The ground of the chosen problem.
    pub fn ground(&self) -> Option<Ground> {
        self.problem().and_then(|p| p.data().ground)
    }

    /// True when a refund will be estimated.
    pub fn wants_refund(&self) -> bool {
        self.ground().is_some() && self.remedy() != Remedy::Exchange
    }

    /// The fields the details step asks for, in form order.
    pub fn detail_fields(&self) -> Vec<Field> {
        let Some(ground) = self.ground() else {
            return Vec::new();
        };
        let needs_problem_start = ground != Ground::NotAsPromised;
        let mut fields = Vec::new();
        if self.wants_refund() {
            fields.extend([
                Field::ServiceStart,
                Field::ServiceEnd,
                Field::AmountPaid,
                Field::Currency,
            ]);
        }
        if needs_problem_start {
            fields.push(Field::ProblemStart);
        }
        if !fields.is_empty() {
            fields.push(Field::ApplicationDate);
        }
        fields
    }

    /// The questionnaire's steps for these answers: steps the answers make
    /// irrelevant are left out.
    pub fn steps(&self) -> Vec<Step> {
        let mut steps = vec![Step::Problem];
        // Before a problem is chosen, show the longest path: the count in
        // "step 1 of N" should not shrink for the usual case.
        if self.problem().is_none() {
            return Step::ALL.to_vec();
        }
        if self.ground().is_some() {
            steps.push(Step::Remedy);
            if !self.detail_fields().is_empty() {
                steps.push(Step::Details);
            }
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

    /// The request for the core. Only the questions that apply are sent,
    /// so a stale answer to a skipped question cannot block the result.
    pub fn request(&self, lang: Lang) -> RawRequest {
        let text = |s: &str| {
            if s.trim().is_empty() {
                Input::Absent
            } else {
                Input::text(s)
            }
        };
        let asked = self.detail_fields();
        let field = |f: Field, s: &str| {
            if asked.contains(&f) {
                text(s)
            } else {
                Input::Absent
            }
        };
        RawRequest {
            problem: text(&self.problem),
            remedy: text(&self.remedy),
            currency: field(Field::Currency, &self.currency),
            amount_paid: field(Field::AmountPaid, &self.amount),
            service_start: field(Field::ServiceStart, &self.service_start),
            service_end: field(Field::ServiceEnd, &self.service_end),
            problem_start: field(Field::ProblemStart, &self.problem_start),
            application_date: field(Field::ApplicationDate, &self.application_date),
            evidence: Input::List(
                self.evidence
                    .iter()
                    .map(|e| Input::text(e.as_str()))
                    .collect(),
            ),
            lang: Input::text(lang.tag()),
        }
    }

    /// Every typed answer, asked or not: what-if questions need the amount
    /// even while an exchange is chosen.
    pub fn request_all(&self, lang: Lang) -> RawRequest {
        let text = |s: &str| {
            if s.trim().is_empty() {
                Input::Absent
            } else {
                Input::text(s)
            }
        };
        RawRequest {
            currency: text(&self.currency),
            amount_paid: text(&self.amount),
            service_start: text(&self.service_start),
            service_end: text(&self.service_end),
            problem_start: text(&self.problem_start),
            application_date: text(&self.application_date),
            ..self.request(lang)
        }
    }

    /// Applies a suggested change.
    pub fn apply(&mut self, change: &Change) {
        match change {
            Change::AddEvidence(items) => {
                for item in items {
                    if !self.evidence.contains(item) {
                        self.toggle_evidence(*item);
                    }
                }
            }
            Change::Remedy(remedy) => self.remedy = remedy.as_str().to_owned(),
            Change::Problem(problem) => self.problem = problem.as_str().to_owned(),
        }
    }

    /// Sets a text answer.
    pub fn set(&mut self, field: Field, value: String) {
        let slot = match field {
            Field::Problem => &mut self.problem,
            Field::Remedy => &mut self.remedy,
            Field::Currency => &mut self.currency,
            Field::AmountPaid => &mut self.amount,
            Field::ServiceStart => &mut self.service_start,
            Field::ServiceEnd => &mut self.service_end,
            Field::ProblemStart => &mut self.problem_start,
            Field::ApplicationDate => &mut self.application_date,
            Field::Evidence | Field::Request => return,
        };
        *slot = value;
    }

    /// True when a text answer is not blank.
    pub fn is_filled(&self, field: Field) -> bool {
        let value = match field {
            Field::Problem => &self.problem,
            Field::Remedy => &self.remedy,
            Field::Currency => &self.currency,
            Field::AmountPaid => &self.amount,
            Field::ServiceStart => &self.service_start,
            Field::ServiceEnd => &self.service_end,
            Field::ProblemStart => &self.problem_start,
            Field::ApplicationDate => &self.application_date,
            Field::Evidence => return !self.evidence.is_empty(),
            Field::Request => return true,
        };
        !value.trim().is_empty()
    }

    /// Adds or removes an item of evidence, keeping vocabulary order.
    pub fn toggle_evidence(&mut self, item: Evidence) {
        let mut have: Vec<Evidence> = self.evidence.clone();
        if let Some(i) = have.iter().position(|e| *e == item) {
            have.remove(i);
        } else {
            have.push(item);
        }
        self.evidence = Evidence::ALL
            .into_iter()
            .filter(|e| have.contains(e))
            .collect();
    }
}

impl Answers {
    /// Every problem with the answers, in the language given.
    pub fn errors(&self, lang: Lang, today: chrono::NaiveDate) -> Vec<PolicyError> {
        validate(&self.request(lang), today)
            .err()
            .unwrap_or_default()
    }

    /// The errors that concern one step's fields.
    pub fn step_errors(
        &self,
        step: Step,
        lang: Lang,
        today: chrono::NaiveDate,
    ) -> Vec<PolicyError> {
        let fields = self.step_fields(step);
        self.errors(lang, today)
            .into_iter()
            .filter(|e| fields.contains(&e.field))
            .collect()
    }

    /// The step after `step`, or the errors that hold it back.
    pub fn next_step(
        &self,
        step: Step,
        lang: Lang,
        today: chrono::NaiveDate,
    ) -> Result<Step, Vec<PolicyError>> {
        let errors = self.step_errors(step, lang, today);
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
            Some(i) if i > 0 => steps.get(i - 1).copied().unwrap_or_default(),
            Some(_) => Step::Problem,
            // The step no longer applies: go to the last one before it.
            None => steps
                .iter()
                .copied()
                .rev()
                .find(|s| (*s as u8) < (step as u8))
                .unwrap_or_default(),
        }
    }

    /// A validated request and its outcome, when the answers are complete.
    pub fn outcome(
        &self,
        lang: Lang,
        today: chrono::NaiveDate,
    ) -> Result<(Request, Outcome), Vec<PolicyError>> {
        let request = validate(&self.request(lang), today)?;
        let outcome = decide(&request);
        Ok((request, outcome))
    }
}
