//! The policy's facts and wording, generated from `policy/policy.toml`
//! (facts) and the `[core]` part of `i18n/catalog.toml` (sentences).
//!
//! Nothing here decides anything: this module only holds what the policy
//! says and the sentences the engine writes. Edit the TOML file, not this
//! module, to change a text.

use serde::Serialize;

/// A text in both languages the product speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Simplified Chinese.
    pub zh: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::ZhCn => self.zh,
        }
    }
}

/// The language of a result: `en` or `zh-CN`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Simplified Chinese.
    ZhCn,
}

impl Lang {
    /// Both languages.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhCn];

    /// The BCP 47 tag: `en` or `zh-CN`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// Reads a language tag leniently: any `zh` tag is Chinese, anything
    /// else is English.
    pub fn from_tag(tag: &str) -> Lang {
        let tag = tag.trim().as_bytes();
        match tag.get(..2) {
            Some(prefix) if prefix.eq_ignore_ascii_case(b"zh") => Lang::ZhCn,
            _ => Lang::En,
        }
    }
}

/// Which part of the policy a clause belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The article: the reasons for an exchange or refund.
    Grounds,
    /// The article: the four steps of an application.
    Process,
    /// The article: how a refund is computed.
    Refund,
    /// The provider's published rules for ending a subscription early.
    Published,
}

/// A page of the provider's where a rule is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// Its address.
    pub url: &'static str,
    /// Its title, in each language (the provider's own where it publishes
    /// the page in that language, else the title with a gloss).
    pub title: Text,
    /// The date the page says it was last updated (`""` when it shows none).
    pub updated: &'static str,
    /// The date we read it.
    pub read: &'static str,
}

/// A fact of the provider's on ending a subscription yourself, with the
/// page it is published on.
#[derive(Debug)]
pub struct HowTo {
    /// The clause it is.
    pub clause: ClauseId,
    /// What it says, in our words (the clause's text).
    pub text: Text,
    /// Where it is published.
    pub page: Page,
}

/// Something more the provider publishes, shown and never computed.
#[derive(Debug)]
pub struct Note {
    /// What it says, in our words.
    pub text: Text,
    /// Where.
    pub page: Page,
}

/// A clause: its section and title. (What it says is `ClauseId::text`, and
/// for a published rule its page `ClauseId::page`: only the rules page
/// reads them.)
#[derive(Debug)]
pub struct ClauseData {
    /// The part of the policy it belongs to.
    pub section: Section,
    /// A short heading.
    pub title: Text,
}

/// The answer that ends the charged part of the term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cutoff {
    /// The day the customer stopped using the server (`stoppedUsing`), by
    /// default the day the problem began (`problemStart`).
    StoppedUsing,
    /// The day the customer applies (`applicationDate`).
    ApplicationDate,
}

/// What a refund counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Quality: days used before the problem began are charged.
    UsageTime,
    /// Not as promised: days from the application date on are refunded.
    UnusedTime,
    /// Force majeure (assumption): days before the server became unusable
    /// are charged.
    UnusableSince,
}

/// How the service was billed (docs/rules.md, "The request and why one is refused").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Billing {
    /// Paid in advance for a term (the default).
    #[default]
    Subscription,
    /// Billed afterwards for the hours used.
    PayAsYouGo,
}

impl Billing {
    /// Both, the default first.
    pub const ALL: [Billing; 2] = [Billing::Subscription, Billing::PayAsYouGo];

    /// The id in requests: `subscription` or `pay_as_you_go`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Billing::Subscription => "subscription",
            Billing::PayAsYouGo => "pay_as_you_go",
        }
    }

    /// The billing with this id.
    pub fn parse(id: &str) -> Option<Billing> {
        Billing::ALL.into_iter().find(|b| b.as_str() == id)
    }

    /// Its name for people.
    pub const fn label(self) -> Text {
        match self {
            Billing::Subscription => msg::BILLING_SUBSCRIPTION,
            Billing::PayAsYouGo => msg::BILLING_PAY_AS_YOU_GO,
        }
    }
}

/// A ground: the clauses it rests on, the evidence we suggest for it and
/// how its refund is counted.
#[derive(Debug)]
pub struct GroundData {
    /// The clause that accepts this reason.
    pub clause: ClauseId,
    /// The clause that says how the refund is computed.
    pub refund_clause: ClauseId,
    /// Evidence we suggest (an assumption built on the article's examples).
    pub recommended_evidence: &'static [Evidence],
    /// The answer that ends the charged days.
    pub cutoff: Cutoff,
    /// What the refund counts.
    pub basis: Basis,
    /// True when the article gives no formula and the figure is ours.
    pub estimate: bool,
    /// A short name.
    pub label: Text,
}

/// A problem: the ground it falls under, if any, and how to recognise it.
#[derive(Debug)]
pub struct ProblemData {
    /// `None` when the policy does not cover it.
    pub ground: Option<Ground>,
    /// A short name.
    pub label: Text,
    /// A plain example.
    pub example: Text,
}

/// A kind of evidence.
#[derive(Debug)]
pub struct EvidenceData {
    /// A short name.
    pub label: Text,
    /// What counts.
    pub hint: Text,
}

/// The policy's identity.
#[derive(Debug)]
pub struct PolicyMeta {
    /// Stable id, carried in outcomes and share links.
    pub id: &'static str,
    /// The article's publication date (`published` in policy/policy.toml).
    pub article_published: &'static str,
    /// The document of this repository that states the rules in words.
    pub rules_document: &'static str,
    /// The policy's title.
    pub title: Text,
    /// A description of the source.
    pub source: Text,
    /// SHA-256 of policy/policy.toml, computed when the crate is built.
    pub sha256: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/policy_data.rs"));

serialize_as_str!(ClauseId, Ground, Evidence, Problem, Remedy);

/// The order evidence is shown in, everywhere (the question, the checklist,
/// the copied summary, the next step): what we suggest for the ground
/// first, in the data file's order, then every other item.
pub fn evidence_order(ground: Option<Ground>) -> Vec<Evidence> {
    let suggested: &[Evidence] = ground.map_or(&[], |g| g.data().recommended_evidence);
    let mut order = suggested.to_vec();
    order.extend(Evidence::ALL.into_iter().filter(|e| !suggested.contains(e)));
    order
}

/// The evidence checklist of a case: each item we suggest, and each other
/// item the customer has, in [`evidence_order`], with whether it is
/// suggested and whether the customer has it.
pub fn checklist(ground: Ground, have: &[Evidence]) -> Vec<(Evidence, bool, bool)> {
    let suggested = ground.data().recommended_evidence;
    evidence_order(Some(ground))
        .into_iter()
        .map(|e| (e, suggested.contains(&e), have.contains(&e)))
        .filter(|(_, suggested, have)| *suggested || *have)
        .collect()
}
