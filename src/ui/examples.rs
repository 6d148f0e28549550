//! "Try an example": a short list of typical cases for people showing the
//! estimator to others; each fills in every answer in one click (offline
//! too), and Undo brings the person's own answers back.

use yew::prelude::*;

use crate::i18n::t;
use crate::policy::Lang;
use crate::session::{example_title, EXAMPLE_COUNT};

use super::state::Action;

/// The examples' buttons; `on` takes the chosen one.
pub fn examples(lang: Lang, on: &Callback<Action>) -> Html {
    let buttons = (0..EXAMPLE_COUNT).filter_map(|i| {
        let title = example_title(i)?.get(lang);
        let on = on.clone();
        let onclick = Callback::from(move |_: MouseEvent| on.emit(Action::Example(i)));
        Some(html! {
            <li><button type="button" class="re-button re-secondary re-small" data-example={i.to_string()} {onclick}>{ title }</button></li>
        })
    });
    html! {
        <aside class="re-examples re-no-print" aria-labelledby="re-examples-heading" data-testid="examples">
            <p class="re-examples-heading" id="re-examples-heading"><strong>{ t::EXAMPLES_HEADING.get(lang) }</strong></p>
            <p class="re-hint">{ t::EXAMPLES_HINT.get(lang) }</p>
            <ul class="re-examples-list">{ for buttons }</ul>
        </aside>
    }
}
