//! Writes what the site shows without running the estimator's wasm, from
//! the same data and code: run natively by the post-build hook
//! (`scripts/postbuild.mjs`).
//!
//! - `rules.<lang>.part.html`: the rules view's content, per language,
//!   fetched when the view first opens (none of it weighs on the first
//!   render);
//! - `texts.json`: the catalog's words for the parts written in JavaScript
//!   (the embed's load-failure message, the embed builder), which the hook
//!   writes into those files.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::io::Result<()> {
    use refund_estimator::policy::Lang;
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".to_owned());
    let dir = std::path::Path::new(&dir);
    for lang in Lang::ALL {
        let path = dir.join(format!("rules.{}.part.html", lang.tag()));
        std::fs::write(path, refund_estimator::rules_fragment(lang))?;
    }
    std::fs::write(dir.join("texts.json"), refund_estimator::site_texts())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
