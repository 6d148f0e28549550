//! The plain-text summary a customer pastes into a support ticket.

use super::{fill, words as t};
use crate::policy::{
    checklist, format_date, format_money, msg, Assessment, ClauseId, Lang, Remedy, Text, Verdict,
    HOW_TO, POLICY,
};

/// The verdict alone in words (where no figures are at hand: the Verify
/// page). A result's screen says its [`Headline`](crate::policy::Headline).
pub fn verdict_text(verdict: Verdict) -> Text {
    match verdict {
        Verdict::LikelyEligible => msg::HEADLINE_LIKELY_ELIGIBLE,
        Verdict::NeedsEvidence => msg::HEADLINE_NEEDS_EVIDENCE,
        Verdict::NotCovered => msg::HEADLINE_NOT_COVERED,
    }
}

/// A clause as a customer reads it, after the sentence that cites it: its
/// title, never its id.
fn cited(clause: ClauseId, lang: Lang) -> String {
    fill(
        t::SUMMARY_CLAUSE,
        lang,
        &[("title", clause.data().title.get(lang))],
    )
}

/// The case, the estimate, the evidence checklist and the clause ids, in
/// the request's language.
pub fn summary(answer: &Assessment) -> String {
    let (req, outcome) = (&answer.request, &answer.outcome);
    let lang = req.lang;
    let colon = t::COLON.get(lang);
    let heading = colon.trim_end();
    let mut out = Vec::new();
    let mut row = |label: Text, value: String| {
        out.push(format!("{}{colon}{value}", label.get(lang)));
    };
    row(t::SUMMARY_TITLE, POLICY.title.get(lang).to_owned());
    let problem = req.problem.data();
    let case = match outcome.ground {
        Some(g) => format!("{} ({})", problem.label.get(lang), g.data().label.get(lang)),
        None => problem.label.get(lang).to_owned(),
    };
    row(t::SUMMARY_CASE, case);
    if outcome.ground.is_some() {
        row(t::SUMMARY_ASKED, req.remedy.label().get(lang).to_owned());
    }
    if req.amount_paid.is_some() {
        row(t::SUMMARY_BILLING, req.billing.label().get(lang).to_owned());
    }
    if let (Some(start), Some(end)) = (req.service_start, req.service_end) {
        let last = end.pred_opt().unwrap_or(end);
        row(
            t::SUMMARY_SERVICE,
            format!("{} – {}", format_date(start, lang), format_date(last, lang)),
        );
    }
    if let Some(paid) = req.amount_paid {
        row(t::SUMMARY_PAID, format_money(paid, req.currency, lang));
    }
    if let Some(list) = req.list_price {
        row(
            t::SUMMARY_LIST_PRICE,
            format_money(list, req.currency, lang),
        );
    }
    if let Some(since) = req.problem_start {
        row(t::SUMMARY_SINCE, format_date(since, lang));
    }
    if let Some(stopped) = req.stopped_using {
        row(t::SUMMARY_STOPPED, format_date(stopped, lang));
    }
    if outcome.ground.is_some() || outcome.published.is_some() {
        row(
            t::SUMMARY_APPLICATION,
            format_date(req.application_date, lang),
        );
    }
    row(
        t::SUMMARY_VERDICT,
        format!("{} ({})", answer.headline.title, answer.headline.detail),
    );
    if let Some(c) = &answer.computation {
        let estimate = if outcome.refund.as_ref().is_some_and(|r| r.estimate) {
            format!(" ({})", t::ASSUMPTION.get(lang))
        } else {
            String::new()
        };
        let arithmetic = match c.zero {
            Some(_) => String::new(),
            None => format!(
                " = {} × {} ÷ {}",
                format_money(c.paid, c.currency, lang),
                c.refundable_days,
                c.term_days
            ),
        };
        row(
            t::SUMMARY_REFUND,
            format!(
                "{}{arithmetic}{estimate}",
                format_money(c.refund, c.currency, lang)
            ),
        );
    } else if outcome.ground.is_some() && req.remedy == Remedy::Exchange {
        row(
            t::SUMMARY_REFUND,
            t::ARTICLE_NONE_EXCHANGE.get(lang).to_owned(),
        );
    }
    if let Some(p) = &outcome.published {
        let figure = p
            .figure(req.currency, lang)
            .unwrap_or_else(|| t::PUBLISHED_NOTHING.get(lang).to_owned());
        let as_of = format_date(req.application_date, lang);
        row(t::SUMMARY_PUBLISHED, format!("{figure} ({as_of})"));
    }
    if let Some(comparison) = &answer.comparison {
        out.push(comparison.clone());
    }

    if let Some(g) = outcome.ground {
        out.push(format!("{}{heading}", t::SUMMARY_EVIDENCE.get(lang)));
        for (e, _, have) in checklist(g, &req.evidence) {
            let mark = if have { "[x]" } else { "[ ]" };
            out.push(format!("  {mark} {}", e.data().label.get(lang)));
        }
    }
    out.push(format!("{}{heading}", t::SUMMARY_WHY.get(lang)));
    let published = outcome.published.iter().flat_map(|p| &p.explanation);
    for line in outcome.explanation.iter().chain(published) {
        out.push(format!("  - {}{}", line.text, cited(line.clause, lang)));
    }
    // The step that leads (ending the subscription, where it pays more),
    // then the article's steps.
    out.push(format!("{}{heading}", t::SUMMARY_NEXT.get(lang)));
    let lead = answer
        .lead
        .iter()
        .filter(|l| outcome.next_steps.first() != Some(*l));
    for (i, line) in lead.chain(&outcome.next_steps).enumerate() {
        out.push(format!(
            "  {}. {}{}",
            i + 1,
            line.text,
            cited(line.clause, lang)
        ));
    }
    if answer.how_to {
        out.push(format!("{}{heading}", t::SUMMARY_HOW_TO.get(lang)));
        for fact in &HOW_TO {
            let (title, url) = (fact.page.title.get(lang), fact.page.url);
            let source = match lang {
                Lang::En => format!(" ({title}, {url})"),
                Lang::ZhCn => format!("（{title}，{url}）"),
            };
            out.push(format!("  - {}{source}", fact.text.get(lang)));
        }
    }
    out.push(format!(
        "{}{colon}{} ({}), SHA-256 {}",
        t::SUMMARY_POLICY.get(lang),
        POLICY.id,
        POLICY.article_published,
        POLICY.sha256
    ));
    out.push(t::DISCLAIMER.get(lang).to_owned());
    out.join("\n")
}
