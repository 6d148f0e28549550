//! The policy data file (policy/policy.toml) against the documented vocabulary,
//! and the core's architectural invariants.

use refund_core::policy::{
    ClauseId, Evidence, Ground, Lang, Problem, Reason, Remedy, Route, Section, POLICY,
};

fn ids<T: Copy>(all: &[T], f: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|x| f(*x)).collect()
}

#[test]
fn vocabulary_is_exactly_the_spec() {
    assert_eq!(
        ids(&ClauseId::ALL, ClauseId::as_str),
        [
            "grounds.quality",
            "grounds.not_as_promised",
            "grounds.force_majeure",
            "grounds.scope",
            "process.contact",
            "process.apply",
            "process.review",
            "process.notify",
            "refund.quality",
            "refund.not_as_promised",
            "refund.force_majeure",
            "published.unsubscribe",
            "published.consumed",
            "published.vouchers",
            "published.pay_as_you_go",
            "published.not_started",
            "published.payout",
            // v2.1: the provider's own example, and how to end the
            // subscription (cited by the result, not the engine's lines).
            "published.example",
            "published.how_to",
            "published.renewals",
            "published.blockers",
            "published.china_site",
        ]
    );
    assert_eq!(
        ids(&Ground::ALL, Ground::as_str),
        ["quality", "not_as_promised", "force_majeure"]
    );
    assert_eq!(
        ids(&Problem::ALL, Problem::as_str),
        [
            "hardware_failure",
            "network_unstable",
            "other_defect",
            "bandwidth_below_contract",
            "config_mismatch",
            "natural_disaster",
            "government_policy",
            "no_longer_needed",
            "found_cheaper",
            "other",
        ]
    );
    assert_eq!(
        ids(&Evidence::ALL, Evidence::as_str),
        [
            "usage_records",
            "problem_photos",
            "contract_or_order",
            "event_proof"
        ]
    );
    assert_eq!(
        ids(&Remedy::ALL, Remedy::as_str),
        ["refund", "exchange", "either"]
    );
}

#[test]
fn problems_map_to_the_spec_grounds() {
    let ground = |p: Problem| p.data().ground.map(Ground::as_str);
    let expected = [
        ("hardware_failure", Some("quality")),
        ("network_unstable", Some("quality")),
        ("other_defect", Some("quality")),
        ("bandwidth_below_contract", Some("not_as_promised")),
        ("config_mismatch", Some("not_as_promised")),
        ("natural_disaster", Some("force_majeure")),
        ("government_policy", Some("force_majeure")),
        ("no_longer_needed", None),
        ("found_cheaper", None),
        ("other", None),
    ];
    for (id, g) in expected {
        assert_eq!(ground(Problem::parse(id).unwrap()), g, "{id}");
    }
}

#[test]
fn grounds_cite_their_clauses_and_suggest_the_spec_evidence() {
    let check = |g: Ground, clause: &str, refund: &str, evidence: [&str; 2]| {
        let d = g.data();
        assert_eq!(d.clause.as_str(), clause);
        assert_eq!(d.refund_clause.as_str(), refund);
        assert_eq!(ids(d.recommended_evidence, Evidence::as_str), evidence);
    };
    check(
        Ground::Quality,
        "grounds.quality",
        "refund.quality",
        ["usage_records", "problem_photos"],
    );
    check(
        Ground::NotAsPromised,
        "grounds.not_as_promised",
        "refund.not_as_promised",
        ["usage_records", "contract_or_order"],
    );
    check(
        Ground::ForceMajeure,
        "grounds.force_majeure",
        "refund.force_majeure",
        ["usage_records", "event_proof"],
    );
}

#[test]
fn every_text_has_both_languages() {
    for c in ClauseId::ALL {
        for t in [c.data().title, *c.text()] {
            for lang in Lang::ALL {
                assert!(!t.get(lang).trim().is_empty(), "{} in {lang:?}", c.as_str());
            }
        }
        let expected_section = match c.as_str().split('.').next() {
            Some("grounds") => Section::Grounds,
            Some("process") => Section::Process,
            Some("published") => Section::Published,
            _ => Section::Refund,
        };
        assert_eq!(c.data().section, expected_section, "{}", c.as_str());
        // The provider's rules are cited with their page and the date read;
        // the article's rules are the article's.
        match c.page() {
            Some(page) => {
                assert_eq!(expected_section, Section::Published, "{}", c.as_str());
                // The provider's own help pages: its international site,
                // with or without www, and its China site.
                let host = page.url.trim_start_matches("https://");
                assert!(
                    [
                        "www.alibabacloud.com/",
                        "alibabacloud.com/",
                        "help.aliyun.com/"
                    ]
                    .iter()
                    .any(|h| host.starts_with(h)),
                    "{}",
                    page.url
                );
                assert_eq!(page.read.len(), 10);
            }
            None => assert_ne!(expected_section, Section::Published, "{}", c.as_str()),
        }
    }
    for p in Problem::ALL {
        assert!(!p.data().label.zh.is_empty() && !p.data().example.en.is_empty());
    }
}

#[test]
fn policy_identity() {
    assert_eq!(POLICY.article_published, "2025-01-15");
    assert_eq!(POLICY.sha256.len(), 64);
    assert!(POLICY.sha256.bytes().all(|b| b.is_ascii_hexdigit()));
}

/// The repository's top (this crate is `crates/core`).
fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The core knows nothing of browsers because it cannot: its only
/// dependencies are chrono and serde (and, natively, serde_json), so a
/// `use yew` or `use web_sys` here does not compile.
#[test]
fn the_core_depends_on_chrono_and_serde_only() {
    let manifest: toml::Table =
        toml::from_str(include_str!("../Cargo.toml")).expect("crates/core/Cargo.toml");
    let names = |table: Option<&toml::Value>| -> Vec<String> {
        table
            .and_then(toml::Value::as_table)
            .map(|t| t.keys().cloned().collect())
            .unwrap_or_default()
    };
    assert_eq!(names(manifest.get("dependencies")), ["chrono", "serde"]);
    let native = manifest
        .get("target")
        .and_then(|t| t.get("cfg(not(target_arch = \"wasm32\"))"))
        .and_then(|t| t.get("dependencies"));
    assert_eq!(names(native), ["serde_json"]);
    let targets = manifest.get("target").and_then(toml::Value::as_table);
    assert_eq!(
        targets.map(|t| t.len()),
        Some(1),
        "no other target's dependencies"
    );
}

/// No clock and no IO: "today" is always an argument. (chrono is built
/// without its `clock` feature, so `Utc::now` does not exist here; the
/// standard library's clock and files do, hence this check.)
#[test]
fn the_core_reads_no_clock_and_no_file() {
    let forbidden = [
        "SystemTime",
        "Instant",
        "std::fs",
        "std::net",
        "std::env",
        "std::io",
    ];
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    assert!(files.len() > 20, "{files:?}");
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for word in forbidden {
            assert!(!text.contains(word), "{} mentions {word}", path.display());
        }
    }
}

/// Every file of a folder, recursively, leaving out what is built or
/// installed.
fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let skip = [
            ".git",
            "target",
            "node_modules",
            "dist",
            "dist-test",
            "results",
            "corpus",
            "artifacts",
        ];
        if path.is_dir() && !skip.contains(&name.as_str()) {
            walk(&path, out);
        } else if path.is_file() {
            out.push(path);
        }
    }
}

/// Every path ARCHITECTURE.md names (in backticks, with a slash or a known
/// extension) exists, so the map cannot drift from the territory.
#[test]
fn every_path_in_the_architecture_exists() {
    let root = root();
    let text = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let mut all = Vec::new();
    walk(&root, &mut all);
    // Folders too: every file's ancestors.
    let folders: Vec<_> = all
        .iter()
        .flat_map(|p| {
            p.ancestors()
                .skip(1)
                .map(|a| a.to_path_buf())
                .collect::<Vec<_>>()
        })
        .collect();
    all.extend(folders);
    let mut checked = 0;
    for (i, piece) in text.split('`').enumerate() {
        // Odd pieces are inside backticks.
        let looks_like_path = i % 2 == 1
            && !piece.contains(' ')
            && !piece.contains("::")
            && !piece.starts_with('$')
            && !piece.contains('*')
            && !piece.contains('<')
            && (piece.contains('/')
                || [
                    ".rs", ".md", ".toml", ".json", ".mjs", ".js", ".html", ".css",
                ]
                .iter()
                .any(|ext| piece.ends_with(ext)));
        if !looks_like_path || piece.starts_with("http") || piece.starts_with("#") {
            continue;
        }
        // A path from the top must be there; a name inside a list (`app.rs`
        // under `src/ui/`) must be some file's or folder's tail.
        let top = piece.split('/').next().unwrap_or_default();
        let found = if root.join(top).exists() && top != piece.trim_end_matches('/') {
            root.join(piece).exists()
        } else {
            root.join(piece).exists()
                || all.iter().any(|p| {
                    p.to_string_lossy()
                        .ends_with(&format!("/{}", piece.trim_end_matches('/')))
                })
        };
        assert!(
            found,
            "ARCHITECTURE.md names `{piece}`, which does not exist"
        );
        checked += 1;
    }
    assert!(checked > 30, "only {checked} paths found");
}

/// The repository stands alone: no file of it points outside it (the
/// article and the reference spec the rules were read from are not part of
/// it; `docs/rules.md` states the rules in our words).
#[test]
fn no_file_points_outside_the_repository() {
    let root = root();
    let mut files = Vec::new();
    walk(&root, &mut files);
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        // Spelled in pieces, so that this file does not match itself.
        let outside = [["..", "/shared"], ["shared", "/seed"], ["shared", "/spec"]];
        for [a, b] in outside {
            let needle = format!("{a}{b}");
            assert!(
                !text.contains(&needle),
                "{} points at {needle}",
                path.display()
            );
        }
    }
    assert!(root.join(POLICY.rules_document).is_file());
}

/// The result event (built by hand in the browser) names routes and reasons
/// exactly as the JS contract's JSON does.
#[test]
fn routes_and_reasons_are_spelled_as_the_contract_spells_them() {
    for route in Route::ALL {
        assert_eq!(serde_json::to_value(route).unwrap(), route.as_str());
    }
    for reason in Reason::ALL {
        assert_eq!(serde_json::to_value(reason).unwrap(), reason.as_str());
    }
    assert_eq!(ids(&Route::ALL, Route::as_str), ["partial", "full", "none"]);
    assert_eq!(
        ids(&Reason::ALL, Reason::as_str),
        [
            "unused_time",
            "not_started",
            "pay_as_you_go",
            "term_ended",
            "nothing_paid"
        ]
    );
}
