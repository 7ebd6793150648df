//! How a page configures one tierup instance: the `data-*` attributes of its element.
//! Pure, so the rules are tested natively; the browser shell only reads the attributes.

use core::fmt;

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
    pub locale: String,
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

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownView(v) => write!(f, "data-view=\"{v}\" is not a view: use \"full\" or \"compact\". Showing the full widget."),
            Self::UnknownLocale(l) => write!(f, "data-locale=\"{l}\" is not a language tierup has. Showing English."),
            Self::UnknownTargetTier(t) => write!(f, "data-target-tier=\"{t}\" is not a tier id of this schedule."),
            Self::EmptyScheduleUrl => f.write_str("data-schedule is empty: give the URL of a schedule JSON file. Using the default schedule."),
        }
    }
}

/// The languages tierup can show.
pub const LOCALES: &[&str] = &["en"];

impl Config {
    /// Reads the settings through `attribute`, which returns a `data-*` value by its name.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Config {
        let mut config = Config { locale: "en".into(), ..Config::default() };
        match attribute("data-view").as_deref().map(str::trim) {
            None | Some("") | Some("full") => {}
            Some("compact") => config.view = View::Compact,
            Some(other) => config.errors.push(ConfigError::UnknownView(other.into())),
        }
        if let Some(locale) = attribute("data-locale").map(|l| l.trim().to_string()).filter(|l| !l.is_empty()) {
            match supported_locale(&locale) {
                Some(found) => config.locale = found.into(),
                None => config.errors.push(ConfigError::UnknownLocale(locale)),
            }
        }
        config.target_tier = attribute("data-target-tier").map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
        match attribute("data-schedule").map(|u| u.trim().to_string()) {
            Some(url) if url.is_empty() => config.errors.push(ConfigError::EmptyScheduleUrl),
            url => config.schedule_url = url,
        }
        config
    }
}

/// The supported locale for a BCP 47 tag (`en-GB` is served by `en`), if any.
pub fn supported_locale(tag: &str) -> Option<&'static str> {
    let tag = tag.to_ascii_lowercase().replace('_', "-");
    LOCALES.iter().copied().find(|l| tag == *l || tag.starts_with(&format!("{l}-")))
}
