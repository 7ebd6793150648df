//! Purchases and the opening total. Every change is checked by replaying the whole ledger,
//! so a back-dated purchase or a deletion can never leave history that broke the cap.
//! `build.rs` makes a ledger from stored or imported parts.

mod build;

pub use build::EntryError;

use std::rc::Rc;

use super::cap::{CapTracker, OverCap};
use super::date::Date;
use super::ids::{index_by_id, IdMap};
use super::money::Money;
use super::schedule::{CapRule, Schedule};
use super::standing::WaitAnchor;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Purchase {
    /// Shared, not copied: every change copies the list of purchases (10,000 ids).
    pub id: Rc<str>,
    pub amount: Money,
    pub date: Date,
}

/// Credits bought before tracking started, plus the purchases tracked since, in the order added.
#[derive(Clone, Debug, Default)]
pub struct Ledger {
    opening_total: Money,
    purchases: Vec<Purchase>,
    /// Indices of `purchases` in replay order: by date, same-day ones in the order added. Kept
    /// up to date by every change, so a change never sorts 10,000 purchases again.
    order: Vec<usize>,
    /// The opening total plus every purchase, kept up to date the same way.
    total: Money,
}

/// Two ledgers are the same when their opening totals and purchases are; the rest follows.
impl PartialEq for Ledger {
    fn eq(&self, other: &Ledger) -> bool {
        self.opening_total == other.opening_total && self.purchases == other.purchases
    }
}

impl Eq for Ledger {}

/// Why a change to the ledger was refused. The ledger is unchanged whenever one is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LedgerError {
    /// The deposit is above the monthly limit in force; `most` is what may be deposited that day.
    OverCap { amount: Money, limit: Money, most: Money },
    /// The change would make an existing purchase exceed the cap that applied to it.
    BreaksLater { amount: Money, date: Date, limit: Money },
    /// Purchases cannot be recorded ahead of time.
    FutureDate { date: Date },
    /// A purchase must add something.
    NotPositive,
    /// An id already in the ledger (with different contents).
    DuplicateId { id: String },
    /// No purchase has this id.
    UnknownId { id: String },
}

impl LedgerError {
    /// A deposit of `amount` that the cap refused.
    pub(crate) fn over_cap(amount: Money, over: OverCap) -> LedgerError {
        LedgerError::OverCap { amount, limit: over.limit, most: over.most }
    }
}

impl Ledger {
    pub fn opening_total(&self) -> Money {
        self.opening_total
    }

    /// In the order they were added.
    pub fn purchases(&self) -> &[Purchase] {
        &self.purchases
    }

    pub fn total(&self) -> Money {
        self.total
    }

    /// Purchase indices in replay order: by date, ties in the order added.
    pub fn replay_order(&self) -> &[usize] {
        &self.order
    }

    /// A ledger of these parts with its order and total worked out (one sort), no rule checked.
    fn unchecked(opening_total: Money, purchases: Vec<Purchase>) -> Ledger {
        let mut order: Vec<usize> = (0..purchases.len()).collect();
        order.sort_by_key(|&i| purchases[i].date);
        let total = opening_total + purchases.iter().map(|p| p.amount).sum();
        Ledger { opening_total, purchases, order, total }
    }

    /// Adds one purchase in O(n): its place in the replay order is found, not sorted for.
    fn push(&mut self, purchase: Purchase) {
        let at = self.order.partition_point(|&i| self.purchases[i].date <= purchase.date);
        self.order.insert(at, self.purchases.len());
        self.total = self.total + purchase.amount;
        self.purchases.push(purchase);
    }

    fn remove(&mut self, at: usize) {
        let gone = self.purchases.remove(at);
        self.total = self.total - gone.amount;
        self.order.retain(|&i| i != at);
        for i in &mut self.order {
            *i -= usize::from(*i > at);
        }
    }

    fn set_opening(&mut self, total: Money) {
        self.total = self.total - self.opening_total + total;
        self.opening_total = total;
    }

    /// Records a purchase, or says why it may not be made.
    pub fn add(&self, schedule: &Schedule, purchase: Purchase, today: Date) -> Result<Ledger, LedgerError> {
        if purchase.date > today {
            return Err(LedgerError::FutureDate { date: purchase.date });
        }
        if purchase.amount.is_zero() {
            return Err(LedgerError::NotPositive);
        }
        if self.purchases.iter().any(|p| p.id == purchase.id) {
            return Err(LedgerError::DuplicateId { id: String::from(&*purchase.id) });
        }
        // Dated on or after every recorded purchase, it comes last in replay order: the history
        // before it cannot change, so only its own cap needs checking (no replay of 10,000).
        if self.order.last().is_none_or(|&i| self.purchases[i].date <= purchase.date) {
            let caps = self.caps_from(schedule, purchase.date);
            caps.check(purchase.amount, purchase.date).map_err(|over| LedgerError::over_cap(purchase.amount, over))?;
            let mut next = self.clone();
            next.push(purchase);
            return Ok(next);
        }
        let new_id = purchase.id.clone();
        let mut next = self.clone();
        next.push(purchase);
        next.check(schedule, Some(&new_id))?;
        Ok(next)
    }

    /// Removes a purchase unless a later one depended on it for its cap.
    pub fn delete(&self, schedule: &Schedule, id: &str) -> Result<Ledger, LedgerError> {
        let Some(at) = self.purchases.iter().position(|p| *p.id == *id) else {
            return Err(LedgerError::UnknownId { id: id.to_string() });
        };
        let mut next = self.clone();
        next.remove(at);
        next.check(schedule, None)?;
        Ok(next)
    }

    /// Sets the credits bought before tracking, unless lowering it breaks a later purchase.
    pub fn set_opening_total(&self, schedule: &Schedule, total: Money) -> Result<Ledger, LedgerError> {
        let mut next = self.clone();
        next.set_opening(total);
        next.check(schedule, None)?;
        Ok(next)
    }

    /// Adds the purchases of `other` whose ids are new; identical ones are skipped, so importing
    /// the same file twice adds nothing. A non-zero opening total in `other` replaces ours.
    /// Returns the merged ledger and how many purchases were added; an error names the entry of
    /// `other` at fault, or `None` when an existing purchase is the one the merge would break.
    pub fn merge(&self, schedule: &Schedule, other: &Ledger) -> Result<(Ledger, usize), (Option<usize>, LedgerError)> {
        let opening = if other.opening_total.is_zero() { self.opening_total } else { other.opening_total };
        let mut purchases = self.purchases.clone();
        let mine = index_by_id(&self.purchases);
        let mut added = 0;
        for (i, p) in other.purchases.iter().enumerate() {
            match mine.get(&*p.id) {
                Some(&at) if self.purchases[at] == *p => {}
                Some(_) => return Err((Some(i), LedgerError::DuplicateId { id: String::from(&*p.id) })),
                None => {
                    purchases.push(p.clone());
                    added += 1;
                }
            }
        }
        let next = Ledger::unchecked(opening, purchases);
        next.replay(schedule).map_err(|(at, over)| {
            let culprit = &next.purchases[at];
            match other.purchases.iter().position(|p| p.id == culprit.id) {
                Some(i) => (Some(i), LedgerError::over_cap(culprit.amount, over)),
                None => {
                    (None, LedgerError::BreaksLater { amount: culprit.amount, date: culprit.date, limit: over.limit })
                }
            }
        })?;
        Ok((next, added))
    }

    /// Puts back purchases that were removed (undo), and the opening total if given. Anything
    /// added since stays; purchases already present again are skipped.
    pub fn restore(
        &self,
        schedule: &Schedule,
        removed: &[Purchase],
        opening_total: Option<Money>,
    ) -> Result<Ledger, LedgerError> {
        let mut purchases = self.purchases.clone();
        let present = index_by_id(&self.purchases);
        purchases.extend(removed.iter().filter(|p| !present.contains_key(&*p.id)).cloned());
        let next = Ledger::unchecked(opening_total.unwrap_or(self.opening_total), purchases);
        next.check(schedule, None)?;
        Ok(next)
    }

    /// Replays and turns a failure into the error a person should see: the new purchase itself
    /// being over the cap, or an existing one that the change would break.
    fn check(&self, schedule: &Schedule, new_id: Option<&str>) -> Result<(), LedgerError> {
        self.replay(schedule).map_err(|(at, over)| {
            let p = &self.purchases[at];
            if Some(&*p.id) == new_id {
                LedgerError::over_cap(p.amount, over)
            } else {
                LedgerError::BreaksLater { amount: p.amount, date: p.date, limit: over.limit }
            }
        })
    }

    /// When waiting periods began: at the first purchase, or before tracking if there is an
    /// opening total.
    fn wait_anchor(&self) -> WaitAnchor {
        if !self.opening_total.is_zero() {
            return WaitAnchor::Passed;
        }
        // The first purchase in replay order is the earliest.
        self.order.first().map_or(WaitAnchor::None, |&i| WaitAnchor::Since(self.purchases[i].date))
    }

    /// Walks the purchases in date order; on the first deposit above its cap, returns its index
    /// with the limit and the most that could have been deposited that day.
    fn replay(&self, schedule: &Schedule) -> Result<(), (usize, OverCap)> {
        let mut caps = CapTracker::new(schedule, self.opening_total);
        for &i in &self.order {
            let p = &self.purchases[i];
            caps.check(p.amount, p.date).map_err(|over| (i, over))?;
            caps.deposit(p.amount, p.date);
        }
        Ok(())
    }

    /// The cap for deposits made on `from` or later, once every recorded purchase is counted,
    /// without replaying them: only the total, when waits began and what `from`'s month took
    /// can still matter. So a plan or a what-if never copies or replays 10,000 purchases.
    pub(crate) fn caps_from<'a>(&self, schedule: &'a Schedule, from: Date) -> CapTracker<'a> {
        let month = (schedule.cap_rule == CapRule::PerCalendarMonth).then(|| {
            let mut spent = Money::ZERO;
            // Latest first, up to an earlier month; one later than `from` (a clock set back) is
            // skipped. A plain loop: the iterator chain cost the wasm ~220 B gzip.
            for &i in self.order.iter().rev() {
                let p = &self.purchases[i];
                if p.date.same_month(from) {
                    spent = spent + p.amount;
                } else if p.date < from {
                    break;
                }
            }
            (from, spent)
        });
        CapTracker::resume(schedule, self.total, self.wait_anchor(), month)
    }
}
