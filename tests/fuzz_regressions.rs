//! Inputs that once crashed the domain, found while fuzzing (`make fuzz`), kept as tests.

use tierup::domain::{AmountError, Money};

/// Runs `f` on a thread with a small stack, like the 1 MiB one WebAssembly gets, where an
/// overflow has no guard page and corrupts memory instead of stopping.
fn on_a_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(128 * 1024)
        .spawn(f)
        .expect("spawn a thread")
        .join()
        .expect("no stack overflow")
}

#[test]
fn should_refuse_a_pasted_run_of_minus_signs_without_overflowing_the_stack() {
    let cases = [
        ("a million minus signs before a digit", format!("{}5", "-".repeat(1_000_000)), AmountError::NotPositive),
        ("a million minus signs alone", "-".repeat(1_000_000), AmountError::NotANumber),
        ("minus and dollar signs alternating", format!("{}40", "-$ ".repeat(300_000)), AmountError::NotPositive),
        ("minus signs before letters", format!("{}abc", "-".repeat(500_000)), AmountError::NotANumber),
        ("minus signs before nothing but a dollar", format!("{}$", "-".repeat(500_000)), AmountError::Empty),
    ];
    for (what, text, expected) in cases {
        let (typed, opening) = on_a_small_stack(move || (Money::parse(&text), Money::parse_non_negative(&text)));
        assert_eq!(typed, Err(expected.clone()), "{what}");
        assert_eq!(opening, Err(expected), "{what}");
    }
}

#[test]
fn should_still_read_signs_as_before() {
    let cases = [
        ("-5", Err(AmountError::NotPositive)),
        ("--5", Err(AmountError::NotPositive)),
        ("- 5", Err(AmountError::NotPositive)),
        ("-$5", Err(AmountError::NotPositive)),
        ("$-5", Err(AmountError::NotPositive)),
        ("-0", Err(AmountError::NotPositive)),
        ("-", Err(AmountError::NotANumber)),
        ("-$", Err(AmountError::Empty)),
        ("-1,00", Err(AmountError::BadGrouping)),
        ("-40.001", Err(AmountError::TooManyDecimals)),
        ("-abc", Err(AmountError::NotANumber)),
        ("5-", Err(AmountError::NotANumber)),
        (" $ 40 ", Ok(Money::dollars(40))),
    ];
    for (text, expected) in cases {
        assert_eq!(Money::parse_non_negative(text), expected, "{text:?}");
    }
}
