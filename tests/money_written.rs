//! Amounts shown in each of the twelve languages: exactly what Chromium's
//! `Intl.NumberFormat(tag, {style: "currency", currency: "USD"})` writes (the browser tests check
//! the same against the live browser), and what is shown reads back as the same amount.

use proptest::prelude::*;
use tierup::domain::{Money, NumberStyle};

/// Chromium 156's output for these amounts, `\u{A0}` a no-break space, `\u{202F}` a narrow one.
const AMOUNTS: [&str; 10] =
    ["0.00", "0.05", "5.00", "40.50", "999.99", "1000.00", "1234.56", "12345.67", "123456.78", "1234567.89"];

/// English and Japanese: `$` before, comma groups, decimal point.
const DOLLAR_BEFORE: [&str; 10] = [
    "$0.00",
    "$0.05",
    "$5.00",
    "$40.50",
    "$999.99",
    "$1,000.00",
    "$1,234.56",
    "$12,345.67",
    "$123,456.78",
    "$1,234,567.89",
];

/// Korean and both Chinese: `US$` before, comma groups, decimal point.
const US_DOLLAR_BEFORE: [&str; 10] = [
    "US$0.00",
    "US$0.05",
    "US$5.00",
    "US$40.50",
    "US$999.99",
    "US$1,000.00",
    "US$1,234.56",
    "US$12,345.67",
    "US$123,456.78",
    "US$1,234,567.89",
];

const WRITTEN: &[(&str, [&str; 10])] = &[
    ("en", DOLLAR_BEFORE),
    (
        "fr",
        [
            "0,00\u{A0}$US",
            "0,05\u{A0}$US",
            "5,00\u{A0}$US",
            "40,50\u{A0}$US",
            "999,99\u{A0}$US",
            "1\u{202F}000,00\u{A0}$US",
            "1\u{202F}234,56\u{A0}$US",
            "12\u{202F}345,67\u{A0}$US",
            "123\u{202F}456,78\u{A0}$US",
            "1\u{202F}234\u{202F}567,89\u{A0}$US",
        ],
    ),
    (
        "de",
        [
            "0,00\u{A0}$",
            "0,05\u{A0}$",
            "5,00\u{A0}$",
            "40,50\u{A0}$",
            "999,99\u{A0}$",
            "1.000,00\u{A0}$",
            "1.234,56\u{A0}$",
            "12.345,67\u{A0}$",
            "123.456,78\u{A0}$",
            "1.234.567,89\u{A0}$",
        ],
    ),
    (
        "id",
        [
            "US$0,00",
            "US$0,05",
            "US$5,00",
            "US$40,50",
            "US$999,99",
            "US$1.000,00",
            "US$1.234,56",
            "US$12.345,67",
            "US$123.456,78",
            "US$1.234.567,89",
        ],
    ),
    (
        "it",
        [
            "0,00\u{A0}USD",
            "0,05\u{A0}USD",
            "5,00\u{A0}USD",
            "40,50\u{A0}USD",
            "999,99\u{A0}USD",
            "1000,00\u{A0}USD",
            "1234,56\u{A0}USD",
            "12.345,67\u{A0}USD",
            "123.456,78\u{A0}USD",
            "1.234.567,89\u{A0}USD",
        ],
    ),
    ("ja", DOLLAR_BEFORE),
    ("ko", US_DOLLAR_BEFORE),
    (
        "pt-BR",
        [
            "US$\u{A0}0,00",
            "US$\u{A0}0,05",
            "US$\u{A0}5,00",
            "US$\u{A0}40,50",
            "US$\u{A0}999,99",
            "US$\u{A0}1.000,00",
            "US$\u{A0}1.234,56",
            "US$\u{A0}12.345,67",
            "US$\u{A0}123.456,78",
            "US$\u{A0}1.234.567,89",
        ],
    ),
    (
        "ru",
        [
            "0,00\u{A0}$",
            "0,05\u{A0}$",
            "5,00\u{A0}$",
            "40,50\u{A0}$",
            "999,99\u{A0}$",
            "1\u{A0}000,00\u{A0}$",
            "1\u{A0}234,56\u{A0}$",
            "12\u{A0}345,67\u{A0}$",
            "123\u{A0}456,78\u{A0}$",
            "1\u{A0}234\u{A0}567,89\u{A0}$",
        ],
    ),
    ("zh-CN", US_DOLLAR_BEFORE),
    (
        "es",
        [
            "0,00\u{A0}US$",
            "0,05\u{A0}US$",
            "5,00\u{A0}US$",
            "40,50\u{A0}US$",
            "999,99\u{A0}US$",
            "1000,00\u{A0}US$",
            "1234,56\u{A0}US$",
            "12.345,67\u{A0}US$",
            "123.456,78\u{A0}US$",
            "1.234.567,89\u{A0}US$",
        ],
    ),
    ("zh-TW", US_DOLLAR_BEFORE),
];

fn money(text: &str) -> Money {
    Money::parse_data(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
}

#[test]
fn every_language_writes_dollars_as_chromium_does() {
    assert_eq!(WRITTEN.len(), NumberStyle::ALL.len(), "a language without its row");
    for (tag, written) in WRITTEN {
        let style = NumberStyle::for_tag(tag).unwrap_or_else(|| panic!("no style for {tag}"));
        for (amount, expected) in AMOUNTS.iter().zip(written) {
            assert_eq!(style.write(money(amount)), *expected, "{tag}: {amount}");
        }
    }
}

#[test]
fn english_display_is_the_english_style() {
    assert_eq!(money("1234567.89").usd(), "$1,234,567.89");
}

proptest! {
    /// What a language shows, typed back in that language, is the same amount.
    #[test]
    fn what_is_shown_reads_back(cents in 0u64..100_000_000_000_000, which in 0usize..12) {
        let (style, amount) = (NumberStyle::ALL[which], Money::cents(cents));
        let shown = style.write(amount);
        prop_assert_eq!(Money::parse_in(&shown, &style), Ok(amount), "{} wrote {:?}", style.tag(), shown);
    }
}
