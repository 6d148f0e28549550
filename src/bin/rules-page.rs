//! Writes the rules view's content for the site, one file per language
//! (`rules.<lang>.part.html`), from the policy data: run natively by the
//! post-build hook (`scripts/postbuild.mjs`). The estimator fetches the file
//! when the view first opens, so none of it weighs on the first render.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::io::Result<()> {
    use refund_estimator::policy::Lang;
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".to_owned());
    for lang in Lang::ALL {
        let path = std::path::Path::new(&dir).join(format!("rules.{}.part.html", lang.tag()));
        std::fs::write(path, refund_estimator::rules_fragment(lang))?;
    }
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
