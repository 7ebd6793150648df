//! The only code that touches localStorage.
//!
//! The ledger lives under one key in the export format. What cannot be read is never
//! overwritten or deleted: it is copied aside under a quarantine key first, or, if that fails,
//! left in place and nothing is written this session.

use core::fmt;

use gloo_storage::{LocalStorage, Storage};

use crate::domain::{ledger_file, Date, FileError, Ledger, Schedule};

pub const LEDGER_KEY: &str = "tierup.ledger";
const QUARANTINE_PREFIX: &str = "tierup.quarantine.";

/// Something about storage the reader must know. Each keeps the widget usable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// localStorage is blocked or missing (privacy settings, a sandboxed frame): memory only.
    Unavailable,
    /// The stored ledger could not be read; it was copied to `key` and tierup started empty.
    Quarantined { key: String, why: String },
    /// The stored ledger could not be read nor copied aside, so it is left as it is and
    /// nothing is saved this session.
    LeftInPlace { why: String },
    /// A newer tierup wrote the ledger: left untouched, nothing is saved this session.
    NewerVersion(u32),
    /// The browser refused a write (storage full, or blocked since loading).
    WriteFailed,
}

impl fmt::Display for StorageNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => f.write_str(
                "This browser does not let tierup keep data here, so your purchases will be forgotten when you close the page.",
            ),
            Self::Quarantined { key, why } => write!(
                f,
                "Your saved purchases could not be read ({why}). They are kept unchanged under \"{key}\" and tierup started with an empty list."
            ),
            Self::LeftInPlace { why } => write!(
                f,
                "Your saved purchases could not be read ({why}). They are left untouched, and changes made now will not be kept."
            ),
            Self::NewerVersion(v) => write!(
                f,
                "Your purchases were saved by a newer tierup (format version {v}). They are left untouched; changes made now will not be kept."
            ),
            Self::WriteFailed => f.write_str(
                "Your latest change could not be saved (browser storage is full or blocked). It is shown here but will be lost when you close the page.",
            ),
        }
    }
}

/// The storage tierup writes to, if it may write at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    writable: bool,
}

/// What loading found.
pub struct Loaded {
    pub store: Store,
    pub ledger: Ledger,
    pub notice: Option<StorageNotice>,
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

pub fn load(schedule: &Schedule, today: Date) -> Loaded {
    let blocked = |notice| Loaded { store: Store { writable: false }, ledger: Ledger::default(), notice: Some(notice) };
    if !available() {
        return blocked(StorageNotice::Unavailable);
    }
    let text = match read(LEDGER_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return Loaded { store: Store { writable: true }, ledger: Ledger::default(), notice: None },
        Err(()) => return blocked(StorageNotice::Unavailable),
    };
    match ledger_file::parse(&text, schedule, today) {
        Ok(ledger) => Loaded { store: Store { writable: true }, ledger, notice: None },
        Err(FileError::NewerVersion(v)) => blocked(StorageNotice::NewerVersion(v)),
        Err(why) => match quarantine(&text) {
            Some(key) => Loaded {
                store: Store { writable: true },
                ledger: Ledger::default(),
                notice: Some(StorageNotice::Quarantined { key, why: why.to_string() }),
            },
            None => blocked(StorageNotice::LeftInPlace { why: why.to_string() }),
        },
    }
}

/// Copies unreadable text to the first free quarantine key (or one already holding the same
/// text, so reloading does not pile up copies) and reads it back before trusting the copy.
fn quarantine(text: &str) -> Option<String> {
    for n in 1..1000 {
        let key = format!("{QUARANTINE_PREFIX}{n}");
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

impl Store {
    /// A store that never writes (tests of the view, or storage known to be unusable).
    pub fn memory_only() -> Store {
        Store { writable: false }
    }

    pub fn is_writable(&self) -> bool {
        self.writable
    }

    pub fn save(&self, ledger: &Ledger) -> Result<(), StorageNotice> {
        if !self.writable {
            return Ok(());
        }
        if !available() {
            return Err(StorageNotice::WriteFailed);
        }
        write(LEDGER_KEY, &ledger_file::to_json(ledger)).map_err(|()| StorageNotice::WriteFailed)
    }
}
