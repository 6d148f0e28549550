//! "Try an example": a short list of typical cases for people showing the
//! estimator to others; each fills in every answer in one click (offline
//! too), and Undo brings the person's own answers back.

use yew::prelude::*;

use crate::i18n::t;
use crate::policy::Lang;
use crate::session::{example_title, EXAMPLE_COUNT};

use crate::markup::Markup;

/// The examples' buttons (read-only markup, one click listener); `on`
/// takes the chosen one.
pub fn examples(lang: Lang, on: &Callback<usize>) -> Html {
    let mut m = Markup::default();
    let attrs = [
        ("class", "re-examples re-no-print"),
        ("role", "group"),
        ("aria-labelledby", "re-examples-heading"),
        ("data-testid", "examples"),
    ];
    m.node("div", &attrs, |m| {
        m.node(
            "p",
            &[
                ("class", "re-examples-heading"),
                ("id", "re-examples-heading"),
            ],
            |m| {
                m.el("strong", &[], t::EXAMPLES_HEADING.get(lang));
            },
        );
        m.el("p", &[("class", "re-hint")], t::EXAMPLES_HINT.get(lang));
        m.node("ul", &[("class", "re-examples-list")], |m| {
            for i in 0..EXAMPLE_COUNT {
                let Some(title) = example_title(i) else {
                    continue;
                };
                let index = i.to_string();
                m.node("li", &[], |m| {
                    m.el(
                        "button",
                        &[
                            ("type", "button"),
                            ("class", "re-button re-secondary re-small"),
                            ("data-example", &index),
                        ],
                        title.get(lang),
                    );
                });
            }
        });
    });
    let on = on.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        use wasm_bindgen::JsCast;
        let chosen = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-example]").ok().flatten())
            .and_then(|el| el.get_attribute("data-example"))
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(i) = chosen {
            on.emit(i);
        }
    });
    html! { <div class="re-examples-host" {onclick}>{ m.into_html() }</div> }
}
