//! What a button or link inside the result asks for, as a type: written
//! into `data-action` by [`Click::encode`] and read back by [`Click::parse`],
//! side by side, so the two cannot drift apart.

use crate::policy::{ClauseId, Evidence};

use super::Fold;

/// A click inside the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Click {
    /// Show a clause in the rules view.
    Clause(ClauseId),
    /// Show the provider's published rules in the rules view.
    PublishedRules,
    /// Take up the suggestion with this index.
    Apply(usize),
    /// Undo the last suggestion or example taken up.
    Undo,
    /// Open or close a folding part.
    Fold(Fold),
    /// Go to an item of evidence to tick.
    Evidence(Evidence),
    /// Bring the published rules' figure into view.
    Published,
    /// Copy the page's address.
    CopyLink,
    /// Copy the plain-text summary.
    CopySummary,
    /// Print.
    Print,
}

impl Click {
    /// The `data-action` value: a name, and its argument after a colon.
    pub fn encode(self) -> String {
        let (name, arg) = match self {
            Click::Clause(c) => ("clause", c.as_str().to_owned()),
            Click::PublishedRules => ("published-rules", String::new()),
            Click::Apply(i) => ("apply", i.to_string()),
            Click::Undo => ("undo", String::new()),
            Click::Fold(f) => ("fold", f.as_str().to_owned()),
            Click::Evidence(e) => ("evidence", e.as_str().to_owned()),
            Click::Published => ("published", String::new()),
            Click::CopyLink => ("copy-link", String::new()),
            Click::CopySummary => ("copy-summary", String::new()),
            Click::Print => ("print", String::new()),
        };
        if arg.is_empty() {
            name.to_owned()
        } else {
            format!("{name}:{arg}")
        }
    }

    /// The click a `data-action` value stands for; `None` for anything
    /// this crate did not write.
    pub fn parse(value: &str) -> Option<Click> {
        let (name, arg) = match value.split_once(':') {
            Some((_, "")) => return None,
            Some(pair) => pair,
            None => (value, ""),
        };
        let bare = |click: Click| arg.is_empty().then_some(click);
        match name {
            "clause" => ClauseId::parse(arg).map(Click::Clause),
            "published-rules" => bare(Click::PublishedRules),
            "apply" => arg.parse().ok().map(Click::Apply),
            "undo" => bare(Click::Undo),
            "fold" => Fold::parse(arg).map(Click::Fold),
            "evidence" => Evidence::parse(arg).map(Click::Evidence),
            "published" => bare(Click::Published),
            "copy-link" => bare(Click::CopyLink),
            "copy-summary" => bare(Click::CopySummary),
            "print" => bare(Click::Print),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Click, Fold};
    use crate::policy::{ClauseId, Evidence};

    /// Every click reads back as itself.
    #[test]
    fn every_click_round_trips() {
        let mut clicks = vec![
            Click::PublishedRules,
            Click::Apply(0),
            Click::Apply(12),
            Click::Undo,
            Click::Published,
            Click::CopyLink,
            Click::CopySummary,
            Click::Print,
        ];
        clicks.extend(ClauseId::ALL.map(Click::Clause));
        clicks.extend(Evidence::ALL.map(Click::Evidence));
        clicks.extend(Fold::ALL.map(Click::Fold));
        for click in clicks {
            assert_eq!(Click::parse(&click.encode()), Some(click), "{click:?}");
        }
    }

    /// What this crate did not write is no click.
    #[test]
    fn foreign_values_are_refused() {
        for value in [
            "",
            "apply",
            "apply:x",
            "apply:-1",
            "undo:1",
            "clause:nope",
            "fold:4",
            "evidence:usage",
            "copy",
            "copy-link:",
            "print:now",
        ] {
            assert_eq!(Click::parse(value), None, "{value:?}");
        }
    }
}
