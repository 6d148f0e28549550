//! Both rulebooks in plain words: the article's clauses, then the provider's
//! published rules, each clause anchored `#clause-<id>`; the article's date,
//! source and the rules' fingerprint; each published rule with its page and
//! the dates it was updated and read.

use yew::prelude::*;

use crate::i18n::{fill, t};
use crate::policy::{
    format_date, parse_date, ClauseId, Lang, Page, Section, POLICY, PUBLISHED_NOTES,
};

use super::state::Action;

/// Props.
#[derive(PartialEq)]
pub struct PolicyViewProps {
    /// The language.
    pub lang: Lang,
    /// Where actions go.
    pub dispatch: Callback<Action>,
    /// The view to go back to.
    pub came_from: crate::session::View,
}

fn date(iso: &str, lang: Lang) -> String {
    parse_date(iso)
        .map(|d| format_date(d, lang))
        .unwrap_or_else(|_| iso.to_owned())
}

/// "Source: <title>. Page updated <date>; read <date>." with the title as
/// a link to the page.
fn page_line(page: &Page, lang: Lang) -> Html {
    let read = date(page.read, lang);
    let text = if page.updated.is_empty() {
        fill(t::PAGE_LINE_UNDATED, lang, &[("title", "\u{1}"), ("read", &read)])
    } else {
        let updated = date(page.updated, lang);
        fill(t::PAGE_LINE, lang, &[("title", "\u{1}"), ("updated", &updated), ("read", &read)])
    };
    // The sentence is the catalog's; the title inside it becomes a link.
    let (before, after) = text.split_once('\u{1}').unwrap_or((&text, ""));
    html! {
        <p class="re-page-line">
            { before.to_owned() }
            <a href={page.url} rel="noopener noreferrer" target="_blank" lang="en">{ page.title }</a>
            { after.to_owned() }
        </p>
    }
}

fn clause_card(c: ClauseId, lang: Lang) -> Html {
    let data = c.data();
    html! {
        <article class="re-clause-card" id={format!("clause-{}", c.as_str())} tabindex="-1">
            <h4 class="re-h4">{ data.title.get(lang) }</h4>
            <p>{ data.text.get(lang) }</p>
            { for data.page.as_ref().map(|p| page_line(p, lang)) }
            <p class="re-clause-id">{ c.as_str() }</p>
        </article>
    }
}

/// The policy view.
pub fn policy_view(p: &PolicyViewProps) -> Html {
    let lang = p.lang;
    let article = [
        (Section::Grounds, t::SECTION_GROUNDS, "grounds"),
        (Section::Process, t::SECTION_PROCESS, "process"),
        (Section::Refund, t::SECTION_REFUND, "refund"),
    ];
    let back = {
        let dispatch = p.dispatch.clone();
        let view = p.came_from;
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::View(view)))
    };
    let clauses = |section: Section| {
        ClauseId::ALL
            .into_iter()
            .filter(move |c| c.data().section == section)
    };
    html! {
        <section class="re-policy" aria-labelledby="re-policy-heading">
            <h2 id="re-policy-heading" class="re-h2" tabindex="-1" data-focus-target="true">{ t::VIEW_POLICY.get(lang) }</h2>
            <p class="re-lead">{ t::POLICY_INTRO.get(lang) }</p>
            <h3 class="re-h3">{ POLICY.title.get(lang) }</h3>
            <dl class="re-meta">
                <dt>{ t::POLICY_PUBLISHED_LABEL.get(lang) }</dt>
                <dd>{ date(POLICY.published, lang) }</dd>
                <dt>{ t::POLICY_SOURCE.get(lang) }</dt>
                <dd>{ POLICY.source.get(lang) }</dd>
                <dt>{ t::POLICY_FINGERPRINT.get(lang) }</dt>
                <dd><code class="re-sha" data-testid="policy-sha256">{ POLICY.sha256 }</code></dd>
            </dl>
            { for article.iter().map(|(section, heading, key)| html! {
                <section class="re-policy-section" aria-labelledby={format!("re-section-{key}")}>
                    <h3 class="re-h3" id={format!("re-section-{key}")}>{ heading.get(lang) }</h3>
                    { for clauses(*section).map(|c| clause_card(c, lang)) }
                </section>
            }) }
            <p class="re-note">{ t::POLICY_LEFT_OUT.get(lang) }</p>
            <section class="re-policy-section re-published" id="published-rules" tabindex="-1" aria-labelledby="re-section-published">
                <h3 class="re-h3" id="re-section-published">{ t::SECTION_PUBLISHED.get(lang) }</h3>
                <p>{ t::SECTION_PUBLISHED_INTRO.get(lang) }</p>
                { for clauses(Section::Published).map(|c| clause_card(c, lang)) }
                <h4 class="re-h4">{ t::PUBLISHED_NOTES_HEADING.get(lang) }</h4>
                <ul class="re-notes">
                    { for PUBLISHED_NOTES.iter().map(|n| html! {
                        <li><p>{ n.text.get(lang) }</p>{ page_line(&n.page, lang) }</li>
                    }) }
                </ul>
            </section>
            <div class="re-nav re-no-print">
                <button type="button" class="re-button re-secondary" onclick={back}>{ t::BACK_TO_ANSWERS.get(lang) }</button>
            </div>
        </section>
    }
}
