//! The policy in plain words: one section per clause, anchored
//! `#clause-<id>`, with its date, source and fingerprint, and the box of
//! what the provider's published rules say differently.

use yew::prelude::*;

use crate::i18n::{fill, t};
use crate::policy::{format_date, parse_date, ClauseId, Lang, Section, POLICY, PUBLISHED_RULES};

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

/// The policy view.
pub fn policy_view(p: &PolicyViewProps) -> Html {
    let lang = p.lang;
    let sections = [
        (Section::Grounds, t::SECTION_GROUNDS, "grounds"),
        (Section::Process, t::SECTION_PROCESS, "process"),
        (Section::Refund, t::SECTION_REFUND, "refund"),
    ];
    let back = {
        let dispatch = p.dispatch.clone();
        let view = p.came_from;
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::View(view)))
    };
    html! {
        <section class="re-policy" aria-labelledby="re-policy-heading">
            <h2 id="re-policy-heading" class="re-h2" tabindex="-1" data-focus-target="true">{ POLICY.title.get(lang) }</h2>
            <p class="re-lead">{ t::POLICY_INTRO.get(lang) }</p>
            <dl class="re-meta">
                <dt>{ t::POLICY_EFFECTIVE_LABEL.get(lang) }</dt>
                <dd>{ date(POLICY.effective_date, lang) }</dd>
                <dt>{ t::POLICY_SOURCE.get(lang) }</dt>
                <dd>{ POLICY.source.get(lang) }</dd>
                <dt>{ t::POLICY_FINGERPRINT.get(lang) }</dt>
                <dd><code class="re-sha" data-testid="policy-sha256">{ POLICY.sha256 }</code></dd>
            </dl>
            { for sections.iter().map(|(section, heading, key)| html! {
                <section class="re-policy-section" aria-labelledby={format!("re-section-{key}")}>
                    <h3 class="re-h3" id={format!("re-section-{key}")}>{ heading.get(lang) }</h3>
                    { for ClauseId::ALL.iter().filter(|c| c.data().section == *section).map(|c| html! {
                        <article class="re-clause-card" id={format!("clause-{}", c.as_str())} tabindex="-1">
                            <h4 class="re-h4">{ c.data().title.get(lang) }</h4>
                            <p>{ c.data().text.get(lang) }</p>
                            <p class="re-clause-id"><code>{ c.as_str() }</code></p>
                        </article>
                    }) }
                </section>
            }) }
            <p class="re-note">{ t::POLICY_LEFT_OUT.get(lang) }</p>
            <section class="re-published" id="published-rules" tabindex="-1" aria-labelledby="re-published-heading">
                <h3 class="re-h3" id="re-published-heading">{ PUBLISHED_RULES.title.get(lang) }</h3>
                <p>{ PUBLISHED_RULES.intro.get(lang) }</p>
                <ul>
                    { for PUBLISHED_RULES.facts.iter().map(|f| html! { <li>{ f.get(lang) }</li> }) }
                </ul>
                <p class="re-hint">{ fill(t::PUBLISHED_CHECKED, lang, &[("date", &date(PUBLISHED_RULES.checked, lang))]) }</p>
            </section>
            <div class="re-nav re-no-print">
                <button type="button" class="re-button re-secondary" onclick={back}>{ t::BACK_TO_ANSWERS.get(lang) }</button>
            </div>
        </section>
    }
}
