//! Share links: the answers in the URL fragment, which never reaches a
//! server.
//!
//! Format (version 1), a query string after `#`:
//! `v=1&policy=<id>&fp=<sha256 prefix>&lang=en&view=questionnaire&step=result`
//! `&p=<problem>&r=<remedy>&c=<currency>&a=<amount>&ss=<start>&se=<end>`
//! `&ps=<problem start>&ad=<application date>&ev=<id>,<id>&z=<check>`.
//! Values are percent-encoded; `z` is a checksum of everything before it,
//! so a link cut short or edited by hand is noticed. Decoding accepts
//! anything: what it cannot use it drops, and it says so with a [`Notice`].

use crate::policy::{Evidence, Field, Kind, Lang, POLICY};

use super::answers::{Answers, Step, View};

/// The share-link format this build writes.
pub const FORMAT_VERSION: &str = "1";

/// The longest fragment read; longer ones are refused whole.
pub const MAX_FRAGMENT: usize = 4096;

/// The longest text value kept (amounts and dates are far shorter).
const MAX_VALUE: usize = 40;

/// How many characters of the policy fingerprint a link carries.
const FINGERPRINT_CHARS: usize = 16;

/// What a link carries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shared {
    /// The answers.
    pub answers: Answers,
    /// The view.
    pub view: View,
    /// The questionnaire step.
    pub step: Step,
    /// The language, when the link names one.
    pub lang: Option<Lang>,
}

/// Something the person opening a link should know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The link was made under another policy or another version of it.
    OtherPolicy {
        /// The policy id in the link.
        id: String,
        /// The fingerprint in the link.
        fingerprint: String,
    },
    /// The link is in a format this build does not read.
    OtherFormat,
    /// Parts of the link were damaged and were left out.
    Damaged,
    /// The link is far too long to be one of ours.
    TooLong,
}

/// The fragment for a session (without the `#`).
pub fn encode(shared: &Shared) -> String {
    let a = &shared.answers;
    let mut pairs: Vec<(&str, String)> = vec![
        ("v", FORMAT_VERSION.to_owned()),
        ("policy", POLICY.id.to_owned()),
        ("fp", fingerprint_prefix(POLICY.sha256).to_owned()),
    ];
    if let Some(lang) = shared.lang {
        pairs.push(("lang", lang.tag().to_owned()));
    }
    pairs.push(("view", shared.view.as_str().to_owned()));
    pairs.push(("step", shared.step.as_str().to_owned()));
    for field in Field::ALL {
        let value = match field.kind() {
            Kind::List => {
                let ids: Vec<&str> = a.evidence().iter().map(|e| e.as_str()).collect();
                ids.join(",")
            }
            Kind::Choice | Kind::Amount | Kind::Date => a.text(field).to_owned(),
            Kind::Lang | Kind::Whole => continue,
        };
        if !value.is_empty() {
            pairs.push((field.link_key(), value));
        }
    }
    let body = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    seal(&body)
}

/// Appends the checksum to a link body (`v=1&...`), as `encode` does.
pub fn seal(body: &str) -> String {
    format!("{body}&z={}", checksum(body))
}

/// FNV-1a, 32 bits, in hex: enough to notice a cut or an edit, not a seal.
fn checksum(text: &str) -> String {
    let hash = text.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    format!("{hash:08x}")
}

/// True for the fragments that are anchors of the policy view.
pub fn is_anchor(fragment: &str) -> bool {
    fragment.starts_with(super::screen::Anchor::CLAUSE_PREFIX)
        || fragment == super::screen::Anchor::PUBLISHED_RULES
}

/// Reads a fragment (with or without `#`). `None` when there is nothing to
/// read: no fragment, or an anchor such as `#clause-refund.quality`.
/// Anything else opens: a fresh session with a notice when it cannot be
/// read at all.
pub fn decode(fragment: &str) -> Option<(Shared, Vec<Notice>)> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.is_empty() || is_anchor(fragment) {
        return None;
    }
    if fragment.len() > MAX_FRAGMENT {
        return Some((Shared::default(), vec![Notice::TooLong]));
    }
    if !fragment.starts_with("v=") {
        return Some((Shared::default(), vec![Notice::Damaged]));
    }
    // The checksum covers everything before "&z=".
    let intact = match fragment.rsplit_once("&z=") {
        Some((body, check)) => checksum(body) == check,
        None => false,
    };
    let mut shared = Shared::default();
    let mut notices = Vec::new();
    let mut damaged = false;
    let mut unreadable_policy = false;
    let mut link_policy = String::new();
    let mut link_fingerprint = String::new();
    for pair in fragment.split('&') {
        let Some((key, raw)) = pair.split_once('=') else {
            damaged |= !pair.is_empty();
            continue;
        };
        let Some(value) = percent_decode(raw) else {
            damaged = true;
            continue;
        };
        let a = &mut shared.answers;
        match key {
            "v" if value != FORMAT_VERSION => {
                return Some((Shared::default(), vec![Notice::OtherFormat]));
            }
            "v" | "z" => {}
            // Shown in a notice: only what an id or a fingerprint can be.
            "policy" if is_policy_id(&value) => link_policy = value,
            "fp" if is_fingerprint(&value) => link_fingerprint = value,
            "policy" | "fp" => {
                damaged = true;
                unreadable_policy = true;
            }
            "lang" => shared.lang = Some(Lang::from_tag(&value)),
            "view" => match View::parse(&value) {
                Some(v) => shared.view = v,
                None => damaged = true,
            },
            "step" => match Step::parse(&value) {
                Some(s) => shared.step = s,
                None => damaged = true,
            },
            key => {
                let Some(field) = Field::ALL.into_iter().find(|f| f.link_key() == key) else {
                    continue;
                };
                match field.kind() {
                    Kind::List => {
                        for id in value.split(',').filter(|s| !s.is_empty()) {
                            match Evidence::parse(id) {
                                Some(e) if !a.evidence().contains(&e) => a.toggle_evidence(e),
                                Some(_) => {}
                                None => damaged = true,
                            }
                        }
                    }
                    Kind::Choice if !field.is_choice(&value) => damaged = true,
                    Kind::Choice => a.set(field, value),
                    // `ps=`: nothing given, as a link this tool writes says
                    // by leaving the key out (so it shares back the same).
                    Kind::Amount | Kind::Date if value.is_empty() => {}
                    Kind::Amount | Kind::Date => {
                        if value.chars().count() > MAX_VALUE {
                            damaged = true;
                            a.set(field, value.chars().take(MAX_VALUE).collect());
                        } else {
                            a.set(field, value);
                        }
                    }
                    Kind::Lang | Kind::Whole => {}
                }
            }
        }
    }
    // An id or fingerprint that could not be shown says nothing about the
    // policy: the link is only damaged.
    if !unreadable_policy
        && (link_policy != POLICY.id || link_fingerprint != fingerprint_prefix(POLICY.sha256))
    {
        notices.push(Notice::OtherPolicy {
            id: link_policy,
            fingerprint: link_fingerprint,
        });
    }
    if damaged || !intact {
        notices.push(Notice::Damaged);
    }
    // A step the answers make irrelevant falls back to the nearest one
    // that applies.
    if !shared.answers.steps().contains(&shared.step) {
        shared.step = shared.answers.previous_step(shared.step);
    }
    Some((shared, notices))
}

/// A policy id as this tool writes them: lower-case letters, digits and
/// `-`, at most 64 (anything else, such as bidirectional controls, is not
/// shown).
fn is_policy_id(value: &str) -> bool {
    (1..=64).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A fingerprint as links carry it: up to 16 hexadecimal digits.
fn is_fingerprint(value: &str) -> bool {
    (1..=FINGERPRINT_CHARS).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The start of a fingerprint, as links carry it.
pub fn fingerprint_prefix(sha256: &str) -> &str {
    sha256.get(..FINGERPRINT_CHARS).unwrap_or(sha256)
}

fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes (and `+` as a space); `None` for a broken escape
/// or bytes that are not UTF-8.
fn percent_decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}
