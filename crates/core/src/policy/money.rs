//! Exact money: integer minor units, decimal parsing, half-up rounding.
//!
//! Floats never touch an amount. Amounts are parsed from decimal text into
//! minor units (cents; yen have none) and prorated in `u128`, which cannot
//! overflow for any amount the engine accepts.

use super::data::Lang;
use super::text::push_number;

/// A supported currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Currency {
    /// US dollar, the default.
    #[default]
    Usd,
    /// Chinese yuan.
    Cny,
    /// Euro.
    Eur,
    /// Pound sterling.
    Gbp,
    /// Hong Kong dollar.
    Hkd,
    /// Singapore dollar.
    Sgd,
    /// Japanese yen (no minor unit).
    Jpy,
}

impl Currency {
    /// Every supported currency, the default first.
    pub const ALL: [Currency; 7] = [
        Currency::Usd,
        Currency::Cny,
        Currency::Eur,
        Currency::Gbp,
        Currency::Hkd,
        Currency::Sgd,
        Currency::Jpy,
    ];

    /// The ISO 4217 code.
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Cny => "CNY",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Hkd => "HKD",
            Currency::Sgd => "SGD",
            Currency::Jpy => "JPY",
        }
    }

    /// The currency with this ISO code (case-insensitive, spaces trimmed).
    pub fn parse(code: &str) -> Option<Currency> {
        let code = code.trim();
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code))
    }

    /// How many decimal places the minor unit has.
    pub const fn decimals(self) -> u32 {
        match self {
            Currency::Jpy => 0,
            _ => 2,
        }
    }

    /// The symbol used in Chinese text, as zh-CN locales write it.
    const fn zh_symbol(self) -> &'static str {
        match self {
            Currency::Usd => "US$",
            Currency::Cny => "¥",
            Currency::Eur => "€",
            Currency::Gbp => "£",
            Currency::Hkd => "HK$",
            Currency::Sgd => "SGD ",
            Currency::Jpy => "JP¥",
        }
    }

    /// Minor units in one major unit.
    const fn scale(self) -> u64 {
        match self.decimals() {
            0 => 1,
            _ => 100,
        }
    }
}

/// The largest amount accepted, in major units
/// (`parameters.max_amount_major`).
pub const MAX_MAJOR: u64 = super::data::MAX_AMOUNT_MAJOR;

/// Why an amount was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
    /// Not an amount as people write one, more decimals than the currency
    /// has, or the sign of another currency.
    Invalid,
    /// Below zero (zero itself is an amount: an order paid with vouchers).
    Negative,
    /// Over [`MAX_MAJOR`].
    TooLarge,
}

/// The signs and words people write around an amount, and the currencies
/// each belongs to. Longer ones first, so `US$` is not read as `$`. ISO codes
/// (any case) are markers too.
const MARKERS: [(&str, &[Currency]); 11] = [
    ("US$", &[Currency::Usd]),
    ("HK$", &[Currency::Hkd]),
    ("S$", &[Currency::Sgd]),
    ("$", &[Currency::Usd, Currency::Hkd, Currency::Sgd]),
    ("RMB", &[Currency::Cny]),
    ("¥", &[Currency::Cny, Currency::Jpy]),
    ("￥", &[Currency::Cny, Currency::Jpy]),
    ("元", &[Currency::Cny]),
    ("円", &[Currency::Jpy]),
    ("€", &[Currency::Eur]),
    ("£", &[Currency::Gbp]),
];

/// Full-width digits, comma, full stop and space (as a Chinese keyboard
/// types them) in their ASCII forms.
fn narrow(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(u32::from(c) - 0xFF10 + u32::from('0')).unwrap_or(c),
        '，' => ',',
        '．' => '.',
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Removes one currency marker before or after the number. `Err` when the
/// marker belongs to another currency than `currency`.
fn strip_marker(text: &str, currency: Currency) -> Result<&str, AmountError> {
    let codes = Currency::ALL.map(|c| (c.code(), [c]));
    let markers = MARKERS
        .iter()
        .map(|(m, cs)| (*m, *cs))
        .chain(codes.iter().map(|(m, cs)| (*m, cs.as_slice())));
    for (marker, owners) in markers {
        let found = strip_prefix_ci(text, marker).or_else(|| strip_suffix_ci(text, marker));
        if let Some(rest) = found {
            return if owners.contains(&currency) {
                Ok(rest)
            } else {
                Err(AmountError::Invalid)
            };
        }
    }
    Ok(text)
}

/// `strip_prefix`, ignoring ASCII case (for ISO codes; symbols have none).
fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| text.get(prefix.len()..))
        .flatten()
}

fn strip_suffix_ci<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(suffix.len())?;
    let tail = text.get(at..)?;
    tail.eq_ignore_ascii_case(suffix)
        .then(|| text.get(..at))
        .flatten()
}

/// Parses an amount as people type it into minor units (docs/rules.md, "The request and why one is refused"):
/// full-width digits and punctuation read as ASCII; surrounding spaces
/// ignored; at most one currency marker, before or after, if it is this
/// currency's (`$1,200`, `3650元`, `RMB 3,650`, `1,200 USD`); an optional
/// `-` (refused as negative); digits, plain or grouped by commas in threes;
/// then at most as many decimals as the currency has. Zero is an amount.
pub fn parse_amount(text: &str, currency: Currency) -> Result<u64, AmountError> {
    let narrowed: String = text.chars().map(narrow).collect();
    let body = strip_marker(narrowed.trim(), currency)?.trim();
    let (negative, body) = match body.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, body),
    };
    let (int_part, frac_part) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let int_digits = ungroup(int_part).ok_or(AmountError::Invalid)?;
    let frac_digits = frac_part.unwrap_or("");
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let decimals_ok = match frac_part {
        None => true,
        Some(f) => !f.is_empty() && f.len() <= currency.decimals() as usize && digits(f),
    };
    if int_digits.is_empty() || !decimals_ok {
        return Err(AmountError::Invalid);
    }
    if negative {
        return Err(AmountError::Negative);
    }
    let cap = MAX_MAJOR * currency.scale() * 10;
    let mut minor: u64 = 0;
    let mut too_large = false;
    for b in int_digits.bytes().chain(frac_digits.bytes()) {
        minor = minor * 10 + u64::from(b - b'0');
        if minor > cap {
            too_large = true;
            minor = cap;
        }
    }
    for _ in frac_digits.len()..currency.decimals() as usize {
        minor *= 10;
    }
    if too_large || minor > MAX_MAJOR * currency.scale() {
        return Err(AmountError::TooLarge);
    }
    Ok(minor)
}

/// Strips thousands separators when they sit every three digits; `None`
/// when the integer part is not digits or is grouped wrongly.
fn ungroup(int_part: &str) -> Option<String> {
    if !int_part.contains(',') {
        return int_part
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| int_part.to_string());
    }
    let mut groups = int_part.split(',');
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut digits = first.to_string();
    for group in groups {
        if group.len() != 3 || !group.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(group);
    }
    Some(digits)
}

/// `amount * part / whole`, rounded half up, in minor units. `whole` must
/// not be zero; with zero the result is zero rather than a panic.
///
/// No overflow: amounts are at most 10^11 minor units and terms at most
/// 36,890 days, so `2 * amount * part + whole` stays below 8 * 10^15, far
/// under `u64::MAX` (1.8 * 10^19). Checked arithmetic says so anyway.
pub fn prorate(amount: u64, part: u32, whole: u32) -> u64 {
    if whole == 0 {
        return 0;
    }
    let whole = u64::from(whole);
    amount
        .checked_mul(u64::from(part))
        .and_then(|n| n.checked_mul(2))
        .and_then(|n| n.checked_add(whole))
        .map_or(u64::MAX, |n| n / (2 * whole))
}

/// `amount * part / whole` written out with four more decimals than the
/// currency has and no rounding, e.g. `1006.0274`: shows what was rounded.
pub fn exact_quotient(amount: u64, part: u32, whole: u32, currency: Currency) -> String {
    if whole == 0 {
        return plain(0, currency);
    }
    const EXTRA: u32 = 4;
    // Long division in minor units, then digit by digit: u64 throughout.
    let whole = u64::from(whole);
    let numerator = amount.saturating_mul(u64::from(part));
    let minor = numerator / whole;
    let mut remainder = numerator % whole;
    let mut digits = String::with_capacity(4);
    for _ in 0..EXTRA {
        remainder *= 10;
        digits.push(char::from(b'0' + (remainder / whole) as u8));
        remainder %= whole;
    }
    let exact = remainder == 0;
    let scale = currency.scale();
    let mut frac = String::with_capacity(8);
    if currency.decimals() > 0 {
        push_number(&mut frac, minor % scale, 2);
    }
    frac.push_str(&digits);
    while frac.ends_with('0') && frac.len() > currency.decimals() as usize {
        frac.pop();
    }
    let mut out = String::with_capacity(24);
    push_number(&mut out, minor / scale, 1);
    if !frac.is_empty() {
        out.push('.');
        out.push_str(&frac);
    }
    if !exact {
        out.push('…');
    }
    out
}

/// Minor units as a plain decimal string: `100603` USD -> `1006.03`.
pub fn plain(minor: u64, currency: Currency) -> String {
    let mut out = String::with_capacity(24);
    push_amount(&mut out, minor, currency, false);
    out
}

/// Appends minor units as a decimal number (`1006.03`, `1,006.03` when
/// `group`), digit by digit (see [`push_number`]).
fn push_amount(out: &mut String, minor: u64, currency: Currency, group: bool) {
    let (major, cents) = match currency.decimals() {
        0 => (minor, None),
        _ => (minor / 100, Some(minor % 100)),
    };
    if group {
        push_grouped(out, major);
    } else {
        push_number(out, major, 1);
    }
    if let Some(c) = cents {
        out.push('.');
        push_number(out, c, 2);
    }
}

/// Appends `n` with a comma between thousands: `1,006`. (One pass over the
/// digits from the last; measured faster than writing each group with
/// [`push_number`].)
fn push_grouped(out: &mut String, n: u64) {
    let mut reversed: Vec<u8> = Vec::with_capacity(26);
    let mut rest = n;
    loop {
        if reversed.len() % 4 == 3 {
            reversed.push(b',');
        }
        reversed.push(b'0' + u8::try_from(rest % 10).unwrap_or(0));
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend(reversed.iter().rev().map(|&b| char::from(b)));
}

/// Minor units for people: `USD 1,006.03` in English, `US$1,006.03` in
/// Chinese.
pub fn format_money(minor: u64, currency: Currency, lang: Lang) -> String {
    let mut out = String::with_capacity(32);
    match lang {
        Lang::En => {
            out.push_str(currency.code());
            out.push(' ');
        }
        Lang::ZhCn => out.push_str(currency.zh_symbol()),
    }
    push_amount(&mut out, minor, currency, true);
    out
}
