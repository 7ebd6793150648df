//! Dollar amounts as people type them, and as they are stored.

use tierup::domain::{AmountError, Money};

#[test]
fn should_accept_what_people_type_and_keep_it_to_the_cent() {
    let cases = [
        ("40", "40.00"),
        ("40.5", "40.50"),
        ("40.50", "40.50"),
        ("0.01", "0.01"),
        (".5", "0.50"),
        ("5.", "5.00"),
        ("$40", "40.00"),
        ("$ 40", "40.00"),
        ("  40.25  ", "40.25"),
        (" $1,000.50 ", "1000.50"),
        ("1,000", "1000.00"),
        ("12,345,678.90", "12345678.90"),
        ("007", "7.00"),
        ("999999999999.99", "999999999999.99"),
        ("999,999,999,999", "999999999999.00"),
    ];
    for (typed, canonical) in cases {
        let amount = Money::parse(typed).unwrap_or_else(|e| panic!("{typed:?} should be accepted, got {e:?}"));
        assert_eq!(amount.to_canonical(), canonical, "typed {typed:?}");
    }
}

#[test]
fn should_refuse_bad_text_with_the_specific_reason() {
    let cases = [
        ("", AmountError::Empty),
        ("   ", AmountError::Empty),
        ("$", AmountError::Empty),
        (" $ ", AmountError::Empty),
        ("abc", AmountError::NotANumber),
        ("40 dollars", AmountError::NotANumber),
        ("1e3", AmountError::NotANumber),
        ("$$40", AmountError::NotANumber),
        ("40$", AmountError::NotANumber),
        ("1.2.3", AmountError::NotANumber),
        (".", AmountError::NotANumber),
        ("-", AmountError::NotANumber),
        ("4 0", AmountError::NotANumber),
        ("40,5.0.0", AmountError::NotANumber),
        ("0", AmountError::NotPositive),
        ("0.00", AmountError::NotPositive),
        ("$0", AmountError::NotPositive),
        ("-5", AmountError::NotPositive),
        ("-0.01", AmountError::NotPositive),
        ("-$5", AmountError::NotPositive),
        ("40.001", AmountError::TooManyDecimals),
        ("40.000", AmountError::TooManyDecimals),
        ("0.005", AmountError::TooManyDecimals),
        ("1000000000000", AmountError::TooLarge),
        ("1,000,000,000,000", AmountError::TooLarge),
        ("1,00", AmountError::BadGrouping),
        ("1,0000", AmountError::BadGrouping),
        (",100", AmountError::BadGrouping),
        ("1000,000", AmountError::BadGrouping),
        ("1,,000", AmountError::BadGrouping),
        ("1,000,00.50", AmountError::BadGrouping),
    ];
    for (typed, reason) in cases {
        assert_eq!(Money::parse(typed), Err(reason), "typed {typed:?}");
    }
}

#[test]
fn should_give_every_refusal_words_a_person_can_act_on() {
    let reasons = [
        AmountError::Empty,
        AmountError::NotANumber,
        AmountError::NotPositive,
        AmountError::TooManyDecimals,
        AmountError::TooLarge,
        AmountError::BadGrouping,
    ];
    for reason in reasons {
        assert!(reason.to_string().ends_with('.'), "{reason:?} reads as a sentence");
    }
    assert_eq!(AmountError::BadGrouping.to_string(), "Commas must separate groups of three digits, as in 1,000.50.");
}

#[test]
fn should_allow_zero_only_for_an_opening_total() {
    assert_eq!(Money::parse_non_negative("0"), Ok(Money::ZERO));
    assert_eq!(Money::parse_non_negative("$0.00"), Ok(Money::ZERO));
    assert_eq!(Money::parse("0"), Err(AmountError::NotPositive));
    assert_eq!(Money::parse_non_negative("-1"), Err(AmountError::NotPositive));
}

#[test]
fn should_format_us_dollars_with_grouping_and_cents() {
    let cases = [
        (Money::ZERO, "$0.00"),
        (Money::cents(1), "$0.01"),
        (Money::dollars(5), "$5.00"),
        (Money::dollars(100), "$100.00"),
        (Money::dollars(1000), "$1,000.00"),
        (Money::cents(100_050), "$1,000.50"),
        (Money::dollars(5000), "$5,000.00"),
        (Money::cents(123_456_789), "$1,234,567.89"),
        (Money::cents(99_999_999_999_999), "$999,999,999,999.99"),
    ];
    for (amount, shown) in cases {
        assert_eq!(amount.usd(), shown);
    }
}

#[test]
fn should_store_canonical_text_with_two_decimals_and_no_symbols() {
    assert_eq!(Money::dollars(1000).to_canonical(), "1000.00");
    assert_eq!(Money::cents(5).to_canonical(), "0.05");
    assert_eq!(Money::ZERO.to_canonical(), "0.00");
    assert_eq!(Money::cents(4050).to_string(), "40.50");
}

#[test]
fn should_read_stored_amounts_only_as_plain_digit_strings() {
    let accepted = [("40.50", Money::cents(4050)), ("0.00", Money::ZERO), ("1000", Money::dollars(1000))];
    for (text, amount) in accepted {
        assert_eq!(Money::parse_data(text), Ok(amount), "{text}");
    }
    // `$` and commas are display text; a sign, a space or a third decimal is not stored data.
    let refused = ["$40.00", "1,000.00", " 40", "-5", "40.001", "", "4O"];
    for text in refused {
        assert!(Money::parse_data(text).is_err(), "{text:?} should be refused");
    }
}

#[test]
fn should_add_and_subtract_without_going_below_zero() {
    assert_eq!(Money::cents(3999) + Money::cents(1), Money::dollars(40));
    assert_eq!(Money::dollars(400).saturating_sub(Money::dollars(100)), Money::dollars(300));
    assert_eq!(Money::dollars(5).saturating_sub(Money::dollars(40)), Money::ZERO);
    assert_eq!(Money::dollars(5) - Money::dollars(40), Money::ZERO);
    let total: Money = [Money::dollars(5), Money::cents(35), Money::dollars(34)].into_iter().sum();
    assert_eq!(total, Money::cents(3935));
}

mod arithmetic {
    use proptest::prelude::*;
    use rust_decimal::Decimal;
    use tierup::domain::Money;

    /// Below 10^14 cents: every amount tierup holds (12 whole-dollar digits at most).
    const CENTS: core::ops::Range<u64> = 0..100_000_000_000_000;

    /// What rust_decimal's own arithmetic writes, at two decimals.
    fn decimal(cents: u64) -> Decimal {
        Decimal::new(cents as i64, 2)
    }

    fn canonical(d: Decimal) -> String {
        format!("{:.2}", d)
    }

    proptest! {
        /// Money adds, subtracts and compares in whole cents: the same as rust_decimal's general
        /// arithmetic and ordering.
        #[test]
        fn adds_subtracts_and_compares_as_decimal_does(a in CENTS, b in CENTS) {
            let (x, y) = (Money::cents(a), Money::cents(b));
            prop_assert_eq!((x + y).to_canonical(), canonical(decimal(a) + decimal(b)));
            let difference = if b >= a { Decimal::ZERO } else { decimal(a) - decimal(b) };
            prop_assert_eq!(x.saturating_sub(y).to_canonical(), canonical(difference));
            prop_assert_eq!(x.cmp(&y), decimal(a).cmp(&decimal(b)));
            prop_assert_eq!(x == y, a == b);
            prop_assert_eq!(x + y, y + x);
            prop_assert_eq!((x + y).saturating_sub(y), x);
            prop_assert_eq!([x, y].into_iter().sum::<Money>(), x + y);
        }
    }
}
