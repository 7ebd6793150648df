//! The settings record's by-hand reader (`Settings::decode` over `formats/json/fields.rs`)
//! refuses exactly what serde's derive over tierup's JSON reader refused, with the same typed
//! errors under the same paths: the derive it replaced is kept here as the reference, and both
//! read generated records.

mod common;

use common::{json_objects, json_value};
use proptest::prelude::*;
use serde::Deserialize;
use tierup::formats::json::{self, JsonError};
use tierup::storage::settings::{Settings, SettingsError, VERSION};
use tierup::storage::Unusable;

/// The reader before, in its two steps: the header, then the whole record.
#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Stored {
    format: String,
    version: u32,
    opening_total: String,
    #[serde(default)]
    cleared: Option<u64>,
}

fn reference(text: &str) -> Result<Settings, SettingsError> {
    let bad = |e: JsonError| SettingsError::Unusable(Unusable::Json(e));
    let header: Header = json::from_str(text).map_err(bad)?;
    if header.format != "tierup-storage" {
        return Err(SettingsError::Unusable(Unusable::WrongFormat(header.format)));
    }
    if header.version > VERSION {
        return Err(SettingsError::Newer(header.version));
    }
    let stored: Stored = json::from_str(text).map_err(bad)?;
    let opening_total = json::amount_at(&stored.opening_total, || "opening_total".into()).map_err(bad)?;
    Ok(Settings { opening_total, cleared_at: stored.cleared })
}

/// Values of every kind, including ones each field accepts.
const VALUES: &[&str] = &[
    r#""tierup-storage""#,
    r#""other""#,
    r#""0.00""#,
    r#""40.50""#,
    r#""-1""#,
    r#""""#,
    "null",
    "true",
    "0",
    "1",
    "2",
    "3",
    "1700000000000",
    "-1",
    "1.5",
    "4294967296",
    "99999999999999999999999",
    "[]",
    "{}",
];
const KEYS: &[&str] = &["format", "version", "opening_total", "cleared", "colour"];

fn record() -> impl Strategy<Value = String> {
    // Often a record that is right but for one field, so that the later checks are reached.
    let nearly = (0..VALUES.len(), 0..4usize).prop_map(|(v, k)| {
        let mut fields = [r#""tierup-storage""#, "2", r#""5.00""#, "7"];
        fields[k] = VALUES[v];
        format!(
            r#"{{"format":{},"version":{},"opening_total":{},"cleared":{}}}"#,
            fields[0], fields[1], fields[2], fields[3]
        )
    });
    prop_oneof![1 => json_value(VALUES), 5 => json_objects(KEYS, VALUES), 4 => nearly, 1 => Just("{".to_string())]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]
    #[test]
    fn reads_and_refuses_as_the_derive_did(text in record()) {
        prop_assert_eq!(Settings::decode(&text), reference(&text), "{}", text);
    }
}

#[test]
fn each_kind_of_refusal_as_the_derive() {
    let docs = [
        r#"{"format":"tierup-storage","version":2,"opening_total":"5.00","cleared":12}"#,
        r#"{"format":"tierup-storage","version":2,"opening_total":"5.00"}"#,
        r#"{"colour":1,"format":"tierup-storage","version":2,"opening_total":"5.00"}"#,
        r#"{"format":"tierup-storage","version":3,"colour":1}"#,
        r#"{"format":"tierup-storage","format":"x","version":2}"#,
        r#"{"format":"tierup-storage","version":2,"opening_total":"5.00","cleared":-1}"#,
        r#"{"format":"tierup-storage","version":2,"opening_total":"5.00","cleared":1.5}"#,
        r#"{"format":"tierup-storage","version":2,"opening_total":5}"#,
        r#"{"format":"tierup-storage","version":2}"#,
        r#"{"version":2}"#,
        r#"{"format":"other","version":"2"}"#,
        "[]",
    ];
    let mut refused = 0;
    for doc in docs {
        let expected = reference(doc);
        refused += usize::from(expected.is_err());
        assert_eq!(Settings::decode(doc), expected, "{doc}");
    }
    assert_eq!(refused, 10, "the table covers two accepted records and ten refusals");
}
