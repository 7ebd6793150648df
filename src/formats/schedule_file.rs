//! The schedule file: the JSON a page points `data-schedule` at (and the one tierup ships with),
//! read into a [`Schedule`] and validated, or refused with a typed [`ScheduleError`].
//!
//! `{"title":"...","as_of":"2026-01-01","cap_rule":"per_deposit","tiers":[{"id":"tier-1",
//!   "name":"Tier 1","threshold":"5.00","monthly_limit":"100.00","wait_days":0}]}`

use serde::Deserialize;

use super::json::{self, JsonError};
use crate::domain::schedule::{Names, Tier};
use crate::domain::{CapRule, Money, Schedule};

/// The ladder that tierup ships with (the help-center article's table).
const DEFAULT_JSON: &str = include_str!("../../static/schedule.default.json");

/// Why a schedule was refused. Tiers are named by their position (1-based) and id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScheduleError {
    /// Not JSON, or not the shape of a schedule.
    Json(JsonError),
    /// The title is empty.
    EmptyTitle,
    /// The list of tiers is empty.
    NoTiers,
    /// Every tier is by arrangement, so no purchase reaches any.
    NoPurchasableTier,
    /// A tier without an id.
    EmptyId { position: usize },
    /// Two tiers with the same id.
    DuplicateId { id: String },
    /// A tier without a display name.
    EmptyName { id: String },
    /// A tier reached by purchases that gives no threshold.
    MissingThreshold { id: String },
    /// A threshold not above the one before it.
    ThresholdNotIncreasing { id: String },
    /// A by-arrangement tier that is followed by more tiers.
    ArrangementNotLast { id: String },
    /// A monthly limit of zero.
    LimitNotPositive { id: String },
    /// A monthly limit below the one before it (or a limit after "no limit").
    LimitDecreasing { id: String },
}

/// The JSON shape, before validation. Amounts and dates stay text until read by hand, so a bad
/// one is refused with its own reason.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchedule {
    title: String,
    #[serde(default)]
    titles: Names,
    as_of: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    cap_rule: CapRuleIn,
    tiers: Vec<RawTier>,
}

/// `cap_rule` as the file names it.
#[derive(Default, Deserialize)]
#[serde(rename_all = "snake_case")]
enum CapRuleIn {
    #[default]
    PerDeposit,
    PerCalendarMonth,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTier {
    id: String,
    name: String,
    #[serde(default)]
    names: Names,
    #[serde(default)]
    threshold: Option<String>,
    /// Required, `null` for no limit: a forgotten field must not lift the cap.
    #[serde(deserialize_with = "required_nullable")]
    monthly_limit: Option<String>,
    #[serde(default)]
    wait_days: u32,
    #[serde(default)]
    by_arrangement: bool,
}

/// Text a reader would see as empty: spaces, or only invisible marks (zero-width space and
/// joiners, direction marks and embeddings, the byte-order mark).
fn blank(text: &str) -> bool {
    let invisible =
        |c: char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}');
    text.chars().all(|c| c.is_whitespace() || invisible(c))
}

/// With `deserialize_with`, serde stops treating a missing `Option` field as `None`.
fn required_nullable<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Option::<String>::deserialize(d)
}

impl From<CapRuleIn> for CapRule {
    fn from(rule: CapRuleIn) -> CapRule {
        match rule {
            CapRuleIn::PerDeposit => CapRule::PerDeposit,
            CapRuleIn::PerCalendarMonth => CapRule::PerCalendarMonth,
        }
    }
}

impl Default for Schedule {
    fn default() -> Schedule {
        // A unit test proves the shipped file valid, so this cannot fail at run time.
        Schedule::from_json(DEFAULT_JSON).unwrap_or_else(|e| unreachable!("default schedule: {e}"))
    }
}

impl Schedule {
    /// Reads and validates a schedule file.
    pub fn from_json(text: &str) -> Result<Schedule, ScheduleError> {
        let raw: RawSchedule = json::from_str(text).map_err(ScheduleError::Json)?;
        let as_of = json::date_at(&raw.as_of, || "as_of".into()).map_err(ScheduleError::Json)?;
        // Shown as a link: anything but a web address (`javascript:`, a blank) is refused.
        let web = |url: &str| ["https://", "http://"].iter().any(|p| url.starts_with(p) && url.len() > p.len());
        if raw.source.as_deref().is_some_and(|url| !web(url) || url.chars().any(char::is_whitespace)) {
            return Err(ScheduleError::Json(json::JsonError::BadValue { at: "source".into() }));
        }
        let mut tiers = Vec::with_capacity(raw.tiers.len());
        for (i, t) in raw.tiers.into_iter().enumerate() {
            let amount = |text: &str, field: &str| {
                json::amount_at(text, || format!("tiers[{i}].{field}")).map_err(ScheduleError::Json)
            };
            let threshold = t.threshold.map(|threshold| amount(&threshold, "threshold")).transpose()?;
            let threshold = match (t.by_arrangement, threshold) {
                (true, _) => None,
                (false, Some(threshold)) => Some(threshold),
                (false, None) => return Err(ScheduleError::MissingThreshold { id: t.id }),
            };
            let monthly_limit = t.monthly_limit.map(|limit| amount(&limit, "monthly_limit")).transpose()?;
            tiers.push(Tier {
                id: t.id,
                name: t.name,
                names: t.names,
                threshold,
                monthly_limit,
                wait_days: t.wait_days,
            });
        }
        let (title, titles, source, cap_rule) = (raw.title, raw.titles, raw.source, raw.cap_rule.into());
        let schedule = Schedule { title, titles, as_of, source, cap_rule, tiers };
        schedule.validate()?;
        Ok(schedule)
    }

    fn validate(&self) -> Result<(), ScheduleError> {
        if blank(&self.title) || self.titles.values().any(|t| blank(t)) {
            return Err(ScheduleError::EmptyTitle);
        }
        if self.tiers.is_empty() {
            return Err(ScheduleError::NoTiers);
        }
        let mut previous: Option<&Tier> = None;
        for (i, tier) in self.tiers.iter().enumerate() {
            let id = || tier.id.clone();
            if blank(&tier.id) {
                return Err(ScheduleError::EmptyId { position: i + 1 });
            }
            if self.tiers[..i].iter().any(|t| t.id == tier.id) {
                return Err(ScheduleError::DuplicateId { id: id() });
            }
            if blank(&tier.name) || tier.names.values().any(|n| blank(n)) {
                return Err(ScheduleError::EmptyName { id: id() });
            }
            if tier.monthly_limit.is_some_and(Money::is_zero) {
                return Err(ScheduleError::LimitNotPositive { id: id() });
            }
            if let Some(prev) = previous {
                if prev.threshold.is_none() {
                    return Err(ScheduleError::ArrangementNotLast { id: prev.id.clone() });
                }
                if let (Some(before), Some(now)) = (prev.threshold, tier.threshold) {
                    if now <= before {
                        return Err(ScheduleError::ThresholdNotIncreasing { id: id() });
                    }
                }
                let decreasing = match (prev.monthly_limit, tier.monthly_limit) {
                    (Some(before), Some(now)) => now < before,
                    (None, Some(_)) => true,
                    _ => false,
                };
                if decreasing {
                    return Err(ScheduleError::LimitDecreasing { id: id() });
                }
            }
            previous = Some(tier);
        }
        if self.purchasable().next().is_none() {
            return Err(ScheduleError::NoPurchasableTier);
        }
        Ok(())
    }
}
