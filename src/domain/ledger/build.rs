//! A ledger built from parts that were stored or imported rather than added one change at a
//! time: every purchase is checked against every rule, by one replay.

use super::{Date, IdMap, Ledger, LedgerError, Money, Purchase, Schedule};

/// A stored or imported purchase that breaks a rule: its position, its id and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryError {
    pub index: usize,
    pub id: String,
    pub error: LedgerError,
}

impl Ledger {
    /// The ledger of these parts if every purchase keeps every rule; else the first that does
    /// not, and nothing is built (an import is all or nothing).
    pub fn validated(
        schedule: &Schedule,
        opening_total: Money,
        purchases: Vec<Purchase>,
        today: Date,
    ) -> Result<Ledger, EntryError> {
        first_fault(schedule, opening_total, purchases, today).map_err(|(_, e)| e)
    }

    /// The ledger of these parts without each purchase that breaks a rule (storage read back
    /// what two tabs or another version wrote: one bad purchase must not cost the others).
    /// Returns the ledger and, for each purchase left out, its index in `purchases` and why.
    pub fn leaving_out_invalid(
        schedule: &Schedule,
        opening_total: Money,
        mut purchases: Vec<Purchase>,
        today: Date,
    ) -> (Ledger, Vec<(usize, EntryError)>) {
        let mut origin: Vec<usize> = (0..purchases.len()).collect();
        let mut left_out = Vec::new();
        loop {
            match first_fault(schedule, opening_total, purchases, today) {
                Ok(ledger) => return (ledger, left_out),
                Err((back, e)) => {
                    purchases = back;
                    purchases.remove(e.index);
                    left_out.push((origin.remove(e.index), e));
                }
            }
        }
    }
}

/// Checks every rule, the cheap ones before the replay; on a failure hands the purchases back
/// with the first one at fault.
fn first_fault(
    schedule: &Schedule,
    opening_total: Money,
    purchases: Vec<Purchase>,
    today: Date,
) -> Result<Ledger, (Vec<Purchase>, EntryError)> {
    let mut fault = None;
    let mut seen = IdMap::with_capacity(purchases.len());
    for (i, p) in purchases.iter().enumerate() {
        let error = if p.amount.is_zero() {
            LedgerError::NotPositive
        } else if p.date > today {
            LedgerError::FutureDate { date: p.date }
        } else if seen.insert(&*p.id, i).is_some() {
            LedgerError::DuplicateId { id: String::from(&*p.id) }
        } else {
            continue;
        };
        fault = Some(EntryError { index: i, id: String::from(&*p.id), error });
        break;
    }
    drop(seen);
    if let Some(fault) = fault {
        return Err((purchases, fault));
    }
    let ledger = Ledger::unchecked(opening_total, purchases);
    match ledger.replay(schedule) {
        Ok(()) => Ok(ledger),
        Err((i, over)) => {
            let p = &ledger.purchases[i];
            let fault = EntryError { index: i, id: String::from(&*p.id), error: LedgerError::over_cap(p.amount, over) };
            Err((ledger.purchases, fault))
        }
    }
}
