//! Both rulebooks in plain words: the article's clauses, then the provider's
//! published rules, each clause anchored `#clause-<id>`; the article's date,
//! source and the rules' fingerprint; each published rule with its page and
//! the dates it was updated and read.
//!
//! The content is the same for everyone, and no first question needs it: it
//! is written at build time, one file per language (`rules.<lang>.part.html`,
//! by the `prerender` binary from [`fragment`]), and fetched when the view
//! first opens (the single-file build carries it inline).

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::i18n::{fill, t};
use crate::policy::{
    format_date, parse_date, ClauseId, Lang, Page, Section, POLICY, PUBLISHED_NOTES,
};

use super::state::Anchor;
use crate::markup::{Markup, Outline};
use crate::session::View;

/// Props.
#[derive(Properties, PartialEq)]
pub struct PolicyViewProps {
    /// The language.
    pub lang: Lang,
    /// Going back: takes the view to return to.
    pub on_back: Callback<View>,
    /// The view to go back to.
    pub came_from: View,
    /// Where the site's files are (empty on our own page).
    pub base: AttrValue,
    /// The part to bring into view once the content is there.
    pub anchor: Option<Anchor>,
    /// The widget's heading levels.
    pub outline: Outline,
}

fn date(iso: &str, lang: Lang) -> String {
    parse_date(iso)
        .map(|d| format_date(d, lang))
        .unwrap_or_else(|_| iso.to_owned())
}

/// "Source: <title>. Page updated <date>; read <date>." with the title as
/// a link to the page.
pub(super) fn page_line(m: &mut Markup, page: &Page, lang: Lang) {
    let read = date(page.read, lang);
    // The sentence is the catalog's; the title inside it becomes a link.
    let text = if page.updated.is_empty() {
        fill(
            t::PAGE_LINE_UNDATED,
            lang,
            &[("title", "\u{1}"), ("read", &read)],
        )
    } else {
        let updated = date(page.updated, lang);
        fill(
            t::PAGE_LINE,
            lang,
            &[("title", "\u{1}"), ("updated", &updated), ("read", &read)],
        )
    };
    let (before, after) = text.split_once('\u{1}').unwrap_or((&text, ""));
    m.open("p", &[("class", "re-page-line")]).text(before);
    m.el(
        "a",
        &[
            ("href", page.url),
            ("rel", "noopener noreferrer"),
            ("target", "_blank"),
        ],
        page.title.get(lang),
    );
    m.text(after).close("p");
}

fn clause_card(m: &mut Markup, c: ClauseId, lang: Lang) {
    let id = Anchor::clause_id(c);
    m.open(
        "article",
        &[("class", "re-clause-card"), ("id", &id), ("tabindex", "-1")],
    );
    m.el("h4", &[("class", "re-h4")], c.data().title.get(lang));
    m.el("p", &[], c.text().get(lang));
    if let Some(page) = c.page() {
        page_line(m, page, lang);
    }
    m.close("article");
}

/// Everything between the view's heading and its Back button, as markup:
/// what the build writes to `rules.<lang>.part.html`.
pub fn fragment(lang: Lang) -> String {
    let mut m = Markup::default();
    let clauses = |section: Section| {
        ClauseId::ALL
            .into_iter()
            .filter(move |c| c.data().section == section)
    };
    m.el("p", &[("class", "re-lead")], t::POLICY_INTRO.get(lang));
    m.el("h3", &[("class", "re-h3")], POLICY.title.get(lang));
    m.open("dl", &[("class", "re-meta")]);
    m.el("dt", &[], t::POLICY_PUBLISHED_LABEL.get(lang)).el(
        "dd",
        &[],
        &date(POLICY.article_published, lang),
    );
    m.el("dt", &[], t::POLICY_SOURCE.get(lang))
        .el("dd", &[], POLICY.source.get(lang));
    m.el("dt", &[], t::POLICY_FINGERPRINT.get(lang))
        .open("dd", &[]);
    m.el(
        "code",
        &[("class", "re-sha"), ("data-testid", "policy-sha256")],
        POLICY.sha256,
    );
    m.close("dd").close("dl");
    for (section, heading, id) in [
        (Section::Grounds, t::SECTION_GROUNDS, "re-section-grounds"),
        (Section::Process, t::SECTION_PROCESS, "re-section-process"),
        (Section::Refund, t::SECTION_REFUND, "re-section-refund"),
    ] {
        m.open(
            "section",
            &[("class", "re-policy-section"), ("aria-labelledby", id)],
        );
        m.el("h3", &[("class", "re-h3"), ("id", id)], heading.get(lang));
        for c in clauses(section) {
            clause_card(&mut m, c, lang);
        }
        m.close("section");
    }
    m.el("p", &[("class", "re-note")], t::POLICY_LEFT_OUT.get(lang));
    m.open(
        "section",
        &[
            ("class", "re-policy-section re-published"),
            ("id", Anchor::PUBLISHED_RULES),
            ("tabindex", "-1"),
            ("aria-labelledby", "re-section-published"),
        ],
    );
    m.el(
        "h3",
        &[("class", "re-h3"), ("id", "re-section-published")],
        t::SECTION_PUBLISHED.get(lang),
    );
    m.el("p", &[], t::SECTION_PUBLISHED_INTRO.get(lang));
    for c in clauses(Section::Published) {
        clause_card(&mut m, c, lang);
    }
    m.el(
        "h4",
        &[("class", "re-h4")],
        t::PUBLISHED_NOTES_HEADING.get(lang),
    );
    m.open("ul", &[("class", "re-notes")]);
    for n in &PUBLISHED_NOTES {
        m.open("li", &[]).el("p", &[], n.text.get(lang));
        page_line(&mut m, &n.page, lang);
        m.close("li");
    }
    m.close("ul").close("section");
    m.into_string()
}

thread_local! {
    /// The content, once loaded, per language: the view opens at once the
    /// next time, and a clause can be brought into view right away.
    static LOADED: RefCell<Vec<(Lang, String)>> = const { RefCell::new(Vec::new()) };
}

fn loaded(lang: Lang) -> Option<String> {
    LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, html)| html.clone())
    })
}

/// The content: inline in the single-file build, else next to the site's
/// files.
///
/// The inline copy is read only where the page is ours and has no site to
/// fetch from: our own page (`base` empty) opened from a file. Anywhere
/// else the document may be someone else's (a help-center article around a
/// script-tag widget), and an element of theirs with that id must never
/// become the widget's markup.
async fn load(base: &str, lang: Lang) -> Result<String, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    if base.is_empty() && !crate::browser::served_over_http() {
        let inline = window
            .document()
            .and_then(|d| d.get_element_by_id(&format!("re-rules-{}", lang.tag())))
            .filter(|e| e.tag_name() == "TEMPLATE")
            .map(|e| e.inner_html());
        if let Some(html) = inline {
            return Ok(html);
        }
    }
    let url = format!("{base}rules.{}.part.html", lang.tag());
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&url))
            .await?
            .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::NULL);
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text()?).await?;
    text.as_string().ok_or(JsValue::NULL)
}

/// The policy view.
#[function_component(PolicyView)]
pub fn policy_view(p: &PolicyViewProps) -> Html {
    let lang = p.lang;
    // None while loading; Some(None) when it could not be loaded.
    let content = use_state(|| loaded(lang).map(Some));
    {
        let content = content.clone();
        let base = p.base.clone();
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            match loaded(lang) {
                Some(html) => content.set(Some(Some(html))),
                None => yew::platform::spawn_local(async move {
                    let html = load(&base, lang).await.ok();
                    if let Some(html) = &html {
                        LOADED.with(|l| l.borrow_mut().push((lang, html.clone())));
                    }
                    content.set(Some(html));
                }),
            }
        });
    }
    let node = use_node_ref();
    {
        let node = node.clone();
        let ready = matches!(&*content, Some(Some(_)));
        use_effect_with((ready, p.anchor), move |(ready, anchor)| {
            if let (true, Some(anchor), Some(root)) =
                (*ready, anchor, node.cast::<web_sys::Element>())
            {
                crate::browser::reveal(&root, &anchor.id());
            }
        });
    }
    let back = {
        let on_back = p.on_back.clone();
        let view = p.came_from;
        Callback::from(move |_: MouseEvent| on_back.emit(view))
    };
    let body = match &*content {
        Some(Some(html)) => Html::from_html_unchecked(AttrValue::from(p.outline.shift_html(html))),
        Some(None) => {
            html! { <p class="re-note" role="alert">{ t::RULES_UNAVAILABLE.get(lang) }</p> }
        }
        None => html! { <p class="re-note" role="status">{ t::RULES_LOADING.get(lang) }</p> },
    };
    html! {
        <section class="re-policy" aria-labelledby="re-policy-heading" ref={node}>
            { p.outline.heading("h2", &[("id", "re-policy-heading"), ("class", "re-h2"), ("tabindex", "-1"), ("data-focus-target", "true")], t::VIEW_POLICY.get(lang)) }
            { body }
            <div class="re-nav re-no-print">
                <button type="button" class="re-button re-secondary" onclick={back}>{ t::BACK_TO_ANSWERS.get(lang) }</button>
            </div>
        </section>
    }
}
