//! Read-only parts of the page (the result, the rules) written as HTML text
//! rather than through `html!`: the same markup for a fraction of the code
//! (the first render is counted in kilobytes). Buttons and links inside say
//! what they do with `data-action`, and one click listener
//! on the part's container acts on them ([`action`]).
//!
//! Safety: tags, attribute names and fixed fragments are `&'static str`
//! written in this crate; every other text goes through [`escape`], so no
//! answer, however typed, can become markup (tests/browser: hostile input).

use yew::{AttrValue, Html};

/// HTML under construction. Headings are written at their level on our own
/// page (`h3` for a section) and come out at the widget's [`Outline`].
/// [`Markup::cut`] ends a part: each part is replaced in the page only when
/// its own text changes, so a change of one figure leaves the rest of a
/// long result as it is (no new parse, layout or paint for it).
#[derive(Default)]
pub struct Markup(String, Outline, Vec<String>);

/// The widget's heading levels: its title at `top` (1 on our own page, 2 by
/// default in an embed: below the article's own `h1`), each part one level
/// below its parent, never below `h6`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outline {
    shift: u8,
}

const HEADINGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

impl Outline {
    /// The outline whose title is an `h{top}` (1 to 4).
    pub fn new(top: u8) -> Self {
        Self {
            shift: top.clamp(1, 4) - 1,
        }
    }

    /// The tag for `tag` as written for our own page: `h2` becomes `h3`
    /// under an `h2` title; other tags stay as they are.
    pub fn tag(self, tag: &'static str) -> &'static str {
        match HEADINGS.iter().position(|h| *h == tag) {
            Some(i) => HEADINGS
                .get(i + usize::from(self.shift))
                .copied()
                .unwrap_or("h6"),
            None => tag,
        }
    }

    /// A heading element with text only, at this outline's level. (Written
    /// as markup: a tag chosen at run time costs far more code in `html!`.)
    pub fn heading(self, tag: &'static str, attrs: &[(&'static str, &str)], text: &str) -> Html {
        let mut m = Markup::new(self);
        m.el(tag, attrs, text);
        m.into_html()
    }

    /// Markup written for our own page (the prerendered rules), its headings
    /// moved to this outline: the digit of every `<hN` and `</hN`. Only this
    /// crate's tags can match: every text in it is escaped. (Byte by byte:
    /// a substring search would add a string-search routine to the module.)
    pub fn shift_html(self, html: &str) -> String {
        let mut bytes = html.as_bytes().to_vec();
        for i in 1..bytes.len().saturating_sub(1) {
            let opens =
                bytes[i - 1] == b'<' || (i >= 2 && bytes[i - 1] == b'/' && bytes[i - 2] == b'<');
            if opens && bytes[i] == b'h' && (b'1'..=b'6').contains(&bytes[i + 1]) {
                bytes[i + 1] = (bytes[i + 1] + self.shift).min(b'6');
            }
        }
        String::from_utf8(bytes).unwrap_or_else(|_| html.to_owned())
    }
}

impl Markup {
    /// Markup whose headings follow `outline`.
    pub fn new(outline: Outline) -> Self {
        Self(String::new(), outline, Vec::new())
    }

    /// Ends a part here (between complete elements only).
    pub fn cut(&mut self) -> &mut Self {
        if !self.0.is_empty() {
            self.2.push(std::mem::take(&mut self.0));
        }
        self
    }

    /// Ends a part here even when it is empty (then an empty comment
    /// stands for it), so a result cut with `part` has the same number of
    /// parts whatever it shows: [`crate::patch`] brings each part to its
    /// new markup in place, and redraws everything when the count changes
    /// (losing the focus on a button).
    pub fn part(&mut self) -> &mut Self {
        if self.0.is_empty() {
            self.0.push_str("<!---->");
        }
        self.cut()
    }

    /// `<tag a="v" ...>`, every value escaped.
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Self {
        let tag = self.1.tag(tag);
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
        let tag = self.1.tag(tag);
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// An element whose content `inner` writes: it closes what it opens.
    pub fn node(
        &mut self,
        tag: &'static str,
        attrs: &[(&'static str, &str)],
        inner: impl FnOnce(&mut Self),
    ) -> &mut Self {
        self.open(tag, attrs);
        inner(self);
        self.close(tag)
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

    /// The markup as Yew nodes (a view's whole markup; the result's parts
    /// go through [`Markup::into_parts`]).
    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.into_string()))
    }

    /// The markup's parts (for [`crate::patch`]).
    pub fn into_parts(mut self) -> Vec<String> {
        self.cut();
        self.2
    }

    /// The markup as text, its parts joined.
    pub fn into_string(mut self) -> String {
        self.cut();
        self.2.concat()
    }

    /// The markup of the current part (for tests).
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

/// The action a click inside a markup part asks for: the `data-action` of
/// the nearest element at or above the click that has one.
pub fn action(event: &web_sys::Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let el = target.closest("[data-action]").ok()??;
    el.get_attribute("data-action")
}

#[cfg(test)]
mod tests {
    use super::{Markup, Outline};

    /// One table: the tag as written for our own page, the title's level,
    /// the tag that comes out.
    #[test]
    fn headings_follow_the_outline() {
        let cases = [
            ("h1", 1, "h1"),
            ("h3", 1, "h3"),
            ("h1", 2, "h2"),
            ("h4", 2, "h5"),
            ("h3", 4, "h6"),
            ("h4", 4, "h6"),
            ("h2", 9, "h5"),
            ("p", 3, "p"),
        ];
        for (tag, top, expected) in cases {
            assert_eq!(Outline::new(top).tag(tag), expected, "{tag} under h{top}");
        }
        let mut m = Markup::new(Outline::new(2));
        m.el("h3", &[], "Why");
        assert_eq!(m.as_str(), "<h4>Why</h4>");
        let page = "<h3 id=\"a\">A</h3><h4>B</h4><p>h3 &lt;h3&gt;</p>";
        assert_eq!(
            Outline::new(3).shift_html(page),
            "<h5 id=\"a\">A</h5><h6>B</h6><p>h3 &lt;h3&gt;</p>"
        );
        assert_eq!(Outline::new(1).shift_html(page), page);
    }

    /// A part ended by `part` is there even when empty.
    #[test]
    fn parts_are_counted_even_when_empty() {
        let mut m = Markup::new(Outline::new(1));
        m.el("p", &[], "a").part().part();
        m.el("p", &[], "b").part();
        assert_eq!(m.2.len(), 3);
        assert_eq!(m.into_string(), "<p>a</p><!----><p>b</p>");
    }

    /// Parts cut between elements join back into the same markup.
    #[test]
    fn parts_join_into_the_whole() {
        let mut m = Markup::new(Outline::new(1));
        m.el("p", &[], "a").cut().cut();
        m.el("h3", &[], "b").cut();
        m.el("p", &[], "c");
        assert_eq!(m.into_string(), "<p>a</p><h3>b</h3><p>c</p>");
    }

    /// An element opened by `node` is closed by it, whatever is inside.
    #[test]
    fn nodes_close_what_they_open() {
        let mut m = Markup::new(Outline::new(2));
        m.node("section", &[("id", "a")], |m| {
            m.el("h3", &[], "T").node("ul", &[], |m| {
                m.el("li", &[], "x");
            });
        });
        assert_eq!(
            m.as_str(),
            "<section id=\"a\"><h4>T</h4><ul><li>x</li></ul></section>"
        );
    }

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
