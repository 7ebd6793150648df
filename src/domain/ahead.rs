//! A ledger seen forward: just enough of it (total, wait anchor, what each month took) to place
//! deposits still to come, so a plan or a what-if never copies or replays 10,000 purchases.
//! A deposit dated today or later comes after every recorded purchase in replay order, so the
//! history it follows cannot change; only its own cap needs checking, and this is that check.

use super::date::Date;
use super::ledger::{Ledger, LedgerError};
use super::money::Money;
use super::schedule::{CapRule, Schedule};
use super::standing::{standing, Standing, WaitAnchor};

pub(crate) struct Ahead<'a> {
    schedule: &'a Schedule,
    pub total: Money,
    pub anchor: WaitAnchor,
    /// Deposits per calendar month (any day of it, and the sum), kept only under a monthly cap.
    months: Vec<(Date, Money)>,
}

impl<'a> Ahead<'a> {
    pub fn of(schedule: &'a Schedule, ledger: &Ledger) -> Ahead<'a> {
        let mut ahead = Ahead { schedule, total: ledger.total(), anchor: ledger.wait_anchor(), months: Vec::new() };
        if schedule.cap_rule == CapRule::PerCalendarMonth {
            for p in ledger.purchases() {
                ahead.count_in_month(p.amount, p.date);
            }
        }
        ahead
    }

    fn count_in_month(&mut self, amount: Money, on: Date) {
        match self.months.iter_mut().find(|(m, _)| m.same_month(on)) {
            Some((_, spent)) => *spent = *spent + amount,
            None => self.months.push((on, amount)),
        }
    }

    pub fn standing(&self, on: Date) -> Standing {
        standing(self.schedule, self.total, self.anchor, on)
    }

    /// The most one deposit on `on` may be: `None` means no limit.
    pub fn most_on(&self, on: Date) -> Option<Money> {
        let limit = self.standing(on).limit?;
        Some(match self.schedule.cap_rule {
            CapRule::PerDeposit => limit,
            CapRule::PerCalendarMonth => {
                let spent = self.months.iter().find(|(m, _)| m.same_month(on)).map_or(Money::ZERO, |&(_, s)| s);
                limit.saturating_sub(spent)
            }
        })
    }

    /// Whether one deposit of `amount` on `on` is within the cap, or why not.
    pub fn check(&self, amount: Money, on: Date) -> Result<(), LedgerError> {
        match (self.most_on(on), self.standing(on).limit) {
            (Some(most), Some(limit)) if amount > most => Err(LedgerError::OverCap { amount, limit, most }),
            _ => Ok(()),
        }
    }

    /// Counts a deposit of `amount` on `on` (the caller checked it against `most_on`).
    pub fn deposit(&mut self, amount: Money, on: Date) {
        self.total = self.total + amount;
        if self.anchor == WaitAnchor::None {
            self.anchor = WaitAnchor::Since(on);
        }
        if self.schedule.cap_rule == CapRule::PerCalendarMonth {
            self.count_in_month(amount, on);
        }
    }
}
