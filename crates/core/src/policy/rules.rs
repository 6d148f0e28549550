//! The rules: from a valid request to an outcome.
//!
//! Each rule sits under the passage of the article it implements (quoted in
//! the original Chinese, with our translation), in the manner of Catala.
//! What the article leaves open is marked ASSUMPTION; the outcome then says
//! so to the user. The per-ground facts of the arithmetic (which answer
//! ends the charged days, what is counted, whether the figure is an
//! estimate) are data: `policy/policy.toml`, read through
//! [`Ground::data`].
//!
//! Deliberately left out: the article's closing paragraph (a statement of
//! purpose with no rule in it). The provider's own published rules are the
//! second rulebook, computed beside these in `published.rs`.

use chrono::{Duration, NaiveDate};

use super::data::{msg, Basis, Billing, ClauseId, Cutoff, Evidence, Ground, Lang, Remedy};
use super::date::{days_between, format_date};
use super::money::{exact_quotient, format_money, plain, prorate, Currency};
use super::outcome::{Line, Outcome, PolicyRef, Refund, Verdict};
use super::published::published;
use super::request::Request;
use super::story::{join, nothing_back, Nothing};
use super::text::fill;

/// Decides a validated request. Cannot fail: every inconsistency was
/// refused by [`super::request::validate`].
pub fn decide(req: &Request) -> Outcome {
    decide_with(req, compute(req).as_ref())
}

/// [`decide`], given the article's numbers for this very request
/// ([`compute`]), so that a caller that needs them too computes them once.
pub(crate) fn decide_with(req: &Request, computation: Option<&Computation>) -> Outcome {
    let lang = req.lang;
    let problem = req.problem.data().label.get(lang);

    // 「根据阿里云的规定,以下情况下可以申请退换……」 and then three numbered
    // cases. "Under the provider's rules you may apply for an exchange in
    // the following cases": quality, not as promised, force majeure. The
    // article mentions no other reason, so for any other it promises
    // nothing (it does not say "only"). The published rules still answer.
    let Some(ground) = req.problem.data().ground else {
        return Outcome {
            verdict: Verdict::NotCovered,
            ground: None,
            remedies: Vec::new(),
            missing_evidence: Vec::new(),
            refund: None,
            explanation: vec![line(
                ClauseId::GroundsScope,
                fill(msg::NOT_COVERED.get(lang), &[("problem", problem)]),
            )],
            // 「联系客服」: contacting support is always possible; what it
            // can lead to follows the published rules' figure.
            next_steps: vec![line(ClauseId::ProcessContact, {
                let published = published(req);
                match nothing_back(req, None, None, published.as_ref()) {
                    Some(why) => fill(
                        msg::STEP_NOT_COVERED_NOTHING.get(lang),
                        &[("why", why.words().get(lang))],
                    ),
                    None => msg::STEP_NOT_COVERED.get(lang).to_owned(),
                }
            })],
            policy: PolicyRef::current(),
            published: published(req),
        };
    };
    let data = ground.data();

    // 「用户可以向阿里云提出退换申请」 / 「用户可以申请退款」: each ground
    // allows applying for an exchange and for a refund; the remedies are
    // what the customer applies for.
    let remedies = match req.remedy {
        Remedy::Refund => vec![Remedy::Refund],
        Remedy::Exchange => vec![Remedy::Exchange],
        Remedy::Either => vec![Remedy::Exchange, Remedy::Refund],
    };

    // 「并要求提供相关证明材料,如服务器使用记录、质量问题的照片等」: the
    // application asks for evidence. ASSUMPTION: which evidence to suggest
    // for each ground is ours, built on these examples.
    let missing_evidence: Vec<Evidence> = data
        .recommended_evidence
        .iter()
        .copied()
        .filter(|e| !req.evidence.contains(e))
        .collect();
    let verdict = if missing_evidence.is_empty() {
        Verdict::LikelyEligible
    } else {
        Verdict::NeedsEvidence
    };

    let ground_sentence = match ground {
        Ground::Quality => msg::GROUND_QUALITY,
        Ground::NotAsPromised => msg::GROUND_NOT_AS_PROMISED,
        Ground::ForceMajeure => msg::GROUND_FORCE_MAJEURE,
    };
    let mut explanation = vec![line(
        data.clause,
        fill(ground_sentence.get(lang), &[("problem", problem)]),
    )];

    let refund = if req.wants_refund() {
        compute_refund(req, ground, computation, &mut explanation)
    } else {
        explanation.push(line(data.clause, msg::EXCHANGE_ONLY.get(lang).to_owned()));
        None
    };

    let suggested = evidence_list(data.recommended_evidence, lang);
    explanation.push(line(
        ClauseId::ProcessApply,
        if missing_evidence.is_empty() {
            fill(msg::EVIDENCE_COMPLETE.get(lang), &[("list", &suggested)])
        } else {
            fill(
                msg::EVIDENCE_MISSING.get(lang),
                &[("list", &evidence_list(&missing_evidence, lang))],
            )
        },
    ));

    let published = published(req);
    let nothing = nothing_back(
        req,
        Some(ground),
        refund.as_ref().map(|r| r.amount_minor),
        published.as_ref(),
    );
    Outcome {
        verdict,
        ground: Some(ground),
        remedies,
        next_steps: next_steps(req, &missing_evidence, nothing),
        missing_evidence,
        refund,
        explanation,
        policy: PolicyRef::current(),
        published,
    }
}

/// Why the article's refund is zero before any day is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zero {
    /// Billed afterwards for the hours used: no paid-for time remains.
    PayAsYouGo,
    /// No cash was paid (vouchers only).
    NothingPaid,
}

/// The numbers behind the article's refund, before any of them is written
/// out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Computation {
    /// First day of the term.
    pub start: NaiveDate,
    /// First day after the term (the expiry date).
    pub end: NaiveDate,
    /// The day that ends the charged part.
    pub cutoff: NaiveDate,
    /// True when the cutoff is the day use stopped as the customer said
    /// (not the default, the day the problem began).
    pub stopped_given: bool,
    /// True when the problem began before this term (carried over).
    pub carried_over: bool,
    /// What the computation counts.
    pub basis: Basis,
    /// Amount paid in cash, minor units.
    pub paid: u64,
    /// The currency.
    pub currency: Currency,
    /// Days in the term.
    pub term_days: u32,
    /// Days charged.
    pub charged_days: u32,
    /// Days refunded.
    pub refundable_days: u32,
    /// Why the refund is zero whatever the days, if it is.
    pub zero: Option<Zero>,
    /// The refund, minor units, rounded half up.
    pub refund: u64,
    /// True when the policy gives no formula and the figure is ours.
    pub estimate: bool,
}

/// The article's refund for a request that asks for one; `None` otherwise.
pub fn compute(req: &Request) -> Option<Computation> {
    #[cfg(feature = "count")]
    super::count::COMPUTE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    if !req.wants_refund() {
        return None;
    }
    let (start, end, paid) = (req.service_start?, req.service_end?, req.amount_paid?);

    // 「退款金额将根据实际支付金额和使用时间进行计算」 (quality): the refund
    // follows the amount paid and the time used. Time used runs from the
    // start of the term to the day the customer stopped using the server;
    // until they say, the day the problem began.
    //
    // 「退款金额将根据实际支付金额和未使用的服务时间进行计算」 (not as
    // promised): the refund follows the amount paid and the time not used.
    // Unused time runs from the application date to the end of the term.
    //
    // 「……不可抗力因素导致服务器无法正常使用,用户可以申请退款」 (force
    // majeure): a refund may be applied for, with no basis given.
    // ASSUMPTION: the days before the server became unusable count as used,
    // as for quality; the figure is marked as an estimate.
    //
    // Which of the answers ends the charged days is in the policy data.
    let rules = req.problem.data().ground?.data();
    let (cutoff, stopped_given) = match rules.cutoff {
        Cutoff::StoppedUsing => match req.stopped_using {
            Some(stopped) => (stopped, true),
            None => (req.problem_start?, false),
        },
        Cutoff::ApplicationDate => (req.application_date, false),
    };
    let carried_over =
        rules.cutoff == Cutoff::StoppedUsing && req.problem_start.is_some_and(|ps| ps < start);

    // The term is the half-open range [start, end). A cutoff before the
    // start (a problem carried over from an earlier term) charges nothing
    // of this term; one after the end charges all of it. Both dates lie
    // within 2000..2100, so every count fits in a u32.
    let term_days = u32::try_from(days_between(start, end)).unwrap_or(0);
    let charged_days =
        u32::try_from(days_between(start, cutoff).clamp(0, i64::from(term_days))).unwrap_or(0);
    let refundable_days = term_days.saturating_sub(charged_days);

    // 「实际支付金额」: the amount actually paid. A pay-as-you-go bill pays
    // only for time already used, so under the article's formulas no
    // paid-for time remains; an order paid with vouchers only paid nothing.
    let zero = if req.billing == Billing::PayAsYouGo {
        Some(Zero::PayAsYouGo)
    } else if paid == 0 {
        Some(Zero::NothingPaid)
    } else {
        None
    };
    let refund = match zero {
        Some(_) => 0,
        None => prorate(paid, refundable_days, term_days),
    };
    Some(Computation {
        start,
        end,
        cutoff,
        stopped_given,
        carried_over,
        basis: rules.basis,
        paid,
        currency: req.currency,
        term_days,
        charged_days,
        refundable_days,
        zero,
        refund,
        estimate: rules.estimate,
    })
}

impl Computation {
    /// The last day paid for (the day before `end`).
    pub fn last_day(&self) -> NaiveDate {
        self.end - Duration::days(1)
    }

    /// The unrounded quotient, written out (`1006.027397…`).
    pub fn exact(&self) -> String {
        exact_quotient(
            self.paid,
            self.refundable_days,
            self.term_days,
            self.currency,
        )
    }

    /// The charged part of the term in thousandths (0..=1000), for drawing.
    pub fn charged_permille(&self) -> u32 {
        if self.term_days == 0 {
            return 0;
        }
        let share = u64::from(self.charged_days) * 1000 / u64::from(self.term_days);
        u32::try_from(share).unwrap_or(1000)
    }

    /// The refund as a plain decimal string (`1006.03`).
    pub fn amount(&self) -> String {
        plain(self.refund, self.currency)
    }

    /// True when rounding changed the figure.
    pub fn rounded(&self) -> bool {
        self.zero.is_none() && self.exact() != self.amount()
    }
}

/// The refund and the sentences that explain it.
fn compute_refund(
    req: &Request,
    ground: Ground,
    computation: Option<&Computation>,
    explanation: &mut Vec<Line>,
) -> Option<Refund> {
    let lang = req.lang;
    let c = computation?;
    let data = ground.data();
    let clause = data.refund_clause;
    let money = |m: u64| format_money(m, c.currency, lang);
    let date = |d: NaiveDate| format_date(d, lang);
    let refund_text = money(c.refund);
    let say = |template: super::data::Text, values: &[(&str, &str)]| {
        line(clause, fill(template.get(lang), values))
    };

    match c.zero {
        Some(Zero::PayAsYouGo) => explanation.push(say(msg::REFUND_PAY_AS_YOU_GO, &[])),
        Some(Zero::NothingPaid) => explanation.push(say(msg::REFUND_NOTHING_PAID, &[])),
        // docs/rules.md, "The arithmetic": a term that ended by the cutoff leaves nothing
        // to refund, and the customer is told why.
        None if c.refundable_days == 0 => explanation.push(say(
            msg::REFUND_TERM_ENDED,
            &[
                ("cutoff", &date(c.cutoff)),
                ("end", &date(c.last_day())),
                ("refund", &refund_text),
            ],
        )),
        None => {
            let template = match (c.basis, c.stopped_given) {
                (Basis::UsageTime, true) => msg::REFUND_QUALITY_STOPPED,
                (Basis::UsageTime, false) => msg::REFUND_QUALITY,
                (Basis::UnusedTime, _) => msg::REFUND_NOT_AS_PROMISED,
                (Basis::UnusableSince, true) => msg::REFUND_FORCE_MAJEURE_STOPPED,
                (Basis::UnusableSince, false) => msg::REFUND_FORCE_MAJEURE,
            };
            explanation.push(say(
                template,
                &[
                    ("paid", &money(c.paid)),
                    ("charged", &c.charged_days.to_string()),
                    ("refundable", &c.refundable_days.to_string()),
                    ("term", &c.term_days.to_string()),
                    ("cutoff", &date(c.cutoff)),
                    ("refund", &refund_text),
                ],
            ));
            if c.rounded() {
                explanation.push(say(msg::ROUNDING, &[("exact", &c.exact())]));
            }
        }
    }
    if c.carried_over {
        if let Some(ps) = req.problem_start {
            explanation.push(say(
                msg::REFUND_CARRIED_OVER,
                &[("since", &date(ps)), ("start", &date(c.start))],
            ));
        }
    }
    // docs/rules.md, "The arithmetic": until the customer says when use stopped, the figure
    // counts to the day the problem began, and the result says what using
    // the server until the application day would give.
    if data.cutoff == Cutoff::StoppedUsing && !c.stopped_given && c.zero.is_none() {
        let until = req.application_date;
        let charged = days_between(c.start, until).clamp(0, i64::from(c.term_days));
        let refundable = c
            .term_days
            .saturating_sub(u32::try_from(charged).unwrap_or(0));
        let other = prorate(c.paid, refundable, c.term_days);
        if other != c.refund {
            explanation.push(say(
                msg::REFUND_IF_USED_UNTIL_APPLYING,
                &[("date", &date(until)), ("refund", &money(other))],
            ));
        }
    }

    Some(Refund::from(c))
}

/// The outcome's refund is the computation's figures, as the JS contract
/// writes them: the one place the two meet.
impl From<&Computation> for Refund {
    fn from(c: &Computation) -> Refund {
        Refund {
            currency: c.currency.code(),
            amount: c.amount(),
            amount_minor: c.refund,
            term_days: c.term_days,
            charged_days: c.charged_days,
            refundable_days: c.refundable_days,
            basis: c.basis,
            estimate: c.estimate,
        }
    }
}

/// The four steps of 「退换流程」, written for this case. Where neither
/// rulebook gives money back (`nothing`), no step says to apply for a
/// refund: a refund alone leaves one step, reporting the problem and asking
/// for an exchange; "either" keeps the exchange.
fn next_steps(req: &Request, missing: &[Evidence], nothing: Option<Nothing>) -> Vec<Line> {
    let lang = req.lang;
    let problem = req.problem.data().label.get(lang);
    if let (Some(why), Remedy::Refund) = (nothing, req.remedy) {
        return vec![line(
            ClauseId::ProcessContact,
            fill(
                msg::STEP_NOTHING_BACK.get(lang),
                &[("why", why.words().get(lang)), ("problem", problem)],
            ),
        )];
    }
    let remedy = match nothing {
        Some(_) => Remedy::Exchange.label(),
        None => req.remedy.label(),
    }
    .get(lang);
    let mut contact = match req.problem_start {
        Some(since) => fill(
            msg::STEP_CONTACT.get(lang),
            &[
                ("problem", problem),
                ("since", &format_date(since, lang)),
                ("remedy", remedy),
            ],
        ),
        None => fill(
            msg::STEP_CONTACT_NO_DATE.get(lang),
            &[("problem", problem), ("remedy", remedy)],
        ),
    };
    if let Some(why) = nothing {
        let note = fill(
            msg::STEP_REFUND_NOTHING.get(lang),
            &[("why", why.words().get(lang))],
        );
        contact = join(&[contact, note], lang);
    }
    // Each item of evidence once: what the customer has, to attach, then
    // what is still to gather.
    let have: Vec<Evidence> = Evidence::ALL
        .into_iter()
        .filter(|e| req.evidence.contains(e))
        .collect();
    let apply = match (have.is_empty(), missing.is_empty()) {
        (false, true) => fill(
            msg::STEP_APPLY.get(lang),
            &[("list", &evidence_list(&have, lang))],
        ),
        (false, false) => fill(
            msg::STEP_APPLY_GATHER.get(lang),
            &[
                ("list", &evidence_list(&have, lang)),
                ("missing", &evidence_list(missing, lang)),
            ],
        ),
        (true, _) => fill(
            msg::STEP_APPLY_GATHER_ONLY.get(lang),
            &[("missing", &evidence_list(missing, lang))],
        ),
    };
    vec![
        line(ClauseId::ProcessContact, contact),
        line(ClauseId::ProcessApply, apply),
        line(
            ClauseId::ProcessReview,
            msg::STEP_REVIEW.get(lang).to_owned(),
        ),
        line(
            ClauseId::ProcessNotify,
            fill(msg::STEP_NOTIFY.get(lang), &[("remedy", remedy)]),
        ),
    ]
}

fn evidence_list(items: &[Evidence], lang: Lang) -> String {
    let labels: Vec<&str> = items.iter().map(|e| e.data().label.get(lang)).collect();
    labels.join(msg::LIST_SEPARATOR.get(lang))
}

fn line(clause: ClauseId, text: String) -> Line {
    Line { clause, text }
}
