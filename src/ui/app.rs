//! The root component: header, language switch, views, notices, the live
//! region, and keeping the address in step with the answers.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{fill, t};
use crate::policy::{Lang, POLICY};
use crate::session::{decode, encode, fingerprint_prefix, Notice, Step, View};

use super::calculator::calculator;
use super::dom_id;
use super::policy_view::PolicyView;
use super::questionnaire::questionnaire;
use super::result::short_result;
use super::state::{Action, Anchor, Effect, Screen, State};
use super::view_props::ViewProps;
use crate::markup::{Markup, Outline};

/// How the app is started.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The language; `None` follows the browser.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// The first view.
    #[prop_or_default]
    pub view: Option<View>,
    /// Embedded in someone else's page: leave its address and title alone.
    #[prop_or_default]
    pub embedded: bool,
    /// The `<refund-estimator>` element, which receives result events.
    #[prop_or_default]
    pub host: Option<web_sys::HtmlElement>,
    /// Where the site's own files are (`embed.js`'s folder in an embed);
    /// empty on our own page, whose links are relative.
    #[prop_or_default]
    pub base: AttrValue,
    /// The level of the top heading: 1 on our own page, 2 by default in an
    /// embed (below the host article's `h1`).
    #[prop_or(1)]
    pub heading_level: u8,
}

/// What the address says when the app starts, and what opening it asks
/// of the browser.
fn initial_state(props: &AppProps) -> State {
    let today = crate::browser::today();
    let lang = props.lang.unwrap_or_else(crate::browser::preferred_lang);
    let screen = Screen::new(lang, props.view.unwrap_or_default(), today);
    if props.embedded {
        return State::new(screen, Vec::new());
    }
    let fragment = crate::browser::fragment();
    let anchor = Anchor::parse(&fragment);
    let shared = anchor.is_none().then(|| decode(&fragment)).flatten();
    // An explicit language wins over the link's.
    let shared = shared.map(|(shared, notices)| {
        let lang = shared.lang.filter(|_| props.lang.is_none()).unwrap_or(lang);
        (
            crate::session::Shared {
                lang: Some(lang),
                ..shared
            },
            notices,
        )
    });
    let (screen, effects) = screen.opened(anchor, shared);
    State::new(screen, effects)
}

fn notice_text(notice: &Notice, lang: Lang) -> String {
    match notice {
        Notice::OtherPolicy { id, fingerprint } => {
            let unknown = t::UNKNOWN_VERSION.get(lang);
            let link = match (id.is_empty(), fingerprint.is_empty()) {
                (true, true) => unknown.to_owned(),
                _ => format!(
                    "{} · {}",
                    if id.is_empty() { unknown } else { id },
                    fingerprint
                ),
            };
            let current = format!("{} · {}", POLICY.id, fingerprint_prefix(POLICY.sha256));
            fill(
                t::NOTICE_OTHER_POLICY,
                lang,
                &[("link", &link), ("current", &current)],
            )
        }
        Notice::OtherFormat => t::NOTICE_OTHER_FORMAT.get(lang).to_owned(),
        Notice::Damaged => t::NOTICE_DAMAGED.get(lang).to_owned(),
        Notice::TooLong => t::NOTICE_TOO_LONG.get(lang).to_owned(),
    }
}

/// The title and tagline (read-only: written as markup).
fn brand(outline: Outline, lang: Lang) -> Html {
    let mut m = Markup::new(outline);
    m.open("div", &[("class", "re-brand")])
        .el("h1", &[("class", "re-h1")], t::APP_TITLE.get(lang))
        .el("p", &[("class", "re-tagline")], t::APP_TAGLINE.get(lang))
        .close("div");
    m.into_html()
}

/// The footer: privacy, the policy's date, Verify and (on our own page,
/// served: it makes snippets that load from this site) the embed builder.
/// In an embed, Verify opens in a tab of its own: inside the iframe it
/// could not be shown (it may be framed by our site only), and in a
/// script-tag widget it would take the reader away from the article and
/// its answers.
fn footer(lang: Lang, base: &str, builder: bool, embedded: bool) -> Html {
    let verify = format!("{base}verify.html?lang={}", lang.tag());
    let mut m = Markup::default();
    m.open("footer", &[("class", "re-footer")])
        .el("p", &[], t::FOOTER_PRIVACY.get(lang))
        .el(
            "p",
            &[("class", "re-hint")],
            &format!("{} · {}", POLICY.title.get(lang), POLICY.article_published),
        )
        .open("p", &[("class", "re-hint re-no-print")]);
    if embedded {
        m.open(
            "a",
            &[
                ("href", &verify),
                ("data-testid", "verify-link"),
                ("target", "_blank"),
                ("rel", "noopener"),
            ],
        )
        .text(t::VERIFY_LINK.get(lang))
        .el(
            "span",
            &[("class", "re-sr-only")],
            t::OPENS_NEW_TAB.get(lang),
        )
        .close("a");
    } else {
        m.el(
            "a",
            &[("href", &verify), ("data-testid", "verify-link")],
            t::VERIFY_LINK.get(lang),
        );
    }
    if builder {
        let href = format!("builder.html?lang={}", lang.tag());
        m.text(" · ").el(
            "a",
            &[("href", &href), ("data-testid", "builder-link")],
            t::FOOTER_BUILDER.get(lang),
        );
    }
    m.close("p").close("footer");
    m.into_html()
}

/// Moves the focus to the element with this id, else to the first error
/// shown, else to the heading of what is on screen.
fn focus(root: &web_sys::Element, id: Option<String>) {
    let asked = id.and_then(|id| root.query_selector(&format!("#{id}")).ok().flatten());
    let first_error = || {
        root.query_selector(".re-error")
            .ok()
            .flatten()
            .and_then(|e| e.closest(".re-field, fieldset").ok().flatten())
            .and_then(|f| f.query_selector("input, select").ok().flatten())
    };
    let target = asked
        .or_else(first_error)
        .or_else(|| root.query_selector("[data-focus-target]").ok().flatten());
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        crate::browser::focus(&el);
    }
}

/// The app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer_eq({
        let props = props.clone();
        move || initial_state(&props)
    });
    let root = use_node_ref();
    let lang = state.lang();
    let embedded = props.embedded;
    let dispatch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };

    // <html lang> and the title follow the language (own page only).
    use_effect_with(lang, move |lang| {
        if !embedded {
            crate::browser::set_document_lang(*lang, t::APP_TITLE.get(*lang));
        }
    });

    // The address carries the answers: replaced as they change, pushed as
    // the person moves between steps and views, so Back works.
    let fragment = encode(&state.shared());
    {
        let push = state.push();
        use_effect_with(fragment.clone(), move |fragment| {
            if !embedded {
                crate::browser::set_fragment(fragment, push);
            }
        });
    }

    // Back and Forward, and links pasted into the address bar.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = (!embedded).then(|| {
                let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                    crate::browser::forget_fragment();
                    dispatcher.dispatch(Action::Follow(crate::browser::fragment()));
                });
                if let Some(window) = web_sys::window() {
                    let _ = window.add_event_listener_with_callback(
                        "hashchange",
                        closure.as_ref().unchecked_ref(),
                    );
                }
                closure
            });
            move || {
                if let (Some(closure), Some(window)) = (listener, web_sys::window()) {
                    let _ = window.remove_event_listener_with_callback(
                        "hashchange",
                        closure.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    // Focus follows navigation: the effects of the last change, once.
    // The element asked for (after Apply, Undo, a suggestion's button) or
    // the rules view's part, else the first error shown, else the heading.
    {
        let root = root.clone();
        let effects = state.effects.clone();
        use_effect_with(state.change, move |_| {
            let Some(root) = root.cast::<web_sys::Element>() else {
                return;
            };
            for effect in effects.iter() {
                match effect {
                    Effect::PushAddress => {}
                    Effect::Reveal(anchor) => crate::browser::reveal(&root, &anchor.id()),
                    Effect::Focus(target) => focus(&root, dom_id::target(*target)),
                }
            }
        });
    }

    // The core's report on the answers, computed by the screen once per
    // change of them: read by the views, the live region and the result
    // event alike.
    let report = state.report().clone();
    let shareable = !embedded;
    let outline = Outline::new(props.heading_level);
    let session = ViewProps {
        answers: state.answers().clone(),
        errors: state.visible(report.errors()),
        report: report.clone(),
        lang,
        flash: state.flash.clone(),
        shareable,
        dispatch: dispatch.clone(),
        outline,
        // Folded on a phone until the person opens a part.
        open: state.open.unwrap_or(if crate::browser::is_wide() {
            u8::MAX
        } else {
            0
        }),
    };
    let view = match state.view {
        View::Questionnaire => html! {
            { questionnaire(&session, state.step) }
        },
        View::Calculator => html! {
            { calculator(&session) }
        },
        View::Policy => html! {
            <PolicyView {lang} {outline} on_back={dispatch.reform(Action::View)} came_from={state.came_from}
                        base={props.base.clone()} anchor={state.anchor} />
        },
    };

    // What the live region reads out: the verdict and the figure, whenever
    // a result is on screen.
    let showing_result = match state.view {
        View::Questionnaire => state.step == Step::Result,
        View::Calculator => true,
        View::Policy => false,
    };
    let result = report.assessment().filter(|_| showing_result);

    // The host page hears of each new result: the core's event, cut from
    // the outcome.
    let event = result.map(|a| a.event());
    {
        let host = props.host.clone();
        use_effect_with(event, move |event| {
            if let (Some(host), Some(event)) = (host, event) {
                if let Ok(detail) = crate::api::to_js(event) {
                    crate::browser::announce_result(&host, &detail);
                }
            }
        });
    }

    // Read out: the verdict and both figures, in the interface's own
    // punctuation.
    let announcement = result
        .map(|answer| short_result(answer, lang))
        .unwrap_or_default();

    let other = match lang {
        Lang::En => Lang::ZhCn,
        Lang::ZhCn => Lang::En,
    };
    let switch_lang = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Lang(other)))
    };
    let tabs = View::ALL.iter().map(|v| {
        let label = match v {
            View::Questionnaire => t::VIEW_QUESTIONNAIRE,
            View::Calculator => t::VIEW_CALCULATOR,
            View::Policy => t::VIEW_POLICY,
        };
        let current = *v == state.view;
        let dispatch = dispatch.clone();
        let v = *v;
        let onclick = Callback::from(move |_: MouseEvent| dispatch.emit(Action::View(v)));
        html! {
            <button type="button" class={if current { "re-tab re-tab-current" } else { "re-tab" }}
                    aria-current={current.then_some("page")} data-view={v.as_str()} {onclick}>
                { label.get(lang) }
            </button>
        }
    });

    html! {
        <div class="re-app" lang={lang.tag()} ref={root} data-view={state.view.as_str()}>
            <header class="re-header">
                { brand(outline, lang) }
                <button type="button" class="re-button re-lang" onclick={switch_lang}
                        lang={other.tag()} aria-label={t::LANG_OTHER_LABEL.get(lang)}
                        data-testid="switch-lang">{ t::LANG_OTHER.get(lang) }</button>
            </header>
            <nav class="re-tabs re-no-print" aria-label={t::NAV_LABEL.get(lang)}>{ for tabs }</nav>
            { for state.notices.iter().enumerate().map(|(i, n)| {
                let dispatch = dispatch.clone();
                let onclick = Callback::from(move |_: MouseEvent| dispatch.emit(Action::Dismiss(i)));
                html! {
                    <div class="re-notice" role="status">
                        { super::icons::warning() }
                        <p>{ notice_text(n, lang) }</p>
                        <button type="button" class="re-button re-secondary re-no-print" {onclick}>{ t::DISMISS.get(lang) }</button>
                    </div>
                }
            }) }
            // Not a `main` landmark: on someone else's page the article is
            // the main content (our own page's element is the `main`).
            <div class="re-main">{ view }</div>
            <div class="re-sr-only" aria-live="polite" aria-atomic="true" data-testid="live">{ announcement }</div>
            { footer(lang, &props.base, !props.embedded && crate::browser::served_over_http(), props.embedded) }
        </div>
    }
}
