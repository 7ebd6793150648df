//! The cap rule, written once: a deposit may not exceed the monthly limit of the tier in force
//! just before it (`per_deposit`), or, under `per_calendar_month`, the deposits of its calendar
//! month, itself included, may not. Fed deposits in replay order (by date), [`CapTracker`] says
//! what the next one may be. Replaying a ledger, a plan and a what-if all ask it; it knows
//! nothing of the ledger.

use super::date::Date;
use super::money::Money;
use super::schedule::{CapRule, Schedule};
use super::standing::{standing, Standing, WaitAnchor};

/// The cap as it stands after the deposits counted so far.
pub(crate) struct CapTracker<'a> {
    schedule: &'a Schedule,
    total: Money,
    anchor: WaitAnchor,
    /// Under a monthly cap: a day of the latest deposit's month, and what that month took.
    /// Deposits come in date order, so no earlier month can count again.
    month: Option<(Date, Money)>,
    /// Without waiting periods the tier in force changes only when the total passes the next
    /// threshold: it is worked out then (with that threshold), not for every one of 10,000
    /// purchases. `None` when some tier has a wait, so the day decides.
    settled: Option<(Standing, Option<Money>)>,
}

/// A deposit above the cap: the monthly limit in force, and the most that day allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct OverCap {
    pub limit: Money,
    pub most: Money,
}

impl<'a> CapTracker<'a> {
    /// Before the first purchase. An opening total is credit bought before tracking started,
    /// so every waiting period has passed.
    pub fn new(schedule: &'a Schedule, opening_total: Money) -> CapTracker<'a> {
        let anchor = if opening_total.is_zero() { WaitAnchor::None } else { WaitAnchor::Passed };
        CapTracker::resume(schedule, opening_total, anchor, None)
    }

    /// Partway through: `total` bought, waits counted from `anchor`, and what the month of the
    /// next deposit has taken already (`(a day of it, the sum)`).
    pub fn resume(
        schedule: &'a Schedule,
        total: Money,
        anchor: WaitAnchor,
        month: Option<(Date, Money)>,
    ) -> CapTracker<'a> {
        let mut caps = CapTracker { schedule, total, anchor, month, settled: None };
        caps.settle();
        caps
    }

    pub fn total(&self) -> Money {
        self.total
    }

    pub fn anchor(&self) -> WaitAnchor {
        self.anchor
    }

    /// The tier in force on `on` and the monthly limit it sets.
    pub fn standing(&self, on: Date) -> Standing {
        match self.settled {
            Some((now, _)) => now,
            None => standing(self.schedule, self.total, self.anchor, on),
        }
    }

    /// The most one deposit on `on` (no earlier than the last one counted) may be: `None`
    /// means no limit.
    pub fn most(&self, on: Date) -> Option<Money> {
        let limit = self.standing(on).limit?;
        Some(limit.saturating_sub(self.spent_in_month_of(on)))
    }

    /// Whether a deposit of `amount` on `on` is within the cap.
    pub fn check(&self, amount: Money, on: Date) -> Result<(), OverCap> {
        let Some(limit) = self.standing(on).limit else { return Ok(()) };
        let most = limit.saturating_sub(self.spent_in_month_of(on));
        if amount > most {
            return Err(OverCap { limit, most });
        }
        Ok(())
    }

    /// Counts a deposit of `amount` on `on`, the day of the last one or later.
    pub fn deposit(&mut self, amount: Money, on: Date) {
        self.total = self.total + amount;
        if self.anchor == WaitAnchor::None {
            self.anchor = WaitAnchor::Since(on);
        }
        if self.schedule.cap_rule == CapRule::PerCalendarMonth {
            self.month = Some(match self.month {
                Some((day, spent)) if day.same_month(on) => (day, spent + amount),
                _ => (on, amount),
            });
        }
        if let Some((_, Some(next))) = self.settled {
            if self.total >= next {
                self.settle();
            }
        }
    }

    fn spent_in_month_of(&self, on: Date) -> Money {
        match (self.schedule.cap_rule, self.month) {
            (CapRule::PerCalendarMonth, Some((day, spent))) if day.same_month(on) => spent,
            _ => Money::ZERO,
        }
    }

    fn settle(&mut self) {
        let waits = self.schedule.tiers.iter().any(|t| t.wait_days > 0);
        self.settled = (!waits).then(|| {
            // With no wait, neither the day nor the anchor changes the tier: any day will do.
            let now = standing(self.schedule, self.total, self.anchor, self.schedule.as_of);
            let next = self.schedule.purchasable().map(|(_, _, th)| th).find(|&th| th > self.total);
            (now, next)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::schedule::Tier;
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    /// $5 for a $100 cap, $100 (after `wait` days) for $500, $1,000 for no cap.
    fn ladder(cap_rule: CapRule, wait: u32) -> Schedule {
        let tier = |id: &str, threshold, limit: Option<u32>, wait_days| Tier {
            id: id.into(),
            name: id.into(),
            names: Default::default(),
            threshold: Some(Money::dollars(threshold)),
            monthly_limit: limit.map(Money::dollars),
            wait_days,
        };
        let tiers = vec![tier("t1", 5, Some(100), 0), tier("t2", 100, Some(500), wait), tier("t3", 1000, None, 0)];
        Schedule {
            title: "t".into(),
            titles: Default::default(),
            as_of: day("2026-01-01"),
            source: None,
            cap_rule,
            tiers,
        }
    }

    #[test]
    fn should_raise_the_cap_per_deposit_as_the_total_passes_each_threshold() {
        let schedule = ladder(CapRule::PerDeposit, 0);
        let (on, mut caps) = (day("2026-11-02"), CapTracker::new(&schedule, Money::ZERO));
        assert_eq!(
            caps.check(Money::cents(10_001), on),
            Err(OverCap { limit: Money::dollars(100), most: Money::dollars(100) })
        );
        assert_eq!(caps.check(Money::dollars(100), on), Ok(()));
        caps.deposit(Money::dollars(100), on);
        assert_eq!((caps.standing(on).tier, caps.most(on)), (Some(1), Some(Money::dollars(500))));
        caps.deposit(Money::dollars(500), on);
        caps.deposit(Money::dollars(400), on);
        assert_eq!((caps.standing(on).tier, caps.most(on), caps.total()), (Some(2), None, Money::dollars(1000)));
    }

    #[test]
    fn should_count_a_calendar_month_and_free_the_whole_cap_in_the_next() {
        let schedule = ladder(CapRule::PerCalendarMonth, 0);
        let mut caps = CapTracker::new(&schedule, Money::ZERO);
        caps.deposit(Money::dollars(60), day("2026-11-20"));
        let refused = caps.check(Money::dollars(50), day("2026-11-30"));
        assert_eq!(refused, Err(OverCap { limit: Money::dollars(100), most: Money::dollars(40) }));
        assert_eq!(caps.most(day("2026-12-01")), Some(Money::dollars(100)));
    }

    #[test]
    fn should_hold_a_tier_back_until_its_wait_from_the_first_deposit_ends() {
        let schedule = ladder(CapRule::PerDeposit, 30);
        let mut caps = CapTracker::new(&schedule, Money::ZERO);
        caps.deposit(Money::dollars(100), day("2026-11-01"));
        assert_eq!(caps.most(day("2026-11-30")), Some(Money::dollars(100)));
        assert_eq!(caps.most(day("2026-12-01")), Some(Money::dollars(500)));
        // Credit bought before tracking means every wait has passed.
        let resumed = CapTracker::new(&schedule, Money::dollars(100));
        assert_eq!(resumed.most(day("2026-11-01")), Some(Money::dollars(500)));
    }
}
