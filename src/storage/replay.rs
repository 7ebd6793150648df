//! Every session's log read together into the purchases that are live, in the order they were
//! added. Pure, tested natively.

use std::collections::HashMap;

use super::log::{Event, Log};
use super::{SetAside, Spot, Unusable};
use crate::domain::ids::IdMap;
use crate::domain::Purchase;

/// What the stored logs add up to.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Replayed {
    /// Live purchases in the order they were added.
    pub purchases: Vec<Purchase>,
    /// The log each of `purchases` was read from (an index into the logs replayed).
    pub log_of: Vec<usize>,
    /// Adds that could not be used, and why.
    pub set_aside: Vec<SetAside>,
    /// The latest deletion of each id.
    pub deleted: HashMap<String, u64>,
}

/// Replays every log: each id's live add (the earliest, if the same purchase was written
/// twice); a second live add of an id with other contents is set aside.
pub fn replay(logs: &[Log], cleared_at: Option<u64>) -> Replayed {
    let mut replayed = Replayed::default();
    for log in logs {
        for event in &log.events {
            if let Event::Deleted { t, id } = event {
                let latest = replayed.deleted.entry(id.clone()).or_insert(*t);
                *latest = (*latest).max(*t);
            }
        }
    }
    let mut live: Vec<(u64, Purchase, usize)> = Vec::new();
    let mut has_given = false;
    for (l, log) in logs.iter().enumerate() {
        for event in &log.events {
            has_given |= matches!(event, Event::AddedWithId { .. });
            let (t, amount, date) = match event {
                Event::AddedHere { t, amount, date } | Event::AddedWithId { t, amount, date, .. } => {
                    (*t, *amount, *date)
                }
                Event::Deleted { .. } => continue,
            };
            let id = log.added_id(event).unwrap_or_default();
            let deleted = !replayed.deleted.is_empty() && replayed.deleted.get(&id).is_some_and(|&d| d > t);
            if !deleted && cleared_at.is_none_or(|c| t > c) {
                live.push((t, Purchase { id: id.into(), amount, date }, l));
            }
        }
    }
    // Logs come in the order the browser lists storage keys (Chromium's is not by key): one
    // stable sort by time. The wasm's std, built for size, sorts without looking for runs of
    // sorted purchases; measured, that is under a millisecond of the ~9 ms the replay of 10,000
    // takes in the browser (9.0 ms with it, 8.9 without: medians of 15 loads each).
    live.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    // The same id twice: the same purchase written twice is kept once; other contents are set
    // aside. An id made of a time and a session suffix repeats only as the same event twice,
    // which the sort puts side by side; ids from elsewhere (imports) can repeat anywhere, so
    // only when there are any are all ids looked up.
    let mut keep = vec![true; live.len()];
    let clash = |i: usize, at: usize, keep: &mut Vec<bool>, replayed: &mut Replayed| {
        keep[i] = false;
        if live[at].1 != live[i].1 {
            let (key, spot) = (logs[live[i].2].key.clone(), Spot::Purchase(String::from(&*live[i].1.id)));
            replayed.set_aside.push(SetAside { key, spot, why: Unusable::IdTaken });
        }
    };
    if has_given {
        let mut first: IdMap = IdMap::with_capacity(live.len());
        for (i, (_, purchase, _)) in live.iter().enumerate() {
            match first.get(&*purchase.id) {
                Some(&at) => clash(i, at, &mut keep, &mut replayed),
                None => {
                    first.insert(&purchase.id, i);
                }
            }
        }
    } else {
        for i in 1..live.len() {
            if live[i].1.id == live[i - 1].1.id {
                let at = (0..i).rev().find(|&j| keep[j]).unwrap_or(i - 1);
                clash(i, at, &mut keep, &mut replayed);
            }
        }
    }
    let mut keep = keep.into_iter();
    replayed.purchases.reserve(live.len());
    replayed.log_of.reserve(live.len());
    for (_, purchase, l) in live.into_iter().filter(|_| keep.next().unwrap_or(false)) {
        replayed.purchases.push(purchase);
        replayed.log_of.push(l);
    }
    replayed
}
