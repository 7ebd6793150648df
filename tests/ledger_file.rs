//! The ledger file: export, import (all or nothing) and the CSV copy for spreadsheets.

mod common;

use common::{custom_schedule, day, default_schedule, ledger_of, purchase, rung, today, usd};
use tierup::domain::{AmountError, DateError, Ledger, LedgerError};
use tierup::formats::json::JsonError;
use tierup::formats::ledger_file::{import, parse, to_csv, to_json, EntryProblem};
use tierup::formats::FileError;

/// A version-1 ledger file with these purchases, written by hand as a person might.
fn file(opening_total: &str, purchases: &[&str]) -> String {
    format!(
        r#"{{"format":"tierup-ledger","version":1,"opening_total":{opening_total},"purchases":[{}]}}"#,
        purchases.join(",")
    )
}

fn entry(id: &str, amount: &str, date: &str) -> String {
    format!(r#"{{"id":"{id}","amount":"{amount}","date":"{date}"}}"#)
}

#[test]
fn should_export_amounts_as_strings_in_the_documented_shape() {
    let schedule = default_schedule();
    let ledger = ledger_of(&schedule, "12.5", &[("a", "40", "2026-11-01"), ("b", "0.5", "2026-10-01")]);
    assert_eq!(
        to_json(&ledger),
        r#"{"format":"tierup-ledger","version":1,"opening_total":"12.50","purchases":[{"id":"a","amount":"40.00","date":"2026-11-01"},{"id":"b","amount":"0.50","date":"2026-10-01"}]}"#
    );
    assert_eq!(
        to_json(&Ledger::default()),
        r#"{"format":"tierup-ledger","version":1,"opening_total":"0.00","purchases":[]}"#
    );
}

#[test]
fn should_read_back_exactly_what_it_wrote() {
    let schedule = default_schedule();
    let ledger = ledger_of(
        &schedule,
        "3",
        &[("a", "40", "2026-11-01"), ("b \"quoted\" \u{e9}", "500", "2026-11-02"), ("c", "0.01", "2026-11-02")],
    );
    assert_eq!(parse(&to_json(&ledger), &schedule, today()), Ok(ledger));
}

#[test]
fn should_refuse_a_file_naming_the_first_offending_entry() {
    let schedule = default_schedule();
    let good = entry("a", "40.00", "2026-11-01");
    let entry_error =
        |index, id: Option<&str>, why: EntryProblem| Err(FileError::Entry { index, id: id.map(String::from), why });
    let cases = [
        (
            "a wrong format name",
            r#"{"format":"budget","version":1}"#.to_string(),
            Err(FileError::WrongFormat("budget".into())),
        ),
        ("a newer version", r#"{"format":"tierup-ledger","version":99}"#.to_string(), Err(FileError::NewerVersion(99))),
        ("version zero", r#"{"format":"tierup-ledger","version":0}"#.to_string(), Err(FileError::UnknownVersion(0))),
        (
            "a duplicate id",
            file(r#""0.00""#, &[&good, &entry("b", "5.00", "2026-11-02"), &entry("a", "5.00", "2026-11-03")]),
            entry_error(2, Some("a"), EntryProblem::Rule(LedgerError::DuplicateId { id: "a".into() })),
        ),
        (
            "a date in the future",
            file(r#""0.00""#, &[&good, &entry("b", "5.00", "2026-11-26")]),
            entry_error(1, Some("b"), EntryProblem::Rule(LedgerError::FutureDate { date: day("2026-11-26") })),
        ),
        (
            "a purchase over the cap",
            file(r#""0.00""#, &[&good, &entry("b", "500.01", "2026-11-02")]),
            entry_error(
                1,
                Some("b"),
                EntryProblem::Rule(LedgerError::OverCap { amount: usd("500.01"), limit: usd("500"), most: usd("500") }),
            ),
        ),
        (
            "a zero amount",
            file(r#""0.00""#, &[&entry("z", "0.00", "2026-11-02")]),
            entry_error(0, Some("z"), EntryProblem::Rule(LedgerError::NotPositive)),
        ),
        (
            "an empty id",
            file(r#""0.00""#, &[&good, &entry(" ", "5.00", "2026-11-02")]),
            entry_error(1, None, EntryProblem::EmptyId),
        ),
    ];
    for (what, text, expected) in cases {
        assert_eq!(parse(&text, &schedule, today()), expected, "{what}");
    }
}

#[test]
fn should_refuse_malformed_entries_and_name_them_when_it_can() {
    let schedule = default_schedule();
    let good = entry("a", "40.00", "2026-11-01");
    // (what, file, index and id of the entry named)
    let cases = [
        (
            "an amount as a number",
            file(r#""0.00""#, &[&good, r#"{"id":"b","amount":40.5,"date":"2026-11-02"}"#]),
            1,
            Some("b"),
        ),
        (
            "an amount with a symbol",
            file(r#""0.00""#, &[r#"{"id":"b","amount":"$40","date":"2026-11-02"}"#]),
            0,
            Some("b"),
        ),
        (
            "an amount with grouping",
            file(r#""0.00""#, &[r#"{"id":"b","amount":"1,000.00","date":"2026-11-02"}"#]),
            0,
            Some("b"),
        ),
        ("three decimals", file(r#""0.00""#, &[r#"{"id":"b","amount":"4.001","date":"2026-11-02"}"#]), 0, Some("b")),
        (
            "a date that is not on the calendar",
            file(r#""0.00""#, &[&good, &entry("b", "5.00", "2026-02-30")]),
            1,
            Some("b"),
        ),
        ("a missing date", file(r#""0.00""#, &[r#"{"id":"b","amount":"5.00"}"#]), 0, Some("b")),
        (
            "an unknown field",
            file(r#""0.00""#, &[r#"{"id":"b","amount":"5.00","date":"2026-11-02","x":1}"#]),
            0,
            Some("b"),
        ),
        ("an entry that is not an object", file(r#""0.00""#, &[&good, "7"]), 1, None),
    ];
    for (what, text, index, id) in cases {
        match parse(&text, &schedule, today()) {
            Err(FileError::Entry { index: i, id: named, .. }) => {
                assert_eq!((i, named.as_deref()), (index, id), "{what}");
            }
            other => panic!("{what}: expected an entry error, got {other:?}"),
        }
    }
}

#[test]
fn should_refuse_a_file_that_is_not_a_ledger_at_all() {
    let schedule = default_schedule();
    let cases = [
        ("not JSON", "{nope".to_string()),
        ("an empty text", String::new()),
        ("a list", "[]".to_string()),
        ("no version", r#"{"format":"tierup-ledger"}"#.to_string()),
        ("no purchases", r#"{"format":"tierup-ledger","version":1,"opening_total":"0.00"}"#.to_string()),
        (
            "an unknown top-level field",
            r#"{"format":"tierup-ledger","version":1,"opening_total":"0.00","purchases":[],"x":1}"#.to_string(),
        ),
    ];
    for (what, text) in cases {
        assert!(matches!(parse(&text, &schedule, today()), Err(FileError::Json(_))), "{what}");
    }
    let opening_cases = [r#"12.5"#, r#""-1.00""#, r#""$5""#, "null"];
    for opening_total in opening_cases {
        let text = file(opening_total, &[]);
        assert!(matches!(parse(&text, &schedule, today()), Err(FileError::OpeningTotal(_))), "{opening_total}");
    }
}

#[test]
fn should_explain_file_errors_in_words_with_one_based_entry_numbers() {
    let cases = [
        (
            FileError::NewerVersion(99),
            "This ledger was written by a newer tierup (version 99). Update tierup to read it.",
        ),
        (FileError::WrongFormat("budget".into()), "This file is a \"budget\", not a tierup ledger."),
        (
            FileError::Entry { index: 0, id: Some("a".into()), why: EntryProblem::EmptyId },
            "Purchase 1 (id \"a\"): The id is empty.",
        ),
        (
            FileError::Entry {
                index: 2,
                id: None,
                why: EntryProblem::Shape(JsonError::Missing { at: "amount".into() }),
            },
            "Purchase 3: The field \"amount\" is missing.",
        ),
    ];
    for (error, words) in cases {
        assert_eq!(error.to_string(), words);
    }
}

#[test]
fn should_import_only_new_purchases_so_importing_twice_adds_nothing() {
    let schedule = default_schedule();
    let current = ledger_of(&schedule, "0", &[("a", "40", "2026-11-01")]);
    let text = file(r#""0.00""#, &[&entry("a", "40.00", "2026-11-01"), &entry("b", "300.00", "2026-11-03")]);
    let (once, added) = import(&current, &text, &schedule, today()).unwrap();
    assert_eq!(added, 1);
    assert_eq!(once.purchases(), [purchase("a", "40", "2026-11-01"), purchase("b", "300", "2026-11-03")]);
    let (twice, added_again) = import(&once, &text, &schedule, today()).unwrap();
    assert_eq!(added_again, 0);
    assert_eq!(twice, once);
}

#[test]
fn should_take_the_files_opening_total_unless_it_is_zero() {
    let schedule = default_schedule();
    let current = ledger_of(&schedule, "40", &[]);
    let cases = [(r#""0.00""#, "40"), (r#""250.00""#, "250")];
    for (in_file, kept) in cases {
        let (merged, _) = import(&current, &file(in_file, &[]), &schedule, today()).unwrap();
        assert_eq!(merged.opening_total(), usd(kept), "file opening total {in_file}");
    }
}

#[test]
fn should_import_all_or_nothing() {
    let schedule = default_schedule();
    let current = ledger_of(&schedule, "40", &[("b", "300", "2026-11-02")]);
    let before = current.clone();
    let cases = [
        (
            "a purchase with a known id but different contents",
            file(r#""0.00""#, &[&entry("new", "5.00", "2026-11-03"), &entry("b", "30.00", "2026-11-02")]),
            Err(FileError::Entry {
                index: 1,
                id: Some("b".into()),
                why: EntryProblem::Rule(LedgerError::DuplicateId { id: "b".into() }),
            }),
        ),
        (
            "an opening total that leaves a recorded purchase over its cap",
            file(r#""1.00""#, &[&entry("c", "100.00", "2026-11-03")]),
            Err(FileError::Conflict(LedgerError::BreaksLater {
                amount: usd("300"),
                date: day("2026-11-02"),
                limit: usd("100"),
            })),
        ),
        ("a newer file", r#"{"format":"tierup-ledger","version":2}"#.to_string(), Err(FileError::NewerVersion(2))),
    ];
    for (what, text, expected) in cases {
        assert_eq!(import(&current, &text, &schedule, today()), expected, "{what}");
        assert_eq!(current, before, "{what}: nothing changed");
    }
}

#[test]
fn should_name_an_imported_purchase_that_only_breaks_the_cap_once_merged() {
    let schedule = custom_schedule("per_calendar_month", &[rung("1", Some("100"), 0)]);
    let current = ledger_of(&schedule, "0", &[("a", "60", "2026-11-01")]);
    let text = file(r#""0.00""#, &[&entry("b", "60.00", "2026-11-02")]);
    assert!(parse(&text, &schedule, today()).is_ok(), "fine on its own");
    let error = LedgerError::OverCap { amount: usd("60"), limit: usd("100"), most: usd("40") };
    assert_eq!(
        import(&current, &text, &schedule, today()),
        Err(FileError::Entry { index: 0, id: Some("b".into()), why: EntryProblem::Rule(error) })
    );
}

#[test]
fn should_write_csv_in_date_order_with_risky_ids_quoted() {
    let schedule = default_schedule();
    let ledger = ledger_of(
        &schedule,
        "0",
        &[
            ("late", "40", "2026-11-20"),
            ("=HYPERLINK(\"x\")", "5", "2026-11-01"),
            ("a,b", "0.5", "2026-11-01"),
            ("-1", "1", "2026-11-21"),
        ],
    );
    assert_eq!(
        to_csv(&ledger, ["Date", "Amount (USD)", "Purchase ID"]),
        "Date,Amount (USD),Purchase ID\n\
         2026-11-01,5.00,\"'=HYPERLINK(\"\"x\"\")\"\n\
         2026-11-01,0.50,\"a,b\"\n\
         2026-11-20,40.00,late\n\
         2026-11-21,1.00,\"'-1\"\n"
    );
    assert_eq!(to_csv(&Ledger::default(), ["Datum", "Betrag, USD", "=ID"]), "Datum,\"Betrag, USD\",\"'=ID\"\n");
}

#[test]
fn should_say_what_is_wrong_with_an_entry_as_a_typed_reason() {
    let schedule = default_schedule();
    let entry_problem = |text: &str| match parse(text, &schedule, today()) {
        Err(FileError::Entry { why, .. }) => why,
        other => panic!("expected an entry error, got {other:?}"),
    };
    let one = |amount: &str, date: &str| file(r#""0.00""#, &[&entry("b", amount, date)]);
    assert_eq!(entry_problem(&one("$40", "2026-11-02")), EntryProblem::Amount(AmountError::NotANumber));
    assert_eq!(entry_problem(&one("4.001", "2026-11-02")), EntryProblem::Amount(AmountError::TooManyDecimals));
    assert_eq!(entry_problem(&one("5.00", "2026-02-30")), EntryProblem::Date(DateError::NoSuchDay));
    assert_eq!(entry_problem(&one("5.00", "02/11/2026")), EntryProblem::Date(DateError::Malformed));
    assert!(matches!(
        entry_problem(&file(r#""0.00""#, &[r#"{"id":"b","amount":5,"date":"2026-11-02"}"#])),
        EntryProblem::Shape(_)
    ));
    assert_eq!(
        parse(&file(r#""1,00""#, &[]), &schedule, today()),
        Err(FileError::OpeningTotal(AmountError::NotANumber))
    );
}
