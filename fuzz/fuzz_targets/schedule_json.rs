//! Schedule JSON from anywhere: refused with a reason or accepted, and an accepted ladder
//! keeps the promises the rest of the domain relies on.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tierup::domain::{plan, status, Date, Ledger, Money, Schedule};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(schedule) = Schedule::from_json(text) else { return };

    assert!(!schedule.title.trim().is_empty());
    assert!(!schedule.tiers.is_empty());
    assert!(schedule.purchasable().next().is_some(), "no purchasable tier");
    let mut previous: Option<(Option<Money>, Option<Money>)> = None;
    for (i, tier) in schedule.tiers.iter().enumerate() {
        assert!(!tier.id.trim().is_empty() && !tier.name.trim().is_empty());
        assert_eq!(schedule.index_of(&tier.id), Some(i), "ids are unique");
        assert!(!tier.monthly_limit.is_some_and(Money::is_zero));
        if let Some((threshold, limit)) = previous {
            let threshold = threshold.expect("only the last tier is by arrangement");
            if let Some(now) = tier.threshold {
                assert!(now > threshold, "thresholds increase");
            }
            match (limit, tier.monthly_limit) {
                (Some(before), Some(now)) => assert!(now >= before, "limits never fall"),
                (None, Some(_)) => panic!("a limit after no limit"),
                _ => {}
            }
        }
        previous = Some((tier.threshold, tier.monthly_limit));
    }
    // The text forms the widget shows read back.
    assert_eq!(Date::parse(&schedule.as_of.to_string()), Ok(schedule.as_of));

    // An accepted schedule is usable: status and a plan for every tier, from nothing.
    let today = schedule.as_of;
    let empty = Ledger::default();
    let _ = status(&schedule, &empty, today);
    // Plans can be a thousand steps long: a few tiers are enough to exercise them.
    for tier in schedule.tiers.iter().take(6) {
        if let Ok(p) = plan(&schedule, &empty, &tier.id, today) {
            let sum: Money = p.steps.iter().map(|s| s.amount).sum();
            assert!(sum >= p.needed, "a plan reaches its target");
        }
    }
});
