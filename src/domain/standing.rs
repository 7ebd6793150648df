//! Which tier is in force at a moment, and the cap it sets: the one rule that replaying the
//! ledger, the status and the plan all ask.

use super::date::Date;
use super::money::Money;
use super::schedule::Schedule;

/// What the ladder looked like at one moment of the replay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Standing {
    /// Index into `Schedule::tiers` of the tier in force, if any.
    pub tier: Option<usize>,
    /// The cap that applies to deposits (`None`: no limit).
    pub limit: Option<Money>,
}

/// When waiting periods start: the first purchase, or long ago if credits predate tracking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WaitAnchor {
    None,
    Since(Date),
    /// An opening total means the first purchase predates tracking: waits have passed.
    Passed,
}

impl WaitAnchor {
    fn met(self, wait_days: u32, on: Date) -> bool {
        match self {
            _ if wait_days == 0 => true,
            WaitAnchor::Passed => true,
            WaitAnchor::Since(first) => first.add_days(wait_days) <= on,
            WaitAnchor::None => false,
        }
    }

    /// The day a wait ends, if it has a start.
    pub(crate) fn ends(self, wait_days: u32) -> Option<Date> {
        match self {
            WaitAnchor::Since(first) => Some(first.add_days(wait_days)),
            _ => None,
        }
    }
}

/// The tier in force on `on` with `total` purchased, and the cap it sets.
pub(crate) fn standing(schedule: &Schedule, total: Money, anchor: WaitAnchor, on: Date) -> Standing {
    let tier = schedule
        .purchasable()
        .filter(|&(_, t, threshold)| total >= threshold && anchor.met(t.wait_days, on))
        .map(|(i, _, _)| i)
        .last();
    let limit = match tier {
        Some(i) => schedule.tiers[i].monthly_limit,
        None => schedule.entry_limit(),
    };
    Standing { tier, limit }
}
