//! This tab session's side of storage: the changes the state accepted, appended to its own log
//! and settings. Pure, tested natively; `local` writes what it holds, a whole key at a time, so
//! a write that failed is simply made again by the next save.

use std::rc::Rc;

use super::log::{from_base36, own_id, Event, Log};
use super::replay::Replayed;
use super::settings::Settings;
use crate::domain::{Money, Purchase};

/// A change the state accepted: what storage records of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Added(Purchase),
    Deleted(Rc<str>),
    /// "Clear all purchases": every purchase, and the opening total.
    Cleared,
    /// The last "Clear all purchases" taken back.
    ClearUndone,
    OpeningTotal(Money),
}

/// Ids for purchases added in this tab session: the time of adding and the session's suffix,
/// the shape its log writes without the id (`<t> <amount> <date>`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ids {
    suffix: Rc<str>,
    last: u64,
}

impl Ids {
    /// A new id for a purchase added at `now` (ms); each is later than the one before.
    pub fn mint(&mut self, now: u64) -> Rc<str> {
        self.last = now.max(self.last + 1);
        own_id(self.last, &self.suffix).into()
    }
}

/// Which of this session's keys storage does not hold as they are here yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Unwritten {
    pub log: bool,
    pub settings: bool,
}

#[derive(Clone, Debug)]
pub struct Session {
    pub log: Log,
    pub settings: Settings,
    pub unwritten: Unwritten,
    /// The latest time this session has written: later changes get later times.
    last: u64,
    /// What "Clear all" took from the log and the clear mark it replaced, while it can still
    /// be undone (until the next other change).
    before_clear: Option<(Option<u64>, Vec<Event>)>,
}

impl Session {
    /// A session started at `start` (ms), named by four base-36 characters, over the settings
    /// storage holds.
    pub fn new(start: u64, suffix: &str, settings: Settings) -> Session {
        let log = Log::new(start, suffix);
        Session { log, settings, unwritten: Unwritten::default(), last: 0, before_clear: None }
    }

    /// Where the state's new purchase ids come from.
    pub fn ids(&self) -> Ids {
        Ids { suffix: self.log.suffix().into(), last: self.last }
    }

    fn tick(&mut self, now: u64) -> u64 {
        self.last = now.max(self.last + 1);
        self.last
    }

    /// Appends a change made at `now` (ms) to this session's log or settings.
    pub fn record(&mut self, change: &Change, now: u64) {
        if *change != Change::ClearUndone {
            self.before_clear = None;
        }
        match change {
            Change::Added(purchase) => self.added(purchase, now),
            Change::Deleted(id) => self.deleted(id, now),
            Change::Cleared => {
                let at = self.tick(now);
                let events = core::mem::take(&mut self.log.events);
                self.before_clear = Some((self.settings.cleared_at, events));
                self.settings = Settings { opening_total: Money::ZERO, cleared_at: Some(at) };
                self.unwritten = Unwritten { log: true, settings: true };
            }
            Change::ClearUndone => {
                if let Some((cleared_at, events)) = self.before_clear.take() {
                    self.log.events = events;
                    self.settings.cleared_at = cleared_at;
                    self.unwritten = Unwritten { log: true, settings: true };
                }
            }
            Change::OpeningTotal(total) if self.settings.opening_total == *total => {}
            Change::OpeningTotal(total) => {
                self.settings.opening_total = *total;
                self.unwritten.settings = true;
            }
        }
    }

    /// A purchase with an id this session minted, newer than anything it wrote, is written
    /// without its id; any other (imported, restored by undo) with its id and a new time.
    fn added(&mut self, purchase: &Purchase, now: u64) {
        let minted = purchase.id.strip_suffix(self.log.suffix()).and_then(from_base36);
        let (amount, date) = (purchase.amount, purchase.date);
        let event = match minted {
            Some(t) if t > self.last && self.log.own_id(t) == *purchase.id => {
                self.last = t;
                Event::AddedHere { t, amount, date }
            }
            _ => Event::AddedWithId { t: self.tick(now), amount, date, id: String::from(&*purchase.id) },
        };
        self.log.events.push(event);
        self.unwritten.log = true;
    }

    /// A purchase added in this session is written nowhere else: removing its line is enough.
    /// Any other gets a tombstone.
    fn deleted(&mut self, id: &str, now: u64) {
        let suffix = self.log.suffix().to_string();
        let adds_it = |e: &Event| match e {
            Event::AddedHere { t, .. } => own_id(*t, &suffix) == id,
            Event::AddedWithId { id: added, .. } => added == id,
            Event::Deleted { .. } => false,
        };
        let here = self.log.events.iter().any(|e| matches!(e, Event::AddedHere { .. }) && adds_it(e));
        self.log.events.retain(|e| !adds_it(e));
        if !here {
            let t = self.tick(now);
            self.log.events.push(Event::Deleted { t, id: id.to_string() });
        }
        self.unwritten.log = true;
    }

    /// Takes what another tab stored: its settings, unless this session's own are not written
    /// yet, and drops lines of this session that another tab's deletions or "Clear all" made
    /// dead, so the log does not carry them (they are dead in storage too: no write needed).
    pub fn stored_elsewhere(&mut self, settings: Settings, replayed: &Replayed) {
        if !self.unwritten.settings {
            self.settings = settings;
        }
        let (log, cleared_at) = (&self.log, self.settings.cleared_at);
        let dead: Vec<bool> = log
            .events
            .iter()
            .map(|e| {
                let after_clear = cleared_at.is_none_or(|c| e.t() > c);
                let tombstoned = log.added_id(e).and_then(|id| replayed.deleted.get(&id)).is_some_and(|&d| d > e.t());
                !after_clear || tombstoned
            })
            .collect();
        let mut dead = dead.into_iter();
        self.log.events.retain(|_| !dead.next().unwrap_or(false));
    }
}
