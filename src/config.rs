//! How a page configures one tierup instance: the `data-*` attributes of its element.
//! Pure, so the rules are tested natively; the browser shell only reads the attributes.

use crate::domain::Locale;

/// How much of the widget an instance shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Everything: status, purchases, calculator, opening total, export and import.
    #[default]
    Full,
    /// Status and calculator only, for tight spots in an article.
    Compact,
}

/// One instance's settings, with anything unusable replaced by the default and reported.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    pub view: View,
    /// The language `data-locale` asks for; without it the page and browser decide.
    pub locale: Option<Locale>,
    /// A tier id to preselect in the calculator; checked against the schedule once it is known.
    pub target_tier: Option<String>,
    /// Where to fetch the schedule JSON (same origin under the documented CSP).
    pub schedule_url: Option<String>,
    pub errors: Vec<ConfigError>,
}

/// A `data-*` value tierup cannot use. Shown in the instance, never silently ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// `data-view` is neither `full` nor `compact`.
    UnknownView(String),
    /// `data-locale` names a language tierup does not have.
    UnknownLocale(String),
    /// `data-target-tier` names no tier of the schedule in use.
    UnknownTargetTier(String),
    /// `data-schedule` is present but empty.
    EmptyScheduleUrl,
}

impl Config {
    /// Reads the settings through `attribute`, which returns a `data-*` value by its name.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Config {
        let mut config = Config::default();
        // Each value trimmed, by one function: the wasm then trims in one place.
        let read = |name| trimmed(attribute(name));
        match read("data-view").as_deref() {
            None | Some("") | Some("full") => {}
            Some("compact") => config.view = View::Compact,
            Some(other) => config.errors.push(ConfigError::UnknownView(other.into())),
        }
        if let Some(locale) = read("data-locale").filter(|l| !l.is_empty()) {
            match Locale::from_tag(&locale) {
                Some(found) => config.locale = Some(found),
                None => config.errors.push(ConfigError::UnknownLocale(locale)),
            }
        }
        config.target_tier = read("data-target-tier").filter(|t| !t.is_empty());
        match read("data-schedule") {
            Some(url) if url.is_empty() => config.errors.push(ConfigError::EmptyScheduleUrl),
            url => config.schedule_url = url,
        }
        config
    }
}

/// A value without the spaces around it.
fn trimmed(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_string())
}
