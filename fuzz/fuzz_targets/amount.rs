//! The amount parsers on any text: they answer or refuse, never panic, and what they accept
//! reads back unchanged from its canonical and display forms.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tierup::domain::{AmountError, Money};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };

    let typed = Money::parse(text);
    let non_negative = Money::parse_non_negative(text);
    let stored = Money::parse_data(text);

    // A purchase is an opening total that is not zero.
    match (&typed, &non_negative) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "parse and parse_non_negative disagree on {text:?}"),
        (Err(AmountError::NotPositive), Ok(zero)) => assert!(zero.is_zero(), "{text:?}"),
        (Err(a), Err(b)) => assert_eq!(a, b, "{text:?}"),
        (typed, non_negative) => panic!("{text:?}: parse {typed:?}, parse_non_negative {non_negative:?}"),
    }
    // Stored data is stricter than typing, never looser.
    if let Ok(amount) = &stored {
        assert_eq!(Ok(*amount), non_negative, "parse_data accepted what typing refuses: {text:?}");
    }

    if let Ok(amount) = non_negative {
        let canonical = amount.to_canonical();
        assert_eq!(Money::parse_data(&canonical), Ok(amount), "canonical {canonical:?} of {text:?}");
        assert_eq!(Money::parse_non_negative(&canonical), Ok(amount));
        let (whole, cents) = amount.split();
        assert_eq!(cents.len(), 2, "{canonical:?}");
        assert!(whole.bytes().all(|b| b.is_ascii_digit()), "{canonical:?}");
        let display = amount.usd();
        assert_eq!(Money::parse_non_negative(&display), Ok(amount), "display {display:?} of {text:?}");
        assert_eq!(amount.to_string(), canonical);
        // Arithmetic on accepted amounts stays exact and never below zero.
        assert_eq!((amount + amount).saturating_sub(amount), amount);
        assert_eq!(amount - (amount + Money::cents(1)), Money::ZERO);
    }
});
