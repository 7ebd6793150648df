//! Hostile schedule JSON: every broken ladder is refused with the error that names what is
//! wrong, and markup in titles, names and ids is just text, kept byte for byte.

use tierup::domain::Schedule;
use tierup::formats::ScheduleError;

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = r#"<img src=x onerror="window.__pwned=1">"#;

/// A tier object; `limit` and `extra` are raw JSON (`"\"100\""`, `null`, `,"wait_days":7`).
fn tier(id: &str, threshold: &str, limit: &str, extra: &str) -> String {
    format!(r#"{{"id":{},"name":"Tier","threshold":"{threshold}","monthly_limit":{limit}{extra}}}"#, json_str(id))
}

/// A schedule with a valid title and date around these tier objects.
fn ladder(tiers: &[String]) -> String {
    format!(r#"{{"title":"Hostile","as_of":"2026-11-25","tiers":[{}]}}"#, tiers.join(","))
}

/// The default ladder's first tier, valid on its own.
fn ok_tier() -> String {
    tier("tier-1", "5.00", r#""100.00""#, "")
}

/// A JSON string literal holding `text` exactly.
fn json_str(text: &str) -> String {
    serde_json::to_string(text).expect("a string always serialises")
}

fn arrangement(id: &str) -> String {
    format!(r#"{{"id":"{id}","name":"Invoicing","by_arrangement":true,"monthly_limit":null}}"#)
}

#[test]
fn should_refuse_each_broken_ladder_with_the_error_that_names_it() {
    use ScheduleError::*;
    let id = |s: &str| s.to_string();
    let cases: Vec<(&str, String, ScheduleError)> = vec![
        ("a title of tabs and newlines", r#"{"title":"\t\n ","as_of":"2026-11-25","tiers":[]}"#.into(), EmptyTitle),
        (
            "a title of an ideographic space",
            "{\"title\":\"\u{3000}\",\"as_of\":\"2026-11-25\",\"tiers\":[]}".into(),
            EmptyTitle,
        ),
        ("no tiers at all", ladder(&[]), NoTiers),
        ("only a by-arrangement tier", ladder(&[arrangement("inv")]), NoPurchasableTier),
        ("an empty id first", ladder(&[tier("", "5.00", r#""100.00""#, "")]), EmptyId { position: 1 }),
        (
            "an id of whitespace second",
            ladder(&[ok_tier(), tier("\t\r\n", "40.00", r#""500.00""#, "")]),
            EmptyId { position: 2 },
        ),
        (
            "a script tag used as an id twice",
            ladder(&[tier(SCRIPT, "5.00", r#""100.00""#, ""), tier(SCRIPT, "40.00", r#""500.00""#, "")]),
            DuplicateId { id: id(SCRIPT) },
        ),
        (
            "the same id twice",
            ladder(&[ok_tier(), tier("tier-1", "40.00", r#""500.00""#, "")]),
            DuplicateId { id: id("tier-1") },
        ),
        (
            "a name of spaces",
            ladder(&[r#"{"id":"a","name":"   ","threshold":"5.00","monthly_limit":"100.00"}"#.into()]),
            EmptyName { id: id("a") },
        ),
        (
            "a purchasable tier without a threshold",
            ladder(&[r#"{"id":"a","name":"A","monthly_limit":"100.00"}"#.into()]),
            MissingThreshold { id: id("a") },
        ),
        (
            "a threshold of null",
            ladder(&[r#"{"id":"a","name":"A","threshold":null,"monthly_limit":"100.00"}"#.into()]),
            MissingThreshold { id: id("a") },
        ),
        (
            "two thresholds of zero",
            ladder(&[tier("a", "0.00", r#""100.00""#, ""), tier("b", "0", r#""100.00""#, "")]),
            ThresholdNotIncreasing { id: id("b") },
        ),
        (
            "a threshold a cent lower than the one before",
            ladder(&[tier("a", "40.00", r#""100.00""#, ""), tier("b", "39.99", r#""500.00""#, "")]),
            ThresholdNotIncreasing { id: id("b") },
        ),
        (
            "tiers in reverse order",
            ladder(&[tier("t4", "400.00", r#""5000.00""#, ""), tier("t1", "5.00", r#""100.00""#, "")]),
            ThresholdNotIncreasing { id: id("t1") },
        ),
        (
            "an arrangement in the middle",
            ladder(&[ok_tier(), arrangement("inv"), tier("b", "40.00", r#""500.00""#, "")]),
            ArrangementNotLast { id: id("inv") },
        ),
        (
            "two arrangements",
            ladder(&[ok_tier(), arrangement("inv"), arrangement("inv2")]),
            ArrangementNotLast { id: id("inv") },
        ),
        ("a limit of zero", ladder(&[tier("a", "5.00", r#""0.00""#, "")]), LimitNotPositive { id: id("a") }),
        ("a limit of 0", ladder(&[tier("a", "5.00", r#""0""#, "")]), LimitNotPositive { id: id("a") }),
        (
            "a limit a cent lower than the one before",
            ladder(&[ok_tier(), tier("b", "40.00", r#""99.99""#, "")]),
            LimitDecreasing { id: id("b") },
        ),
        (
            "a limit after no limit",
            ladder(&[tier("a", "5.00", "null", ""), tier("b", "40.00", r#""500.00""#, "")]),
            LimitDecreasing { id: id("b") },
        ),
    ];
    assert!(cases.len() >= 15);
    for (what, json, expected) in cases {
        assert_eq!(Schedule::from_json(&json), Err(expected), "{what}: {json}");
    }
}

#[test]
fn should_refuse_json_of_the_wrong_shape_naming_the_field_and_what_it_should_be() {
    use tierup::domain::{AmountError, DateError};
    use tierup::formats::json::{JsonError, Kind};
    let at = |path: &str| path.to_string();
    let kind = |path: &str, expected| JsonError::WrongKind { at: at(path), expected };
    let amount = |path: &str, why| JsonError::Amount { at: at(path), why };
    let ok = ok_tier();
    let cases: Vec<(&str, String, JsonError)> = vec![
        ("an empty file", String::new(), JsonError::Syntax { line: 1, column: 1 }),
        ("null", "null".into(), kind("", Kind::Object)),
        ("an empty array", "[]".into(), kind("", Kind::Object)),
        (
            "text after the schedule",
            format!("{}\n junk", ladder(std::slice::from_ref(&ok))),
            JsonError::Syntax { line: 2, column: 2 },
        ),
        (
            "a threshold as a JSON number",
            ladder(&[r#"{"id":"a","name":"A","threshold":5,"monthly_limit":"100.00"}"#.into()]),
            kind("tiers[0].threshold", Kind::Text),
        ),
        (
            "a limit as a float",
            ladder(&[ok.clone(), r#"{"id":"a","name":"A","threshold":"50.00","monthly_limit":1e2}"#.into()]),
            kind("tiers[1].monthly_limit", Kind::Text),
        ),
        (
            "a threshold in exponent form",
            ladder(&[tier("a", "1e3", r#""100.00""#, "")]),
            amount("tiers[0].threshold", AmountError::NotANumber),
        ),
        (
            "a negative threshold",
            ladder(&[tier("a", "-5.00", r#""100.00""#, "")]),
            amount("tiers[0].threshold", AmountError::NotANumber),
        ),
        (
            "a threshold with a dollar sign",
            ladder(&[tier("a", "$5", r#""100.00""#, "")]),
            amount("tiers[0].threshold", AmountError::NotANumber),
        ),
        (
            "a threshold with grouping",
            ladder(&[tier("a", "1,000.00", r#""5000.00""#, "")]),
            amount("tiers[0].threshold", AmountError::NotANumber),
        ),
        (
            "a threshold with three decimals",
            ladder(&[tier("a", "5.001", r#""100.00""#, "")]),
            amount("tiers[0].threshold", AmountError::TooManyDecimals),
        ),
        (
            "a 400-digit limit",
            ladder(&[tier("a", "5.00", &format!("\"{}\"", "9".repeat(400)), "")]),
            amount("tiers[0].monthly_limit", AmountError::TooLarge),
        ),
        (
            "a limit of NaN",
            ladder(&[tier("a", "5.00", r#""NaN""#, "")]),
            amount("tiers[0].monthly_limit", AmountError::NotANumber),
        ),
        (
            "a negative wait",
            ladder(&[tier("a", "5.00", r#""100.00""#, r#","wait_days":-1"#)]),
            JsonError::BadValue { at: at("tiers[0].wait_days") },
        ),
        (
            "a wait beyond u32",
            ladder(&[tier("a", "5.00", r#""100.00""#, r#","wait_days":4294967296"#)]),
            JsonError::BadValue { at: at("tiers[0].wait_days") },
        ),
        (
            "a wait with a fraction",
            ladder(&[tier("a", "5.00", r#""100.00""#, r#","wait_days":7.5"#)]),
            kind("tiers[0].wait_days", Kind::WholeNumber),
        ),
        (
            "a wait as text",
            ladder(&[tier("a", "5.00", r#""100.00""#, r#","wait_days":"7""#)]),
            kind("tiers[0].wait_days", Kind::WholeNumber),
        ),
        (
            "by_arrangement as text",
            ladder(&[tier("a", "5.00", r#""100.00""#, r#","by_arrangement":"yes""#)]),
            kind("tiers[0].by_arrangement", Kind::TrueOrFalse),
        ),
        (
            "an unknown tier field",
            ladder(&[tier("a", "5.00", r#""100.00""#, r#","onerror":"alert(1)""#)]),
            JsonError::Unknown { at: at("tiers[0].onerror") },
        ),
        (
            "an unknown top-level field",
            r#"{"title":"T","as_of":"2026-11-25","tiers":[],"__proto__":{}}"#.into(),
            JsonError::Unknown { at: at("__proto__") },
        ),
        (
            "a field given twice",
            r#"{"title":"T","title":"U","as_of":"2026-11-25","tiers":[]}"#.into(),
            JsonError::Duplicate { at: at("title") },
        ),
        (
            "an unknown cap rule",
            r#"{"title":"T","as_of":"2026-11-25","cap_rule":"PER_DEPOSIT","tiers":[]}"#.into(),
            JsonError::BadValue { at: at("cap_rule") },
        ),
        ("tiers as an object", r#"{"title":"T","as_of":"2026-11-25","tiers":{}}"#.into(), kind("tiers", Kind::List)),
        (
            "a tier as a list",
            r#"{"title":"T","as_of":"2026-11-25","tiers":[[]]}"#.into(),
            kind("tiers[0]", Kind::Object),
        ),
        (
            "a tier name in another language as a number",
            ladder(&[tier("a", "5.00", r#""100.00""#, r#","names":{"fr":5}"#)]),
            kind("tiers[0].names.fr", Kind::Text),
        ),
        (
            "a 29 February outside a leap year",
            r#"{"title":"T","as_of":"2026-02-29","tiers":[]}"#.into(),
            JsonError::Date { at: at("as_of"), why: DateError::NoSuchDay },
        ),
        (
            "a two-digit year",
            r#"{"title":"T","as_of":"26-11-25","tiers":[]}"#.into(),
            JsonError::Date { at: at("as_of"), why: DateError::Malformed },
        ),
        ("a title as a number", r#"{"title":1,"as_of":"2026-11-25","tiers":[]}"#.into(), kind("title", Kind::Text)),
        (
            "a tier without its monthly limit",
            ladder(&[r#"{"id":"a","name":"A","threshold":"5.00"}"#.into()]),
            JsonError::Missing { at: at("tiers[0].monthly_limit") },
        ),
    ];
    for (what, json, expected) in cases {
        assert_eq!(Schedule::from_json(&json), Err(ScheduleError::Json(expected)), "{what}");
    }
}

/// Hostile nesting is refused where it passes tierup's depth, not by running out of stack.
#[test]
fn should_refuse_a_hundred_thousand_nested_arrays_at_the_depth_limit() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let error = Schedule::from_json(&deep).unwrap_err();
    assert!(
        matches!(error, ScheduleError::Json(tierup::formats::json::JsonError::Syntax { line: 1, column: 66 })),
        "{error:?}"
    );
}

/// The README lists `monthly_limit` as required ("a string amount above zero, or `null` for no
/// limit"; only `wait_days` and `by_arrangement` are optional). A tier that leaves it out must
/// not be read as "no limit": a forgotten field would lift the cap on every deposit; a `null`
/// is read as no limit.
#[test]
fn should_refuse_a_tier_that_omits_its_monthly_limit_but_read_null_as_no_limit() {
    let without = ladder(&[r#"{"id":"a","name":"A","threshold":"5.00"}"#.into()]);
    assert!(matches!(Schedule::from_json(&without), Err(ScheduleError::Json(_))));
    let null = ladder(&[r#"{"id":"a","name":"A","threshold":"5.00","monthly_limit":null}"#.into()]);
    assert_eq!(Schedule::from_json(&null).map(|s| s.tiers[0].monthly_limit), Ok(None));
}

#[test]
fn should_keep_markup_in_titles_names_and_ids_as_plain_text() {
    let json = format!(
        r#"{{"title":{},"as_of":"2026-11-25","tiers":[
            {{"id":{},"name":{},"threshold":"5.00","monthly_limit":"100.00"}},
            {{"id":{},"name":{},"threshold":"40.00","monthly_limit":"500.00"}},
            {{"id":"\u202etxt.exe","name":"\u200f\u0627\u0644\u0645\u0633\u062a\u0648\u0649 3 💸","threshold":"200.00","monthly_limit":null}}]}}"#,
        json_str(&format!("Tiers {SCRIPT}")),
        json_str(IMG),
        json_str(SCRIPT),
        json_str("a&b\"c'd"),
        json_str(&format!("{IMG}</p><h1>big</h1>")),
    );
    let schedule = Schedule::from_json(&json).expect("markup is only text, so this ladder is valid");
    assert_eq!(schedule.title, format!("Tiers {SCRIPT}"));
    assert_eq!(schedule.tiers[0].id, IMG);
    assert_eq!(schedule.tiers[0].name, SCRIPT);
    assert_eq!(schedule.tiers[1].id, "a&b\"c'd");
    assert_eq!(schedule.tiers[1].name, format!("{IMG}</p><h1>big</h1>"));
    assert_eq!(schedule.tiers[2].id, "\u{202e}txt.exe");
    assert_eq!(schedule.index_of(IMG), Some(0));

    // Errors quote such ids verbatim; escaping is the view's job, never the domain's.
    let twice = ladder(&[tier(IMG, "5.00", r#""100.00""#, ""), tier(IMG, "40.00", r#""500.00""#, "")]);
    let error = Schedule::from_json(&twice).unwrap_err();
    assert_eq!(error.to_string(), format!("The tier id \"{IMG}\" is used twice."));
}

/// A name or id that shows nothing (only zero-width or direction marks) is as empty as "".
#[test]
fn should_refuse_names_and_ids_made_only_of_invisible_marks() {
    for invisible in ["\u{200B}", "\u{200F}", " \u{FEFF} ", "\u{202E}\u{2060}"] {
        let name = ladder(&[format!(r#"{{"id":"a","name":"{invisible}","threshold":"5.00","monthly_limit":null}}"#)]);
        assert_eq!(Schedule::from_json(&name), Err(ScheduleError::EmptyName { id: "a".into() }), "{invisible:?}");
        let id = ladder(&[format!(r#"{{"id":"{invisible}","name":"A","threshold":"5.00","monthly_limit":null}}"#)]);
        assert_eq!(Schedule::from_json(&id), Err(ScheduleError::EmptyId { position: 1 }), "{invisible:?}");
    }
}
