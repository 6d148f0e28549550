//! The result, which explains itself: verdict, reasons with their clauses,
//! the refund and its arithmetic, the timeline, the evidence checklist, the
//! next steps, and what to do with it (copy, share, print).

use yew::prelude::*;

use crate::i18n::{fill, t};
use crate::policy::{format_money, Answer, ClauseId, Lang, Line, Remedy, Verdict, Waiting};
use crate::session::{summary, verdict_text};

use super::icons;
use super::state::{Action, Flash};
use super::timeline::Timeline;

/// Props.
pub struct ResultProps<'a> {
    /// The core's answer, with everything around it.
    pub answer: &'a Answer,
    /// The language.
    pub lang: Lang,
    /// The last confirmation.
    pub flash: Option<Flash>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
    /// Whether the share link is the page address (not in an embed).
    pub shareable: bool,
}

/// A link to a clause of the policy view.
pub fn clause_link(clause: ClauseId, lang: Lang, dispatch: &Callback<Action>) -> Html {
    let dispatch = dispatch.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        dispatch.emit(Action::Clause(clause));
    });
    html! {
        <a class="re-clause" href={format!("#clause-{}", clause.as_str())} {onclick}
           data-clause={clause.as_str()}>
            { t::CLAUSE_PREFIX.get(lang) }{ " " }<code>{ clause.as_str() }</code>
            <span class="re-clause-title">{ " · " }{ clause.data().title.get(lang) }</span>
        </a>
    }
}

fn lines(items: &[Line], lang: Lang, dispatch: &Callback<Action>, ordered: bool) -> Html {
    let body = html! {
        { for items.iter().map(|l| html! {
            <li><p>{ &l.text }</p>{ clause_link(l.clause, lang, dispatch) }</li>
        }) }
    };
    if ordered {
        html! { <ol class="re-lines re-steps">{ body }</ol> }
    } else {
        html! { <ul class="re-lines">{ body }</ul> }
    }
}

/// The article's figure: the refund and its arithmetic, or why there is
/// none.
fn article_route(p: &ResultProps) -> Html {
    let lang = p.lang;
    let a = p.answer;
    let o = &a.outcome;
    let body = match &a.computation {
        Some(c) => {
            let paid = format_money(c.paid, c.currency, lang);
            let refund = format_money(c.refund, c.currency, lang);
            html! {
                <>
                    <p class="re-figure" data-testid="article-figure"
                       data-amount={o.refund.as_ref().map(|r| r.amount.clone())}>{ &refund }</p>
                    if o.refund.as_ref().is_some_and(|r| r.estimate) {
                        <p class="re-note re-estimate" role="note">
                            { icons::warning() }
                            <span><strong>{ t::ASSUMPTION.get(lang) }{ t::COLON.get(lang) }</strong>{ t::ESTIMATE_NOTE.get(lang) }</span>
                        </p>
                    }
                    if c.zero.is_none() {
                        <h4 class="re-h4">{ t::ARITHMETIC_HEADING.get(lang) }</h4>
                        <p class="re-formula-words">{ t::ARITHMETIC_FORMULA.get(lang) }</p>
                        <p class="re-formula" data-testid="arithmetic">
                            <span>{ paid }</span>{ " × " }<span>{ c.refundable_days }</span>{ " ÷ " }
                            <span>{ c.term_days }</span>{ " = " }<strong>{ &refund }</strong>
                        </p>
                        <p class="re-rounding">{
                            if c.rounded() {
                                fill(t::ARITHMETIC_ROUNDING, lang, &[("exact", &c.exact()), ("refund", &refund)])
                            } else {
                                t::ARITHMETIC_EXACT.get(lang).to_owned()
                            }
                        }</p>
                        <Timeline computation={c.clone()} {lang} />
                    }
                </>
            }
        }
        None => {
            let why = if o.ground.is_some() {
                t::ARTICLE_NONE_EXCHANGE
            } else {
                t::ARTICLE_NONE_NOT_COVERED
            };
            html! { <p class="re-note" data-testid="article-figure">{ why.get(lang) }</p> }
        }
    };
    html! {
        <section class="re-route re-route-article" aria-labelledby="re-article-heading" data-testid="route-article">
            <h3 class="re-h3" id="re-article-heading">{ t::ARTICLE_HEADING.get(lang) }</h3>
            { body }
        </section>
    }
}

/// The published rules' figure: from the harsh to the kind end, what it
/// rests on, and where the money goes.
fn published_route(p: &ResultProps) -> Html {
    let lang = p.lang;
    let a = p.answer;
    let req = &a.request;
    let body = match &a.outcome.published {
        Some(published) => {
            let figure = published.figure(req.currency, lang);
            let as_of = crate::policy::format_date(req.application_date, lang);
            html! {
                <>
                    <p class="re-figure" data-testid="published-figure">{
                        figure.clone().unwrap_or_else(|| t::PUBLISHED_NOTHING.get(lang).to_owned())
                    }</p>
                    if figure.is_some() {
                        <p class="re-formula-words">{ t::PUBLISHED_RANGE_NOTE.get(lang) }</p>
                        <p class="re-hint">{ fill(t::PUBLISHED_AS_OF, lang, &[("date", &as_of)]) }</p>
                    }
                    { lines(&published.explanation, lang, &p.dispatch, false) }
                    if figure.is_some() {
                        <ul class="re-lines">
                            <li><p>{ t::PUBLISHED_PAYOUT.get(lang) }</p>
                                { clause_link(ClauseId::PublishedPayout, lang, &p.dispatch) }</li>
                        </ul>
                    }
                </>
            }
        }
        None if req.remedy == Remedy::Exchange => html! {
            <p class="re-note" data-testid="published-figure">{ t::PUBLISHED_NONE_EXCHANGE.get(lang) }</p>
        },
        None => html! {
            <p class="re-note" data-testid="published-figure">{ t::PUBLISHED_NONE_FIGURES.get(lang) }</p>
        },
    };
    html! {
        <section class="re-route re-route-published" aria-labelledby="re-published-heading" data-testid="route-published">
            <h3 class="re-h3" id="re-published-heading">{ t::PUBLISHED_HEADING.get(lang) }</h3>
            { body }
        </section>
    }
}

/// The result.
pub fn result_view(p: &ResultProps) -> Html {
    let lang = p.lang;
    let a = p.answer;
    let o = &a.outcome;
    let detail = match o.verdict {
        Verdict::LikelyEligible => t::VERDICT_LIKELY_ELIGIBLE_DETAIL,
        Verdict::NeedsEvidence => t::VERDICT_NEEDS_EVIDENCE_DETAIL,
        Verdict::NotCovered => t::VERDICT_NOT_COVERED_DETAIL,
    };
    // For a reason the article does not list, what the customer can
    // actually do comes first.
    let routes = if o.ground.is_none() {
        html! { <>{ published_route(p) }{ article_route(p) }</> }
    } else {
        html! { <>{ article_route(p) }{ published_route(p) }</> }
    };
    let checklist = match o.ground {
        Some(g) => {
            let suggested = g.data().recommended_evidence;
            let extra: Vec<_> = a
                .request
                .evidence
                .iter()
                .filter(|e| !suggested.contains(e))
                .collect();
            html! {
                <section aria-labelledby="re-evidence-heading">
                    <h3 class="re-h3" id="re-evidence-heading">{ t::EVIDENCE_HEADING.get(lang) }</h3>
                    <ul class="re-checklist">
                        { for suggested.iter().map(|e| {
                            let have = a.request.evidence.contains(e);
                            html! {
                                <li class={if have { "re-have" } else { "re-missing" }} data-evidence={e.as_str()}>
                                    { if have { icons::check() } else { icons::empty_box() } }
                                    <div class="re-check-text">
                                        <p><strong>{ e.data().label.get(lang) }</strong>
                                        <span class="re-status">{ " — " }{ if have { t::EVIDENCE_HAVE.get(lang) } else { t::EVIDENCE_MISSING.get(lang) } }</span></p>
                                        <p class="re-choice-hint">{ e.data().hint.get(lang) }</p>
                                    </div>
                                </li>
                            }
                        }) }
                        { for extra.iter().map(|e| html! {
                            <li class="re-have" data-evidence={e.as_str()}>
                                { icons::check() }
                                <div class="re-check-text"><p><strong>{ e.data().label.get(lang) }</strong>
                                <span class="re-status">{ " — " }{ t::EVIDENCE_EXTRA.get(lang) }</span></p></div>
                            </li>
                        }) }
                    </ul>
                </section>
            }
        }
        None => html! {},
    };

    let copy = {
        let dispatch = p.dispatch.clone();
        move |text: String, done: Flash| {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| {
                let dispatch = dispatch.clone();
                let text = text.clone();
                let done = done.clone();
                yew::platform::spawn_local(async move {
                    let flash = if crate::browser::copy(&text).await {
                        done
                    } else {
                        Flash::CopyFailed(text)
                    };
                    dispatch.emit(Action::Flash(Some(flash)));
                });
            })
        }
    };
    let summary_text = summary(a);
    let on_copy_link = copy(crate::browser::href(), Flash::LinkCopied);
    let on_copy_summary = copy(summary_text, Flash::SummaryCopied);
    let on_print = Callback::from(|_: MouseEvent| crate::browser::print());
    let flash = match &p.flash {
        Some(Flash::LinkCopied) => {
            html! { <p class="re-flash" role="status">{ t::COPIED_LINK.get(lang) }</p> }
        }
        Some(Flash::SummaryCopied) => {
            html! { <p class="re-flash" role="status">{ t::COPIED_SUMMARY.get(lang) }</p> }
        }
        Some(Flash::CopyFailed(text)) => html! {
            <div class="re-flash" role="status">
                <p>{ t::COPY_FAILED.get(lang) }</p>
                <textarea class="re-copy-fallback" readonly=true rows="8" aria-label={t::COPY_SUMMARY.get(lang)} value={text.clone()} />
            </div>
        },
        None => html! {},
    };
    let on_policy = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(Action::PublishedRules);
        })
    };

    html! {
        <div class="re-result" data-verdict={o.verdict.as_str()}>
            <div class={classes!("re-verdict", format!("re-verdict-{}", o.verdict.as_str()))}>
                { icons::verdict(o.verdict) }
                <div>
                    <p class="re-verdict-text" data-testid="verdict">{ verdict_text(o.verdict).get(lang) }</p>
                    <p class="re-verdict-detail">{ detail.get(lang) }</p>
                </div>
            </div>
            { for a.comparison.as_ref().map(|c| html! {
                <p class="re-comparison" data-testid="comparison"><strong>{ t::COMPARE_HEADING.get(lang) }{ t::COLON.get(lang) }</strong>{ c.clone() }</p>
            }) }
            <div class={classes!("re-routes", o.ground.is_none().then_some("re-routes-published-first"))}>{ routes }</div>
            <section aria-labelledby="re-why-heading" data-testid="why">
                <h3 class="re-h3" id="re-why-heading">{ t::REASONS_HEADING.get(lang) }</h3>
                { lines(&o.explanation, lang, &p.dispatch, false) }
            </section>
            { checklist }
            { for a.waiting.as_ref().map(|w| waiting_section(w, lang)) }
            { for a.curve.as_ref().map(|cv| super::curve::curve_chart(cv, lang)) }
            { whatif_section(p) }
            <section aria-labelledby="re-next-heading" data-testid="next-steps">
                <h3 class="re-h3" id="re-next-heading">{ t::STEPS_HEADING.get(lang) }</h3>
                { lines(&o.next_steps, lang, &p.dispatch, true) }
            </section>
            <p class="re-disclaimer">
                { t::DISCLAIMER.get(lang) }{ " " }
                <a href="#published-rules" onclick={on_policy}>{ t::DISCLAIMER_LINK.get(lang) }</a>
            </p>
            <div class="re-actions re-no-print">
                if p.shareable {
                    <button type="button" class="re-button" onclick={on_copy_link}>{ t::COPY_LINK.get(lang) }</button>
                }
                <button type="button" class="re-button" onclick={on_copy_summary}>{ t::COPY_SUMMARY.get(lang) }</button>
                <button type="button" class="re-button" onclick={on_print}>{ t::PRINT.get(lang) }</button>
            </div>
            { flash }
        </div>
    }
}

/// What would change the outcome, each with its clause and an Apply button.
fn whatif_section(p: &ResultProps) -> Html {
    let lang = p.lang;
    let items = &p.answer.suggestions;
    html! {
        <section aria-labelledby="re-whatif-heading" class="re-whatif">
            <h3 class="re-h3" id="re-whatif-heading">{ t::WHATIF_HEADING.get(lang) }</h3>
            if items.is_empty() {
                <p class="re-hint">{ t::WHATIF_NONE.get(lang) }</p>
            } else {
                <ul class="re-lines">
                    { for items.iter().map(|s| {
                        let dispatch = p.dispatch.clone();
                        let change = s.change.clone();
                        let onclick = Callback::from(move |_: MouseEvent| dispatch.emit(Action::Apply(change.clone())));
                        html! {
                            <li class="re-suggestion">
                                <p>{ &s.text }</p>
                                <div class="re-suggestion-actions">
                                    { clause_link(s.clause, lang, &p.dispatch) }
                                    <button type="button" class="re-button re-secondary re-no-print" {onclick}>
                                        { t::WHATIF_APPLY.get(lang) }
                                    </button>
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

/// What applying later would change, rulebook by rulebook, or that it
/// changes nothing (only when that is true).
fn waiting_section(w: &Waiting, lang: Lang) -> Html {
    let article = w.rows.iter().any(|r| r.article.is_some());
    let published = w.rows.iter().any(|r| r.published.is_some());
    html! {
        <section class="re-waiting" aria-labelledby="re-waiting-heading">
            <h4 class="re-h4" id="re-waiting-heading">{ t::WAITING_HEADING.get(lang) }</h4>
            { for w.sentences.iter().map(|s| html! { <p data-testid="waiting">{ s.clone() }</p> }) }
            if !w.rows.is_empty() {
                <table class="re-table re-waiting-table">
                    <thead><tr>
                        <th scope="col">{ t::WAITING_WHEN.get(lang) }</th>
                        if article { <th scope="col">{ t::SHORT_ARTICLE.get(lang) }</th> }
                        if published { <th scope="col">{ t::SHORT_PUBLISHED.get(lang) }</th> }
                    </tr></thead>
                    <tbody>
                        { for w.rows.iter().map(|row| html! {
                            <tr>
                                <th scope="row">{
                                    if row.days == 0 {
                                        fill(t::WAITING_TODAY, lang, &[("date", &row.date)])
                                    } else {
                                        fill(t::WAITING_IN_DAYS, lang, &[("n", &row.days.to_string()), ("date", &row.date)])
                                    }
                                }</th>
                                if article { <td>{ row.article.clone().unwrap_or_default() }</td> }
                                if published { <td>{ row.published.clone().unwrap_or_default() }</td> }
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
