//! The tier ladder: data, never hard-coded rules. A schedule is read from JSON and validated by
//! `formats::schedule_file` (`Schedule::from_json`, `Schedule::default`): thresholds rise, limits
//! never fall and at least one tier is reached by purchases, which the rules here rely on.

use super::date::Date;
use super::money::Money;

/// How the monthly spend limit caps deposits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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
    /// The day of the source the figures were taken from (not the day they were typed in).
    pub as_of: Date,
    /// Where the figures come from: an `http(s)` address a reader can open.
    pub source: Option<String>,
    pub cap_rule: CapRule,
    pub tiers: Vec<Tier>,
}

/// Words in other languages: (language tag, words), each tag once, in the order the file gives
/// them. A list, not a map: a dozen entries are found as fast, and a map's code is ~2 KB of wasm.
pub type Names = Vec<(String, String)>;

/// `names[tag]`, if the list has it.
pub fn in_language<'a>(names: &'a Names, tag: &str) -> Option<&'a str> {
    names.iter().find(|(t, _)| t == tag).map(|(_, words)| words.as_str())
}

impl Tier {
    /// The tier's name in the language with this tag.
    pub fn name_in(&self, tag: &str) -> &str {
        in_language(&self.names, tag).unwrap_or(&self.name)
    }
}

impl Schedule {
    /// Tiers reached by purchases, lowest first, with their index in `tiers`.
    pub fn purchasable(&self) -> impl Iterator<Item = (usize, &Tier, Money)> {
        self.tiers.iter().enumerate().filter_map(|(i, t)| t.threshold.map(|th| (i, t, th)))
    }

    /// The title in the language with this tag.
    pub fn title_in(&self, tag: &str) -> &str {
        in_language(&self.titles, tag).unwrap_or(&self.title)
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.tiers.iter().position(|t| t.id == id)
    }

    /// The cap before any tier is reached: the lowest tier's limit.
    pub fn entry_limit(&self) -> Option<Money> {
        self.purchasable().next().and_then(|(_, t, _)| t.monthly_limit)
    }
}
