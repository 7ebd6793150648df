//! Properties of amounts typed in any of the twelve languages, on generated text: reading never
//! panics, every way a language writes an amount reads back to it, English reads exactly what
//! `Money::parse` reads, and no text is read as two different amounts by two languages.

use proptest::prelude::*;
use tierup::domain::{AmountError, Money, NumberStyle};

/// What each language accepts between groups of three digits, stated apart from the code.
fn group_separators(style: &NumberStyle) -> &'static [char] {
    const SPACES: &[char] = &[' ', '\u{A0}', '\u{202F}'];
    match style.tag() {
        "fr" | "ru" => SPACES,
        "de" | "es" | "id" | "it" | "pt-BR" => &['.', ' ', '\u{A0}', '\u{202F}'],
        _ => &[','],
    }
}

/// `amount` written with `decimal` and, when given, `group` between groups of three digits.
fn write(amount: Money, decimal: char, group: Option<char>) -> String {
    let (whole, cents) = amount.split();
    let mut text = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            text.extend(group);
        }
        text.push(digit);
    }
    text.push(decimal);
    text.push_str(&cents);
    text
}

/// ASCII digits and marks as a Japanese or Chinese input method types them (`４０．５`).
fn full_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '!'..='~' => char::from_u32(u32::from(c) + 0xFEE0).unwrap_or(c),
            ' ' => '\u{3000}',
            c => c,
        })
        .collect()
}

/// Every way the language of `style` may write `amount`.
fn spellings(amount: Money, style: &NumberStyle) -> Vec<String> {
    let decimal = style.decimal();
    let mut texts = vec![write(amount, decimal, None), write(amount, decimal, Some(style.group()))];
    texts.extend(group_separators(style).iter().map(|&g| write(amount, decimal, Some(g))));
    let plain = write(amount, decimal, Some(style.group()));
    texts.push(format!("${plain}"));
    texts.push(format!("  $ {plain}\u{A0}"));
    texts.push(full_width(&plain));
    texts.push(full_width(&format!("${}", write(amount, decimal, None))));
    if *style != NumberStyle::EN {
        texts.extend(["US$", "$US", "USD", "usd"].map(|mark| format!("{mark}\u{A0}{plain}")));
        texts.extend(["$", "US$", "$US", "USD"].map(|mark| format!("{plain}\u{202F}{mark}")));
    }
    if matches!(style.tag(), "ja" | "zh-CN" | "zh-TW") {
        texts.push(full_width(&write(amount, decimal, Some(','))).replace('．', "。"));
    }
    texts
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn should_never_panic_on_any_text_in_any_language(
        text in prop_oneof![
            ".*",
            "[-$0-9,. \u{A0}\u{202F}\u{3000}０-９．，＄－。、｡USDus円€₩]{0,24}",
            "[$]?[0-9]{1,3}([., \u{A0}\u{202F}][0-9]{1,3}){0,4}([.,。][0-9]{0,3})?( ?(\\$|US\\$|\\$US|USD|ドル|美元))?",
        ],
    ) {
        for style in NumberStyle::ALL {
            if let Ok(amount) = Money::parse_in(&text, &style) {
                prop_assert!(!amount.is_zero());
                prop_assert_eq!(Money::parse_in(&write(amount, style.decimal(), Some(style.group())), &style), Ok(amount));
            }
            let _ = Money::parse_non_negative_in(&text, &style);
        }
    }

    #[test]
    fn should_read_back_every_way_a_language_writes_an_amount(cents in 1..100_000_000_000_000u64) {
        let amount = Money::cents(cents);
        for style in NumberStyle::ALL {
            for text in spellings(amount, &style) {
                prop_assert_eq!(Money::parse_in(&text, &style), Ok(amount), "{} {:?}", style.tag(), text);
            }
        }
    }

    #[test]
    fn should_read_english_exactly_as_money_parse_does(
        text in prop_oneof!["[ -~]{0,16}", "[-$0-9,. ]{0,20}", "\\$?[0-9]{1,3}(,[0-9]{3}){0,5}(\\.[0-9]{0,3})?"],
    ) {
        let english = Money::parse_in(&text, &NumberStyle::EN);
        let plain = Money::parse(&text);
        match (&english, &plain) {
            // Where `parse` only says "digits only", English may name the actual problem.
            (Err(AmountError::Ambiguous | AmountError::NotDollars), Err(AmountError::NotANumber)) => {}
            _ => prop_assert_eq!(english, plain),
        }
    }

    #[test]
    fn should_never_read_one_text_as_two_amounts_in_two_languages(
        text in prop_oneof![
            "[0-9]{1,4}([., ][0-9]{1,3}){0,3}",
            "[0-9]{0,3}[.,][0-9]{0,3}[.,]?[0-9]{0,3}",
            "\\$?[0-9., \u{A0}]{1,12}",
        ],
    ) {
        let readings: Vec<(&str, Money)> = NumberStyle::ALL
            .iter()
            .filter_map(|style| Money::parse_in(&text, style).ok().map(|m| (style.tag(), m)))
            .collect();
        if let Some((_, first)) = readings.first() {
            prop_assert!(readings.iter().all(|(_, m)| m == first), "{:?} read as {:?}", text, readings);
        }
    }
}
