//! Amounts typed in each of the twelve languages: the language's own separators are read, the
//! other convention's are refused with the reason, and no text is ever read two ways.

use tierup::domain::{AmountError, Money, NumberStyle};
use tierup::i18n::{Locale, Words};

use AmountError::*;

fn style(tag: &str) -> NumberStyle {
    NumberStyle::for_tag(tag).unwrap_or_else(|| panic!("no style for {tag:?}"))
}

/// (language, what a person types, the amount it is).
const ACCEPTED: &[(&str, &str, &str)] = &[
    // English: exactly what `Money::parse` reads, plus an input method's full-width forms.
    ("en", "40", "40.00"),
    ("en", "40.50", "40.50"),
    ("en", "$40.50", "40.50"),
    ("en", " $ 1,234,567.89 ", "1234567.89"),
    ("en", "1,000.50", "1000.50"),
    ("en", "1000.50", "1000.50"),
    ("en", "４０．５", "40.50"),
    ("en", "＄１，０００", "1000.00"),
    // French: decimal comma, groups by any space; `Intl` writes U+202F and `$US` after.
    ("fr", "40,50", "40.50"),
    ("fr", "40", "40.00"),
    ("fr", "1 000,50", "1000.50"),
    ("fr", "1\u{A0}000,50", "1000.50"),
    ("fr", "1\u{202F}000,50", "1000.50"),
    ("fr", "1\u{2009}000,50", "1000.50"),
    ("fr", "12\u{202F}345\u{202F}678,90", "12345678.90"),
    ("fr", "1000,50", "1000.50"),
    ("fr", "40,50\u{A0}$US", "40.50"),
    ("fr", "1\u{202F}000,50\u{A0}$", "1000.50"),
    ("fr", "$40,50", "40.50"),
    ("fr", "US$ 40", "40.00"),
    ("fr", ",5", "0.50"),
    // German: decimal comma, groups by points (or spaces, as DIN 5008 writes them).
    ("de", "40,50", "40.50"),
    ("de", "1.000,50", "1000.50"),
    ("de", "1.000", "1000.00"),
    ("de", "1.234.567,89", "1234567.89"),
    ("de", "1 000,50", "1000.50"),
    ("de", "1\u{A0}000,50", "1000.50"),
    ("de", "1\u{202F}000", "1000.00"),
    ("de", "1000,5", "1000.50"),
    ("de", "40,50\u{A0}$", "40.50"),
    ("de", "$ 40,50", "40.50"),
    ("de", "USD 40", "40.00"),
    ("de", "40 usd", "40.00"),
    ("de", "5,", "5.00"),
    ("de", "0,01", "0.01"),
    ("de", "４０，５０", "40.50"),
    // Indonesian: decimal comma, groups by points; `Intl` writes `US$` before.
    ("id", "40,50", "40.50"),
    ("id", "US$\u{A0}40,50", "40.50"),
    ("id", "1.000.000", "1000000.00"),
    ("id", "1.000,5", "1000.50"),
    ("id", "1 000,50", "1000.50"),
    // Italian: decimal comma, groups by points; `Intl` writes `USD` after.
    ("it", "40,50", "40.50"),
    ("it", "40,50\u{A0}USD", "40.50"),
    ("it", "1.000,50", "1000.50"),
    ("it", "1\u{202F}000,50", "1000.50"),
    ("it", "$1.000", "1000.00"),
    // Japanese: as English, with full-width forms, `。` for the point and `ドル` after.
    ("ja", "$40.50", "40.50"),
    ("ja", "４０．５", "40.50"),
    ("ja", "１，０００．５０", "1000.50"),
    ("ja", "１,０００", "1000.00"),
    ("ja", "＄４０", "40.00"),
    ("ja", "40。5", "40.50"),
    ("ja", "４０。５０", "40.50"),
    ("ja", "40ドル", "40.00"),
    ("ja", "40 米ドル", "40.00"),
    ("ja", "\u{3000}４０\u{3000}", "40.00"),
    ("ja", "ＵＳ＄４０", "40.00"),
    // Korean: as English, `US$` before or `달러` after.
    ("ko", "US$40.50", "40.50"),
    ("ko", "40달러", "40.00"),
    ("ko", "１，０００．５０", "1000.50"),
    ("ko", "1,000", "1000.00"),
    // Brazilian Portuguese: decimal comma, groups by points; `Intl` writes `US$ ` before.
    ("pt-BR", "40,50", "40.50"),
    ("pt-BR", "US$ 40,50", "40.50"),
    ("pt-BR", "US$\u{A0}1.000,50", "1000.50"),
    ("pt-BR", "1000,50", "1000.50"),
    // Russian: decimal comma, groups by any space; `Intl` writes U+00A0 and `$` after.
    ("ru", "40,50", "40.50"),
    ("ru", "40,50\u{A0}$", "40.50"),
    ("ru", "1\u{A0}000,50", "1000.50"),
    ("ru", "1 000,50", "1000.50"),
    ("ru", "1\u{202F}000,50", "1000.50"),
    ("ru", "1000", "1000.00"),
    // Simplified Chinese: as English, full-width forms, `。`, `美元` after.
    ("zh-CN", "US$40.50", "40.50"),
    ("zh-CN", "40美元", "40.00"),
    ("zh-CN", "４０．５", "40.50"),
    ("zh-CN", "40。5", "40.50"),
    ("zh-CN", "１，２３４．５６", "1234.56"),
    // Spanish: decimal comma, groups by points; `Intl` leaves four digits ungrouped.
    ("es", "40,50", "40.50"),
    ("es", "1000,50", "1000.50"),
    ("es", "1.000,50", "1000.50"),
    ("es", "10.000,50", "10000.50"),
    ("es", "40,50\u{A0}US$", "40.50"),
    ("es", "1 000,50", "1000.50"),
    // Traditional Chinese: as Simplified, and `美金` after.
    ("zh-TW", "US$40.50", "40.50"),
    ("zh-TW", "40美元", "40.00"),
    ("zh-TW", "40美金", "40.00"),
    ("zh-TW", "４０。５", "40.50"),
    ("zh-TW", "＄１，０００", "1000.00"),
];

/// (language, what a person types, why it is refused).
const REFUSED: &[(&str, &str, AmountError)] = &[
    ("en", "40,50", BadGrouping),
    ("en", "0,01", BadGrouping),
    ("en", "1.000,50", Ambiguous),
    ("en", "1,000.505", TooManyDecimals),
    ("en", "1 000", NotANumber),
    ("en", "1\u{A0}000", NotANumber),
    ("en", "40$", NotANumber),
    ("en", "US$40", NotANumber),
    ("en", "€40", NotDollars),
    ("en", "R$40", NotDollars),
    ("en", "0.00", NotPositive),
    ("en", "-5", NotPositive),
    ("en", "", Empty),
    ("fr", "40.50", Ambiguous),
    ("fr", "1.500", Ambiguous),
    ("fr", "1.000,50", Ambiguous),
    ("fr", "1 00,50", BadGrouping),
    ("fr", "1 000 00", BadGrouping),
    ("fr", "40,505", TooManyDecimals),
    ("fr", "1,000", TooManyDecimals),
    ("fr", "40,5,0", NotANumber),
    ("fr", "40,5 0", NotANumber),
    ("fr", "40 €", NotDollars),
    ("fr", "0,00", NotPositive),
    ("fr", "1 000 000 000 000", TooLarge),
    ("fr", " $US ", Empty),
    ("de", "40.50", BadGrouping),
    ("de", "1.00", BadGrouping),
    ("de", "1.000 000", BadGrouping),
    ("de", ".100", BadGrouping),
    ("de", "1,000", TooManyDecimals),
    ("de", "1,000.50", Ambiguous),
    ("de", "1,5,0", NotANumber),
    ("de", "40 €", NotDollars),
    ("de", "EUR 40", NotDollars),
    ("de", "eur 40", NotDollars),
    ("de", "0,00", NotPositive),
    ("de", "-40,50 $", NotPositive),
    ("de", "$40 $", NotANumber),
    ("de", "1.000.000.000.000", TooLarge),
    ("id", "Rp 40.000", NotDollars),
    ("id", "Rp40.000", NotDollars),
    ("id", "rp 40.000", NotDollars),
    ("id", "40.5", BadGrouping),
    ("id", "1,000.00", Ambiguous),
    ("it", "€ 40", NotDollars),
    ("it", "40.5", BadGrouping),
    ("it", "40,505", TooManyDecimals),
    ("ja", "40,50", BadGrouping),
    ("ja", "４０，５０", BadGrouping),
    ("ja", "１．０００，５", Ambiguous),
    ("ja", "¥4000", NotDollars),
    ("ja", "￥4000", NotDollars),
    ("ja", "4000円", NotDollars),
    ("ja", "40、5", NotANumber),
    ("ja", "40.505", TooManyDecimals),
    ("ja", "０", NotPositive),
    ("ja", "－５", NotPositive),
    ("ja", "ドル", Empty),
    ("ko", "₩50000", NotDollars),
    ("ko", "50000원", NotDollars),
    ("ko", "40,50", BadGrouping),
    ("ko", "40。5", NotANumber),
    ("pt-BR", "R$ 40,50", NotDollars),
    ("pt-BR", "40.50", BadGrouping),
    ("pt-BR", "1,000.00", Ambiguous),
    ("ru", "40.50", Ambiguous),
    ("ru", "40 ₽", NotDollars),
    ("ru", "40 руб.", NotDollars),
    ("ru", "40 Руб.", NotDollars),
    ("ru", "1 0000", BadGrouping),
    ("ru", "−5", NotPositive),
    ("zh-CN", "¥40", NotDollars),
    ("zh-CN", "40元", NotDollars),
    ("zh-CN", "40,5", BadGrouping),
    ("zh-CN", "40、5", NotANumber),
    // `美元` is dollars: its `元` does not make the refusal about another currency.
    ("zh-CN", "40、5美元", NotANumber),
    ("zh-CN", "40。505", TooManyDecimals),
    ("es", "40.50", BadGrouping),
    ("es", "1,000.50", Ambiguous),
    ("es", "1,505", TooManyDecimals),
    ("es", "40 €", NotDollars),
    ("zh-TW", "NT$40", NotDollars),
    ("zh-TW", "40元", NotDollars),
    ("zh-TW", "40,50", BadGrouping),
    ("zh-TW", "1000000000000", TooLarge),
];

#[test]
fn should_read_amounts_the_way_each_language_writes_them() {
    for &(tag, typed, canonical) in ACCEPTED {
        let amount = Money::parse_in(typed, &style(tag))
            .unwrap_or_else(|e| panic!("{tag}: {typed:?} should be accepted, got {e:?}"));
        assert_eq!(amount.to_canonical(), canonical, "{tag}: typed {typed:?}");
    }
}

#[test]
fn should_refuse_the_other_conventions_with_the_specific_reason() {
    for (tag, typed, reason) in REFUSED {
        assert_eq!(Money::parse_in(typed, &style(tag)), Err(reason.clone()), "{tag}: typed {typed:?}");
    }
}

#[test]
fn should_have_accepted_and_refused_cases_for_every_language() {
    for style in NumberStyle::ALL {
        let tag = style.tag();
        assert!(ACCEPTED.iter().filter(|c| c.0 == tag).count() >= 4, "{tag} accepted cases");
        assert!(REFUSED.iter().filter(|c| c.0 == tag).count() >= 3, "{tag} refused cases");
    }
}

#[test]
fn should_allow_zero_only_for_an_opening_total_in_every_language() {
    for style in NumberStyle::ALL {
        let zero = format!("0{}00", style.decimal());
        assert_eq!(Money::parse_non_negative_in(&zero, &style), Ok(Money::ZERO), "{}", style.tag());
        assert_eq!(Money::parse_in(&zero, &style), Err(NotPositive), "{}", style.tag());
        assert_eq!(Money::parse_non_negative_in("-1", &style), Err(NotPositive), "{}", style.tag());
    }
}

#[test]
fn should_find_each_style_by_its_language_tag_and_nothing_else() {
    let tags: Vec<&str> = NumberStyle::ALL.iter().map(|s| s.tag()).collect();
    assert_eq!(tags, ["en", "fr", "de", "id", "it", "ja", "ko", "pt-BR", "ru", "zh-CN", "es", "zh-TW"]);
    for (tag, expected) in [("pt_br", "pt-BR"), ("ZH-tw", "zh-TW"), ("zh-cn", "zh-CN"), ("DE", "de")] {
        assert_eq!(NumberStyle::for_tag(tag).map(|s| s.tag()), Some(expected), "{tag}");
    }
    for tag in ["", "pt", "zh", "en-US", "xx", "pt-BRX", "ドイツ"] {
        assert_eq!(NumberStyle::for_tag(tag), None, "{tag:?}");
    }
}

#[test]
fn should_use_the_separators_each_language_writes() {
    let table = [
        ("en", '.', ','),
        ("fr", ',', '\u{202F}'),
        ("de", ',', '.'),
        ("id", ',', '.'),
        ("it", ',', '.'),
        ("ja", '.', ','),
        ("ko", '.', ','),
        ("pt-BR", ',', '.'),
        ("ru", ',', '\u{A0}'),
        ("zh-CN", '.', ','),
        ("es", ',', '.'),
        ("zh-TW", '.', ','),
    ];
    for (tag, decimal, group) in table {
        let style = style(tag);
        assert_eq!((style.decimal(), style.group()), (decimal, group), "{tag}");
        assert_eq!(style.example(), format!("1{group}000{decimal}50"), "{tag}");
    }
}

#[test]
fn should_keep_the_english_words_of_every_refusal() {
    let words = [
        (Empty, "Enter an amount, for example 40 or 40.50."),
        (NotANumber, "Use digits only, for example 40 or 40.50."),
        (NotPositive, "The amount must be more than $0.00."),
        (TooManyDecimals, "Use at most two decimals (cents)."),
        (TooLarge, "That amount is too large."),
        (BadGrouping, "Commas must separate groups of three digits, as in 1,000.50."),
        (Ambiguous, "Put a point before the cents, as in 1,000.50."),
        (NotDollars, "Amounts are in US dollars, for example 40 or 40.50."),
    ];
    for (reason, text) in words {
        assert_eq!(reason.to_string(), text, "{reason:?}");
        assert_eq!(Words::plain(Locale::En).amount_error(&reason), text, "{reason:?}");
    }
}

#[test]
fn should_name_the_languages_own_separators_when_refusing() {
    let cases = [
        (Locale::De, BadGrouping, "1.000,50"),
        (Locale::De, Ambiguous, "1.000,50"),
        (Locale::Fr, BadGrouping, "1\u{202F}000,50"),
        (Locale::Fr, Ambiguous, "1\u{202F}000,50"),
        (Locale::Ru, NotANumber, "40,50"),
        (Locale::Ja, Ambiguous, "1,000.50"),
        (Locale::PtBr, Empty, "40,50"),
    ];
    for (locale, reason, example) in cases {
        let words = Words::plain(locale).amount_error(&reason);
        assert!(words.contains(example), "{locale:?} {reason:?}: {words}");
    }
}

#[test]
fn should_give_examples_that_the_same_language_reads() {
    let with_examples = [Empty, NotANumber, NotDollars];
    let all = [Empty, NotANumber, NotPositive, TooManyDecimals, TooLarge, BadGrouping, Ambiguous, NotDollars];
    for locale in Locale::ALL {
        let style = locale.number_style();
        assert_eq!(Money::parse_in(&style.example(), &style), Ok(Money::cents(100_050)), "{}", style.tag());
        let forty = format!("40{}50", style.decimal());
        assert_eq!(Money::parse_in(&forty, &style), Ok(Money::cents(4050)), "{}", style.tag());
        for reason in &all {
            let words = Words::plain(locale).amount_error(reason);
            assert!(!words.contains(['{', '}', '\\', '|']), "{words}");
            assert!(words.contains(&forty) || !with_examples.contains(reason), "{}: {words}", style.tag());
        }
    }
}

/// Inputs that once crashed `Money::parse` (see tests/fuzz_regressions.rs), in every language:
/// a recursion would need far more than 128 KiB of stack for these.
#[test]
fn should_refuse_a_pasted_run_of_minus_signs_in_every_language_on_a_small_stack() {
    let worker = std::thread::Builder::new().stack_size(128 * 1024).spawn(|| {
        let minus = format!("{}5", "-".repeat(200_000));
        let signs = format!("{}40", "-$ ".repeat(60_000));
        let marks = format!("{}40", "－US$\u{3000}".repeat(30_000));
        for style in NumberStyle::ALL {
            assert_eq!(Money::parse_in(&minus, &style), Err(NotPositive), "{}", style.tag());
            assert_eq!(Money::parse_in(&signs, &style), Err(NotPositive), "{}", style.tag());
            let expected = if style == NumberStyle::EN { NotANumber } else { NotPositive };
            assert_eq!(Money::parse_in(&marks, &style), Err(expected), "{}", style.tag());
        }
    });
    worker.expect("spawn a thread").join().expect("no stack overflow");
}
