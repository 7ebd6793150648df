//! Storage layout 2: each tab session appends what it changes to a batch of its own, a line an
//! event, under `tierup.b.<start><suffix>`. Pure text and rules, tested natively.
//!
//! Why batches: one key per purchase (layout 1) cost ~55 characters a purchase, 1.1 MB of
//! localStorage (UTF-16) for 10,000; a batch line costs ~25. Why one batch per session: a key is
//! only ever written by the session that owns it, so tabs working at the same time never rewrite
//! each other's data, which is what one key per purchase bought. A session deletes another
//! session's purchase by writing a tombstone in its own batch.
//!
//! Events, one a line (`t` is milliseconds since 1970 in base 36, strictly increasing within a
//! session; it orders purchases as they were added):
//!
//! - `<t> <amount> <date>`        a purchase added in this session; its id is `<t><suffix>`
//! - `<t> <amount> <date> <id>`   a purchase with an id of its own (imported, restored, migrated)
//! - `-<t> <id>`                  the purchase `id` deleted at `t`
//!
//! An add is live unless a deletion of its id comes after it, or the meta record's `cleared`
//! (when "Clear all purchases" was used) is at or after it.

use super::records::{from_base36, push_base36, to_base36};
use crate::domain::ids::{IdMap, IdSet};
use crate::domain::{Date, Ledger, Money, Purchase};

pub const BATCH_PREFIX: &str = "tierup.b.";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// Added in the batch's session: the id is `<t><suffix>`.
    Own { t: u64, amount: Money, date: Date },
    /// Added with an id of its own.
    Given { t: u64, amount: Money, date: Date, id: String },
    /// The purchase `id` deleted.
    Deleted { t: u64, id: String },
}

impl Event {
    pub fn t(&self) -> u64 {
        match self {
            Event::Own { t, .. } | Event::Given { t, .. } | Event::Deleted { t, .. } => *t,
        }
    }

    fn encode(&self, out: &mut String) {
        let purchase = |out: &mut String, t: u64, amount: &Money, date: &Date| {
            push_base36(out, t);
            out.push(' ');
            out.push_str(&amount.to_canonical());
            out.push(' ');
            out.push_str(&date.to_string());
        };
        match self {
            Event::Own { t, amount, date } => purchase(out, *t, amount, date),
            Event::Given { t, amount, date, id } => {
                purchase(out, *t, amount, date);
                out.push(' ');
                escape_into(out, id);
            }
            Event::Deleted { t, id } => {
                out.push('-');
                push_base36(out, *t);
                out.push(' ');
                escape_into(out, id);
            }
        }
    }

    fn decode(line: &str) -> Result<Event, &'static str> {
        if let Some(rest) = line.strip_prefix('-') {
            let (t, id) = rest.split_once(' ').ok_or("a deletion without an id")?;
            return Ok(Event::Deleted { t: time(t)?, id: unescape(id)? });
        }
        let mut parts = line.splitn(4, ' ');
        let (Some(t), Some(amount), Some(date)) = (parts.next(), parts.next(), parts.next()) else {
            return Err("not of the form \"<time> <amount> <date>\"");
        };
        let t = time(t)?;
        let amount = Money::parse_data(amount).ok().filter(|a| !a.is_zero()).ok_or("not an amount above zero")?;
        let date = Date::parse(date).map_err(|_| "not a YYYY-MM-DD date")?;
        Ok(match parts.next() {
            None => Event::Own { t, amount, date },
            Some(id) => Event::Given { t, amount, date, id: unescape(id)? },
        })
    }
}

fn time(text: &str) -> Result<u64, &'static str> {
    from_base36(text).ok_or("not a time")
}

/// Ids may hold anything but a line break: `\` and line breaks are escaped.
fn escape_into(out: &mut String, id: &str) {
    for c in id.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

fn unescape(text: &str) -> Result<String, &'static str> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        out.push(match (c, c == '\\') {
            (_, false) => c,
            (_, true) => match chars.next() {
                Some('\\') => '\\',
                Some('n') => '\n',
                Some('r') => '\r',
                _ => return Err("a broken escape in an id"),
            },
        });
    }
    if out.is_empty() {
        return Err("an empty id");
    }
    Ok(out)
}

/// Lines of a stored batch that could not be read: their number (1-based) and why.
pub type BadLines = Vec<(usize, &'static str)>;

/// One session's events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Batch {
    pub key: String,
    /// The last four characters of the key: the id of an own purchase is its time and this.
    suffix: String,
    pub events: Vec<Event>,
}

impl Batch {
    /// A new session's batch, started at `start` (ms) with four random base-36 characters.
    pub fn new(start: u64, random: &str) -> Batch {
        Batch { key: format!("{BATCH_PREFIX}{}{random}", to_base36(start)), suffix: random.into(), events: Vec::new() }
    }

    /// A stored batch; lines that cannot be read are returned, and left out.
    pub fn parse(key: &str, value: &str) -> Result<(Batch, BadLines), &'static str> {
        let name = key.strip_prefix(BATCH_PREFIX).ok_or("not a batch key")?;
        let suffix = name.get(name.len().saturating_sub(4)..).filter(|s| s.len() == 4 && name.len() > 4);
        let suffix = suffix.ok_or("a batch key without its session suffix")?;
        let mut batch = Batch { key: key.into(), suffix: suffix.into(), events: Vec::new() };
        let mut bad = Vec::new();
        for (n, line) in value.split('\n').enumerate().filter(|(_, l)| !l.is_empty()) {
            match Event::decode(line) {
                Ok(event) => batch.events.push(event),
                Err(why) => bad.push((n + 1, why)),
            }
        }
        Ok((batch, bad))
    }

    pub fn text(&self) -> String {
        let mut out = String::with_capacity(self.events.len() * 26);
        for (i, event) in self.events.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            event.encode(&mut out);
        }
        out
    }

    /// The id of a purchase added in this session at `t`.
    pub fn own_id(&self, t: u64) -> String {
        let mut id = String::with_capacity(16);
        push_base36(&mut id, t);
        id.push_str(&self.suffix);
        id
    }

    /// The time in an id this session minted, if it is one.
    fn minted(&self, id: &str) -> Option<u64> {
        from_base36(id.strip_suffix(self.suffix.as_str())?).filter(|&t| self.own_id(t) == id)
    }

    fn add_id(&self, event: &Event) -> Option<String> {
        match event {
            Event::Own { t, .. } => Some(self.own_id(*t)),
            Event::Given { id, .. } => Some(id.clone()),
            Event::Deleted { .. } => None,
        }
    }
}

/// What the stored batches add up to.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Journal {
    /// Live purchases in the order they were added.
    pub purchases: Vec<Purchase>,
    /// The batch each of `purchases` was read from (an index into the batches replayed).
    pub batch_of: Vec<usize>,
    /// Events that could not be used: where (`tierup.b.x`, purchase id) and why.
    pub set_aside: Vec<(String, String)>,
    /// The latest deletion of each id.
    pub deleted: IdMap<String, u64>,
}

/// Replays every batch: each id's live add (the earliest, if the same purchase was written
/// twice); a second live add of an id with other contents is set aside.
pub fn replay(batches: &[Batch], cleared: Option<u64>) -> Journal {
    let mut journal = Journal::default();
    for batch in batches {
        for event in &batch.events {
            if let Event::Deleted { t, id } = event {
                let latest = journal.deleted.entry(id.clone()).or_insert(*t);
                *latest = (*latest).max(*t);
            }
        }
    }
    let mut live: Vec<(u64, Purchase, usize)> = Vec::new();
    let mut has_given = false;
    for (b, batch) in batches.iter().enumerate() {
        for event in &batch.events {
            has_given |= matches!(event, Event::Given { .. });
            let (t, amount, date) = match event {
                Event::Own { t, amount, date } | Event::Given { t, amount, date, .. } => (*t, *amount, *date),
                Event::Deleted { .. } => continue,
            };
            let id = batch.add_id(event).unwrap_or_default();
            let deleted = !journal.deleted.is_empty() && journal.deleted.get(&id).is_some_and(|&d| d > t);
            if !deleted && cleared.is_none_or(|c| t > c) {
                live.push((t, Purchase { id: id.into(), amount, date }, b));
            }
        }
    }
    // Each batch is already in time order: a stable sort merges those runs cheaply.
    live.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    // The same id twice: the same purchase written twice is kept once; other contents are set
    // aside. An id made of a time and a batch suffix repeats only as the same event twice, which
    // the sort puts side by side; ids of their own (imports) can repeat anywhere, so only when
    // there are any are all ids looked up.
    let mut keep = vec![true; live.len()];
    let clash = |i: usize, at: usize, keep: &mut Vec<bool>, journal: &mut Journal| {
        keep[i] = false;
        if live[at].1 != live[i].1 {
            let why = "another purchase has its id".to_string();
            journal.set_aside.push((format!("{} ({})", batches[live[i].2].key, live[i].1.id), why));
        }
    };
    if has_given {
        let mut first: IdMap<&str, usize> = IdMap::with_capacity_and_hasher(live.len(), Default::default());
        for (i, (_, purchase, _)) in live.iter().enumerate() {
            match first.get(&*purchase.id) {
                Some(&at) => clash(i, at, &mut keep, &mut journal),
                None => {
                    first.insert(&purchase.id, i);
                }
            }
        }
    } else {
        for i in 1..live.len() {
            if live[i].1.id == live[i - 1].1.id {
                let at = (0..i).rev().find(|&j| keep[j]).unwrap_or(i - 1);
                clash(i, at, &mut keep, &mut journal);
            }
        }
    }
    let mut keep = keep.into_iter();
    journal.purchases.reserve(live.len());
    journal.batch_of.reserve(live.len());
    for (_, purchase, b) in live.into_iter().filter(|_| keep.next().unwrap_or(false)) {
        journal.purchases.push(purchase);
        journal.batch_of.push(b);
    }
    journal
}

/// The purchases of `saved` that `next` no longer has, and those `next` added. A change adds
/// or removes a few purchases somewhere in 10,000: the common start and end are matched by id
/// without hashing, and only what lies between is compared as sets.
fn difference<'a>(saved: &'a [Purchase], next: &'a [Purchase]) -> (Vec<&'a Purchase>, Vec<&'a Purchase>) {
    let start = saved.iter().zip(next).take_while(|(a, b)| a.id == b.id).count();
    let (saved, next) = (&saved[start..], &next[start..]);
    let end = saved.iter().rev().zip(next.iter().rev()).take_while(|(a, b)| a.id == b.id).count();
    let (saved, next) = (&saved[..saved.len() - end], &next[..next.len() - end]);
    let kept: IdSet = next.iter().map(|p| &*p.id).collect();
    let had: IdSet = saved.iter().map(|p| &*p.id).collect();
    let gone = saved.iter().filter(|p| !kept.contains(&*p.id)).collect();
    (gone, next.iter().filter(|p| !had.contains(&*p.id)).collect())
}

/// This session's side of storage: its batch, and what it needs to turn a change of the
/// ledger into events.
#[derive(Clone, Debug)]
pub struct Session {
    pub batch: Batch,
    last: u64,
    /// Times of ids minted and not yet written: such a purchase is written as `Own`.
    minted: Vec<u64>,
    /// What "Clear all" replaced, while it can still be undone: the previous `cleared`, the
    /// batch's events and the ledger before.
    before_clear: Option<(Option<u64>, Vec<Event>, Ledger)>,
}

/// What a change asks storage to do.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Writes {
    /// The session's batch changed: write its text (or remove the key when it is empty).
    pub batch: bool,
    /// `Some(cleared)`: the meta record changes (the opening total, and `cleared`).
    pub meta: Option<Option<u64>>,
}

impl Session {
    pub fn new(start: u64, random: &str) -> Session {
        Session { batch: Batch::new(start, random), last: 0, minted: Vec::new(), before_clear: None }
    }

    /// A time after every one this session has used.
    pub fn tick(&mut self, now: u64) -> u64 {
        self.last = now.max(self.last + 1);
        self.last
    }

    /// A fresh purchase id (its time orders it).
    pub fn mint(&mut self, now: u64) -> String {
        let t = self.tick(now);
        self.minted.push(t);
        self.batch.own_id(t)
    }

    fn live_adds(&self, id: &str) -> Vec<usize> {
        let deleted = self.batch.events.iter().filter_map(|e| match e {
            Event::Deleted { t, id: d } if d == id => Some(*t),
            _ => None,
        });
        let deleted = deleted.max();
        (0..self.batch.events.len())
            .filter(|&i| {
                let e = &self.batch.events[i];
                self.batch.add_id(e).as_deref() == Some(id) && deleted.is_none_or(|d| d < e.t())
            })
            .collect()
    }

    /// Turns `saved` -> `next` into events of this session; `clearing` when the change is
    /// "Clear all purchases". Idempotent: after a failed write the same change can be applied
    /// again without writing anything twice.
    pub fn apply(&mut self, saved: &Ledger, next: &Ledger, clearing: bool, cleared: Option<u64>, now: u64) -> Writes {
        let mut writes = Writes::default();
        if clearing && next.purchases().is_empty() {
            let at = self.tick(now);
            let events = core::mem::take(&mut self.batch.events);
            self.before_clear = Some((cleared, events, saved.clone()));
            return Writes { batch: true, meta: Some(Some(at)) };
        }
        if let Some((previous, events, before)) = self.before_clear.take() {
            if saved.purchases().is_empty() && next == &before {
                self.batch.events = events;
                return Writes { batch: true, meta: Some(previous) };
            }
        }
        if saved.opening_total() != next.opening_total() {
            writes.meta = Some(cleared);
        }
        let (gone, added) = difference(saved.purchases(), next.purchases());
        for gone in gone {
            let own = self.live_adds(&gone.id);
            writes.batch = true;
            let tombstoned =
                self.batch.events.iter().any(|e| matches!(e, Event::Deleted { id, .. } if **id == *gone.id));
            if own.is_empty() && (tombstoned || self.batch.minted(&gone.id).is_some()) {
                continue; // Deleted before, by a write that failed.
            }
            let only_here = own.iter().any(|&i| matches!(self.batch.events[i], Event::Own { .. }));
            for &i in own.iter().rev() {
                self.batch.events.remove(i);
            }
            // A purchase added in this session is written nowhere else: removing it is enough.
            if !only_here {
                let t = self.tick(now);
                self.batch.events.push(Event::Deleted { t, id: gone.id.to_string() });
            }
        }
        for new in added {
            writes.batch = true;
            if !self.live_adds(&new.id).is_empty() {
                continue; // Written before, by a write that failed.
            }
            let (amount, date) = (new.amount, new.date);
            let fresh = self.batch.minted(&new.id).and_then(|t| self.minted.iter().position(|&m| m == t));
            let event = match fresh {
                Some(at) => Event::Own { t: self.minted.swap_remove(at), amount, date },
                None => Event::Given { t: self.tick(now), amount, date, id: new.id.to_string() },
            };
            self.batch.events.push(event);
        }
        writes
    }

    /// Drops events of this session that another tab's deletions or "Clear all" have made
    /// dead, so the batch does not carry them.
    pub fn prune(&mut self, journal: &Journal, cleared: Option<u64>) {
        let batch = &self.batch;
        let dead: Vec<bool> = batch
            .events
            .iter()
            .map(|e| {
                let after_clear = cleared.is_none_or(|c| e.t() > c);
                let tombstoned = batch.add_id(e).and_then(|id| journal.deleted.get(&id)).is_some_and(|&d| d > e.t());
                !after_clear || tombstoned
            })
            .collect();
        let mut dead = dead.into_iter();
        self.batch.events.retain(|_| !dead.next().unwrap_or(false));
    }
}
