//! Ledger files from anywhere: parsed alone, then imported into a small ledger that already
//! has purchases. Refused files change nothing; accepted ones read back and import idempotently.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tierup::formats::ledger_file::{import, parse, to_csv, to_json};
use tierup::domain::{Date, Ledger, Money, Purchase, Schedule};

fn day(text: &str) -> Date {
    Date::parse(text).expect("a fixed test date")
}

/// What the reader already has: Tier 2 reached over two days, with a purchase id a file may reuse.
fn existing(schedule: &Schedule, today: Date) -> Ledger {
    [("seed-1", 500, "2026-11-01"), ("seed-2", 4000, "2026-11-02")].into_iter().fold(
        Ledger::default(),
        |ledger, (id, cents, date)| {
            let p = Purchase { id: id.into(), amount: Money::cents(cents), date: day(date) };
            ledger.add(schedule, p, today).expect("the seed ledger is valid")
        },
    )
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let schedule = Schedule::default();
    let today = day("2026-11-25");

    if let Ok(ledger) = parse(text, &schedule, today) {
        // What was accepted is a valid ledger on its own and survives export.
        let again = Ledger::validated(&schedule, ledger.opening_total(), ledger.purchases().to_vec(), today);
        assert_eq!(again.as_ref(), Ok(&ledger));
        let exported = to_json(&ledger);
        assert_eq!(parse(&exported, &schedule, today).as_ref(), Ok(&ledger), "{exported}");
        let csv = to_csv(&ledger, ["Date", "Amount (USD)", "Purchase ID"]);
        assert_eq!(csv.lines().count(), 1 + ledger.purchases().len() + csv_inner_breaks(&ledger));
    }

    let current = existing(&schedule, today);
    let before = current.clone();
    match import(&current, text, &schedule, today) {
        Ok((merged, added)) => {
            assert!(added <= merged.purchases().len());
            assert_eq!(merged.purchases().len(), current.purchases().len() + added);
            // Nothing already recorded is lost or altered.
            assert_eq!(&merged.purchases()[..current.purchases().len()], current.purchases());
            let rebuilt = Ledger::validated(&schedule, merged.opening_total(), merged.purchases().to_vec(), today);
            assert_eq!(rebuilt.as_ref(), Ok(&merged));
            // The same file twice adds nothing.
            let (twice, none) = import(&merged, text, &schedule, today).expect("a second import of an accepted file");
            assert_eq!(none, 0);
            assert_eq!(twice, merged);
        }
        Err(_) => assert_eq!(current, before),
    }
});

/// Ids with line breaks are quoted in the CSV, so they add lines inside a field.
fn csv_inner_breaks(ledger: &Ledger) -> usize {
    ledger.purchases().iter().map(|p| p.id.matches('\n').count()).sum()
}
