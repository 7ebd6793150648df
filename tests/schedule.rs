//! The tier ladder: the shipped default and the rules every schedule must follow.

mod common;

use common::{custom_schedule, day, rung, usd};
use tierup::domain::{CapRule, Money, Schedule};
use tierup::formats::json::JsonError;
use tierup::formats::ScheduleError;
use tierup::i18n::Locale;

#[test]
fn should_ship_the_published_ladder_as_the_default() {
    let schedule = Schedule::default();
    assert_eq!(schedule.title, "Claude API usage tiers");
    // The date of the source the figures come from (the help-center article and the rate-limits
    // docs of early 2026), not the day they were typed in.
    assert_eq!(schedule.as_of, day("2026-01-15"));
    assert!(schedule.source.as_deref().is_some_and(|url| url.starts_with("https://")), "{:?}", schedule.source);
    assert_eq!(schedule.cap_rule, CapRule::PerDeposit);
    let expected = [
        ("tier-1", "Tier 1", Some("5"), Some("100")),
        ("tier-2", "Tier 2", Some("40"), Some("500")),
        ("tier-3", "Tier 3", Some("200"), Some("1000")),
        ("tier-4", "Tier 4", Some("400"), Some("5000")),
        ("invoicing", "Monthly invoicing", None, None),
    ];
    assert_eq!(schedule.tiers.len(), expected.len());
    for (tier, (id, name, threshold, limit)) in schedule.tiers.iter().zip(expected) {
        assert_eq!(tier.id, id);
        assert_eq!(tier.name, name);
        assert_eq!(tier.threshold, threshold.map(usd), "threshold of {id}");
        assert_eq!(tier.monthly_limit, limit.map(usd), "limit of {id}");
        assert_eq!(tier.wait_days, 0, "wait of {id}");
    }
}

#[test]
fn should_match_the_shipped_json_file() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/schedule.default.json")).unwrap();
    assert_eq!(Schedule::from_json(&text).unwrap(), Schedule::default());
}

#[test]
fn should_cap_before_any_tier_with_the_lowest_tier_limit() {
    assert_eq!(Schedule::default().entry_limit(), Some(Money::dollars(100)));
}

#[test]
fn should_find_tiers_by_id_and_list_only_purchasable_ones() {
    let schedule = Schedule::default();
    assert_eq!(schedule.index_of("tier-3"), Some(2));
    assert_eq!(schedule.index_of("invoicing"), Some(4));
    assert_eq!(schedule.index_of("tier-9"), None);
    let purchasable: Vec<&str> = schedule.purchasable().map(|(_, t, _)| t.id.as_str()).collect();
    assert_eq!(purchasable, ["tier-1", "tier-2", "tier-3", "tier-4"]);
}

#[test]
fn should_default_to_a_per_deposit_cap_and_no_wait() {
    let json = r#"{"title":"T","as_of":"2026-01-01","tiers":[
        {"id":"a","name":"A","threshold":"5.00","monthly_limit":"100.00"}]}"#;
    let schedule = Schedule::from_json(json).unwrap();
    assert_eq!(schedule.cap_rule, CapRule::PerDeposit);
    assert_eq!(schedule.tiers[0].wait_days, 0);
}

#[test]
fn should_read_a_per_calendar_month_cap_and_waits() {
    let schedule = custom_schedule("per_calendar_month", &[rung("5", Some("100"), 0), rung("40", Some("500"), 7)]);
    assert_eq!(schedule.cap_rule, CapRule::PerCalendarMonth);
    assert_eq!(schedule.tiers[1].wait_days, 7);
}

/// A schedule from a list of tier objects written as JSON, with a valid title and date.
fn with_tiers(tiers: &str) -> String {
    format!(r#"{{"title":"T","as_of":"2026-01-01","tiers":[{tiers}]}}"#)
}

#[test]
fn should_refuse_a_broken_schedule_naming_what_is_wrong() {
    let tier = |id: &str, threshold: &str, limit: &str| {
        format!(r#"{{"id":"{id}","name":"Tier {id}","threshold":"{threshold}","monthly_limit":{limit}}}"#)
    };
    let arrangement = r#"{"id":"inv","name":"Invoicing","by_arrangement":true,"monthly_limit":null}"#;
    let cases = [
        ("no title", r#"{"title":"  ","as_of":"2026-01-01","tiers":[]}"#.to_string(), ScheduleError::EmptyTitle),
        ("no tiers", with_tiers(""), ScheduleError::NoTiers),
        ("only an arrangement", with_tiers(arrangement), ScheduleError::NoPurchasableTier),
        (
            "a tier without an id",
            with_tiers(&[tier("a", "5", r#""100""#), tier(" ", "40", r#""500""#)].join(",")),
            ScheduleError::EmptyId { position: 2 },
        ),
        (
            "an id used twice",
            with_tiers(&[tier("a", "5", r#""100""#), tier("a", "40", r#""500""#)].join(",")),
            ScheduleError::DuplicateId { id: "a".into() },
        ),
        (
            "a tier without a name",
            with_tiers(r#"{"id":"a","name":"","threshold":"5","monthly_limit":"100"}"#),
            ScheduleError::EmptyName { id: "a".into() },
        ),
        (
            "a tier without a threshold",
            with_tiers(r#"{"id":"a","name":"A","monthly_limit":"100"}"#),
            ScheduleError::MissingThreshold { id: "a".into() },
        ),
        (
            "a threshold equal to the one before",
            with_tiers(&[tier("a", "40", r#""100""#), tier("b", "40", r#""500""#)].join(",")),
            ScheduleError::ThresholdNotIncreasing { id: "b".into() },
        ),
        (
            "a threshold below the one before",
            with_tiers(&[tier("a", "40", r#""100""#), tier("b", "39.99", r#""500""#)].join(",")),
            ScheduleError::ThresholdNotIncreasing { id: "b".into() },
        ),
        (
            "an arrangement before a purchasable tier",
            with_tiers(&[tier("a", "5", r#""100""#), arrangement.to_string(), tier("b", "40", r#""500""#)].join(",")),
            ScheduleError::ArrangementNotLast { id: "inv".into() },
        ),
        (
            "a limit of zero",
            with_tiers(&tier("a", "5", r#""0.00""#)),
            ScheduleError::LimitNotPositive { id: "a".into() },
        ),
        (
            "a limit below the one before",
            with_tiers(&[tier("a", "5", r#""100""#), tier("b", "40", r#""99.99""#)].join(",")),
            ScheduleError::LimitDecreasing { id: "b".into() },
        ),
        (
            "a limit after no limit",
            with_tiers(&[tier("a", "5", "null"), tier("b", "40", r#""500""#)].join(",")),
            ScheduleError::LimitDecreasing { id: "b".into() },
        ),
    ];
    for (what, json, expected) in cases {
        assert_eq!(Schedule::from_json(&json), Err(expected), "{what}: {json}");
    }
}

#[test]
fn should_accept_equal_limits_and_an_unlimited_top_tier() {
    let json = with_tiers(
        r#"{"id":"a","name":"A","threshold":"5","monthly_limit":"100"},
           {"id":"b","name":"B","threshold":"40","monthly_limit":"100"},
           {"id":"c","name":"C","threshold":"200","monthly_limit":null}"#,
    );
    let schedule = Schedule::from_json(&json).unwrap();
    assert_eq!(schedule.tiers[2].monthly_limit, None);
}

#[test]
fn should_refuse_json_of_the_wrong_shape() {
    let cases = [
        ("not JSON", "{".to_string()),
        ("a threshold as a JSON number", with_tiers(r#"{"id":"a","name":"A","threshold":5,"monthly_limit":"100"}"#)),
        ("a limit as a JSON number", with_tiers(r#"{"id":"a","name":"A","threshold":"5","monthly_limit":100}"#)),
        ("a negative threshold", with_tiers(r#"{"id":"a","name":"A","threshold":"-5","monthly_limit":"100"}"#)),
        (
            "an unknown field",
            with_tiers(r#"{"id":"a","name":"A","threshold":"5","monthly_limit":"100","colour":"red"}"#),
        ),
        ("an unknown cap rule", r#"{"title":"T","as_of":"2026-01-01","cap_rule":"per_week","tiers":[]}"#.to_string()),
        ("a bad date", r#"{"title":"T","as_of":"2026-02-30","tiers":[]}"#.to_string()),
        (
            "a negative wait",
            with_tiers(r#"{"id":"a","name":"A","threshold":"5","monthly_limit":"100","wait_days":-1}"#),
        ),
    ];
    for (what, json) in cases {
        assert!(
            matches!(Schedule::from_json(&json), Err(ScheduleError::Json(_))),
            "{what} should be a shape error: {json}"
        );
    }
}

#[test]
fn should_explain_each_refusal_in_words_naming_the_tier() {
    let cases = [
        (ScheduleError::EmptyId { position: 3 }, "Tier 3 has no id."),
        (
            ScheduleError::ThresholdNotIncreasing { id: "b".into() },
            "Tier \"b\" must need more than the tier before it.",
        ),
        (
            ScheduleError::LimitDecreasing { id: "b".into() },
            "Tier \"b\" has a lower monthly limit than the tier before it.",
        ),
    ];
    for (error, words) in cases {
        assert_eq!(error.to_string(), words);
    }
}

#[test]
fn should_name_the_default_tiers_and_title_in_every_language() {
    let schedule = Schedule::default();
    for locale in Locale::ALL.into_iter().filter(|&l| l != Locale::En) {
        let tag = locale.tag();
        assert_ne!(schedule.title_in(tag), schedule.title, "title in {tag}");
        for tier in &schedule.tiers {
            assert_ne!(tier.name_in(tag), tier.name, "{} in {tag}", tier.id);
        }
    }
    assert_eq!(schedule.tiers[1].name_in("de"), "Stufe 2");
    assert_eq!(schedule.tiers[1].name_in("en"), "Tier 2", "English is the plain name");
    assert_eq!(schedule.tiers[1].name_in("nl"), "Tier 2", "a language without a name falls back");
}

#[test]
fn should_refuse_a_blank_name_or_title_in_another_language() {
    let tier = |names: &str| {
        format!(
            r#"{{"title":"T","as_of":"2026-11-25","tiers":[{{"id":"a","name":"A","names":{names},"threshold":"5.00","monthly_limit":null}}]}}"#
        )
    };
    assert_eq!(Schedule::from_json(&tier(r#"{"fr":" "}"#)), Err(ScheduleError::EmptyName { id: "a".into() }));
    assert_eq!(
        Schedule::from_json(&tier(r#"{"fr":"Niveau A"}"#)).map(|s| s.tiers[0].name_in("fr").to_string()),
        Ok("Niveau A".into())
    );
    assert!(matches!(Schedule::from_json(&tier(r#"{"fr":5}"#)), Err(ScheduleError::Json(_))));
    let title = r#"{"title":"T","titles":{"de":""},"as_of":"2026-11-25","tiers":[{"id":"a","name":"A","threshold":"5.00","monthly_limit":null}]}"#;
    assert_eq!(Schedule::from_json(title), Err(ScheduleError::EmptyTitle));
}

#[test]
fn should_read_an_optional_source_address_and_refuse_one_that_is_not_a_web_address() {
    let with = |source: &str| {
        Schedule::from_json(&format!(
            r#"{{"title":"T","as_of":"2026-01-15",{source}"tiers":[{{"id":"a","name":"A","threshold":"5","monthly_limit":"100"}}]}}"#
        ))
    };
    assert_eq!(with("").map(|s| s.source), Ok(None));
    assert_eq!(
        with(r#""source":"https://example.com/tiers","#).map(|s| s.source),
        Ok(Some("https://example.com/tiers".into()))
    );
    for bad in ["javascript:alert(1)", "https://", "", "https://example.com/a b", "//example.com"] {
        let refused = with(&format!(r#""source":"{bad}","#));
        let at_source = matches!(&refused, Err(ScheduleError::Json(JsonError::BadValue { at })) if at == "source");
        assert!(at_source, "{bad}: {refused:?}");
    }
}
