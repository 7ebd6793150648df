//! The schedule file: the JSON a page points `data-schedule` at (and the one tierup ships with),
//! read into a [`Schedule`] and validated, or refused with a typed [`ScheduleError`].
//!
//! `{"title":"...","as_of":"2026-01-01","cap_rule":"per_deposit","tiers":[{"id":"tier-1",
//!   "name":"Tier 1","threshold":"5.00","monthly_limit":"100.00","wait_days":0}]}`

use super::json::{self, fields, JsonError, Value};
use crate::domain::schedule::{Names, Tier};
use crate::domain::text::{concat, decimal};
use crate::domain::{CapRule, Money, Schedule};

/// The ladder that tierup ships with (the help-center article's table), its layout dropped.
/// The wasm's copy is without the names in other languages: each language pack carries its own
/// (`Pack::write`), so a reader downloads only theirs.
#[cfg(not(target_arch = "wasm32"))]
const DEFAULT_JSON: &str = crate::compact_json!("../../static/schedule.default.json");
#[cfg(target_arch = "wasm32")]
const DEFAULT_JSON: &str = crate::compact_json!("../../static/schedule.default.json", without_translations);

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

/// A tier as the file gives it, before validation. Amounts and dates stay text until read by
/// hand, so a bad one is refused with its own reason.
struct RawTier {
    id: String,
    name: String,
    names: Names,
    threshold: Option<String>,
    monthly_limit: Option<String>,
    wait_days: u32,
    by_arrangement: bool,
}

const SCHEDULE_FIELDS: [&str; 6] = ["title", "titles", "as_of", "source", "cap_rule", "tiers"];
const TIER_FIELDS: [&str; 7] = ["id", "name", "names", "threshold", "monthly_limit", "wait_days", "by_arrangement"];

fn read_tier(value: Value) -> Result<RawTier, JsonError> {
    let (mut id, mut name, mut names, mut threshold) = (None, None, Names::new(), None);
    let (mut monthly_limit, mut wait_days, mut by_arrangement) = (None, 0, false);
    fields::object(value, &TIER_FIELDS, |field, value| {
        match field {
            0 => id = Some(fields::text(value)?),
            1 => name = Some(fields::text(value)?),
            2 => names = fields::texts(value)?,
            3 => threshold = fields::text_or_null(value)?,
            // Required, `null` for no limit: a forgotten field must not lift the cap.
            4 => monthly_limit = Some(fields::text_or_null(value)?),
            5 => wait_days = fields::small_count(value)?,
            _ => by_arrangement = fields::true_or_false(value)?,
        }
        Ok(())
    })?;
    let (id, name) = (fields::required(id, "id")?, fields::required(name, "name")?);
    let monthly_limit = fields::required(monthly_limit, "monthly_limit")?;
    Ok(RawTier { id, name, names, threshold, monthly_limit, wait_days, by_arrangement })
}

/// `cap_rule` as the file names it.
fn cap_rule(value: Value) -> Result<CapRule, JsonError> {
    match fields::text(value)?.as_str() {
        "per_deposit" => Ok(CapRule::PerDeposit),
        "per_calendar_month" => Ok(CapRule::PerCalendarMonth),
        _ => Err(JsonError::BadValue { at: String::new() }),
    }
}

/// Text a reader would see as empty: spaces, or only invisible marks (zero-width space and
/// joiners, direction marks and embeddings, the byte-order mark).
fn blank(text: &str) -> bool {
    let invisible =
        |c: char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}');
    text.chars().all(|c| c.is_whitespace() || invisible(c))
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
        let (mut title, mut titles, mut as_of, mut source) = (None, Names::new(), None, None);
        let (mut rule, mut raw_tiers) = (CapRule::PerDeposit, None);
        let read = fields::object(json::parse(text).map_err(ScheduleError::Json)?, &SCHEDULE_FIELDS, |field, value| {
            match field {
                0 => title = Some(fields::text(value)?),
                1 => titles = fields::texts(value)?,
                2 => as_of = Some(fields::text(value)?),
                3 => source = fields::text_or_null(value)?,
                4 => rule = cap_rule(value)?,
                _ => raw_tiers = Some(fields::list(value, read_tier)?),
            }
            Ok(())
        });
        let shape = read.and_then(|()| {
            Ok((
                fields::required(title, "title")?,
                fields::required(as_of, "as_of")?,
                fields::required(raw_tiers, "tiers")?,
            ))
        });
        let (title, as_of, raw_tiers) = shape.map_err(ScheduleError::Json)?;
        let as_of = json::date_at(&as_of, || "as_of".into()).map_err(ScheduleError::Json)?;
        // Shown as a link: anything but a web address (`javascript:`, a blank) is refused.
        let web = |url: &str| ["https://", "http://"].iter().any(|p| url.starts_with(p) && url.len() > p.len());
        if source.as_deref().is_some_and(|url| !web(url) || url.chars().any(char::is_whitespace)) {
            return Err(ScheduleError::Json(json::JsonError::BadValue { at: "source".into() }));
        }
        let mut tiers = Vec::with_capacity(raw_tiers.len());
        for (i, t) in raw_tiers.into_iter().enumerate() {
            let amount = |text: &str, field: &str| {
                json::amount_at(text, || concat(&["tiers[", &decimal(i as u64), "].", field]))
                    .map_err(ScheduleError::Json)
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
        let schedule = Schedule { title, titles, as_of, source, cap_rule: rule, tiers };
        schedule.validate()?;
        Ok(schedule)
    }

    fn validate(&self) -> Result<(), ScheduleError> {
        if blank(&self.title) || self.titles.iter().any(|(_, t)| blank(t)) {
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
            if blank(&tier.name) || tier.names.iter().any(|(_, n)| blank(n)) {
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
