//! The interface's words (`[ui]` of i18n/catalog.toml) are checked and
//! turned into Rust by the core crate's build script, with the rest of the
//! catalog; this one only tells `src/i18n.rs` where that file is.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    match std::env::var("DEP_REFUND_CATALOG_UI_TEXT") {
        Ok(path) => println!("cargo:rustc-env=UI_TEXT_RS={path}"),
        Err(_) => {
            eprintln!(
                "error: the core crate's build script did not say where the interface's words are"
            );
            std::process::exit(1);
        }
    }
}
