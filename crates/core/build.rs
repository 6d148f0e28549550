//! Turns the two data files into Rust:
//!
//! - `policy/policy.toml` (the policy's facts and wording) becomes
//!   `$OUT_DIR/policy_data.rs`: enums of clauses, grounds, problems,
//!   evidence and remedies, each with its data, plus the file's SHA-256;
//! - `i18n/catalog.toml` (every other sentence) becomes a module of
//!   constants per section: `msg` for the engine (`[core]`), `words` for the
//!   session (`[session]`, in `$OUT_DIR/session_words.rs`) and `ui_words`
//!   for the interface (`[ui]`, in `$OUT_DIR/ui_text.rs`, which the app
//!   crate includes: this crate only checks it).
//!
//! The files are for people who do not write Rust, so this script checks
//! them and refuses to build when they are inconsistent: a text without
//! both languages, or with different `{placeholders}` in each; an id
//! outside `a-z 0-9 _ .`; a problem whose ground does not exist; a ground
//! citing a missing clause or unknown evidence. The rest is left to the
//! compiler: code that cites a clause or a message the files lack does not
//! compile, and a catalog entry no code uses is dead code, which the lints
//! refuse (`cargo clippy -- -D warnings`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The data files sit at the top of the repository, for people who do not
/// write Rust; paths are relative to this crate.
const POLICY_FILE: &str = "../../policy/policy.toml";
const CATALOG_FILE: &str = "../../i18n/catalog.toml";
/// The repository's top, where the data files' own paths start.
const ROOT: &str = "../..";

fn main() {
    println!("cargo:rerun-if-changed={POLICY_FILE}");
    println!("cargo:rerun-if-changed={CATALOG_FILE}");
    println!("cargo:rerun-if-changed=build.rs");

    let source = read(POLICY_FILE);
    let policy: Policy = parse(POLICY_FILE, &source);
    check_policy(&policy);
    let catalog: Catalog = parse(CATALOG_FILE, &read(CATALOG_FILE));
    check_catalog(&catalog);

    let sha256 = format!("{:x}", Sha256::digest(source.as_bytes()));
    let mut code = policy_code(&policy, &sha256);
    code.push_str(&catalog_module(
        "msg",
        "Sentences the engine writes, from `[core]` of i18n/catalog.toml.",
        &catalog.core,
    ));
    write("policy_data.rs", &code);
    write(
        "session_words.rs",
        &catalog_module(
            "words",
            "Sentences the session writes, from `[session]` of i18n/catalog.toml.",
            &catalog.session,
        ),
    );
    // The interface's words are checked here with the rest, and handed to
    // the app crate, whose build script reads this path (`links`
    // metadata): the constants stay private to the crate that uses them, so
    // an entry no code uses still fails the lints.
    let ui = write(
        "ui_text.rs",
        &catalog_module(
            "ui_words",
            "The interface's words, from `[ui]` of i18n/catalog.toml.",
            &catalog.ui,
        ),
    );
    println!("cargo:ui_text={}", ui.display());
}

// ---------------------------------------------------------------------------
// The files' shapes.

#[derive(Deserialize)]
struct Text {
    en: String,
    zh: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Policy {
    policy: Meta,
    clauses: Vec<Clause>,
    grounds: Vec<Ground>,
    problems: Vec<Problem>,
    evidence: Vec<Evidence>,
    remedies: Vec<Remedy>,
    published_notes: Vec<Note>,
    parameters: BTreeMap<String, Parameter>,
}

/// A number a rule computes with, with its date and its source.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Parameter {
    value: toml::Value,
    applies_from: String,
    /// A clause id (its page states the number), or "ours".
    source: String,
    note: String,
}

/// Each parameter the code reads: its id, the Rust type of its constant,
/// and how many positive integers its value holds (1, or 2 for a fraction).
const PARAMETERS: [(&str, &str, usize); 3] = [
    ("short_use_days", "u32", 1),
    ("short_use_surcharge", "(u64, u32)", 2),
    ("max_amount_major", "u64", 1),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    id: String,
    published: String,
    rules_document: String,
    title: Text,
    source: Text,
    /// The clauses that say how to end a subscription, in order.
    how_to: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Clause {
    id: String,
    section: String,
    title: Text,
    text: Text,
    page: Option<Page>,
}

/// A page of the provider's where a rule is published.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Page {
    url: String,
    /// Its title in each language: the provider's own where it publishes
    /// the page in that language, else its title with a gloss.
    title: Text,
    /// The date the page says it was last updated ("" when it shows none).
    updated: String,
    /// The date we read it.
    read: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Ground {
    id: String,
    clause: String,
    refund_clause: String,
    recommended_evidence: Vec<String>,
    cutoff: String,
    basis: String,
    estimate: bool,
    label: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Problem {
    id: String,
    ground: String,
    label: Text,
    example: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Evidence {
    id: String,
    label: Text,
    hint: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Remedy {
    id: String,
    label: Text,
}

/// More of what the provider publishes (shown, not computed).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Note {
    text: Text,
    page: Page,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Catalog {
    core: BTreeMap<String, Text>,
    session: BTreeMap<String, Text>,
    ui: BTreeMap<String, Text>,
}

const SECTIONS: [&str; 4] = ["grounds", "process", "refund", "published"];
const CUTOFFS: [&str; 2] = ["stopped_using", "application_date"];
const BASES: [&str; 3] = ["usage_time", "unused_time", "unusable_since"];

// ---------------------------------------------------------------------------
// Reading and refusing.

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("cannot read {path}: {e}")))
}

fn parse<T: for<'de> Deserialize<'de>>(path: &str, text: &str) -> T {
    toml::from_str(text).unwrap_or_else(|e| fail(&format!("{path} is not valid: {e}")))
}

fn write(name: &str, code: &str) -> PathBuf {
    let dir = env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set"));
    let out = Path::new(&dir).join(name);
    fs::write(&out, code).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
    out
}

fn fail(message: &str) -> ! {
    eprintln!("build.rs: {message}");
    std::process::exit(1);
}

fn placeholders(s: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some((_, after)) = rest.split_once('{') {
        let Some((name, tail)) = after.split_once('}') else {
            break;
        };
        out.insert(name);
        rest = tail;
    }
    out
}

/// Both languages present, the same placeholders in each, and Chinese in
/// the Chinese text (unless `any_script`, for entries such as a separator).
fn check_text(what: &str, text: &Text, any_script: bool) {
    if text.en.trim().is_empty() || text.zh.trim().is_empty() {
        fail(&format!(
            "{what} needs both an English (en) and a Chinese (zh) text"
        ));
    }
    if placeholders(&text.en) != placeholders(&text.zh) {
        fail(&format!(
            "{what}: the en and zh texts use different {{placeholders}}"
        ));
    }
    let chinese = text
        .zh
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if !any_script && !chinese {
        fail(&format!("{what}: the zh text has no Chinese in it"));
    }
}

fn check_id(kind: &str, id: &str) {
    let ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.');
    if !ok {
        fail(&format!(
            "{kind} id {id:?} may only use a-z, 0-9, '_' and '.'"
        ));
    }
}

fn check_unique<'a>(kind: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        check_id(kind, id);
        if !seen.insert(id) {
            fail(&format!("{kind} id {id:?} appears twice"));
        }
    }
}

fn check_date(what: &str, date: &str) {
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) {
        fail(&format!("{what} must be YYYY-MM-DD"));
    }
}

fn check_one_of(what: &str, value: &str, allowed: &[&str]) {
    if !allowed.contains(&value) {
        fail(&format!(
            "{what} is {value:?}; it must be one of {allowed:?}"
        ));
    }
}

fn check_catalog(c: &Catalog) {
    for (section, map) in [("core", &c.core), ("session", &c.session), ("ui", &c.ui)] {
        for (key, text) in map {
            check_id("catalog", &key.to_ascii_lowercase());
            // Words that are the same in both languages (a separator, the
            // name of the other language) need no Chinese characters.
            let any_script = matches!(
                key.as_str(),
                "list_separator"
                    | "colon"
                    | "sentence_break"
                    | "full_stop"
                    | "lang_other"
                    | "lang_other_label"
            );
            check_text(
                &format!("{CATALOG_FILE} [{section}] {key}"),
                text,
                any_script,
            );
        }
    }
}

/// The parameter's value as positive integers, after checking it has the
/// expected count and each fits its type.
fn parameter_numbers(id: &str, value: &toml::Value, count: usize) -> Vec<i64> {
    let numbers: Vec<i64> = match value {
        toml::Value::Integer(n) => vec![*n],
        toml::Value::Array(items) => items.iter().filter_map(toml::Value::as_integer).collect(),
        _ => Vec::new(),
    };
    let shape_ok = match value {
        toml::Value::Array(items) => items.len() == count && numbers.len() == count && count > 1,
        _ => count == 1 && numbers.len() == 1,
    };
    if !shape_ok || numbers.iter().any(|n| *n <= 0 || *n > i64::from(u32::MAX)) {
        fail(&format!(
            "parameters.{id}: the value must be {} positive integer(s) below 2^32",
            count
        ));
    }
    numbers
}

fn check_parameters(p: &Policy) {
    let clauses: BTreeSet<&str> = p.clauses.iter().map(|c| c.id.as_str()).collect();
    for id in p.parameters.keys() {
        if !PARAMETERS.iter().any(|(known, _, _)| known == id) {
            fail(&format!("parameters.{id}: no rule reads this parameter"));
        }
    }
    for (id, _, count) in PARAMETERS {
        let Some(param) = p.parameters.get(id) else {
            fail(&format!("parameters.{id} is missing"));
        };
        parameter_numbers(id, &param.value, count);
        check_date(
            &format!("parameters.{id}.applies_from"),
            &param.applies_from,
        );
        if param.source != "ours" && !clauses.contains(param.source.as_str()) {
            fail(&format!(
                "parameters.{id}.source {:?} is neither a clause id nor \"ours\"",
                param.source
            ));
        }
        if param.note.trim().is_empty() {
            fail(&format!("parameters.{id} needs a note saying what it is"));
        }
    }
}

fn check_policy(p: &Policy) {
    check_parameters(p);
    let m = &p.policy;
    check_text("policy.title", &m.title, false);
    check_text("policy.source", &m.source, false);
    check_date("policy.published", &m.published);
    if !Path::new(ROOT).join(&m.rules_document).is_file() {
        fail(&format!(
            "policy.rules_document {:?} is not a file of this repository",
            m.rules_document
        ));
    }
    check_unique("clause", p.clauses.iter().map(|c| c.id.as_str()));
    check_unique("ground", p.grounds.iter().map(|g| g.id.as_str()));
    check_unique("problem", p.problems.iter().map(|x| x.id.as_str()));
    check_unique("evidence", p.evidence.iter().map(|x| x.id.as_str()));
    check_unique("remedy", p.remedies.iter().map(|x| x.id.as_str()));
    let clause_exists = |id: &str| p.clauses.iter().any(|c| c.id == id);
    let evidence_exists = |id: &str| p.evidence.iter().any(|e| e.id == id);
    for c in &p.clauses {
        check_text(&format!("clause {}: title", c.id), &c.title, false);
        check_text(&format!("clause {}: text", c.id), &c.text, false);
        check_one_of(&format!("clause {}: section", c.id), &c.section, &SECTIONS);
        // The provider's rules are cited with their page; the article's are
        // the article.
        match (&c.page, c.section == "published") {
            (Some(page), true) => check_page(&format!("clause {}", c.id), page),
            (None, true) => fail(&format!(
                "clause {} is a published rule: it needs its page",
                c.id
            )),
            (Some(_), false) => fail(&format!("clause {} is the article's: it has no page", c.id)),
            (None, false) => {}
        }
        if c.id.starts_with("published.") != (c.section == "published") {
            fail(&format!(
                "clause {}: published.* ids and the published section go together",
                c.id
            ));
        }
    }
    for g in &p.grounds {
        check_text(&format!("ground {}: label", g.id), &g.label, false);
        check_one_of(&format!("ground {}: cutoff", g.id), &g.cutoff, &CUTOFFS);
        check_one_of(&format!("ground {}: basis", g.id), &g.basis, &BASES);
        for clause in [&g.clause, &g.refund_clause] {
            if !clause_exists(clause) {
                fail(&format!(
                    "ground {} cites clause {clause:?}, which does not exist",
                    g.id
                ));
            }
        }
        for e in &g.recommended_evidence {
            if !evidence_exists(e) {
                fail(&format!(
                    "ground {} recommends unknown evidence {e:?}",
                    g.id
                ));
            }
        }
    }
    for x in &p.problems {
        check_text(&format!("problem {}: label", x.id), &x.label, false);
        check_text(&format!("problem {}: example", x.id), &x.example, false);
        if x.ground != "none" && !p.grounds.iter().any(|g| g.id == x.ground) {
            fail(&format!(
                "problem {} names ground {:?}, which does not exist",
                x.id, x.ground
            ));
        }
    }
    for e in &p.evidence {
        check_text(&format!("evidence {}: label", e.id), &e.label, false);
        check_text(&format!("evidence {}: hint", e.id), &e.hint, false);
    }
    for r in &p.remedies {
        check_text(&format!("remedy {}: label", r.id), &r.label, false);
    }
    for id in &p.policy.how_to {
        if !p
            .clauses
            .iter()
            .any(|c| &c.id == id && c.section == "published")
        {
            fail(&format!("policy.how_to: {id} is not a published clause"));
        }
    }
    for (i, note) in p.published_notes.iter().enumerate() {
        check_text(&format!("published_notes[{i}]"), &note.text, false);
        check_page(&format!("published_notes[{i}]"), &note.page);
    }
}

fn check_page(what: &str, page: &Page) {
    if !page.url.starts_with("https://")
        || page.title.en.trim().is_empty()
        || page.title.zh.trim().is_empty()
    {
        fail(&format!(
            "{what}: a page needs an https address and a title"
        ));
    }
    check_date(&format!("{what}: page.read"), &page.read);
    if !page.updated.is_empty() {
        check_date(&format!("{what}: page.updated"), &page.updated);
    }
}

// ---------------------------------------------------------------------------
// Writing Rust.

/// `refund.not_as_promised` -> `RefundNotAsPromised`.
fn variant(id: &str) -> String {
    id.split(['.', '_'])
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

fn text(t: &Text) -> String {
    format!("Text {{ en: {:?}, zh: {:?} }}", t.en, t.zh)
}

/// A fieldless enum with `ALL`, `as_str` and `parse`.
fn id_enum(out: &mut String, name: &str, doc: &str, ids: &[&str]) {
    let variants: Vec<String> = ids.iter().map(|id| variant(id)).collect();
    let _ = writeln!(out, "/// {doc}");
    let _ = writeln!(
        out,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]"
    );
    let _ = writeln!(out, "pub enum {name} {{");
    for (id, v) in ids.iter().zip(&variants) {
        let _ = writeln!(out, "    /// `{id}`\n    {v},");
    }
    let _ = writeln!(out, "}}\n\nimpl {name} {{");
    let all: Vec<String> = variants.iter().map(|v| format!("{name}::{v}")).collect();
    let _ = writeln!(
        out,
        "    /// Every value, in the order of policy/policy.toml."
    );
    let _ = writeln!(
        out,
        "    pub const ALL: [{name}; {}] = [{}];",
        ids.len(),
        all.join(", ")
    );
    let _ = writeln!(
        out,
        "    /// The stable id used in requests, outcomes and URLs."
    );
    let _ = writeln!(
        out,
        "    pub const fn as_str(self) -> &'static str {{\n        match self {{"
    );
    for (id, v) in ids.iter().zip(&variants) {
        let _ = writeln!(out, "            {name}::{v} => {id:?},");
    }
    let _ = writeln!(out, "        }}\n    }}");
    let _ = writeln!(out, "    /// The value with this id, if there is one.");
    let _ = writeln!(
        out,
        "    pub fn parse(id: &str) -> Option<{name}> {{\n        match id {{"
    );
    for (id, v) in ids.iter().zip(&variants) {
        let _ = writeln!(out, "            {id:?} => Some({name}::{v}),");
    }
    let _ = writeln!(out, "            _ => None,\n        }}\n    }}\n}}\n");
}

/// `impl {name} { pub const fn {method}(self) -> &'static {ty} { match ... } }`
fn data_fn(out: &mut String, name: &str, method: &str, ty: &str, rows: &[(String, String)]) {
    let _ = writeln!(
        out,
        "impl {name} {{\n    /// What the policy data says of it."
    );
    let _ = writeln!(
        out,
        "    pub const fn {method}(self) -> &'static {ty} {{\n        match self {{"
    );
    for (id, value) in rows {
        let _ = writeln!(out, "            {name}::{} => &{value},", variant(id));
    }
    let _ = writeln!(out, "        }}\n    }}\n}}\n");
}

fn policy_code(p: &Policy, sha256: &str) -> String {
    let mut out =
        String::from("// Generated by build.rs from policy/policy.toml. Do not edit.\n\n");
    for (id, ty, count) in PARAMETERS {
        let Some(param) = p.parameters.get(id) else {
            continue;
        };
        let numbers = parameter_numbers(id, &param.value, count);
        let value = match numbers.as_slice() {
            [n] => n.to_string(),
            _ => format!(
                "({})",
                numbers
                    .iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        let source = if param.source == "ours" {
            "a limit of this tool".to_owned()
        } else {
            format!("clause `{}`", param.source)
        };
        let _ = writeln!(
            out,
            "/// {} (`parameters.{id}` in policy/policy.toml: applies from {}; source: {source}.)\npub const {}: {ty} = {value};\n",
            param.note,
            param.applies_from,
            id.to_ascii_uppercase()
        );
    }
    let m = &p.policy;
    let _ = writeln!(
        out,
        "/// The policy's identity.\npub static POLICY: PolicyMeta = PolicyMeta {{ id: {:?}, article_published: {:?}, rules_document: {:?}, title: {}, source: {}, sha256: {:?} }};\n",
        m.id,
        m.published,
        m.rules_document,
        text(&m.title),
        text(&m.source),
        sha256
    );

    let enums: [(&str, &str, Vec<&str>); 5] = [
        (
            "ClauseId",
            "A clause of the policy.",
            p.clauses.iter().map(|c| c.id.as_str()).collect(),
        ),
        (
            "Ground",
            "A reason the article lists for an exchange or a refund.",
            p.grounds.iter().map(|g| g.id.as_str()).collect(),
        ),
        (
            "Evidence",
            "A kind of evidence the customer may have.",
            p.evidence.iter().map(|e| e.id.as_str()).collect(),
        ),
        (
            "Problem",
            "What the customer says happened.",
            p.problems.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "Remedy",
            "What the customer asks for.",
            p.remedies.iter().map(|x| x.id.as_str()).collect(),
        ),
    ];
    for (name, doc, ids) in &enums {
        id_enum(&mut out, name, doc, ids);
    }

    // A clause's section and title are read wherever it is cited; its full
    // text and page only by the rules page: separate functions, so that a
    // binary that never shows them does not carry them.
    let clauses: Vec<(String, String)> = p
        .clauses
        .iter()
        .map(|c| {
            let data = format!(
                "ClauseData {{ section: Section::{}, title: {} }}",
                variant(&c.section),
                text(&c.title)
            );
            (c.id.clone(), data)
        })
        .collect();
    data_fn(&mut out, "ClauseId", "data", "ClauseData", &clauses);
    let texts: Vec<(String, String)> = p
        .clauses
        .iter()
        .map(|c| (c.id.clone(), text(&c.text)))
        .collect();
    data_fn(&mut out, "ClauseId", "text", "Text", &texts);
    let pages: Vec<(String, String)> = p
        .clauses
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                c.page
                    .as_ref()
                    .map_or_else(|| "None".to_owned(), |p| format!("Some({})", page(p))),
            )
        })
        .collect();
    data_fn(&mut out, "ClauseId", "page", "Option<Page>", &pages);

    let grounds: Vec<(String, String)> = p
        .grounds
        .iter()
        .map(|g| {
            let evidence: Vec<String> = g
                .recommended_evidence
                .iter()
                .map(|e| format!("Evidence::{}", variant(e)))
                .collect();
            let data = format!(
                "GroundData {{ clause: ClauseId::{}, refund_clause: ClauseId::{}, recommended_evidence: &[{}], cutoff: Cutoff::{}, basis: Basis::{}, estimate: {}, label: {} }}",
                variant(&g.clause),
                variant(&g.refund_clause),
                evidence.join(", "),
                variant(&g.cutoff),
                variant(&g.basis),
                g.estimate,
                text(&g.label)
            );
            (g.id.clone(), data)
        })
        .collect();
    data_fn(&mut out, "Ground", "data", "GroundData", &grounds);

    let problems: Vec<(String, String)> = p
        .problems
        .iter()
        .map(|x| {
            let ground = match x.ground.as_str() {
                "none" => "None".to_owned(),
                g => format!("Some(Ground::{})", variant(g)),
            };
            let data = format!(
                "ProblemData {{ ground: {ground}, label: {}, example: {} }}",
                text(&x.label),
                text(&x.example)
            );
            (x.id.clone(), data)
        })
        .collect();
    data_fn(&mut out, "Problem", "data", "ProblemData", &problems);

    let evidence: Vec<(String, String)> = p
        .evidence
        .iter()
        .map(|e| {
            let data = format!(
                "EvidenceData {{ label: {}, hint: {} }}",
                text(&e.label),
                text(&e.hint)
            );
            (e.id.clone(), data)
        })
        .collect();
    data_fn(&mut out, "Evidence", "data", "EvidenceData", &evidence);

    let remedies: Vec<(String, String)> = p
        .remedies
        .iter()
        .map(|r| (r.id.clone(), text(&r.label)))
        .collect();
    data_fn(&mut out, "Remedy", "label", "Text", &remedies);

    let notes: Vec<String> = p
        .published_notes
        .iter()
        .map(|n| {
            format!(
                "Note {{ text: {}, page: {} }}",
                text(&n.text),
                page(&n.page)
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "/// More of what the provider publishes, shown beside its clauses.\npub static PUBLISHED_NOTES: [Note; {}] = [{}];\n",
        notes.len(),
        notes.join(", ")
    );
    // The how-to's facts carry their own text and page: a screen that
    // says how to end a subscription then holds these five, not every
    // clause's text (which only the rules view shows).
    let how_to: Vec<String> = p
        .policy
        .how_to
        .iter()
        .filter_map(|id| p.clauses.iter().find(|c| &c.id == id))
        .filter_map(|c| {
            let page = c.page.as_ref()?;
            Some(format!(
                "HowTo {{ clause: ClauseId::{}, text: {}, page: {} }}",
                variant(&c.id),
                text(&c.text),
                self::page(page)
            ))
        })
        .collect();
    let _ = writeln!(
        out,
        "/// How to end a subscription yourself: the provider's facts in the order a customer needs them.\npub static HOW_TO: [HowTo; {}] = [{}];\n",
        how_to.len(),
        how_to.join(", ")
    );
    out
}

fn page(p: &Page) -> String {
    format!(
        "Page {{ url: {:?}, title: {}, updated: {:?}, read: {:?} }}",
        p.url,
        text(&p.title),
        p.updated,
        p.read
    )
}

/// A module of `pub const KEY: Text`, visible to this crate only, so that
/// an entry no code uses is reported as dead code. Entries for the parts of
/// the site written in JavaScript (`embed_*`, `builder_*`) are used by the
/// native `prerender` binary only, so the wasm build does not count them.
fn catalog_module(name: &str, doc: &str, entries: &BTreeMap<String, Text>) -> String {
    let mut out = format!("/// {doc}\npub(crate) mod {name} {{\n    use super::Text;\n");
    for (key, t) in entries {
        let site_only = key.starts_with("embed_") || key.starts_with("builder_");
        let _ = writeln!(
            out,
            "    /// `{key}`\n{}    pub const {}: Text = {};",
            if site_only {
                "    #[cfg_attr(target_arch = \"wasm32\", allow(dead_code))]\n"
            } else {
                ""
            },
            key.to_ascii_uppercase(),
            text(t)
        );
    }
    out.push_str("}\n");
    out
}
