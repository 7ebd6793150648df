//! Recording purchases: every change is checked by replaying the whole ledger.

mod common;

use common::{custom_schedule, day, default_schedule, ledger_of, opening, purchase, rung, tier_name, today, usd};
use tierup::domain::{status, EntryError, Ledger, LedgerError, Money};

#[test]
fn should_reach_each_tier_exactly_at_its_threshold_and_not_a_cent_before() {
    let schedule = default_schedule();
    let cases = [
        ("0", "no tier"),
        ("4.99", "no tier"),
        ("5.00", "Tier 1"),
        ("39.99", "Tier 1"),
        ("40.00", "Tier 2"),
        ("199.99", "Tier 2"),
        ("200.00", "Tier 3"),
        ("399.99", "Tier 3"),
        ("400.00", "Tier 4"),
        ("1000000", "Tier 4"),
    ];
    for (total, tier) in cases {
        // Once through the opening total, once through purchases (each within its cap).
        let by_opening = status(&schedule, &opening(&schedule, total), today()).tier;
        assert_eq!(tier_name(&schedule, by_opening), tier, "opening total of {total}");
    }
    let by_purchases = [
        (vec!["4.99"], "no tier"),
        (vec!["5"], "Tier 1"),
        (vec!["39.99"], "Tier 1"),
        (vec!["39.99", "0.01"], "Tier 2"),
        (vec!["100", "99.99"], "Tier 2"),
        (vec!["100", "100"], "Tier 3"),
        (vec!["100", "299.99"], "Tier 3"),
        (vec!["100", "300"], "Tier 4"),
    ];
    for (amounts, tier) in by_purchases {
        let entries: Vec<(String, &str)> = amounts.iter().enumerate().map(|(i, a)| (format!("p{i}"), *a)).collect();
        let entries: Vec<(&str, &str, &str)> = entries.iter().map(|(id, a)| (id.as_str(), *a, common::TODAY)).collect();
        let ledger = ledger_of(&schedule, "0", &entries);
        assert_eq!(tier_name(&schedule, status(&schedule, &ledger, today()).tier), tier, "purchases {amounts:?}");
    }
}

#[test]
fn should_allow_a_deposit_up_to_the_limit_of_the_tier_in_force_just_before_it() {
    let schedule = default_schedule();
    // (total before the deposit, deposit, the limit that applies or None if allowed)
    let cases = [
        ("0", "100.00", None),
        ("0", "100.01", Some("100")),
        ("4.99", "100.01", Some("100")),
        ("5", "100.00", None),
        ("5", "100.01", Some("100")),
        ("39.99", "100.01", Some("100")),
        ("39.99", "500.00", Some("100")),
        ("40", "500.00", None),
        ("40", "500.01", Some("500")),
        ("199.99", "500.01", Some("500")),
        ("200", "1000.00", None),
        ("200", "1000.01", Some("1000")),
        ("399.99", "1000.01", Some("1000")),
        ("400", "5000.00", None),
        ("400", "5000.01", Some("5000")),
    ];
    for (before, deposit, refused_at) in cases {
        let ledger = opening(&schedule, before);
        let result = ledger.add(&schedule, purchase("new", deposit, common::TODAY), today());
        match refused_at {
            None => assert!(result.is_ok(), "{deposit} after {before} should be allowed, got {result:?}"),
            Some(limit) => assert_eq!(
                result,
                Err(LedgerError::OverCap { amount: usd(deposit), limit: usd(limit), most: usd(limit) }),
                "{deposit} after {before}"
            ),
        }
    }
}

#[test]
fn should_let_a_deposit_that_crosses_a_threshold_raise_only_the_next_cap() {
    let schedule = default_schedule();
    let ledger = ledger_of(&schedule, "0", &[("a", "100", "2026-11-20")]);
    assert_eq!(tier_name(&schedule, status(&schedule, &ledger, today()).tier), "Tier 2");
    assert!(ledger.add(&schedule, purchase("b", "500", "2026-11-21"), today()).is_ok());
}

#[test]
fn should_say_the_limit_and_the_most_that_can_be_deposited_now() {
    let schedule = default_schedule();
    let refused = Ledger::default().add(&schedule, purchase("a", "150", common::TODAY), today()).unwrap_err();
    assert_eq!(refused, LedgerError::OverCap { amount: usd("150"), limit: usd("100"), most: usd("100") });
    assert_eq!(
        refused.to_string(),
        "You can't deposit $150.00: a deposit may not exceed your monthly spend limit of $100.00. The most you can deposit now is $100.00."
    );
}

#[test]
fn should_refuse_bad_purchases_and_accept_the_nearest_good_one() {
    let schedule = default_schedule();
    let ledger = ledger_of(&schedule, "0", &[("a", "40", "2026-11-20")]);
    // That a refusal leaves the ledger as it was needs no test: `add` borrows it immutably and
    // returns a new one. What can go wrong is where each rule draws its line, so each refusal
    // is paired with the closest purchase that keeps the rule.
    let cases = [
        (
            purchase("b", "500.01", "2026-11-21"),
            LedgerError::OverCap { amount: usd("500.01"), limit: usd("500"), most: usd("500") },
            purchase("b", "500", "2026-11-21"),
        ),
        (
            purchase("b", "10", "2026-11-26"),
            LedgerError::FutureDate { date: day("2026-11-26") },
            purchase("b", "10", "2026-11-25"),
        ),
        (purchase("b", "0", "2026-11-21"), LedgerError::NotPositive, purchase("b", "0.01", "2026-11-21")),
        (
            purchase("a", "10", "2026-11-21"),
            LedgerError::DuplicateId { id: "a".into() },
            purchase("b", "10", "2026-11-21"),
        ),
    ];
    for (bad, error, good) in cases {
        assert_eq!(ledger.add(&schedule, bad.clone(), today()), Err(error), "{bad:?}");
        let accepted = ledger.add(&schedule, good.clone(), today()).unwrap_or_else(|e| panic!("{good:?}: {e}"));
        assert_eq!(accepted.purchases(), [purchase("a", "40", "2026-11-20"), good.clone()], "{good:?}");
        assert_eq!(accepted.total(), usd("40") + good.amount, "{good:?}");
    }
}

#[test]
fn should_accept_a_purchase_made_today() {
    let schedule = default_schedule();
    let ledger = Ledger::default().add(&schedule, purchase("a", "40", common::TODAY), today()).unwrap();
    assert_eq!(ledger.total(), usd("40"));
    assert_eq!(ledger.purchases(), [purchase("a", "40", common::TODAY)]);
}

#[test]
fn should_check_a_back_dated_purchase_against_the_cap_that_applied_then() {
    let schedule = default_schedule();
    let ledger = ledger_of(&schedule, "0", &[("a", "40", "2026-11-10")]);
    // Before `a`, no tier was reached, so the entry cap of $100 applied.
    let refused = ledger.add(&schedule, purchase("early", "150", "2026-11-01"), today());
    assert_eq!(refused, Err(LedgerError::OverCap { amount: usd("150"), limit: usd("100"), most: usd("100") }));
    // After `a`, Tier 2's $500 applies.
    assert!(ledger.add(&schedule, purchase("late", "150", "2026-11-11"), today()).is_ok());
}

#[test]
fn should_replay_same_day_purchases_in_the_order_they_were_added() {
    let schedule = default_schedule();
    let ledger = ledger_of(&schedule, "0", &[("a", "100", common::TODAY), ("b", "300", common::TODAY)]);
    assert_eq!(tier_name(&schedule, status(&schedule, &ledger, today()).tier), "Tier 4");
    let reversed = Ledger::validated(
        &schedule,
        Money::ZERO,
        vec![purchase("b", "300", common::TODAY), purchase("a", "100", common::TODAY)],
        today(),
    );
    let error = LedgerError::OverCap { amount: usd("300"), limit: usd("100"), most: usd("100") };
    assert_eq!(reversed, Err(EntryError { index: 0, id: "b".into(), error }));
}

#[test]
fn should_refuse_a_deletion_that_breaks_a_later_purchase_and_name_it() {
    let schedule = default_schedule();
    let ledger = ledger_of(&schedule, "0", &[("a", "40", "2026-11-01"), ("b", "300", "2026-11-02")]);
    let refused = ledger.delete(&schedule, "a");
    assert_eq!(
        refused,
        Err(LedgerError::BreaksLater { amount: usd("300"), date: day("2026-11-02"), limit: usd("100") })
    );
    assert_eq!(
        refused.unwrap_err().to_string(),
        "This would leave the purchase of $300.00 on 2026-11-02 above the $100.00 monthly limit that applied then."
    );
    assert_eq!(ledger.purchases().len(), 2, "nothing was deleted");
}

#[test]
fn should_delete_a_purchase_nothing_depends_on() {
    let schedule = default_schedule();
    let ledger = ledger_of(&schedule, "0", &[("a", "40", "2026-11-01"), ("b", "300", "2026-11-02")]);
    let after = ledger.delete(&schedule, "b").unwrap();
    assert_eq!(after.purchases(), [purchase("a", "40", "2026-11-01")]);
    assert_eq!(after.total(), usd("40"));
    assert_eq!(ledger.total(), usd("340"), "the original is untouched");
    assert_eq!(ledger.delete(&schedule, "zzz"), Err(LedgerError::UnknownId { id: "zzz".into() }));
}

#[test]
fn should_count_the_opening_total_toward_tiers_without_capping_it() {
    let schedule = default_schedule();
    let ledger = opening(&schedule, "250000");
    assert_eq!(ledger.opening_total(), usd("250000"));
    assert_eq!(tier_name(&schedule, status(&schedule, &ledger, today()).tier), "Tier 4");
    assert!(ledger.add(&schedule, purchase("a", "5000", common::TODAY), today()).is_ok());
}

#[test]
fn should_refuse_lowering_the_opening_total_below_what_a_purchase_relied_on() {
    let schedule = default_schedule();
    let ledger = ledger_of(&schedule, "40", &[("a", "500", "2026-11-02")]);
    let cases = [
        ("40", None),
        ("1000", None),
        ("39.99", Some(LedgerError::BreaksLater { amount: usd("500"), date: day("2026-11-02"), limit: usd("100") })),
        ("0", Some(LedgerError::BreaksLater { amount: usd("500"), date: day("2026-11-02"), limit: usd("100") })),
    ];
    for (total, refusal) in cases {
        let result = ledger.set_opening_total(&schedule, usd(total));
        match refusal {
            None => assert_eq!(result.map(|l| l.opening_total()), Ok(usd(total))),
            Some(error) => assert_eq!(result, Err(error), "opening total {total}"),
        }
    }
    assert_eq!(ledger.opening_total(), usd("40"), "the original is untouched");
}

fn monthly() -> tierup::domain::Schedule {
    custom_schedule(
        "per_calendar_month",
        &[rung("5", Some("100"), 0), rung("40", Some("500"), 0), rung("200", Some("1000"), 0)],
    )
}

#[test]
fn should_cap_the_sum_of_a_calendar_month_under_a_monthly_rule() {
    let schedule = monthly();
    let ledger = ledger_of(&schedule, "0", &[("a", "60", "2026-11-01")]);
    // Tier 2 ($500) is in force after $60; $60 of it is spent this month.
    let cases = [("440", None), ("440.01", Some(("500", "440")))];
    for (amount, refusal) in cases {
        let result = ledger.add(&schedule, purchase("b", amount, "2026-11-20"), today());
        match refusal {
            None => assert!(result.is_ok(), "{amount}: {result:?}"),
            Some((limit, most)) => assert_eq!(
                result,
                Err(LedgerError::OverCap { amount: usd(amount), limit: usd(limit), most: usd(most) }),
                "{amount}"
            ),
        }
    }
}

#[test]
fn should_start_each_calendar_month_afresh_across_month_and_year_boundaries() {
    let schedule = monthly();
    let today = day("2027-01-31");
    // (first deposit, second deposit, allowed?)
    let cases = [
        (("100", "2026-10-31"), ("500", "2026-11-01"), true),
        (("100", "2026-11-30"), ("400", "2026-11-30"), true),
        (("100", "2026-11-30"), ("400.01", "2026-11-30"), false),
        (("100", "2026-11-01"), ("400.01", "2026-11-30"), false),
        (("100", "2026-12-31"), ("500", "2027-01-01"), true),
        (("100", "2026-12-01"), ("400.01", "2026-12-31"), false),
        (("100", "2025-12-15"), ("500", "2026-12-15"), true),
    ];
    for ((first, on), (second, then), allowed) in cases {
        let ledger = Ledger::default().add(&schedule, purchase("a", first, on), today).unwrap();
        let result = ledger.add(&schedule, purchase("b", second, then), today);
        assert_eq!(result.is_ok(), allowed, "{first} on {on} then {second} on {then}: {result:?}");
    }
}

#[test]
fn should_refuse_a_back_dated_purchase_that_uses_up_a_later_deposits_month() {
    let schedule = monthly();
    let ledger = ledger_of(&schedule, "40", &[("a", "450", "2026-11-20")]);
    let refused = ledger.add(&schedule, purchase("early", "60", "2026-11-05"), today());
    assert_eq!(
        refused,
        Err(LedgerError::BreaksLater { amount: usd("450"), date: day("2026-11-20"), limit: usd("500") })
    );
    assert!(ledger.add(&schedule, purchase("october", "60", "2026-10-05"), today()).is_ok());
}

fn waiting() -> tierup::domain::Schedule {
    custom_schedule("per_deposit", &[rung("5", Some("100"), 0), rung("40", Some("500"), 7)])
}

#[test]
fn should_reach_a_tier_with_a_wait_only_once_the_wait_after_the_first_purchase_has_passed() {
    let schedule = waiting();
    let ledger = Ledger::default().add(&schedule, purchase("a", "100", "2026-11-01"), today()).unwrap();
    // (day of the second deposit, amount, allowed?): Tier 2's $500 applies from 2026-11-08.
    let cases = [
        ("2026-11-01", "100.01", false),
        ("2026-11-07", "100.01", false),
        ("2026-11-07", "100", true),
        ("2026-11-08", "500", true),
        ("2026-11-08", "500.01", false),
    ];
    for (on, amount, allowed) in cases {
        let result = ledger.add(&schedule, purchase("b", amount, on), today());
        assert_eq!(result.is_ok(), allowed, "{amount} on {on}: {result:?}");
    }
    let on = |d| tier_name(&schedule, status(&schedule, &ledger, day(d)).tier);
    assert_eq!(on("2026-11-07"), "Tier 1");
    assert_eq!(on("2026-11-08"), "Tier 2");
}

#[test]
fn should_treat_waits_as_passed_when_there_is_an_opening_total() {
    // Decision: credits bought before tracking started mean the first purchase is long past.
    let schedule = waiting();
    let ledger = opening(&schedule, "40");
    assert_eq!(tier_name(&schedule, status(&schedule, &ledger, today()).tier), "Tier 2");
    assert!(ledger.add(&schedule, purchase("a", "500", common::TODAY), today()).is_ok());
}

#[test]
fn should_build_from_parts_naming_the_first_offending_entry() {
    let schedule = default_schedule();
    let ok = vec![purchase("a", "40", "2026-11-01"), purchase("b", "500", "2026-11-02")];
    let built = Ledger::validated(&schedule, Money::ZERO, ok, today()).unwrap();
    assert_eq!(built.total(), usd("540"));
    let entry = |index, id: &str, error| Err(EntryError { index, id: id.into(), error });
    let cases = [
        (
            vec![purchase("a", "40", "2026-11-01"), purchase("b", "0", "2026-11-02")],
            entry(1, "b", LedgerError::NotPositive),
        ),
        (
            vec![purchase("a", "40", "2026-11-01"), purchase("b", "5", "2026-11-26")],
            entry(1, "b", LedgerError::FutureDate { date: day("2026-11-26") }),
        ),
        (
            vec![purchase("a", "40", "2026-11-01"), purchase("a", "5", "2026-11-02")],
            entry(1, "a", LedgerError::DuplicateId { id: "a".into() }),
        ),
        (
            vec![purchase("b", "500.01", "2026-11-02"), purchase("a", "40", "2026-11-01")],
            entry(0, "b", LedgerError::OverCap { amount: usd("500.01"), limit: usd("500"), most: usd("500") }),
        ),
    ];
    for (purchases, expected) in cases {
        assert_eq!(Ledger::validated(&schedule, Money::ZERO, purchases.clone(), today()), expected, "{purchases:?}");
    }
}
