//! The storage codec tool that tests and the bench seed and read localStorage with: what it
//! writes reads back as the ledger it was given.
use std::io::Write;
use std::process::{Command, Stdio};

fn codec(args: &[&str], input: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_storage_codec"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the codec runs");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("input written");
    let out = child.wait_with_output().expect("the codec ends");
    assert!(out.status.success(), "{args:?} failed");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("JSON output")
}

#[test]
fn should_read_back_a_ledger_it_wrote_in_order_with_its_ids() {
    let ledger = r#"{"format":"tierup-ledger","version":1,"opening_total":"5.00","purchases":[{"id":"b\nline break","amount":"1.50","date":"2025-01-02"},{"id":"a","amount":"2.00","date":"2025-01-01"}]}"#;
    let entries = codec(&["write"], ledger);
    let back = json(&codec(&["read"], &entries));
    assert_eq!(back["ledger"], json(ledger));
    assert_eq!(back["set_aside"], json("[]"));
}

#[test]
fn should_seed_purchases_in_sessions_of_twenty_that_read_back_in_full() {
    let entries = json(&codec(&["seed", "45"], ""));
    let logs = entries.as_object().unwrap().keys().filter(|k| k.starts_with("tierup.b.")).count();
    assert_eq!(logs, 3);
    let back = json(&codec(&["read"], &entries.to_string()));
    assert_eq!(back["ledger"]["opening_total"], "400.00");
    assert_eq!(back["ledger"]["purchases"].as_array().unwrap().len(), 45);
}

#[test]
fn should_name_lines_it_cannot_read_and_say_when_nothing_is_stored() {
    let back = json(&codec(&["read"], r#"{"tierup.b.mifpz0w0zzzz":"mifpz0w1 1.00 2025-11-01\nnot a line"}"#));
    assert_eq!(back["ledger"]["purchases"].as_array().unwrap().len(), 1);
    assert_eq!(back["set_aside"].as_array().unwrap().len(), 1);
    assert_eq!(json(&codec(&["read"], r#"{"other":"1"}"#))["ledger"], serde_json::Value::Null);
}
