//! localStorage in the browser: reading every entry, and writing this session's log and
//! settings, a whole key at a time.

use std::cell::RefCell;

use gloo_storage::{LocalStorage, Storage};

use super::keys::{self, QUARANTINE_PREFIX, SETTINGS_KEY};
use super::log::to_base36;
use super::reading::{settings_record, Reading};
use super::session::{Change, Ids, Session};
use super::settings::{Settings, SettingsError};
use super::StorageNotice;
use crate::domain::text::{concat, decimal};
use crate::domain::{Date, Ledger, Schedule};

pub use keys::is_ours;

fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// Four random base-36 characters: with the start time they name the session's log.
fn random4() -> String {
    let n = (js_sys::Math::random() * 1_679_616.0) as u64; // 36^4
    let digits = to_base36(n);
    concat(&[&"0000"[digits.len().min(4)..], &digits])
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

/// How many entries the origin's storage holds (every app's, tierup's logs among them): how
/// much there is to read, known before it is read.
pub fn entry_count() -> u32 {
    if available() {
        LocalStorage::raw().length().unwrap_or(0)
    } else {
        0
    }
}

/// The language picked on the standalone page, if one was and storage can be read.
pub fn saved_locale() -> Option<String> {
    available().then(|| read(keys::LOCALE_KEY).ok().flatten()).flatten()
}

/// Remembers the picked language; where storage is blocked it lasts as long as the page.
pub fn save_locale(tag: &str) {
    if available() {
        let _ = write(keys::LOCALE_KEY, tag); // Only a preference: the picker still works.
    }
}

/// Every tierup entry, read key by key in one task: one consistent copy, since the browser
/// applies another tab's writes between tasks. Other apps' keys are listed, their values never
/// read. (A single `JSON.stringify(localStorage)`, the whole dump parsed as JSON, linked 139 B
/// more gzip; with 10,000 purchases stored either read takes about 10 ms.)
fn our_entries() -> Result<Vec<(String, String)>, ()> {
    let storage = LocalStorage::raw();
    let mut entries = Vec::new();
    for i in 0..storage.length().map_err(|_| ())? {
        if let Some(key) = storage.key(i).map_err(|_| ())?.filter(|key| is_ours(key)) {
            // A key listed with no value would be storage changing mid-read: not readable.
            let value = storage.get_item(&key).map_err(|_| ())?.ok_or(())?;
            entries.push((key, value));
        }
    }
    Ok(entries)
}

/// The browser refused a write: what the reader is told is [`StorageNotice::WriteFailed`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WriteFailed;

/// This tab session's storage: its log and settings, and whether it may write them.
#[derive(Debug)]
pub struct Store {
    writable: bool,
    session: RefCell<Session>,
}

/// What reading storage found when the page started.
pub struct Loaded {
    pub store: Store,
    pub ledger: Ledger,
    pub notices: Vec<StorageNotice>,
}

impl Store {
    fn new(writable: bool, settings: Settings) -> Store {
        Store { writable, session: RefCell::new(Session::new(now(), &random4(), settings)) }
    }

    /// A store that never writes, until storage has been read.
    pub fn memory_only() -> Store {
        Store::new(false, Settings::default())
    }

    /// Where the state's new purchase ids come from.
    pub fn ids(&self) -> Ids {
        self.session.borrow().ids()
    }

    /// Appends the changes to this session's log and writes what storage does not hold yet.
    /// After a failure the log stays ahead of storage, and the next save writes it whole.
    pub fn save(&self, changes: &[Change]) -> Result<(), WriteFailed> {
        let mut session = self.session.borrow_mut();
        let now = now();
        for change in changes {
            session.record(change, now);
        }
        if !self.writable {
            return Ok(());
        }
        if !available() {
            return Err(WriteFailed);
        }
        let mut ok = true;
        if session.unwritten.settings {
            let written = write(SETTINGS_KEY, &session.settings.encode()).is_ok();
            session.unwritten.settings = !written;
            ok &= written;
        }
        if session.unwritten.log {
            let log = &session.log;
            let written = if log.events.is_empty() { remove(&log.key) } else { write(&log.key, &log.text()) };
            session.unwritten.log = written.is_err();
            ok &= written.is_ok();
        }
        ok.then_some(()).ok_or(WriteFailed)
    }

    /// What storage holds now that another tab changed it, with this session's log as it is
    /// here (ahead of storage after a failed write); `None` if storage cannot be read.
    pub fn reload(&self, schedule: &Schedule, today: Date) -> Option<Ledger> {
        let entries = our_entries().ok()?;
        let stored = match settings_record(&entries) {
            None => Settings::default(),
            Some((_, found)) => found.ok()?,
        };
        let mut session = self.session.borrow_mut();
        let settings = if session.unwritten.settings { session.settings } else { stored };
        let mut reading = Reading::new(entries, settings, Vec::new());
        reading.parse();
        reading.with_own(&session.log);
        reading.replay();
        session.stored_elsewhere(stored, &reading.replayed);
        Some(reading.ledger(schedule, today).0)
    }
}

/// Step 1 of reading storage (see `Reading` for the rest): every tierup entry, in one read,
/// and the settings record. Nothing is written but a copy of an unreadable settings record.
pub fn open() -> Result<Reading, StorageNotice> {
    if !available() {
        return Err(StorageNotice::Unavailable);
    }
    let entries = our_entries().map_err(|_| StorageNotice::Unavailable)?;
    let mut notices = Vec::new();
    let settings = match settings_record(&entries) {
        None => Settings::default(),
        Some((_, Ok(settings))) => settings,
        Some((_, Err(SettingsError::Newer(v)))) => return Err(StorageNotice::NewerVersion(v)),
        Some((text, Err(SettingsError::Unusable(why)))) => match quarantine(text) {
            Some(key) => {
                notices.push(StorageNotice::Quarantined { key, why });
                Settings::default()
            }
            None => return Err(StorageNotice::LeftInPlace { key: SETTINGS_KEY.into(), why }),
        },
    };
    Ok(Reading::new(entries, settings, notices))
}

impl Loaded {
    /// The last step of reading storage, when the page starts: the ledger, and the logs
    /// "Clear all" emptied removed.
    pub fn finish(mut reading: Reading, schedule: &Schedule, today: Date) -> Loaded {
        let (ledger, notices) = reading.ledger(schedule, today);
        for key in reading.spent() {
            let _ = remove(key); // Only tidying: what is left is dead and is read as such.
        }
        Loaded { store: Store::new(true, reading.settings), ledger, notices }
    }

    /// What to show when storage cannot be used at all: nothing, in memory, and why.
    pub fn memory_only(notice: StorageNotice) -> Loaded {
        Loaded { store: Store::memory_only(), ledger: Ledger::default(), notices: vec![notice] }
    }
}

/// Copies unreadable text to the first free quarantine key (or one already holding the same
/// text, so reloading does not pile up copies) and reads it back before trusting the copy.
fn quarantine(text: &str) -> Option<String> {
    for n in 1..1000 {
        let key = concat(&[QUARANTINE_PREFIX, &decimal(n)]);
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
