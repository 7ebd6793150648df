//! tierup's JSON reader and writer, checked against serde_json (a dev-dependency only: the
//! wasm carries tierup's own, smaller reader).

use proptest::prelude::*;
use tierup::formats::json::{self, JsonError, Value};

/// Our tree as serde_json's, so the two readers can be compared value for value.
fn as_serde(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Number(text) => serde_json::from_str(text).expect("a number we accepted is a number"),
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Array(items) => serde_json::Value::Array(items.iter().map(as_serde).collect()),
        // serde_json keeps the last of duplicate keys; our tree keeps them all, in order.
        Value::Object(fields) => {
            serde_json::Value::Object(fields.iter().map(|(k, v)| (k.clone(), as_serde(v))).collect())
        }
    }
}

fn syntax(line: usize, column: usize) -> Result<Value, JsonError> {
    Err(JsonError::Syntax { line, column })
}

#[test]
fn should_read_every_kind_of_value() {
    let text = r#" {"a": [1, -2, 3.5e-1, true, false, null], "b": {"c": "d\n\u00e9\ud83d\udcb8"}} "#;
    let expected = Value::Object(vec![
        (
            "a".into(),
            Value::Array(vec![
                Value::Number("1".into()),
                Value::Number("-2".into()),
                Value::Number("3.5e-1".into()),
                Value::Bool(true),
                Value::Bool(false),
                Value::Null,
            ]),
        ),
        ("b".into(), Value::Object(vec![("c".into(), Value::String("d\né💸".into()))])),
    ]);
    assert_eq!(json::parse(text), Ok(expected));
}

#[test]
fn should_say_where_the_text_stops_being_json_by_line_and_character() {
    let cases = [
        ("", syntax(1, 1)),
        ("{", syntax(1, 2)),
        ("{\"a\":1,}", syntax(1, 8)),
        ("[1,\n 2,\n x]", syntax(3, 2)),
        ("\"héllo", syntax(1, 7)),
        ("01", syntax(1, 2)),
        ("1.", syntax(1, 3)),
        ("-", syntax(1, 2)),
        ("1e", syntax(1, 3)),
        ("tru", syntax(1, 1)),
        ("\"a\tb\"", syntax(1, 3)),
        ("\"\\x\"", syntax(1, 3)),
        ("\"\\ud83d\"", syntax(1, 8)),
        ("\"\\udcb8\"", syntax(1, 8)),
        ("{} {}", syntax(1, 4)),
        ("\u{feff}{}", syntax(1, 1)),
    ];
    for (text, expected) in cases {
        assert_eq!(json::parse(text), expected, "{text:?}");
    }
}

#[test]
fn should_refuse_nesting_deeper_than_any_tierup_format_without_running_out_of_stack() {
    let deep = format!("{}{}", "[".repeat(65), "]".repeat(65));
    assert!(json::parse(&deep).is_ok());
    let deeper = format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
    assert_eq!(json::parse(&deeper), syntax(1, 66));
}

#[test]
fn should_keep_only_the_wanted_string_fields_and_skip_the_rest_unread() {
    let dump = r#"{"other":"{\"big\":[1,2,3]}","tierup.p.a":"40.00 2026-11-25 1","x":"y\"z","tierup.meta":"{}"}"#;
    let kept = json::string_fields(dump, |k| k.starts_with("tierup."));
    assert_eq!(kept, Ok(vec![("tierup.p.a".into(), "40.00 2026-11-25 1".into()), ("tierup.meta".into(), "{}".into())]));
    assert_eq!(json::string_fields("{}", |_| true), Ok(vec![]));
    assert!(json::string_fields("[]", |_| true).is_err());
    assert!(json::string_fields(r#"{"tierup.p.a":1}"#, |k| k.starts_with("tierup.")).is_err());
    assert!(json::string_fields(r#"{"a":"b""#, |_| true).is_err());
}

/// Text made of JSON's own characters, so that a fair share of it is JSON.
fn jsonish() -> impl Strategy<Value = String> {
    prop_oneof![
        "[\\[\\]{}\",:0-9a-e\\\\ .E+\\-]{0,24}",
        "\\{(\"[a-c]{0,2}\":(-?[0-9]{1,3}(\\.[0-9])?|\"[a-z\\\\\"]{0,3}\"|true|null|\\[\\]),?){0,4}\\}",
        "\\[(-?[0-9]{1,3}(\\.[0-9]{1,2})?([eE][+-]?[0-9])?|\"\\\\u[0-9a-fA-F]{4}\"|false),?{0,4}\\]",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Whatever serde_json reads, we read the same; whatever it refuses, we refuse.
    #[test]
    fn should_agree_with_serde_json_on_what_is_json_and_what_it_holds(text in jsonish()) {
        let ours = json::parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        match (&ours, &theirs) {
            (Ok(value), Ok(expected)) => {
                // Duplicate keys: serde_json keeps the last one, so compare only without them.
                prop_assume!(!has_duplicate_keys(value));
                prop_assert_eq!(&as_serde(value), expected);
            }
            (Err(_), Err(_)) => {}
            _ => prop_assert!(false, "ours {:?}, serde_json {:?}", ours, theirs),
        }
    }

    /// Any text, written by us, reads back the same through both readers.
    #[test]
    fn should_write_strings_that_read_back_exactly(text in any::<String>()) {
        let mut out = String::new();
        json::push_string(&mut out, &text);
        prop_assert_eq!(json::parse(&out), Ok(Value::String(text.clone())));
        prop_assert_eq!(serde_json::from_str::<String>(&out).unwrap(), text);
    }

    #[test]
    fn should_never_panic_on_any_text(text in ".*") {
        let _ = json::parse(&text);
        let _ = json::string_fields(&text, |_| true);
    }
}

fn has_duplicate_keys(value: &Value) -> bool {
    match value {
        Value::Array(items) => items.iter().any(has_duplicate_keys),
        Value::Object(fields) => {
            fields.iter().enumerate().any(|(i, (k, _))| fields[..i].iter().any(|(j, _)| j == k))
                || fields.iter().any(|(_, v)| has_duplicate_keys(v))
        }
        _ => false,
    }
}

/// No tierup format holds a float: a number is never read as one, even where a type asks.
#[test]
fn should_never_read_a_number_as_a_float() {
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Asks {
        x: f64,
    }
    let refused = json::from_str::<Asks>(r#"{"x": 1.5}"#).unwrap_err();
    assert_eq!(refused, JsonError::WrongKind { at: "x".into(), expected: tierup::formats::json::Kind::WholeNumber });
}
