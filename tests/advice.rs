//! What the ledger means: where the account stands, and the shortest way up.

mod common;

use common::{custom_schedule, day, default_schedule, ledger_of, opening, purchase, rung, tier_name, today, usd};
use tierup::domain::{plan, status, what_if, Ledger, LedgerError, Money, PlanError, Schedule};

#[test]
fn should_report_where_the_account_stands_at_every_threshold() {
    let schedule = default_schedule();
    // (total, tier, its limit, most one deposit may be, next tier, amount it needs)
    let cases = [
        ("0", "no tier", None, "100", Some(("Tier 1", "5"))),
        ("4.99", "no tier", None, "100", Some(("Tier 1", "0.01"))),
        ("5", "Tier 1", Some("100"), "100", Some(("Tier 2", "35"))),
        ("39.99", "Tier 1", Some("100"), "100", Some(("Tier 2", "0.01"))),
        ("40", "Tier 2", Some("500"), "500", Some(("Tier 3", "160"))),
        ("199.99", "Tier 2", Some("500"), "500", Some(("Tier 3", "0.01"))),
        ("200", "Tier 3", Some("1000"), "1000", Some(("Tier 4", "200"))),
        ("399.99", "Tier 3", Some("1000"), "1000", Some(("Tier 4", "0.01"))),
        ("400", "Tier 4", Some("5000"), "5000", None),
        ("123456.78", "Tier 4", Some("5000"), "5000", None),
    ];
    for (total, tier, limit, most, next) in cases {
        let now = status(&schedule, &opening(&schedule, total), today());
        assert_eq!(now.total, usd(total));
        assert_eq!(tier_name(&schedule, now.tier), tier, "tier at {total}");
        assert_eq!(now.limit, limit.map(usd), "limit at {total}");
        assert_eq!(now.max_deposit, Some(usd(most)), "most at {total}");
        let next_named = now.next.map(|(i, needed)| (schedule.tiers[i].name.as_str(), needed));
        assert_eq!(next_named, next.map(|(name, needed)| (name, usd(needed))), "next at {total}");
        assert_eq!(now.pending, None);
    }
}

#[test]
fn should_plan_the_fewest_deposits_within_each_cap_on_the_default_ladder() {
    let schedule = default_schedule();
    // (total so far, target, amount needed, deposits in order)
    let cases = [
        ("0", "tier-1", "5", vec!["5"]),
        ("0", "tier-2", "40", vec!["40"]),
        ("0", "tier-3", "200", vec!["100", "100"]),
        ("0", "tier-4", "400", vec!["100", "300"]),
        ("4.99", "tier-1", "0.01", vec!["0.01"]),
        ("5", "tier-4", "395", vec!["100", "295"]),
        ("39.99", "tier-4", "360.01", vec!["100", "260.01"]),
        ("40", "tier-4", "360", vec!["360"]),
        ("399.99", "tier-4", "0.01", vec!["0.01"]),
        ("400", "tier-4", "0", vec![]),
        ("1000", "tier-2", "0", vec![]),
    ];
    for (total, target, needed, deposits) in cases {
        let ledger = opening(&schedule, total);
        let planned = plan(&schedule, &ledger, target, today()).unwrap();
        assert_eq!(planned.needed, usd(needed), "{total} to {target}");
        let amounts: Vec<Money> = planned.steps.iter().map(|s| s.amount).collect();
        assert_eq!(amounts, deposits.iter().map(|a| usd(a)).collect::<Vec<_>>(), "{total} to {target}");
        assert!(planned.steps.iter().all(|s| s.date == today()), "no waits on the default ladder");
        assert_eq!(planned.reached_on, today());
    }
}

#[test]
fn should_say_which_tier_each_step_of_the_plan_reaches() {
    let schedule = default_schedule();
    let planned = plan(&schedule, &Ledger::default(), "tier-4", today()).unwrap();
    let after: Vec<String> = planned.steps.iter().map(|s| tier_name(&schedule, s.tier_after)).collect();
    assert_eq!(after, ["Tier 2", "Tier 4"]);
}

#[test]
fn should_plan_from_recorded_purchases_too() {
    let schedule = default_schedule();
    let ledger = ledger_of(&schedule, "0", &[("a", "15", "2026-11-01"), ("b", "25", "2026-11-02")]);
    let planned = plan(&schedule, &ledger, "tier-4", today()).unwrap();
    assert_eq!(planned.needed, usd("360"));
    assert_eq!(planned.steps.len(), 1);
}

#[test]
fn should_refuse_to_plan_for_a_tier_that_purchases_cannot_reach() {
    let schedule = default_schedule();
    let cases = [("invoicing", PlanError::ByArrangement), ("tier-9", PlanError::UnknownTier)];
    for (target, error) in cases {
        assert_eq!(plan(&schedule, &Ledger::default(), target, today()), Err(error), "{target}");
    }
    let absurd = custom_schedule("per_deposit", &[rung("1", Some("0.01"), 0), rung("100", Some("0.01"), 0)]);
    assert_eq!(plan(&absurd, &Ledger::default(), "t2", today()), Err(PlanError::TooManySteps));
}

fn waiting() -> Schedule {
    custom_schedule(
        "per_deposit",
        &[rung("5", Some("100"), 0), rung("40", Some("500"), 7), rung("200", Some("1000"), 14)],
    )
}

#[test]
fn should_date_the_plan_when_a_tier_must_be_waited_for() {
    let schedule = waiting();
    let planned = plan(&schedule, &Ledger::default(), "t3", today()).unwrap();
    let steps: Vec<(Money, String, String)> =
        planned.steps.iter().map(|s| (s.amount, s.date.to_string(), tier_name(&schedule, s.tier_after))).collect();
    assert_eq!(
        steps,
        [(usd("100"), "2026-11-25".into(), "Tier 1".into()), (usd("100"), "2026-12-02".into(), "Tier 2".into())]
    );
    assert_eq!(planned.reached_on, day("2026-12-09"));
}

#[test]
fn should_show_a_tier_paid_for_but_still_waiting_as_pending() {
    let schedule = waiting();
    let ledger = ledger_of(&schedule, "0", &[("a", "100", "2026-11-20")]);
    let now = status(&schedule, &ledger, today());
    assert_eq!(tier_name(&schedule, now.tier), "Tier 1");
    assert_eq!(now.pending, Some((1, day("2026-11-27"))));
    assert_eq!(now.max_deposit, Some(usd("100")));
    assert_eq!(now.next, Some((2, usd("100"))));
    let later = status(&schedule, &ledger, day("2026-11-27"));
    assert_eq!(tier_name(&schedule, later.tier), "Tier 2");
    assert_eq!(later.pending, None);
}

#[test]
fn should_date_each_deposit_into_a_month_with_room_under_a_monthly_cap() {
    let schedule = custom_schedule(
        "per_calendar_month",
        &[rung("5", Some("100"), 0), rung("40", Some("100"), 0), rung("400", Some("1000"), 0)],
    );
    let planned = plan(&schedule, &Ledger::default(), "t3", today()).unwrap();
    let steps: Vec<(Money, String)> = planned.steps.iter().map(|s| (s.amount, s.date.to_string())).collect();
    assert_eq!(
        steps,
        [
            (usd("100"), "2026-11-25".into()),
            (usd("100"), "2026-12-01".into()),
            (usd("100"), "2027-01-01".into()),
            (usd("100"), "2027-02-01".into()),
        ]
    );
    assert_eq!(planned.reached_on, day("2027-02-01"));
}

#[test]
fn should_plan_under_a_monthly_cap_with_what_is_left_of_this_month() {
    let schedule = custom_schedule(
        "per_calendar_month",
        &[rung("5", Some("100"), 0), rung("40", Some("500"), 0), rung("200", Some("1000"), 0)],
    );
    let ledger = ledger_of(&schedule, "0", &[("a", "60", "2026-11-02")]);
    assert_eq!(status(&schedule, &ledger, today()).max_deposit, Some(usd("440")));
    assert_eq!(status(&schedule, &ledger, day("2026-12-01")).max_deposit, Some(usd("500")));
    let planned = plan(&schedule, &ledger, "t3", today()).unwrap();
    assert_eq!(planned.steps.iter().map(|s| (s.amount, s.date)).collect::<Vec<_>>(), [(usd("140"), today())]);
}

#[test]
fn should_wait_for_a_fresh_month_rather_than_spend_a_deposit_on_the_rest_of_this_one() {
    // Topping up $50 today would leave two more deposits to go; waiting a month needs only two in all.
    let schedule = custom_schedule(
        "per_calendar_month",
        &[rung("5", Some("100"), 0), rung("100", Some("150"), 0), rung("400", Some("200"), 0)],
    );
    let planned = plan(&schedule, &Ledger::default(), "t3", today()).unwrap();
    let steps: Vec<(Money, String)> = planned.steps.iter().map(|s| (s.amount, s.date.to_string())).collect();
    assert_eq!(
        steps,
        [(usd("100"), "2026-11-25".into()), (usd("150"), "2026-12-01".into()), (usd("150"), "2027-01-01".into())]
    );
}

#[test]
fn should_answer_what_if_with_the_resulting_tier_or_the_refusal() {
    let schedule = default_schedule();
    // (total so far, deposit, tier after, or the limit that refuses it)
    let cases = [
        ("0", "4.99", Ok("no tier")),
        ("0", "5", Ok("Tier 1")),
        ("0", "40", Ok("Tier 2")),
        ("0", "100", Ok("Tier 2")),
        ("0", "100.01", Err("100")),
        ("40", "160", Ok("Tier 3")),
        ("40", "360", Ok("Tier 4")),
        ("40", "500.01", Err("500")),
        ("400", "5000", Ok("Tier 4")),
        ("400", "5000.01", Err("5000")),
    ];
    for (total, deposit, expected) in cases {
        let ledger = opening(&schedule, total);
        let answer = what_if(&schedule, &ledger, usd(deposit), today());
        // The answer is the one recording that purchase today gives: the same refusal, or the
        // same tier and total.
        let recorded = ledger.add(&schedule, purchase("new", deposit, common::TODAY), today());
        let after = recorded.map(|after| (status(&schedule, &after, today()).tier, after.total()));
        assert_eq!(after, answer.clone().map(|a| (a.tier, a.total)), "recording {deposit} after {total}");
        match expected {
            Ok(tier) => {
                let answer = answer.unwrap_or_else(|e| panic!("{deposit} after {total}: {e}"));
                assert_eq!(tier_name(&schedule, answer.tier), tier, "{deposit} after {total}");
                assert_eq!(answer.total, usd(total) + usd(deposit));
                assert_eq!(answer.limit, answer.tier.and_then(|i| schedule.tiers[i].monthly_limit));
            }
            Err(limit) => assert_eq!(
                answer,
                Err(LedgerError::OverCap { amount: usd(deposit), limit: usd(limit), most: usd(limit) }),
                "{deposit} after {total}"
            ),
        }
    }
}

#[test]
fn should_not_be_confused_by_a_purchase_whose_id_looks_like_a_probe() {
    let schedule = default_schedule();
    let ledger = ledger_of(&schedule, "0", &[("what-if", "40", "2026-11-01"), ("plan", "5", "2026-11-02")]);
    assert!(what_if(&schedule, &ledger, usd("10"), today()).is_ok());
    assert_eq!(plan(&schedule, &ledger, "tier-4", today()).unwrap().steps.len(), 1);
}
