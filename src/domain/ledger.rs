//! Purchases and the opening total. Every change is checked by replaying the whole ledger,
//! so a back-dated purchase or a deletion can never leave history that broke the cap.

use std::rc::Rc;

use super::date::Date;
use super::ids::{IdMap, IdSet};
use super::money::Money;
use super::schedule::{CapRule, Schedule};
use super::standing::{standing, WaitAnchor};

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

/// A stored or imported purchase that breaks a rule: its position, its id and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryError {
    pub index: usize,
    pub id: String,
    pub error: LedgerError,
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

    /// A ledger of these parts with its order and total worked out (one sort).
    fn of(opening_total: Money, purchases: Vec<Purchase>) -> Ledger {
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

    /// Builds a ledger from stored or imported parts, checking every rule.
    pub fn from_parts(
        schedule: &Schedule,
        opening_total: Money,
        purchases: Vec<Purchase>,
        today: Date,
    ) -> Result<Ledger, EntryError> {
        Ledger::built(schedule, opening_total, purchases, today).map_err(|(_, e)| e)
    }

    /// Like `from_parts`, but leaves out each purchase that breaks a rule (storage read back
    /// what two tabs or another version wrote: one bad purchase must not cost the others).
    /// Returns the ledger and, for each purchase left out, its index in `purchases` and why.
    pub fn from_stored(
        schedule: &Schedule,
        opening_total: Money,
        mut purchases: Vec<Purchase>,
        today: Date,
    ) -> (Ledger, Vec<(usize, EntryError)>) {
        let mut origin: Vec<usize> = (0..purchases.len()).collect();
        let mut left_out = Vec::new();
        loop {
            match Ledger::built(schedule, opening_total, purchases, today) {
                Ok(ledger) => return (ledger, left_out),
                Err((back, e)) => {
                    purchases = back;
                    purchases.remove(e.index);
                    left_out.push((origin.remove(e.index), e));
                }
            }
        }
    }

    /// Checks every rule; on a failure hands the purchases back with the first one at fault.
    fn built(
        schedule: &Schedule,
        opening_total: Money,
        purchases: Vec<Purchase>,
        today: Date,
    ) -> Result<Ledger, (Vec<Purchase>, EntryError)> {
        let mut fault = None;
        let mut seen = IdSet::with_capacity_and_hasher(purchases.len(), Default::default());
        for (i, p) in purchases.iter().enumerate() {
            let error = if p.amount.is_zero() {
                LedgerError::NotPositive
            } else if p.date > today {
                LedgerError::FutureDate { date: p.date }
            } else if !seen.insert(&*p.id) {
                LedgerError::DuplicateId { id: p.id.to_string() }
            } else {
                continue;
            };
            fault = Some(EntryError { index: i, id: p.id.to_string(), error });
            break;
        }
        drop(seen);
        if let Some(fault) = fault {
            return Err((purchases, fault));
        }
        let ledger = Ledger::of(opening_total, purchases);
        match ledger.replay(schedule) {
            Ok(()) => Ok(ledger),
            Err((i, limit, most)) => {
                let p = &ledger.purchases[i];
                let fault = EntryError {
                    index: i,
                    id: p.id.to_string(),
                    error: LedgerError::OverCap { amount: p.amount, limit, most },
                };
                Err((ledger.purchases, fault))
            }
        }
    }

    /// Records a purchase, or says why it may not be made.
    pub fn add(&self, schedule: &Schedule, purchase: Purchase, today: Date) -> Result<Ledger, LedgerError> {
        if purchase.date > today {
            return Err(LedgerError::FutureDate { date: purchase.date });
        }
        self.add_unchecked_date(schedule, purchase)
    }

    /// `add` without the clock: plans place deposits on days still to come.
    pub(crate) fn add_unchecked_date(&self, schedule: &Schedule, purchase: Purchase) -> Result<Ledger, LedgerError> {
        if purchase.amount.is_zero() {
            return Err(LedgerError::NotPositive);
        }
        if self.purchases.iter().any(|p| p.id == purchase.id) {
            return Err(LedgerError::DuplicateId { id: purchase.id.to_string() });
        }
        // Dated on or after every recorded purchase, it comes last in replay order: the history
        // before it cannot change, so only its own cap needs checking (no replay of 10,000).
        if self.order.last().is_none_or(|&i| self.purchases[i].date <= purchase.date) {
            super::ahead::Ahead::of(schedule, self).check(purchase.amount, purchase.date)?;
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
        let mine: IdMap<&str, &Purchase> = self.purchases.iter().map(|p| (&*p.id, p)).collect();
        let mut added = 0;
        for (i, p) in other.purchases.iter().enumerate() {
            match mine.get(&*p.id) {
                Some(&same) if same == p => {}
                Some(_) => return Err((Some(i), LedgerError::DuplicateId { id: p.id.to_string() })),
                None => {
                    purchases.push(p.clone());
                    added += 1;
                }
            }
        }
        let next = Ledger::of(opening, purchases);
        next.replay(schedule).map_err(|(at, limit, most)| {
            let culprit = &next.purchases[at];
            match other.purchases.iter().position(|p| p.id == culprit.id) {
                Some(i) => (Some(i), LedgerError::OverCap { amount: culprit.amount, limit, most }),
                None => (None, LedgerError::BreaksLater { amount: culprit.amount, date: culprit.date, limit }),
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
        let present: IdSet = self.purchases.iter().map(|p| &*p.id).collect();
        purchases.extend(removed.iter().filter(|p| !present.contains(&*p.id)).cloned());
        let next = Ledger::of(opening_total.unwrap_or(self.opening_total), purchases);
        next.check(schedule, None)?;
        Ok(next)
    }

    /// Replays and turns a failure into the error a person should see: the new purchase itself
    /// being over the cap, or an existing one that the change would break.
    fn check(&self, schedule: &Schedule, new_id: Option<&str>) -> Result<(), LedgerError> {
        self.replay(schedule).map_err(|(at, limit, most)| {
            let p = &self.purchases[at];
            if Some(&*p.id) == new_id {
                LedgerError::OverCap { amount: p.amount, limit, most }
            } else {
                LedgerError::BreaksLater { amount: p.amount, date: p.date, limit }
            }
        })
    }

    /// Purchase indices in replay order: by date, ties in the order added.
    pub fn replay_order(&self) -> &[usize] {
        &self.order
    }

    pub(crate) fn wait_anchor(&self) -> WaitAnchor {
        if !self.opening_total.is_zero() {
            return WaitAnchor::Passed;
        }
        // The first purchase in replay order is the earliest.
        self.order.first().map_or(WaitAnchor::None, |&i| WaitAnchor::Since(self.purchases[i].date))
    }

    /// Walks the purchases in date order; on the first deposit above its cap, returns its index
    /// with the limit and the most that could have been deposited that day.
    fn replay(&self, schedule: &Schedule) -> Result<(), (usize, Money, Money)> {
        let anchor = self.wait_anchor();
        let monthly = schedule.cap_rule == CapRule::PerCalendarMonth;
        // Without waiting periods the tier in force changes only when the total passes the next
        // threshold: work it out then, not for every one of 10,000 purchases.
        let waits = schedule.tiers.iter().any(|t| t.wait_days > 0);
        let mut known: Option<(Option<Money>, Option<Money>)> = None; // (limit, next threshold)
        let mut total = self.opening_total;
        let mut month: Option<Date> = None;
        let mut month_spent = Money::ZERO;
        for &i in &self.order {
            let p = &self.purchases[i];
            if monthly && !month.is_some_and(|m| m.same_month(p.date)) {
                month = Some(p.date);
                month_spent = Money::ZERO;
            }
            let limit = match known {
                Some((limit, next)) if !waits && next.is_none_or(|next| total < next) => limit,
                _ => {
                    let limit = standing(schedule, total, anchor, p.date).limit;
                    let next = schedule.purchasable().map(|(_, _, th)| th).find(|&th| th > total);
                    known = Some((limit, next));
                    limit
                }
            };
            if let Some(limit) = limit {
                let over = match monthly {
                    false => p.amount > limit,
                    true => month_spent + p.amount > limit,
                };
                if over {
                    let used = if monthly { month_spent } else { Money::ZERO };
                    return Err((i, limit, limit.saturating_sub(used)));
                }
            }
            if monthly {
                month_spent = month_spent + p.amount;
            }
            total = total + p.amount;
        }
        Ok(())
    }

    /// The cap on a deposit made on `on` after every recorded purchase: `None` means no limit.
    pub fn most_on(&self, schedule: &Schedule, on: Date) -> Option<Money> {
        super::ahead::Ahead::of(schedule, self).most_on(on)
    }
}
