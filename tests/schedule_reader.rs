//! The schedule's by-hand reader (`formats/json/fields.rs`) refuses exactly what serde's derive
//! over tierup's JSON reader refused, with the same typed errors under the same paths: the derive
//! it replaced is kept here as the reference, and both read generated documents.

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde::Deserialize;
use tierup::domain::Schedule;
use tierup::formats::json::{self, JsonError};
use tierup::formats::ScheduleError;

/// The reader before: the shape of a schedule as serde's derive read it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct RawSchedule {
    title: String,
    #[serde(default)]
    titles: BTreeMap<String, String>,
    as_of: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    cap_rule: CapRuleIn,
    tiers: Vec<RawTier>,
}

#[derive(Default, Deserialize)]
#[serde(rename_all = "snake_case")]
enum CapRuleIn {
    #[default]
    PerDeposit,
    PerCalendarMonth,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct RawTier {
    id: String,
    name: String,
    #[serde(default)]
    names: BTreeMap<String, String>,
    #[serde(default)]
    threshold: Option<String>,
    #[serde(deserialize_with = "required_nullable")]
    monthly_limit: Option<String>,
    #[serde(default)]
    wait_days: u32,
    #[serde(default)]
    by_arrangement: bool,
}

fn required_nullable<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Option::<String>::deserialize(d)
}

/// Values of every kind, including ones each field accepts.
const VALUES: &[&str] = &[
    r#""T""#,
    r#""2026-01-15""#,
    r#""per_deposit""#,
    r#""per_calendar_month""#,
    r#""per_week""#,
    r#""https://example.com/limits""#,
    r#""5.00""#,
    r#""""#,
    "null",
    "true",
    "false",
    "0",
    "7",
    "-1",
    "1.5",
    "4294967296",
    "[]",
    "{}",
    r#"{"fr":"Niveau"}"#,
    r#"{"fr":5}"#,
    r#"["x"]"#,
];
const SCHEDULE_KEYS: &[&str] = &["title", "titles", "as_of", "source", "cap_rule", "tiers", "colour"];
const TIER_KEYS: &[&str] =
    &["id", "name", "names", "threshold", "monthly_limit", "wait_days", "by_arrangement", "colour"];

fn object(keys: &[&str], fields: &[(usize, String)]) -> String {
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("\"{}\":{v}", keys[k % keys.len()])).collect();
    format!("{{{}}}", body.join(","))
}

fn value() -> impl Strategy<Value = String> {
    (0..VALUES.len()).prop_map(|i| VALUES[i].to_string())
}

/// A tier: mostly its own fields, each any value, sometimes twice or unknown.
fn tier() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => value(),
        6 => proptest::collection::vec((0..TIER_KEYS.len(), value()), 0..9).prop_map(|f| object(TIER_KEYS, &f)),
        3 => Just(r#"{"id":"a","name":"A","threshold":"5","monthly_limit":"100"}"#.to_string()),
    ]
}

fn schedule() -> impl Strategy<Value = String> {
    let tiers = proptest::collection::vec(tier(), 0..3).prop_map(|t| format!("[{}]", t.join(",")));
    let field = prop_oneof![3 => (0..SCHEDULE_KEYS.len(), value()), 2 => tiers.prop_map(|t| (5, t))];
    prop_oneof![
        1 => value(),
        8 => proptest::collection::vec(field, 0..8).prop_map(|f| object(SCHEDULE_KEYS, &f)),
    ]
}

fn compare(text: &str) -> Result<(), TestCaseError> {
    let reference = json::from_str::<RawSchedule>(text);
    let now = Schedule::from_json(text);
    match reference {
        Err(e) => prop_assert_eq!(now, Err(ScheduleError::Json(e)), "{}", text),
        // The shape was right: any refusal now is about the values (dates, amounts, rules).
        Ok(_) => {
            let shape = |e: &JsonError| {
                matches!(e, JsonError::Missing { .. } | JsonError::Unknown { .. } | JsonError::Duplicate { .. })
                    || matches!(e, JsonError::WrongKind { .. } | JsonError::Syntax { .. })
                    || matches!(e, JsonError::BadValue { at } if at != "source")
            };
            prop_assert!(!matches!(&now, Err(ScheduleError::Json(e)) if shape(e)), "{} -> {:?}", text, now);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]
    #[test]
    fn refuses_what_the_derive_refused(text in schedule()) {
        compare(&text)?;
    }
}

#[test]
fn refuses_each_kind_of_shape_error_as_the_derive_did() {
    let tier = r#"{"id":"a","name":"A","threshold":"5","monthly_limit":"100"}"#;
    let docs = [
        "[]".to_string(),
        format!(r#"{{"title":"T","as_of":"2026-01-15","tiers":[{tier}],"title":"U"}}"#),
        format!(r#"{{"title":"T","as_of":"2026-01-15","tiers":[{tier},{{"id":"b"}}]}}"#),
        r#"{"title":"T","as_of":"2026-01-15","tiers":[{"id":"a","name":"A","monthly_limit":"1","wait_days":-1}]}"#
            .to_string(),
        r#"{"title":"T","as_of":"2026-01-15","tiers":[{"id":"a","name":"A","monthly_limit":"1","names":{"fr":5}}]}"#
            .to_string(),
        r#"{"title":"T","as_of":"2026-01-15","cap_rule":"per_week","tiers":[]}"#.to_string(),
        r#"{"title":"T","tiers":[],"colour":1}"#.to_string(),
        r#"{"as_of":"2026-01-15","tiers":[]}"#.to_string(),
    ];
    for doc in docs {
        let reference = json::from_str::<RawSchedule>(&doc).err();
        assert!(reference.is_some(), "the derive accepted {doc}");
        assert_eq!(Schedule::from_json(&doc).err(), reference.map(ScheduleError::Json), "{doc}");
    }
}
