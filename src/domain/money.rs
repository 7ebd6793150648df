//! Dollar amounts: exact decimals, parsed strictly from what a person types.

use core::fmt;
use core::ops::{Add, Sub};

use rust_decimal::Decimal;

use super::number_style::NumberStyle;
use super::text::{decimal, split_once};

/// A non-negative dollar amount with at most two decimals, always held at a scale of two (cents),
/// so sums stay at that scale and the text form is read straight off the cents.
#[derive(Clone, Copy, Debug, Default)]
pub struct Money(Decimal);

/// Compared by their cents (all are at scale two): `Decimal`'s own comparison rescales first.
impl PartialEq for Money {
    fn eq(&self, other: &Money) -> bool {
        self.in_cents() == other.in_cents()
    }
}

impl Eq for Money {}

impl PartialOrd for Money {
    fn partial_cmp(&self, other: &Money) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Money {
    fn cmp(&self, other: &Money) -> core::cmp::Ordering {
        self.in_cents().cmp(&other.in_cents())
    }
}

impl core::hash::Hash for Money {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.in_cents().hash(state);
    }
}

/// The longest whole-dollar part we accept: anything longer is a typo, not a purchase.
pub const MAX_INTEGER_DIGITS: usize = 12;

/// Why typed text is not an amount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AmountError {
    /// Nothing but spaces (or a lone `$`).
    Empty,
    /// Characters that are not part of a plain dollar amount.
    NotANumber,
    /// Zero or below: a purchase must add something.
    NotPositive,
    /// Cents are the smallest unit; we never round a third decimal away.
    TooManyDecimals,
    /// More than [`MAX_INTEGER_DIGITS`] digits before the point.
    TooLarge,
    /// Group separators that are not between groups of exactly three digits (`1,00`, `1,0000`,
    /// `,100`; `40,50` in English, `40.50` in German), or two kinds of them in one number.
    BadGrouping,
    /// Separators where the language does not put them, so the text could be read as two
    /// different amounts: a comma after the point in English (`1.000,50`), a point after the
    /// comma in German (`1,000.50`), any point in French or Russian (`40.50`, `1.500`).
    Ambiguous,
    /// Another currency (`€40`, `R$ 40`, `4000円`): tierup counts US dollars only.
    NotDollars,
}

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// Whole dollars, for compiled-in schedules and tests.
    pub fn dollars(whole: u32) -> Money {
        Money::cents(u64::from(whole) * 100)
    }

    /// Cents, for tests and arithmetic at the smallest unit.
    pub fn cents(cents: u64) -> Money {
        Money(Decimal::new(cents as i64, 2))
    }

    /// Parses what a person typed in English as a purchase: must be more than zero.
    pub fn parse(text: &str) -> Result<Money, AmountError> {
        Self::parse_in(text, &NumberStyle::EN)
    }

    /// Parses an amount typed in English that may be zero (an opening total).
    pub fn parse_non_negative(text: &str) -> Result<Money, AmountError> {
        Self::parse_non_negative_in(text, &NumberStyle::EN)
    }

    /// Plain digits with at most one point and two decimals (what every parser ends with).
    fn parse_plain(text: &str) -> Result<Money, AmountError> {
        let (digits, frac) = split_once(text, '.').unwrap_or((text, ""));
        if digits.is_empty() && frac.is_empty() {
            return Err(if text.is_empty() { AmountError::Empty } else { AmountError::NotANumber });
        }
        if frac.bytes().any(|b| b == b'.') {
            return Err(AmountError::NotANumber);
        }
        if frac.len() > 2 {
            return Err(AmountError::TooManyDecimals);
        }
        let significant = digits.trim_start_matches('0');
        if significant.len() > MAX_INTEGER_DIGITS {
            return Err(AmountError::TooLarge);
        }
        // Built from whole cents rather than through Decimal's text parser, which brings in
        // scientific notation and rounding that an amount never needs (a few KB of wasm).
        let padding = b"00".iter().copied().take(2 - frac.len());
        let cents = significant.bytes().chain(frac.bytes()).chain(padding).try_fold(0u64, |n, b| match b {
            b'0'..=b'9' => Ok(n * 10 + u64::from(b - b'0')),
            _ => Err(AmountError::NotANumber),
        })?;
        Ok(Money::cents(cents))
    }

    /// Parses an amount from stored or imported data: plain digits and an optional point only,
    /// so a hand-edited file cannot smuggle in `$` or grouping that another reader would misread.
    pub fn parse_data(text: &str) -> Result<Money, AmountError> {
        if !text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return Err(AmountError::NotANumber);
        }
        Self::parse_plain(text)
    }

    /// Canonical stored text: two decimals, no symbol, no grouping (`1000.50`).
    pub fn to_canonical(self) -> String {
        let cents = self.in_cents();
        let mut text = decimal(cents / 100);
        text.push('.');
        text.push(char::from(b'0' + (cents / 10 % 10) as u8));
        text.push(char::from(b'0' + (cents % 10) as u8));
        text
    }

    /// A sum of cents, saturating at `Decimal`'s largest (far beyond any ledger's total).
    fn from_cents(cents: u128) -> Money {
        let cents = i128::try_from(cents).unwrap_or(i128::MAX);
        Money(Decimal::try_from_i128_with_scale(cents, 2).unwrap_or(Decimal::MAX))
    }

    /// The amount in cents: every `Money` is non-negative, at scale two and below 10^14 cents.
    fn in_cents(self) -> u64 {
        u64::try_from(self.0.mantissa()).unwrap_or(u64::MAX)
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// `self - other`, or zero when `other` is larger.
    pub fn saturating_sub(self, other: Money) -> Money {
        Money::from_cents(u128::from(self.in_cents().saturating_sub(other.in_cents())))
    }

    /// US English display: `$1,000.00` (every language's: [`NumberStyle::write`]).
    pub fn usd(self) -> String {
        NumberStyle::EN.write(self)
    }

    /// The whole-dollar part and the two-digit cents, for formatting.
    pub fn split(self) -> (String, String) {
        let text = self.to_canonical();
        let (whole, cents) = split_once(&text, '.').unwrap_or((&text, "00"));
        (whole.to_string(), cents.to_string())
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_canonical())
    }
}

impl Add for Money {
    type Output = Money;
    /// In whole cents (exact: both are at scale two), rather than through `Decimal`'s general
    /// addition, which aligns scales and was 4 KB of the wasm.
    fn add(self, other: Money) -> Money {
        Money::from_cents(u128::from(self.in_cents()) + u128::from(other.in_cents()))
    }
}

impl Sub for Money {
    type Output = Money;
    /// Callers compare first; amounts never go below zero.
    fn sub(self, other: Money) -> Money {
        self.saturating_sub(other)
    }
}

/// Summed in whole cents (every `Money` is at scale two, so this is exact), then made a
/// `Money` once: a ledger's total is 10,000 additions.
impl core::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        Money::from_cents(iter.fold(0u128, |sum, m| sum + u128::from(m.in_cents())))
    }
}
