//! localStorage in the browser: probing, reading every batch, and writing this session's own.

use std::cell::{Cell, RefCell};

use gloo_storage::{LocalStorage, Storage};

use super::journal::{self, Batch, Event, Journal, Session, BATCH_PREFIX};
use super::records::{self, RecordError};
use super::StorageNotice;
use crate::domain::{Date, Ledger, Money, Schedule};
use crate::formats::ledger_file;
use crate::storage::records::to_base36;

thread_local! {
    /// This page's session: its batch and the ids it mints. One per page, created on first use.
    static SESSION: RefCell<Session> = RefCell::new(Session::new(now(), &random4()));
}

fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// Four random base-36 characters: with the start time they name the session's batch.
fn random4() -> String {
    let n = (js_sys::Math::random() * 1_679_616.0) as u64; // 36^4
    format!("{:0>4}", to_base36(n))
}

/// A fresh purchase id, ordered by the time it is minted (`<time><session suffix>`).
pub fn new_id() -> String {
    SESSION.with_borrow_mut(|s| s.mint(now()))
}

/// Whether tierup may write, and when "Clear all" last happened as far as it knows.
#[derive(Debug)]
pub struct Store {
    writable: bool,
    cleared: Cell<Option<u64>>,
}

/// What loading found.
pub struct Loaded {
    pub store: Store,
    pub ledger: Ledger,
    pub notices: Vec<StorageNotice>,
}

/// `LocalStorage::raw()` traps when storage is blocked, so ask web-sys first: it reports the
/// browser's SecurityError as an error value.
fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

fn read(key: &str) -> Result<Option<String>, ()> {
    LocalStorage::raw().get_item(key).map_err(|_| ())
}

fn write(key: &str, value: &str) -> Result<(), ()> {
    LocalStorage::raw().set_item(key, value).map_err(|_| ())
}

fn remove(key: &str) -> Result<(), ()> {
    LocalStorage::raw().remove_item(key).map_err(|_| ())
}

/// The language picked on the standalone page, if one was and storage can be read.
pub fn saved_locale() -> Option<String> {
    available().then(|| read(records::LOCALE_KEY).ok().flatten()).flatten()
}

/// Remembers the picked language; where storage is blocked it lasts as long as the page.
pub fn save_locale(tag: &str) {
    if available() {
        let _ = write(records::LOCALE_KEY, tag); // Only a preference: the picker still works.
    }
}

/// Keys of this origin that are tierup's; other apps' keys are never read or changed.
pub fn is_ours(key: &str) -> bool {
    key.starts_with(records::PREFIX)
}

/// Every tierup entry in one read: a single `JSON.stringify(localStorage)` call instead of a
/// `key()` and a `getItem()` call per key across the wasm boundary. Other apps' values are
/// skipped unread.
fn our_entries() -> Result<Vec<(String, String)>, ()> {
    let dump = js_sys::JSON::stringify(&LocalStorage::raw()).map_err(|_| ())?;
    records::ours_from_json(&String::from(dump)).map_err(|_| ())
}

impl Store {
    fn new(writable: bool, cleared: Option<u64>) -> Store {
        Store { writable, cleared: Cell::new(cleared) }
    }

    /// A store that never writes (storage unusable, or read-only data).
    pub fn memory_only() -> Store {
        Store::new(false, None)
    }

    /// Writes the change from what is stored (`saved`) to `next` as this session's events;
    /// `clearing` for "Clear all purchases". On failure nothing is assumed saved: the caller
    /// asks again with the same `saved`, and nothing is written twice.
    pub fn save(&self, saved: &Ledger, next: &Ledger, clearing: bool) -> Result<(), StorageNotice> {
        if !self.writable {
            return Ok(());
        }
        if !available() {
            return Err(StorageNotice::WriteFailed);
        }
        SESSION.with_borrow_mut(|session| {
            let writes = session.apply(saved, next, clearing, self.cleared.get(), now());
            let mut ok = true;
            if let Some(cleared) = writes.meta {
                let written = write(records::META_KEY, &records::encode_meta(next.opening_total(), cleared)).is_ok();
                if written {
                    self.cleared.set(cleared);
                }
                ok &= written;
            }
            if writes.batch {
                ok &= write_batch(&session.batch).is_ok();
            }
            ok.then_some(()).ok_or(StorageNotice::WriteFailed)
        })
    }
}

fn write_batch(batch: &Batch) -> Result<(), ()> {
    if batch.events.is_empty() {
        remove(&batch.key)
    } else {
        write(&batch.key, &batch.text())
    }
}

/// Storage being read, in steps: when the page starts each is a task of its own, since with
/// 10,000 purchases each takes tens of milliseconds and together they would hold the page up.
pub struct Opening {
    meta: records::Meta,
    /// tierup's entries as read, until they are parsed.
    entries: Vec<(String, String)>,
    notices: Vec<StorageNotice>,
    set_aside: Vec<(String, String)>,
    batches: Vec<Batch>,
    /// Layout 1 purchases still to move into this session's batch, and their keys.
    layout1: Vec<(Event, String)>,
    /// Other sessions' batches with nothing live left after "Clear all": safe to remove.
    spent: Vec<String>,
    legacy: bool,
    journal: Journal,
}

/// The suffix of the batch layout 1 purchases are replayed as (never written; a session's
/// suffix is base 36, so it cannot end so).
const LAYOUT1_SUFFIX: &str = "~old";

/// Step 1: every tierup entry, in one read, and the meta record. Nothing is written but a copy
/// of an unreadable meta record.
pub fn open() -> Result<Opening, StorageNotice> {
    if !available() {
        return Err(StorageNotice::Unavailable);
    }
    let entries = our_entries().map_err(|_| StorageNotice::Unavailable)?;
    let value_of = |key: &str| entries.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let mut notices = Vec::new();
    let fresh = records::Meta { opening_total: Money::ZERO, cleared: None, version: records::VERSION };
    let meta = match value_of(records::META_KEY) {
        None => fresh,
        Some(text) => match records::decode_meta(text) {
            Ok(meta) => meta,
            Err(RecordError::Newer(v)) => return Err(StorageNotice::NewerVersion(v)),
            Err(why) => match quarantine(text) {
                Some(key) => {
                    notices.push(StorageNotice::Quarantined { key, why: why.to_string() });
                    fresh
                }
                None => {
                    let key = records::META_KEY.into();
                    return Err(StorageNotice::LeftInPlace { key, why: why.to_string() });
                }
            },
        },
    };
    let legacy = value_of(records::LEGACY_KEY).is_some();
    let (set_aside, batches, layout1, spent) = Default::default();
    let journal = Journal::default();
    Ok(Opening { meta, entries, notices, set_aside, batches, layout1, spent, legacy, journal })
}

impl Opening {
    /// Step 2: each batch (and each layout 1 record) parsed.
    pub fn parse(&mut self) {
        let entries = core::mem::take(&mut self.entries);
        let (set_aside, batches, layout1) = (&mut self.set_aside, &mut self.batches, &mut self.layout1);
        for (key, value) in &entries {
            if key.starts_with(BATCH_PREFIX) {
                match Batch::parse(key, value) {
                    Ok((batch, bad)) => {
                        set_aside
                            .extend(bad.into_iter().map(|(line, why)| (format!("{key} (line {line})"), why.into())));
                        batches.push(batch);
                    }
                    Err(why) => set_aside.push((key.clone(), why.into())),
                }
            } else if key.starts_with(records::PURCHASE_PREFIX) {
                match records::decode_purchase(key, value) {
                    Ok((p, seq)) => {
                        let event = Event::Given { t: seq >> 10, amount: p.amount, date: p.date, id: p.id.to_string() };
                        layout1.push((event, key.clone()));
                    }
                    Err(why) => set_aside.push((key.clone(), why.to_string())),
                }
            }
        }
        let cleared = self.meta.cleared;
        self.spent = batches
            .iter()
            .filter(|b| cleared.is_some_and(|c| b.events.iter().all(|e| e.t() <= c)))
            .map(|b| b.key.clone())
            .collect();
        // Layout 1 purchases count as a batch of their own until they are moved.
        let mut old = Batch::new(0, LAYOUT1_SUFFIX);
        old.events = layout1.iter().map(|(e, _)| e.clone()).collect();
        batches.push(old);
    }

    /// Step 3: the batches replayed into the purchases that are live.
    pub fn replay(&mut self) {
        self.journal = journal::replay(&self.batches, self.meta.cleared);
        self.set_aside.append(&mut self.journal.set_aside);
    }

    /// The purchases checked against the schedule: one that breaks a rule (two tabs each adding
    /// up to a monthly cap, say) is set aside on its own, its event left where it is.
    fn ledger(&mut self, schedule: &Schedule, today: Date) -> (Ledger, Vec<StorageNotice>) {
        let purchases = core::mem::take(&mut self.journal.purchases);
        let (ledger, left_out) = Ledger::leaving_out_invalid(schedule, self.meta.opening_total, purchases, today);
        for (at, e) in left_out {
            // A layout 1 purchase is named by its own key; any other by its batch and id.
            let batch = &self.batches[self.journal.batch_of[at]].key;
            let old = self.layout1.iter().find(|(ev, _)| matches!(ev, Event::Given { id, .. } if *id == e.id));
            let key = match (batch.ends_with(LAYOUT1_SUFFIX), old) {
                (true, Some((_, key))) => key.clone(),
                _ => format!("{batch} ({})", e.id),
            };
            self.set_aside.push((key, e.error.to_string()));
        }
        let mut notices = core::mem::take(&mut self.notices);
        if !self.set_aside.is_empty() {
            notices.push(StorageNotice::SetAside(core::mem::take(&mut self.set_aside)));
        }
        (ledger, notices)
    }

    /// Step 4, when the page starts: the ledger, with older layouts moved into this session's
    /// batch and the batches "Clear all" emptied removed.
    pub fn finish(mut self, schedule: &Schedule, today: Date) -> Loaded {
        let (mut ledger, mut notices) = self.ledger(schedule, today);
        let store = Store::new(true, self.meta.cleared);
        if !self.layout1.is_empty() || self.meta.version < records::VERSION {
            // Writing layout 2's meta record also tells older tierups (an open tab, a cached page)
            // that the data is newer than they are, so they stop writing layout 1 records.
            migrate_layout1(&self.layout1, ledger.opening_total(), self.meta.cleared);
        }
        for key in &self.spent {
            let _ = remove(key); // Only tidying: what is left is dead and is read as such.
        }
        if self.legacy {
            match migrate_legacy(&store, &ledger, schedule, today) {
                Ok(merged) => ledger = merged,
                Err(why) => notices.push(StorageNotice::SetAside(vec![(records::LEGACY_KEY.into(), why)])),
            }
        }
        Loaded { store, ledger, notices }
    }
}

/// What to show when storage cannot be used at all: nothing, in memory, and why.
pub fn stuck(notice: StorageNotice) -> Loaded {
    Loaded { store: Store::memory_only(), ledger: Ledger::default(), notices: vec![notice] }
}

/// What storage holds now that another tab changed it (empty if it cannot be read); this
/// session drops the events that change made dead.
pub fn reload(store: &Store, schedule: &Schedule, today: Date) -> Ledger {
    let Ok(mut opening) = open() else { return Ledger::default() };
    opening.parse();
    opening.replay();
    let (ledger, _) = opening.ledger(schedule, today);
    store.cleared.set(opening.meta.cleared);
    SESSION.with_borrow_mut(|s| s.prune(&opening.journal, opening.meta.cleared));
    ledger
}

/// Moves layout 1 records into this session's batch (with the times they were added), then the
/// meta record to layout 2, and removes the old keys only once both are written.
fn migrate_layout1(layout1: &[(Event, String)], opening_total: Money, cleared: Option<u64>) {
    let written = layout1.is_empty()
        || SESSION.with_borrow_mut(|session| {
            session.batch.events.extend(layout1.iter().map(|(e, _)| e.clone()));
            write_batch(&session.batch).is_ok()
        });
    if written && write(records::META_KEY, &records::encode_meta(opening_total, cleared)).is_ok() {
        for (_, key) in layout1 {
            let _ = remove(key); // A key left behind is read again and found already moved.
        }
    }
}

/// Moves a ledger saved in the single-key layout into this session's batch, removing the old
/// key only once it is written. Old data that cannot be used is left where it is: tierup never
/// writes that key again, so leaving it is safe.
fn migrate_legacy(store: &Store, current: &Ledger, schedule: &Schedule, today: Date) -> Result<Ledger, String> {
    let text = read(records::LEGACY_KEY).ok().flatten().unwrap_or_default();
    let old = ledger_file::parse(&text, schedule, today).map_err(|e| e.to_string())?;
    let (merged, _) = current.merge(schedule, &old).map_err(|(_, e)| e.to_string())?;
    store.save(current, &merged, false).map_err(|e| e.to_string())?;
    remove(records::LEGACY_KEY).map_err(|_| "it could not be removed after copying".to_string())?;
    Ok(merged)
}

/// Copies unreadable text to the first free quarantine key (or one already holding the same
/// text, so reloading does not pile up copies) and reads it back before trusting the copy.
fn quarantine(text: &str) -> Option<String> {
    for n in 1..1000 {
        let key = format!("{}{n}", records::QUARANTINE_PREFIX);
        match read(&key).ok()? {
            Some(existing) if existing == text => return Some(key),
            Some(_) => continue,
            None => {
                write(&key, text).ok()?;
                return (read(&key).ok()?.as_deref() == Some(text)).then_some(key);
            }
        }
    }
    None
}
