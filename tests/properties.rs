//! Properties that hold for every input, checked on generated ones: plans are minimal and
//! within every cap, replay agrees with adding one by one, and parsers never panic.

mod common;

use std::collections::VecDeque;

use common::{custom_schedule, day, rung, Rung};
use proptest::prelude::*;
use tierup::domain::{plan, status, Date, Ledger, Money, Purchase, Schedule};
use tierup::formats::ledger_file::{parse, to_json};

/// A small ladder in whole units (cents or dollars), kept as numbers so a brute force can use it.
#[derive(Clone, Debug)]
struct Ladder {
    monthly: bool,
    /// (threshold, monthly limit or unlimited, wait days), thresholds increasing, limits not decreasing.
    rungs: Vec<(u64, Option<u64>, u32)>,
}

impl Ladder {
    /// The cap set by `total` once every wait has passed: the lowest tier's before any tier.
    fn cap(&self, total: u64) -> Option<u64> {
        let reached = self.rungs.iter().rev().find(|r| total >= r.0).unwrap_or(&self.rungs[0]);
        reached.1
    }

    fn schedule(&self, unit: fn(u64) -> Money) -> Schedule {
        let text: Vec<(String, Option<String>, u32)> = self
            .rungs
            .iter()
            .map(|&(t, l, w)| (unit(t).to_canonical(), l.map(|l| unit(l).to_canonical()), w))
            .collect();
        let rungs: Vec<Rung> = text.iter().map(|(t, l, w)| rung(t, l.as_deref(), *w)).collect();
        custom_schedule(if self.monthly { "per_calendar_month" } else { "per_deposit" }, &rungs)
    }
}

fn cents(n: u64) -> Money {
    Money::cents(n)
}

fn dollars(n: u64) -> Money {
    Money::cents(n * 100)
}

/// Ladders of 1–4 tiers; `step` bounds threshold gaps, `lim` the first limit and its rises.
fn ladder(monthly: bool, step: u64, lim: u64, max_wait: u32) -> impl Strategy<Value = Ladder> {
    (1..=4usize, any::<bool>())
        .prop_flat_map(move |(n, unlimited_top)| {
            (
                prop::collection::vec(1..=step, n),
                1..=lim,
                prop::collection::vec(0..=lim, n),
                prop::collection::vec(0..=max_wait, n),
                Just(unlimited_top),
            )
        })
        .prop_map(move |(gaps, first, rises, waits, unlimited_top)| {
            let (mut threshold, mut limit) = (0, first);
            let n = gaps.len();
            let rungs = (0..n)
                .map(|i| {
                    threshold += gaps[i];
                    limit += if i == 0 { 0 } else { rises[i] };
                    let unlimited = unlimited_top && n > 1 && i == n - 1;
                    (threshold, (!unlimited).then_some(limit), waits[i])
                })
                .collect();
            Ladder { monthly, rungs }
        })
}

/// The fewest deposits from `total` (with `spent` already this month) that reach `threshold`,
/// by breadth-first search over every whole-unit deposit; moving to the next month is free.
fn fewest_by_search(ladder: &Ladder, total: u64, spent: u64, threshold: u64) -> usize {
    if total >= threshold {
        return 0;
    }
    let width = ladder.rungs.iter().filter_map(|r| r.1).max().unwrap_or(0) as usize + 1;
    let index = |t: u64, s: u64| t as usize * width + s as usize;
    let mut best = vec![usize::MAX; (threshold as usize + 1) * width];
    let mut queue = VecDeque::from([(total, spent.min(width as u64 - 1), 0)]);
    while let Some((t, s, n)) = queue.pop_front() {
        if n >= best[index(t, s)] {
            continue;
        }
        best[index(t, s)] = n;
        if t >= threshold {
            return n;
        }
        if ladder.monthly && s > 0 {
            queue.push_front((t, 0, n));
        }
        let room = match ladder.cap(t) {
            None => threshold - t,
            Some(cap) => cap.saturating_sub(if ladder.monthly { s } else { 0 }),
        };
        for x in 1..=room.min(threshold - t) {
            let s_next = if ladder.monthly { s + x } else { 0 };
            queue.push_back((t + x, s_next.min(width as u64 - 1), n + 1));
        }
    }
    unreachable!("every ladder can be climbed")
}

const TODAY: &str = "2026-11-25";

/// Adds each step of a plan on its own day, as the person following it would.
fn follow(schedule: &Schedule, mut ledger: Ledger, steps: &[tierup::domain::Step]) -> Result<Ledger, String> {
    for (i, step) in steps.iter().enumerate() {
        let deposit = Purchase { id: format!("step-{i}").into(), amount: step.amount, date: step.date };
        ledger = ledger.add(schedule, deposit, step.date).map_err(|e| format!("step {i} {step:?}: {e}"))?;
    }
    Ok(ledger)
}

/// Checks a plan against the search and by following it; `opening` and `today_spend` in units.
fn check_plan(
    ladder: &Ladder,
    unit: fn(u64) -> Money,
    target: usize,
    opening: u64,
    today_spend: u64,
) -> Result<(), TestCaseError> {
    let schedule = ladder.schedule(unit);
    let today = day(TODAY);
    let mut ledger = Ledger::default().set_opening_total(&schedule, unit(opening)).unwrap();
    let mut spent = 0;
    if today_spend > 0 {
        let spend = Purchase { id: "earlier".into(), amount: unit(today_spend), date: day("2026-11-02") };
        if let Ok(next) = ledger.add(&schedule, spend, today) {
            ledger = next;
            spent = today_spend;
        }
    }
    let threshold = ladder.rungs[target].0;
    let id = &schedule.tiers[target].id;
    let planned = plan(&schedule, &ledger, id, today).map_err(|e| TestCaseError::fail(format!("{e}")))?;
    prop_assert_eq!(planned.needed, unit(threshold).saturating_sub(unit(opening + spent)));
    let followed = follow(&schedule, ledger, &planned.steps).map_err(TestCaseError::fail)?;
    prop_assert!(followed.total() >= unit(threshold), "the plan reaches {}", threshold);
    let reached = status(&schedule, &followed, planned.reached_on).tier;
    prop_assert!(reached.is_some_and(|t| t >= target), "{id} in force on {}: {:?}", planned.reached_on, reached);
    if ladder.rungs.iter().all(|r| r.2 == 0) {
        let fewest = fewest_by_search(ladder, opening + spent, spent, threshold);
        prop_assert_eq!(planned.steps.len(), fewest, "plan {:?}", planned.steps);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn should_plan_the_fewest_deposits_per_deposit_in_cents(
        ladder in ladder(false, 200, 80, 0),
        target in 0..4usize,
        opening in prop_oneof![2 => Just(0u64), 1 => 0..300u64],
    ) {
        let target = target % ladder.rungs.len();
        check_plan(&ladder, cents, target, opening, 0)?;
    }

    #[test]
    fn should_plan_the_fewest_deposits_per_calendar_month_in_dollars(
        ladder in ladder(true, 30, 20, 0),
        target in 0..4usize,
        opening in prop_oneof![2 => Just(0u64), 1 => 0..40u64],
        today_spend in 0..20u64,
    ) {
        let target = target % ladder.rungs.len();
        check_plan(&ladder, dollars, target, opening, today_spend)?;
    }

    #[test]
    fn should_plan_within_every_cap_when_tiers_must_be_waited_for(
        monthly in any::<bool>(),
        ladder in ladder(false, 60, 30, 40),
        target in 0..4usize,
        opening in prop_oneof![Just(0u64), 0..60u64],
        today_spend in 0..20u64,
    ) {
        let ladder = Ladder { monthly, ..ladder };
        let target = target % ladder.rungs.len();
        check_plan(&ladder, dollars, target, opening, today_spend)?;
    }
}

/// `items` reordered by `order`, except that items of the same day keep their relative order,
/// so the replay's tie-break (the order added) sees the same sequence.
fn shuffle_keeping_same_day_order(items: &[Purchase], order: &[usize]) -> Vec<Purchase> {
    let shuffled: Vec<&Purchase> = order.iter().map(|&i| &items[i]).collect();
    let mut out = Vec::with_capacity(items.len());
    let mut taken: std::collections::HashMap<Date, usize> = std::collections::HashMap::new();
    for p in shuffled {
        let k = taken.entry(p.date).or_default();
        let same_day: Vec<&Purchase> = items.iter().filter(|q| q.date == p.date).collect();
        out.push(same_day[*k].clone());
        *k += 1;
    }
    out
}

/// Purchases over ~3 months, in date order (ties in generated order), with unique ids.
fn purchases() -> impl Strategy<Value = Vec<Purchase>> {
    prop::collection::vec((1..=25_000u64, 0..50u32), 0..12).prop_map(|raw| {
        let start = day("2026-08-15");
        let mut list: Vec<Purchase> = raw
            .into_iter()
            .enumerate()
            .map(|(i, (cents, offset))| Purchase {
                id: format!("p{i}").into(),
                amount: Money::cents(cents),
                date: start.add_days(offset),
            })
            .collect();
        list.sort_by_key(|p| p.date);
        list
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn should_agree_whether_a_ledger_is_replayed_or_built_one_purchase_at_a_time(
        monthly in any::<bool>(),
        ladder in ladder(false, 15_000, 20_000, 10),
        opening in prop_oneof![Just(0u64), 0..10_000u64],
        (list, order) in purchases().prop_flat_map(|list| {
            let n = list.len();
            (Just(list), Just((0..n).collect::<Vec<usize>>()).prop_shuffle())
        }),
    ) {
        let schedule = Ladder { monthly, ..ladder }.schedule(cents);
        let today = day(TODAY);
        let opening = Money::cents(opening);
        let mut built = Ledger::default().set_opening_total(&schedule, opening).unwrap();
        let mut refused = Vec::new();
        for p in &list {
            match built.add(&schedule, p.clone(), today) {
                Ok(next) => built = next,
                Err(_) => refused.push(p.id.clone()),
            }
        }
        let all = Ledger::validated(&schedule, opening, shuffle_keeping_same_day_order(&list, &order), today);
        match refused.first() {
            None => prop_assert_eq!(all.map(|l| l.total()), Ok(built.total())),
            Some(first) => prop_assert_eq!(all.map_err(|e| e.id), Err(first.to_string())),
        }
        let kept: Vec<Purchase> = list.iter().filter(|p| !refused.contains(&p.id)).cloned().collect();
        let kept_order: Vec<usize> = order.iter().copied().filter(|&i| i < kept.len()).collect();
        let replayed = Ledger::validated(&schedule, opening, shuffle_keeping_same_day_order(&kept, &kept_order), today)
            .map_err(|e| TestCaseError::fail(format!("accepted one by one, refused together: {e:?}")))?;
        prop_assert_eq!(replayed.total(), built.total());
        prop_assert_eq!(status(&schedule, &replayed, today), status(&schedule, &built, today));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn should_never_panic_on_any_typed_text(text in prop_oneof![".*", "[-$0-9,. ]{0,20}", "\\$?[0-9]{1,3}(,[0-9]{3}){0,5}(\\.[0-9]{0,3})?"]) {
        if let Ok(amount) = Money::parse(&text) {
            prop_assert!(!amount.is_zero());
            prop_assert_eq!(Money::parse(&amount.to_canonical()), Ok(amount));
        }
        let _ = Money::parse_non_negative(&text);
        let _ = Money::parse_data(&text);
    }

    #[test]
    fn should_read_back_every_amount_from_its_canonical_and_display_text(cents in 1..100_000_000_000_000u64) {
        let amount = Money::cents(cents);
        prop_assert_eq!(Money::parse(&amount.to_canonical()), Ok(amount));
        prop_assert_eq!(Money::parse(&amount.usd()), Ok(amount));
        prop_assert_eq!(Money::parse_data(&amount.to_canonical()), Ok(amount));
    }

    #[test]
    fn should_never_panic_on_any_ledger_file_text(text in ".*") {
        let _ = parse(&text, &Schedule::default(), day(TODAY));
    }

    #[test]
    fn should_never_panic_on_a_damaged_ledger_file(cut in any::<prop::sample::Index>(), junk in ".{0,3}") {
        let good = r#"{"format":"tierup-ledger","version":1,"opening_total":"40.00","purchases":[{"id":"a","amount":"300.00","date":"2026-11-02"},{"id":"b","amount":"5.00","date":"2026-11-03"}]}"#;
        let at = cut.index(good.len());
        let damaged = format!("{}{junk}{}", &good[..at], &good[(at + 1).min(good.len())..]);
        let _ = parse(&damaged, &Schedule::default(), day(TODAY));
    }
}

/// Ids a person might type, including ones JSON must escape.
fn id() -> impl Strategy<Value = String> {
    "[a-z0-9 \"\\\\é,=\\-]{1,6}".prop_filter("ids are not blank", |s| !s.trim().is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn should_read_back_every_exported_ledger(
        opening in 0..50_000u64,
        entries in prop::collection::vec((id(), 1..60_000u64, 0..60u32), 0..8),
    ) {
        let schedule = Schedule::default();
        let today = day(TODAY);
        let mut ledger = Ledger::default().set_opening_total(&schedule, Money::cents(opening)).unwrap();
        for (id, amount, back) in entries {
            let p = Purchase { id: id.into(), amount: Money::cents(amount), date: day("2026-09-01").add_days(back) };
            if let Ok(next) = ledger.add(&schedule, p, today) {
                ledger = next;
            }
        }
        prop_assert_eq!(parse(&to_json(&ledger), &schedule, today), Ok(ledger));
    }
}

proptest! {
    /// tierup's own join (smaller in the wasm) writes what std's does, for any parts and
    /// separator, the empty ones and multi-byte ones included.
    #[test]
    fn join_writes_what_std_join_writes(parts in prop::collection::vec(".{0,6}", 0..6), separator in ".{0,4}") {
        prop_assert_eq!(tierup::domain::text::join(&parts, &separator), parts.join(separator.as_str()));
    }

    /// The same for concat, and for numbers written without `core::fmt`: what `format!` writes,
    /// zero-padded widths included.
    #[test]
    fn text_writes_what_format_writes(parts in prop::collection::vec(".{0,6}", 0..6), n in any::<u64>(), width in 0usize..24) {
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        prop_assert_eq!(tierup::domain::text::concat(&parts), parts.concat());
        prop_assert_eq!(tierup::domain::text::decimal(n), format!("{n}"));
        let mut padded = String::from("x");
        tierup::domain::text::push_decimal(&mut padded, n, width);
        prop_assert_eq!(padded, format!("x{n:0width$}"));
    }

    /// tierup's substring search finds what std's does, multi-byte text and needles included
    /// (a small alphabet, so that needles often occur).
    #[test]
    fn find_finds_what_std_finds(text in "[ab美元]{0,12}", needle in "[ab美元]{0,3}") {
        prop_assert_eq!(tierup::domain::text::find(&text, &needle), text.find(needle.as_str()));
    }

    /// tierup's reading of an unsigned number is std's, in the bases tierup reads (numbers
    /// past `u64::MAX` included: 14 base-36 digits are).
    #[test]
    fn whole_number_reads_as_std_does(text in "[0-9a-zA-Z]{0,14}", radix in prop_oneof![Just(10u32), Just(16u32), Just(36u32)]) {
        prop_assert_eq!(tierup::domain::text::whole_number(&text, radix), u64::from_str_radix(&text, radix).ok());
    }

    /// tierup's replacing of a char is std's.
    #[test]
    fn replace_char_replaces_as_std_does(text in "[a._美-]{0,12}", from in "[._美]", to in "[-,美x]") {
        let (from, to) = (from.chars().next().unwrap(), to.chars().next().unwrap());
        prop_assert_eq!(tierup::domain::text::replace_char(&text, from, to), text.replace(from, &to.to_string()));
    }

    /// Reading a digit more overflows where std's checked arithmetic does (often the numbers
    /// next to the largest that can take a digit, where it matters).
    #[test]
    fn then_digit_overflows_as_checked_arithmetic_does(
        n in prop_oneof![any::<u64>(), (u64::MAX / 10 - 1)..=(u64::MAX / 10 + 1), (u64::MAX / 36 - 1)..=(u64::MAX / 36 + 1)],
        radix in prop_oneof![Just(10u64), Just(36u64)],
        digit in 0u64..36,
    ) {
        let digit = digit % radix;
        let std = n.checked_mul(radix).and_then(|n| n.checked_add(digit));
        prop_assert_eq!(tierup::domain::text::then_digit(n, radix, digit), std);
    }

    /// tierup's splitting at a char gives the pieces std's does: empty pieces, a separator at
    /// either end, multi-byte separators and text included.
    #[test]
    fn split_splits_as_std_splits(text in "[ab美\u{a0}.]{0,12}", separator in "[b美\u{a0}.]") {
        let separator = separator.chars().next().unwrap();
        prop_assert_eq!(tierup::domain::text::split_once(&text, separator), text.split_once(separator));
        let pieces: Vec<&str> = tierup::domain::text::split(&text, separator).collect();
        prop_assert_eq!(pieces, text.split(separator).collect::<Vec<_>>());
    }

    /// Moving a date forward by `n` days is taking the next calendar day `n` times (month ends,
    /// leap years and the turn of a century included), from any year tierup takes.
    #[test]
    fn add_days_counts_calendar_days(year in 1000u16..9999, month in 1u8..=12, day in 1u8..=31, n in 0u32..800) {
        let Ok(start) = Date::new(year, month, day) else { return Ok(()) };
        let next = |d: Date| {
            let day: u8 = d.iso()[8..].parse().unwrap();
            Date::new(d.year(), d.month(), day + 1)
                .or_else(|_| Date::new(d.year(), d.month() + 1, 1))
                .or_else(|_| Date::new(d.year() + 1, 1, 1))
                .unwrap()
        };
        let stepped = (0..n).fold(start, |d, _| next(d));
        prop_assert_eq!(start.add_days(n), stepped);
    }

    /// A wait longer than the calendar ends on its last day, whatever its length: a schedule may
    /// give any `wait_days` a u32 holds.
    #[test]
    fn add_days_saturates_at_the_calendar_end(year in 1000u16..9999, month in 1u8..=12, day in 1u8..=28, n in 3_000_000u32..) {
        let start = Date::new(year, month, day).unwrap();
        prop_assert_eq!(start.add_days(n), Date::new(9999, 12, 31).unwrap());
    }

    /// Stored ids and times are base 36 as std reads it: lower case, no leading zeros.
    #[test]
    fn base36_is_what_std_reads(n in any::<u64>()) {
        let text = tierup::storage::log::to_base36(n);
        prop_assert_eq!(u64::from_str_radix(&text, 36), Ok(n));
        prop_assert!(text == "0" || !text.starts_with('0'));
        prop_assert_eq!(text.to_ascii_lowercase(), text.clone());
    }

    /// Dates written by hand are what the formatter wrote before: `YYYY-MM-DD`.
    #[test]
    fn iso_dates_are_zero_padded(year in 1000u16..10_000, month in 1u8..=12, day in 1u8..=28) {
        let date = Date::new(year, month, day).unwrap();
        prop_assert_eq!(date.iso(), format!("{year:04}-{month:02}-{day:02}"));
        prop_assert_eq!(date.to_string(), date.iso());
    }
}
