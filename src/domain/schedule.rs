//! The tier ladder: data, loaded from JSON and validated, never hard-coded rules.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::date::Date;
use super::money::Money;
use crate::json::{self, JsonError};

/// The ladder that tierup ships with (the help-center article's table).
const DEFAULT_JSON: &str = include_str!("../../static/schedule.default.json");

/// How the monthly spend limit caps deposits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CapRule {
    /// One deposit may not exceed the limit in force.
    #[default]
    PerDeposit,
    /// Deposits within one calendar month, this one included, may not exceed it.
    PerCalendarMonth,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tier {
    pub id: String,
    pub name: String,
    /// The name in other languages, by tag (`"fr": "Niveau 1"`); `name` where one is missing.
    pub names: Names,
    /// Cumulative purchases needed; `None` for a tier granted by arrangement, not by purchases.
    pub threshold: Option<Money>,
    /// `None`: no monthly limit.
    pub monthly_limit: Option<Money>,
    /// Days after the first purchase before the tier can be reached.
    pub wait_days: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    pub title: String,
    pub titles: Names,
    pub as_of: Date,
    pub cap_rule: CapRule,
    pub tiers: Vec<Tier>,
}

/// Words in other languages, by language tag.
pub type Names = BTreeMap<String, String>;

/// `names[tag]`, else `fallback`.
fn in_language<'a>(names: &'a Names, fallback: &'a str, tag: &str) -> &'a str {
    names.get(tag).map_or(fallback, String::as_str)
}

impl Tier {
    /// The tier's name in the language with this tag.
    pub fn name_in(&self, tag: &str) -> &str {
        in_language(&self.names, &self.name, tag)
    }
}

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
    cap_rule: CapRule,
    tiers: Vec<RawTier>,
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

impl Default for Schedule {
    fn default() -> Schedule {
        // A unit test proves the shipped file valid, so this cannot fail at run time.
        Schedule::from_json(DEFAULT_JSON).unwrap_or_else(|e| unreachable!("default schedule: {e}"))
    }
}

impl Schedule {
    pub fn from_json(text: &str) -> Result<Schedule, ScheduleError> {
        let raw: RawSchedule = json::from_str(text).map_err(ScheduleError::Json)?;
        let as_of = json::date_at(&raw.as_of, || "as_of".into()).map_err(ScheduleError::Json)?;
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
        let schedule = Schedule { title: raw.title, titles: raw.titles, as_of, cap_rule: raw.cap_rule, tiers };
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

    /// Tiers reached by purchases, lowest first, with their index in `tiers`.
    pub fn purchasable(&self) -> impl Iterator<Item = (usize, &Tier, Money)> {
        self.tiers.iter().enumerate().filter_map(|(i, t)| t.threshold.map(|th| (i, t, th)))
    }

    /// The title in the language with this tag.
    pub fn title_in(&self, tag: &str) -> &str {
        in_language(&self.titles, &self.title, tag)
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.tiers.iter().position(|t| t.id == id)
    }

    /// The cap before any tier is reached: the lowest tier's limit.
    pub fn entry_limit(&self) -> Option<Money> {
        self.purchasable().next().and_then(|(_, t, _)| t.monthly_limit)
    }
}
