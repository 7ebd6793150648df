//! The ledger file's by-hand readers (`json::fields::header`, `ledger_file::read_purchase`)
//! refuse exactly what serde's derives over tierup's JSON reader refused, with the same typed
//! errors under the same paths: the derives they replaced are kept here as the reference, and
//! both read generated values.

mod common;

use common::{json_objects, json_value};
use proptest::prelude::*;
use serde::Deserialize;
use tierup::formats::json::fields::header as read_header;
use tierup::formats::json::{self, JsonError, Value};
use tierup::formats::ledger_file::read_purchase;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PurchaseIn {
    id: String,
    amount: String,
    date: String,
}

#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

fn purchase_reference(value: Value) -> Result<[String; 3], JsonError> {
    let p: PurchaseIn = json::from_value(value)?;
    Ok([p.id, p.amount, p.date])
}

fn header_reference(value: Value) -> Result<(String, u32), JsonError> {
    let h: Header = json::from_value(value)?;
    Ok((h.format, h.version))
}

/// Values of every kind, including ones each field accepts.
const VALUES: &[&str] = &[
    r#""tierup-ledger""#,
    r#""40.00""#,
    r#""2026-11-25""#,
    r#""""#,
    "null",
    "true",
    "0",
    "1",
    "2",
    "-1",
    "1.5",
    "4294967296",
    "99999999999999999999999",
    "[]",
    "{}",
];
const KEYS: &[&str] = &["id", "amount", "date", "format", "version", "colour"];

fn value() -> impl Strategy<Value = Value> {
    // Often a record that is right but for one field, so that the later checks are reached.
    let nearly = (0..VALUES.len(), 0..5usize).prop_map(|(v, k)| {
        let mut fields = [r#""a1""#, r#""40.00""#, r#""2026-11-25""#, r#""tierup-ledger""#, "1"];
        fields[k] = VALUES[v];
        let names = ["id", "amount", "date", "format", "version"];
        let body: Vec<String> = names.iter().zip(fields).map(|(n, v)| format!("\"{n}\":{v}")).collect();
        // Both shapes: a purchase's three fields, and a header's two.
        if k < 3 {
            format!("{{{}}}", body[..3].join(","))
        } else {
            format!("{{{}}}", body[3..].join(","))
        }
    });
    let text = prop_oneof![1 => json_value(VALUES), 5 => json_objects(KEYS, VALUES), 4 => nearly];
    text.prop_map(|t| json::parse(&t).expect("generated JSON parses"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]
    #[test]
    fn read_and_refuse_as_the_derives_did(value in value()) {
        prop_assert_eq!(read_purchase(value.clone()), purchase_reference(value.clone()), "{:?}", value);
        prop_assert_eq!(read_header(value.clone()), header_reference(value.clone()), "{:?}", value);
    }
}
