//! Sequences of changes to a ledger, under the default ladder and under a per-calendar-month
//! ladder with waits. Every accepted change is a ledger that rebuilding from its parts accepts,
//! every refusal is one that rebuilding refuses too, and every plan can be followed.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use tierup::domain::{plan, status, what_if, Date, Ledger, LedgerError, Money, Purchase, Schedule};

/// A monthly cap, and tiers that must be waited for after the first purchase.
const MONTHLY_WITH_WAITS: &str = r#"{
  "title": "Monthly ladder with waits", "as_of": "2026-01-01", "cap_rule": "per_calendar_month",
  "tiers": [
    { "id": "m1", "name": "M1", "threshold": "5.00", "monthly_limit": "100.00" },
    { "id": "m2", "name": "M2", "threshold": "40.00", "monthly_limit": "250.00", "wait_days": 7 },
    { "id": "m3", "name": "M3", "threshold": "200.00", "monthly_limit": "1000.00", "wait_days": 14 },
    { "id": "m4", "name": "M4", "threshold": "400.00", "monthly_limit": null, "wait_days": 30 },
    { "id": "deal", "name": "By arrangement", "by_arrangement": true, "monthly_limit": null }
  ]
}"#;

#[derive(Arbitrary, Debug)]
enum Op {
    /// `cents` on `day` days after the start; `dollars` chooses whole dollars (bigger steps).
    Add {
        amount: u16,
        dollars: bool,
        day: u8,
    },
    /// The purchase at this position (modulo the count), or an id nobody has.
    Delete {
        index: u8,
    },
    SetOpeningTotal {
        amount: u16,
        dollars: bool,
    },
}

#[derive(Arbitrary, Debug)]
struct Input {
    monthly: bool,
    /// Days from the start to "today": purchases after it are refused as future.
    today: u8,
    ops: Vec<Op>,
}

fn money(amount: u16, dollars: bool) -> Money {
    Money::cents(u64::from(amount) * if dollars { 100 } else { 1 })
}

fn start() -> Date {
    Date::parse("2026-01-01").expect("a fixed date")
}

fn far_future() -> Date {
    Date::parse("9999-12-31").expect("a fixed date")
}

/// The same change, checked from scratch rather than incrementally.
fn rebuilt(schedule: &Schedule, opening: Money, purchases: Vec<Purchase>, today: Date) -> bool {
    Ledger::validated(schedule, opening, purchases, today).is_ok()
}

fn check_accepted(schedule: &Schedule, ledger: &Ledger, today: Date) {
    let again = Ledger::validated(schedule, ledger.opening_total(), ledger.purchases().to_vec(), today);
    assert_eq!(again.as_ref(), Ok(ledger), "validated refuses an accepted ledger");
}

/// Status, the most one may deposit today (and no cent more), and a followable plan per tier.
fn check_advice(schedule: &Schedule, ledger: &Ledger, today: Date) {
    let now = status(schedule, ledger, today);
    assert_eq!(now.total, ledger.total());
    if let Some(most) = now.max_deposit {
        let probe = |amount: Money| Purchase { id: "probe".into(), amount, date: today };
        if !most.is_zero() {
            let at_most = ledger.add(schedule, probe(most), today);
            assert!(at_most.is_ok(), "the max deposit {most:?} is refused: {at_most:?}");
            assert!(what_if(schedule, ledger, most, today).is_ok());
        }
        let over = ledger.add(schedule, probe(most + Money::cents(1)), today);
        assert!(matches!(over, Err(LedgerError::OverCap { .. })), "a cent over {most:?}: {over:?}");
    }
    for tier in &schedule.tiers {
        let Ok(p) = plan(schedule, ledger, &tier.id, today) else { continue };
        let mut followed = ledger.clone();
        for (n, step) in p.steps.iter().enumerate() {
            assert!(step.date >= today && step.date <= p.reached_on, "{p:?}");
            let purchase = Purchase { id: format!("step {n}").into(), amount: step.amount, date: step.date };
            followed = followed
                .add(schedule, purchase, far_future())
                .unwrap_or_else(|e| panic!("step {n} of the plan for {} is refused: {e}\n{p:?}", tier.id));
        }
        let threshold = tier.threshold.expect("plans exist only for purchasable tiers");
        assert!(followed.total() >= threshold, "the plan for {} falls short: {p:?}", tier.id);
        assert_eq!(p.needed, threshold.saturating_sub(ledger.total()));
    }
}

fuzz_target!(|input: Input| {
    let schedule = if input.monthly {
        Schedule::from_json(MONTHLY_WITH_WAITS).expect("the fuzz ladder is valid")
    } else {
        Schedule::default()
    };
    let today = start().add_days(u32::from(input.today));
    let mut ledger = Ledger::default();
    let mut next_id = 0u32;
    for op in input.ops.iter().take(64) {
        let before = ledger.clone();
        let (result, agrees) = match *op {
            Op::Add { amount, dollars, day } => {
                next_id += 1;
                let purchase = Purchase {
                    id: format!("p{next_id}").into(),
                    amount: money(amount, dollars),
                    date: start().add_days(u32::from(day)),
                };
                let mut parts = ledger.purchases().to_vec();
                parts.push(purchase.clone());
                let agrees = rebuilt(&schedule, ledger.opening_total(), parts, today);
                (ledger.add(&schedule, purchase, today), agrees)
            }
            Op::Delete { index } => {
                let count = ledger.purchases().len();
                let id = if count == 0 || usize::from(index) >= 2 * count.max(1) {
                    "nobody".to_string()
                } else {
                    ledger.purchases()[usize::from(index) % count].id.to_string()
                };
                let parts: Vec<Purchase> = ledger.purchases().iter().filter(|p| *p.id != *id).cloned().collect();
                let known = parts.len() < count;
                let agrees = known && rebuilt(&schedule, ledger.opening_total(), parts, today);
                (ledger.delete(&schedule, &id), agrees)
            }
            Op::SetOpeningTotal { amount, dollars } => {
                let total = money(amount, dollars);
                let agrees = rebuilt(&schedule, total, ledger.purchases().to_vec(), today);
                (ledger.set_opening_total(&schedule, total), agrees)
            }
        };
        match result {
            Ok(next) => {
                assert!(agrees, "accepted, but rebuilding from the parts refuses: {op:?}");
                check_accepted(&schedule, &next, today);
                ledger = next;
            }
            Err(_) => {
                assert!(!agrees, "refused, but rebuilding from the parts accepts: {op:?}");
                assert_eq!(ledger, before, "a refused change altered the ledger");
            }
        }
    }
    check_advice(&schedule, &ledger, today);
});
