//! Read-only parts of the page (the result, the rules) written as HTML text
//! rather than through `html!`: the same markup for a fraction of the code
//! (the first render is counted in kilobytes). Buttons and links inside say
//! what they do with `data-action` (and `data-arg`), and one click listener
//! on the part's container acts on them ([`action`]).
//!
//! Safety: tags, attribute names and fixed fragments are `&'static str`
//! written in this crate; every other text goes through [`escape`], so no
//! answer, however typed, can become markup (tests/browser: hostile input).

use yew::{AttrValue, Html};

/// HTML under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// `<tag a="v" ...>`, every value escaped.
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// An element with text only: `<tag ...>text</tag>`.
    pub fn el(
        &mut self,
        tag: &'static str,
        attrs: &[(&'static str, &str)],
        text: &str,
    ) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(&mut self.0, text);
        self
    }

    /// A fixed fragment of this crate's own markup (an icon).
    pub fn fixed(&mut self, html: &'static str) -> &mut Self {
        self.0.push_str(html);
        self
    }

    /// The markup as a Yew node (replaced in the page only when it changes).
    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }

    /// The markup as text.
    pub fn into_string(self) -> String {
        self.0
    }

    /// The markup as text (for tests).
    #[cfg(test)]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Appends `text` with `& < > " '` written as entities.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The action a click inside a markup part asks for, and its argument:
/// the nearest `[data-action]` at or above the click.
pub fn action(event: &web_sys::Event) -> Option<(String, String)> {
    use wasm_bindgen::JsCast;
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let el = target.closest("[data-action]").ok()??;
    let action = el.get_attribute("data-action")?;
    Some((action, el.get_attribute("data-arg").unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn text_and_values_are_escaped() {
        let mut m = Markup::default();
        m.el(
            "p",
            &[("title", "\"><img onerror=x>")],
            "<script>a & 'b'</script>",
        );
        assert_eq!(
            m.as_str(),
            "<p title=\"&quot;&gt;&lt;img onerror=x&gt;\">&lt;script&gt;a &amp; &#39;b&#39;&lt;/script&gt;</p>"
        );
    }
}
