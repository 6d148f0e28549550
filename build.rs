//! Turns `policy/policy.toml` into Rust data (`$OUT_DIR/policy_data.rs`).
//!
//! The policy's facts and wording live in that TOML file so that people who
//! do not write Rust can review them. This script checks the file and refuses
//! to build when it is inconsistent: a text without both languages, a problem
//! whose ground does not exist, a ground citing a missing clause, unknown
//! evidence. The generated enums make the rest of the checking happen in the
//! compiler: code that cites a clause or a message the file lacks does not
//! compile.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

use serde::Deserialize;

#[derive(Deserialize)]
struct Text {
    en: String,
    zh: String,
}

#[derive(Deserialize)]
struct Meta {
    id: String,
    effective_date: String,
    source_file: String,
    title: Text,
    source: Text,
}

#[derive(Deserialize)]
struct Clause {
    id: String,
    section: String,
    title: Text,
    text: Text,
}

#[derive(Deserialize)]
struct Ground {
    id: String,
    clause: String,
    refund_clause: String,
    recommended_evidence: Vec<String>,
    label: Text,
}

#[derive(Deserialize)]
struct Problem {
    id: String,
    ground: String,
    label: Text,
    example: Text,
}

#[derive(Deserialize)]
struct Evidence {
    id: String,
    label: Text,
    hint: Text,
}

#[derive(Deserialize)]
struct Remedy {
    id: String,
    label: Text,
}

#[derive(Deserialize)]
struct Policy {
    policy: Meta,
    clauses: Vec<Clause>,
    grounds: Vec<Ground>,
    problems: Vec<Problem>,
    evidence: Vec<Evidence>,
    remedies: Vec<Remedy>,
    messages: BTreeMap<String, Text>,
}

const SECTIONS: [&str; 3] = ["grounds", "process", "refund"];

fn main() {
    let path = "policy/policy.toml";
    println!("cargo:rerun-if-changed={path}");
    println!("cargo:rerun-if-changed=build.rs");
    let source =
        fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("cannot read {path}: {e}")));
    let policy: Policy =
        toml::from_str(&source).unwrap_or_else(|e| fail(&format!("{path} is not valid: {e}")));
    check(&policy);
    let code = generate(&policy, &sha256_hex(source.as_bytes()));
    let out = Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set")))
        .join("policy_data.rs");
    fs::write(&out, code).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("policy/policy.toml: {message}");
    std::process::exit(1);
}

fn check_text(what: &str, text: &Text) {
    if text.en.trim().is_empty() || text.zh.trim().is_empty() {
        fail(&format!(
            "{what} needs both an English (en) and a Chinese (zh) text"
        ));
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
    let mut seen = std::collections::BTreeSet::new();
    for id in ids {
        check_id(kind, id);
        if !seen.insert(id) {
            fail(&format!("{kind} id {id:?} appears twice"));
        }
    }
}

fn check(p: &Policy) {
    check_text("policy.title", &p.policy.title);
    check_text("policy.source", &p.policy.source);
    if p.policy.effective_date.len() != 10 {
        fail("policy.effective_date must be YYYY-MM-DD");
    }
    check_unique("clause", p.clauses.iter().map(|c| c.id.as_str()));
    check_unique("ground", p.grounds.iter().map(|g| g.id.as_str()));
    check_unique("problem", p.problems.iter().map(|x| x.id.as_str()));
    check_unique("evidence", p.evidence.iter().map(|x| x.id.as_str()));
    check_unique("remedy", p.remedies.iter().map(|x| x.id.as_str()));
    let clause_exists = |id: &str| p.clauses.iter().any(|c| c.id == id);
    let evidence_exists = |id: &str| p.evidence.iter().any(|e| e.id == id);
    for c in &p.clauses {
        check_text(&format!("clause {}: title", c.id), &c.title);
        check_text(&format!("clause {}: text", c.id), &c.text);
        if !SECTIONS.contains(&c.section.as_str()) {
            fail(&format!(
                "clause {}: section must be one of {SECTIONS:?}",
                c.id
            ));
        }
    }
    for g in &p.grounds {
        check_text(&format!("ground {}: label", g.id), &g.label);
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
        check_text(&format!("problem {}: label", x.id), &x.label);
        check_text(&format!("problem {}: example", x.id), &x.example);
        if x.ground != "none" && !p.grounds.iter().any(|g| g.id == x.ground) {
            fail(&format!(
                "problem {} names ground {:?}, which does not exist",
                x.id, x.ground
            ));
        }
    }
    for e in &p.evidence {
        check_text(&format!("evidence {}: label", e.id), &e.label);
        check_text(&format!("evidence {}: hint", e.id), &e.hint);
    }
    for r in &p.remedies {
        check_text(&format!("remedy {}: label", r.id), &r.label);
    }
    for (key, text) in &p.messages {
        check_id("message", key.to_ascii_lowercase().as_str());
        check_text(&format!("message {key}"), text);
    }
}

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

/// Writes a fieldless enum with `ALL`, `as_str` and `parse`.
fn write_enum(out: &mut String, name: &str, doc: &str, ids: &[&str]) {
    let _ = writeln!(out, "/// {doc}");
    let _ = writeln!(
        out,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]"
    );
    let _ = writeln!(out, "pub enum {name} {{");
    for id in ids {
        let _ = writeln!(out, "    /// `{id}`");
        let _ = writeln!(out, "    {},", variant(id));
    }
    let _ = writeln!(out, "}}\n");
    let _ = writeln!(out, "impl {name} {{");
    let _ = writeln!(
        out,
        "    /// Every value, in the order of policy/policy.toml."
    );
    let list: Vec<String> = ids
        .iter()
        .map(|id| format!("{name}::{}", variant(id)))
        .collect();
    let _ = writeln!(
        out,
        "    pub const ALL: [{name}; {}] = [{}];",
        ids.len(),
        list.join(", ")
    );
    let _ = writeln!(
        out,
        "    /// The stable id used in requests, outcomes and URLs."
    );
    let _ = writeln!(
        out,
        "    pub const fn as_str(self) -> &'static str {{\n        match self {{"
    );
    for id in ids {
        let _ = writeln!(out, "            {name}::{} => {id:?},", variant(id));
    }
    let _ = writeln!(out, "        }}\n    }}");
    let _ = writeln!(out, "    /// The value with this id, if there is one.");
    let _ = writeln!(
        out,
        "    pub fn parse(id: &str) -> Option<{name}> {{\n        match id {{"
    );
    for id in ids {
        let _ = writeln!(out, "            {id:?} => Some({name}::{}),", variant(id));
    }
    let _ = writeln!(out, "            _ => None,\n        }}\n    }}\n}}\n");
}

fn generate(p: &Policy, sha256: &str) -> String {
    let mut out =
        String::from("// Generated by build.rs from policy/policy.toml. Do not edit.\n\n");
    let m = &p.policy;
    let _ = writeln!(
        out,
        "/// The policy's identity.\npub static POLICY: PolicyMeta = PolicyMeta {{ id: {:?}, effective_date: {:?}, source_file: {:?}, title: {}, source: {}, sha256: {:?} }};\n",
        m.id,
        m.effective_date,
        m.source_file,
        text(&m.title),
        text(&m.source),
        sha256
    );

    let clause_ids: Vec<&str> = p.clauses.iter().map(|c| c.id.as_str()).collect();
    write_enum(&mut out, "ClauseId", "A clause of the policy.", &clause_ids);
    let _ = writeln!(out, "impl ClauseId {{\n    /// What the clause says, in plain words.\n    pub const fn data(self) -> &'static ClauseData {{\n        match self {{");
    for (i, c) in p.clauses.iter().enumerate() {
        let _ = writeln!(
            out,
            "            ClauseId::{} => &CLAUSES[{i}],",
            variant(&c.id)
        );
    }
    let _ = writeln!(out, "        }}\n    }}\n}}\n");
    let _ = writeln!(out, "static CLAUSES: [ClauseData; {}] = [", p.clauses.len());
    for c in &p.clauses {
        let section = variant(&c.section);
        let _ = writeln!(
            out,
            "    ClauseData {{ section: Section::{section}, title: {}, text: {} }},",
            text(&c.title),
            text(&c.text)
        );
    }
    let _ = writeln!(out, "];\n");

    let ground_ids: Vec<&str> = p.grounds.iter().map(|g| g.id.as_str()).collect();
    write_enum(
        &mut out,
        "Ground",
        "A reason the policy accepts for an exchange or a refund.",
        &ground_ids,
    );
    let evidence_ids: Vec<&str> = p.evidence.iter().map(|e| e.id.as_str()).collect();
    write_enum(
        &mut out,
        "Evidence",
        "A kind of evidence the customer may have.",
        &evidence_ids,
    );
    let problem_ids: Vec<&str> = p.problems.iter().map(|x| x.id.as_str()).collect();
    write_enum(
        &mut out,
        "Problem",
        "What the customer says happened.",
        &problem_ids,
    );
    let remedy_ids: Vec<&str> = p.remedies.iter().map(|x| x.id.as_str()).collect();
    write_enum(
        &mut out,
        "Remedy",
        "What the customer asks for.",
        &remedy_ids,
    );

    let _ = writeln!(out, "impl Ground {{\n    /// The ground's data.\n    pub const fn data(self) -> &'static GroundData {{\n        match self {{");
    for g in &p.grounds {
        let _ = writeln!(out, "            Ground::{} => &GroundData {{ clause: ClauseId::{}, refund_clause: ClauseId::{}, recommended_evidence: &[{}], label: {} }},",
            variant(&g.id), variant(&g.clause), variant(&g.refund_clause),
            g.recommended_evidence.iter().map(|e| format!("Evidence::{}", variant(e))).collect::<Vec<_>>().join(", "),
            text(&g.label));
    }
    let _ = writeln!(out, "        }}\n    }}\n}}\n");

    let _ = writeln!(out, "impl Problem {{\n    /// The problem's data.\n    pub const fn data(self) -> &'static ProblemData {{\n        match self {{");
    for x in &p.problems {
        let ground = if x.ground == "none" {
            "None".to_string()
        } else {
            format!("Some(Ground::{})", variant(&x.ground))
        };
        let _ = writeln!(out, "            Problem::{} => &ProblemData {{ ground: {ground}, label: {}, example: {} }},",
            variant(&x.id), text(&x.label), text(&x.example));
    }
    let _ = writeln!(out, "        }}\n    }}\n}}\n");

    let _ = writeln!(out, "impl Evidence {{\n    /// The evidence's data.\n    pub const fn data(self) -> &'static EvidenceData {{\n        match self {{");
    for e in &p.evidence {
        let _ = writeln!(
            out,
            "            Evidence::{} => &EvidenceData {{ label: {}, hint: {} }},",
            variant(&e.id),
            text(&e.label),
            text(&e.hint)
        );
    }
    let _ = writeln!(out, "        }}\n    }}\n}}\n");

    let _ = writeln!(out, "impl Remedy {{\n    /// How the remedy reads in a sentence.\n    pub const fn label(self) -> &'static Text {{\n        match self {{");
    for r in &p.remedies {
        let _ = writeln!(
            out,
            "            Remedy::{} => &{},",
            variant(&r.id),
            text(&r.label)
        );
    }
    let _ = writeln!(out, "        }}\n    }}\n}}\n");

    let _ = writeln!(out, "/// Sentences the engine writes, from `[messages]`.\n#[allow(dead_code)]\npub mod msg {{\n    use super::Text;");
    for (key, t) in &p.messages {
        let _ = writeln!(
            out,
            "    /// `{key}`\n    pub const {}: Text = {};",
            key.to_ascii_uppercase(),
            text(t)
        );
    }
    let _ = writeln!(out, "}}");
    out
}

/// SHA-256 (FIPS 180-4) of the policy file, so that a share link or a copied
/// summary can say exactly which policy text it was computed under. Written
/// out here to keep the build free of another dependency.
fn sha256_hex(data: &[u8]) -> String {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for block in msg.chunks(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks(4).enumerate().take(16) {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (slot, v) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *slot = slot.wrapping_add(v);
        }
    }
    h.iter().map(|v| format!("{v:08x}")).collect()
}
