//! The `data-*` attributes that configure an embedded instance.
use tierup::config::{Config, ConfigError, View};
use tierup::i18n::Locale;

fn config(pairs: &[(&str, &str)]) -> Config {
    Config::from_attributes(|name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()))
}

#[test]
fn should_default_to_the_full_widget_leaving_the_language_to_the_page_with_no_attributes() {
    let c = config(&[]);
    assert_eq!((c.view, c.locale, c.target_tier, c.schedule_url), (View::Full, None, None, None));
    assert!(c.errors.is_empty());
}

#[test]
fn should_read_every_documented_attribute() {
    let c = config(&[
        ("data-view", "compact"),
        ("data-locale", " de-AT "),
        ("data-target-tier", " tier-2 "),
        ("data-schedule", "/schedules/2026.json"),
    ]);
    assert_eq!(c.view, View::Compact);
    assert_eq!(c.locale, Some(Locale::De));
    assert_eq!(c.target_tier.as_deref(), Some("tier-2"));
    assert_eq!(c.schedule_url.as_deref(), Some("/schedules/2026.json"));
    assert!(c.errors.is_empty());
}

#[test]
fn should_report_unknown_values_and_fall_back_to_defaults() {
    let cases: &[(&str, &str, ConfigError, &str)] = &[
        (
            "data-view",
            "tiny",
            ConfigError::UnknownView("tiny".into()),
            r#"data-view="tiny" is not a view: use "full" or "compact". Showing the full widget."#,
        ),
        (
            "data-view",
            "COMPACT",
            ConfigError::UnknownView("COMPACT".into()),
            r#"data-view="COMPACT" is not a view: use "full" or "compact". Showing the full widget."#,
        ),
        (
            "data-locale",
            "xx",
            ConfigError::UnknownLocale("xx".into()),
            r#"data-locale="xx" is not a language tierup has. Showing English."#,
        ),
        (
            "data-locale",
            "english",
            ConfigError::UnknownLocale("english".into()),
            r#"data-locale="english" is not a language tierup has. Showing English."#,
        ),
        (
            "data-schedule",
            "  ",
            ConfigError::EmptyScheduleUrl,
            "data-schedule is empty: give the URL of a schedule JSON file. Using the default schedule.",
        ),
    ];
    for (name, value, expected, english) in cases {
        let c = config(&[(name, value)]);
        assert_eq!(c.errors, vec![expected.clone()], "{name}={value:?}");
        assert_eq!((c.view, c.locale, c.schedule_url.as_deref()), (View::Full, None, None), "{name}={value:?}");
        // The page author reads this: it names the attribute, the value as written, and the fallback.
        assert_eq!(c.errors[0].to_string(), *english, "{name}={value:?}");
    }
}
