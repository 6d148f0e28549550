//! Filling `{name}` placeholders in the policy's sentences.

/// Replaces each `{name}` in `template` with its value. Unknown names are
/// left as they are, so a typo shows up in the text instead of vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let room: usize = values.iter().map(|(_, value)| value.len()).sum();
    let mut out = String::with_capacity(template.len() + room);
    let mut rest = template;
    // Byte by byte: `{` and `}` are ASCII, so they never split a character.
    while let Some((before, after)) = split_at_byte(rest, b'{') {
        out.push_str(before);
        let Some((name, tail)) = split_at_byte(after, b'}') else {
            out.push('{');
            out.push_str(after);
            return out;
        };
        match values.iter().find(|(key, _)| *key == name) {
            Some((_, value)) => out.push_str(value),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// The text before and after the first `byte` (an ASCII character).
fn split_at_byte(text: &str, byte: u8) -> Option<(&str, &str)> {
    let at = text.bytes().position(|b| b == byte)?;
    let (before, after) = text.split_at_checked(at)?;
    Some((before, after.get(1..)?))
}

/// Appends `n` in decimal, with leading zeros up to `width` digits. (Dates
/// and sums are written several times per answer; `format!` would cost
/// more than the arithmetic behind them.)
pub(crate) fn push_number(out: &mut String, n: u64, width: usize) {
    let mut reversed = [b'0'; 20];
    let mut len = 0;
    let mut rest = n;
    for slot in reversed.iter_mut() {
        *slot = b'0' + u8::try_from(rest % 10).unwrap_or(0);
        len += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for _ in len..width {
        out.push('0');
    }
    out.extend(reversed.iter().take(len).rev().map(|&b| char::from(b)));
}

/// Names in a list, as the language writes one ("A, B" or "A、B").
pub fn list<S: AsRef<str>>(items: &[S], lang: super::Lang) -> String {
    let gap = super::msg::LIST_SEPARATOR.get(lang);
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(gap)
}
