//! A small vocabulary for the tests: amounts, days and schedules written as a person would,
//! and the crate's own source files for the tests that read them.
// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use tierup::domain::{Date, Ledger, Money, Purchase, Schedule};

/// Every `.rs` file under `src/`, in its subfolders too.
pub fn source_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display())).flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    files
}

/// The day the tests treat as "today".
pub const TODAY: &str = "2026-11-25";

pub fn today() -> Date {
    day(TODAY)
}

pub fn day(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|e| panic!("test date {text:?}: {e}"))
}

/// An amount as a person types it; zero is allowed so tests can write opening totals too.
pub fn usd(text: &str) -> Money {
    Money::parse_non_negative(text).unwrap_or_else(|e| panic!("test amount {text:?}: {e:?}"))
}

pub fn purchase(id: &str, amount: &str, date: &str) -> Purchase {
    Purchase { id: id.into(), amount: usd(amount), date: day(date) }
}

pub fn default_schedule() -> Schedule {
    Schedule::default()
}

/// The display name of a tier index, or "no tier".
pub fn tier_name(schedule: &Schedule, tier: Option<usize>) -> String {
    tier.map_or_else(|| "no tier".to_string(), |i| schedule.tiers[i].name.clone())
}

/// A ledger with only an opening total.
pub fn opening(schedule: &Schedule, total: &str) -> Ledger {
    Ledger::default().set_opening_total(schedule, usd(total)).expect("an opening total alone is always allowed")
}

/// A ledger built from purchases given in date order, each one required to be accepted.
pub fn ledger_of(schedule: &Schedule, opening_total: &str, purchases: &[(&str, &str, &str)]) -> Ledger {
    let mut ledger = opening(schedule, opening_total);
    for &(id, amount, date) in purchases {
        ledger = ledger
            .add(schedule, purchase(id, amount, date), today())
            .unwrap_or_else(|e| panic!("setting up {id} ({amount} on {date}): {e}"));
    }
    ledger
}

/// One rung of a hand-written schedule: threshold, monthly limit (`None`: no limit), wait days.
pub struct Rung<'a> {
    pub threshold: &'a str,
    pub limit: Option<&'a str>,
    pub wait_days: u32,
}

pub fn rung<'a>(threshold: &'a str, limit: Option<&'a str>, wait_days: u32) -> Rung<'a> {
    Rung { threshold, limit, wait_days }
}

/// The JSON of a schedule with tiers `t1`, `t2`, … named "Tier 1", "Tier 2", ….
pub fn schedule_json(cap_rule: &str, rungs: &[Rung]) -> String {
    let tiers: Vec<String> = rungs
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let limit = r.limit.map_or_else(|| "null".to_string(), |l| format!("\"{l}\""));
            format!(
                r#"{{"id":"t{n}","name":"Tier {n}","threshold":"{}","monthly_limit":{limit},"wait_days":{}}}"#,
                r.threshold,
                r.wait_days,
                n = i + 1
            )
        })
        .collect();
    format!(r#"{{"title":"Test ladder","as_of":"2026-01-01","cap_rule":"{cap_rule}","tiers":[{}]}}"#, tiers.join(","))
}

pub fn custom_schedule(cap_rule: &str, rungs: &[Rung]) -> Schedule {
    let json = schedule_json(cap_rule, rungs);
    Schedule::from_json(&json).unwrap_or_else(|e| panic!("test schedule {json}: {e}"))
}

/// JSON objects of 0 to 6 fields, each a name from `keys` with a value from `values`, repeats
/// and unknown names included: the records that by-hand readers and their reference derives
/// both read.
pub fn json_objects(
    keys: &'static [&'static str],
    values: &'static [&'static str],
) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let field = (0..keys.len(), 0..values.len());
    proptest::collection::vec(field, 0..7).prop_map(move |fields| {
        let body: Vec<String> = fields.iter().map(|&(k, v)| format!("\"{}\":{}", keys[k], values[v])).collect();
        format!("{{{}}}", body.join(","))
    })
}

/// One of `values` alone (a record that is not an object, most of them).
pub fn json_value(values: &'static [&'static str]) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    (0..values.len()).prop_map(move |v| values[v].to_string())
}
