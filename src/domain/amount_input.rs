//! Amounts typed in a person's own language: `40,50` in German, `1 000,50` in French, `４０．５`
//! from a Japanese input method. As strict as `Money::parse`, and never a guess: a text that two
//! languages would read as different amounts is refused with the reason.

use super::money::{AmountError, Money};
use super::number_style::NumberStyle;
use super::text::{concat, find, one_of, split, split_once};

impl Money {
    /// Parses what a person typed as a purchase in the language of `style`: more than zero.
    /// For [`NumberStyle::EN`] it accepts exactly what [`Money::parse`] accepts, plus the
    /// full-width forms an input method types.
    pub fn parse_in(text: &str, style: &NumberStyle) -> Result<Money, AmountError> {
        let amount = Self::parse_non_negative_in(text, style)?;
        if amount.is_zero() {
            return Err(AmountError::NotPositive);
        }
        Ok(amount)
    }

    /// Parses an amount that may be zero (an opening total) in the language of `style`.
    pub fn parse_non_negative_in(text: &str, style: &NumberStyle) -> Result<Money, AmountError> {
        let text = normalise(text, style);
        match read(&text, style) {
            Err(AmountError::NotANumber) if names_another_currency(&text) => Err(AmountError::NotDollars),
            result => result,
        }
    }
}

/// Folds what input methods and `Intl` output contain into what `read` expects: full-width forms
/// (U+FF01..U+FF5E, `４０．５`, `＄`) into ASCII, every space into `' '`, the minus sign into `-`,
/// and `。` into the decimal point where the language's input method types it for `.`.
fn normalise(text: &str, style: &NumberStyle) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            '\u{00A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}' | '\u{3000}' => ' ',
            '\u{2212}' => '-',
            '\u{3002}' | '\u{FF61}' if style.reads_ideographic_point() => '.',
            c => c,
        })
        .collect()
}

/// A normalised text as an amount: sign and dollar marks, then digits in the language's way.
fn read(text: &str, style: &NumberStyle) -> Result<Money, AmountError> {
    let (body, negative) = strip_sign_and_dollars(text, style)?;
    match unlocalise(body, style).and_then(|plain| Money::parse_data(&plain)) {
        Ok(_) | Err(AmountError::NotPositive) if negative => Err(AmountError::NotPositive),
        result => result,
    }
}

/// Peels surrounding spaces, minus signs and one dollar mark, the way `Money::parse` does: in a
/// loop, since a pasted run of a million minus signs must not overflow wasm's small stack.
fn strip_sign_and_dollars<'a>(text: &'a str, style: &NumberStyle) -> Result<(&'a str, bool), AmountError> {
    let mut rest = text;
    let mut negative = false;
    let mut marked = false;
    let body = loop {
        let text = rest.trim();
        let text = match after_mark(text, style.leading()) {
            Some(after) => {
                marked = true;
                after.trim_start()
            }
            None => text,
        };
        if text.is_empty() {
            return Err(AmountError::Empty);
        }
        match text.strip_prefix('-') {
            Some(after) if !after.is_empty() => {
                negative = true;
                rest = after;
            }
            _ => break text,
        }
    };
    if marked {
        return Ok((body, negative));
    }
    match before_mark(body, style.trailing()) {
        Some(before) if before.trim_end().is_empty() => Err(AmountError::Empty),
        Some(before) => Ok((before.trim_end(), negative)),
        None => Ok((body, negative)),
    }
}

/// `text` after one of `marks` (ASCII case ignored: `usd`, `Us$`), if it starts with one.
fn after_mark<'a>(text: &'a str, marks: &[&str]) -> Option<&'a str> {
    marks.iter().find_map(|mark| {
        let (head, rest) = text.split_at_checked(mark.len())?;
        head.eq_ignore_ascii_case(mark).then_some(rest)
    })
}

/// `text` before one of `marks`, if it ends with one.
fn before_mark<'a>(text: &'a str, marks: &[&str]) -> Option<&'a str> {
    marks.iter().find_map(|mark| {
        let (rest, tail) = text.split_at_checked(text.len().checked_sub(mark.len())?)?;
        tail.eq_ignore_ascii_case(mark).then_some(rest)
    })
}

/// Digits and the language's separators as plain `1000.50`, for `Money::parse_data` to check the
/// decimals and size. Refuses separators in an order or place the language does not use.
fn unlocalise(body: &str, style: &NumberStyle) -> Result<String, AmountError> {
    let decimal = style.decimal();
    let foreign = style.foreign_mark();
    let known = |c: char| c.is_ascii_digit() || c == decimal || one_of(c, style.groups()) || Some(c) == foreign;
    if !body.chars().all(known) {
        return Err(AmountError::NotANumber);
    }
    // (`chars().any`, not `contains`: std's `contains` with a char not known to be ASCII links
    // the two-way substring searcher.)
    let has = |text: &str, mark: char| text.chars().any(|c| c == mark);
    // A point in French is an English decimal point or a Belgian group: `1.500` is 1.5 or 1500.
    if foreign.is_some_and(|mark| has(body, mark)) {
        return Err(AmountError::Ambiguous);
    }
    let (whole, frac) = split_once(body, decimal).unwrap_or((body, ""));
    if has(frac, decimal) {
        return Err(AmountError::NotANumber);
    }
    // A group mark after the decimal one is the other convention: `1.000,50` in English.
    if frac.bytes().any(|b| matches!(b, b'.' | b',')) {
        return Err(AmountError::Ambiguous);
    }
    if !frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(AmountError::NotANumber);
    }
    Ok(concat(&[&ungroup(whole, style.groups())?, ".", frac]))
}

/// Removes thousands separators (any one of `groups`, used consistently), insisting on groups
/// of exactly three digits. Past `unlocalise`'s check, `whole` is ASCII, so lengths are digit
/// counts.
pub(super) fn ungroup(whole: &str, groups: &[char]) -> Result<String, AmountError> {
    let Some(separator) = whole.chars().find(|&c| one_of(c, groups)) else {
        return Ok(whole.to_string());
    };
    if whole.chars().any(|c| c != separator && one_of(c, groups)) {
        return Err(AmountError::BadGrouping);
    }
    let mut parts = split(whole, separator);
    let head = parts.next().unwrap_or("");
    if head.is_empty() || head.len() > 3 {
        return Err(AmountError::BadGrouping);
    }
    let mut digits = head.to_string();
    for group in parts {
        if group.len() != 3 {
            return Err(AmountError::BadGrouping);
        }
        digits.push_str(group);
    }
    Ok(digits)
}

/// Whether a refused text names a currency other than US dollars (`€40`, `R$ 40`, `4000円`), so the
/// refusal can say that amounts are in dollars rather than that digits are missing.
fn names_another_currency(text: &str) -> bool {
    const SYMBOLS: &[char] = &[
        '€', '£', '¥', '￥', '￡', '₩', '￦', '₽', '₹', '¢', '￠', '₺', '₫', '₱', '฿', '₪', '₴', '₦', '元', '円', '圓',
        '원',
    ];
    const CODES: &[&str] =
        &["R$", "NT$", "HK$", "EUR", "GBP", "JPY", "CNY", "RMB", "KRW", "RUB", "BRL", "IDR", "TWD", "HKD", "РУБ"];
    // `美元` is the US dollar in Chinese and must not count as `元`. The codes are Latin and
    // Cyrillic, so only those letters are folded: Unicode's whole case table is kilobytes of wasm.
    let upper = |c: char| match c {
        'a'..='z' | 'а'..='я' => char::from_u32(u32::from(c) - 32).unwrap_or(c),
        c => c,
    };
    let typed = text;
    let mut text = String::with_capacity(typed.len());
    for c in typed.chars() {
        if c == '元' && text.ends_with('美') {
            text.pop();
            text.push(' ');
        } else {
            text.push(upper(c));
        }
    }
    // By chars, not `contains(SYMBOLS)`: a pattern of several chars links std's searcher for them.
    text.chars().any(|c| one_of(c, SYMBOLS))
        || CODES.iter().any(|code| find(&text, code).is_some())
        || text.trim_start().starts_with("RP")
}
