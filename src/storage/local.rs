//! localStorage in the browser: probing, loading every record, and writing only what changed.

use std::cell::Cell;
use std::collections::HashSet;

use gloo_storage::{LocalStorage, Storage};

use super::records::{self, RecordError};
use super::StorageNotice;
use crate::domain::{ledger_file, Date, Ledger, Money, Purchase, Schedule};

/// Whether tierup may write, and what it last managed to write.
#[derive(Debug)]
pub struct Store {
    writable: bool,
    /// Sequence numbers handed out this session, so purchases added in one millisecond keep order.
    counter: Cell<u64>,
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
/// `key()` and a `getItem()` call per purchase (20,000 calls across the wasm boundary for
/// 10,000 purchases were most of the start-up time). Other apps' values are skipped unread.
fn our_entries() -> Result<Vec<(String, String)>, ()> {
    let dump = js_sys::JSON::stringify(&LocalStorage::raw()).map_err(|_| ())?;
    records::ours_from_json(&String::from(dump)).map_err(|_| ())
}

impl Store {
    fn new(writable: bool) -> Store {
        Store { writable, counter: Cell::new(0) }
    }

    /// A store that never writes (storage unusable, or read-only data).
    pub fn memory_only() -> Store {
        Store::new(false)
    }

    /// Writes the difference between what is stored (`saved`) and `next`: new purchases get
    /// their own keys, deleted ones lose theirs, the opening total goes to the meta record.
    /// On failure nothing is assumed saved, so the caller retries the whole difference later.
    pub fn save(&self, saved: &Ledger, next: &Ledger) -> Result<(), StorageNotice> {
        if !self.writable {
            return Ok(());
        }
        if !available() {
            return Err(StorageNotice::WriteFailed);
        }
        let mut ok = true;
        if saved.opening_total() != next.opening_total() {
            ok &= write(records::META_KEY, &records::encode_meta(next.opening_total())).is_ok();
        }
        let kept: HashSet<&str> = next.purchases().iter().map(|p| p.id.as_str()).collect();
        for gone in saved.purchases().iter().filter(|p| !kept.contains(p.id.as_str())) {
            ok &= LocalStorage::raw().remove_item(&records::purchase_key(&gone.id)).is_ok();
        }
        let had: HashSet<&str> = saved.purchases().iter().map(|p| p.id.as_str()).collect();
        for new in next.purchases().iter().filter(|p| !had.contains(p.id.as_str())) {
            ok &= write(&records::purchase_key(&new.id), &records::encode_purchase(new, self.next_seq())).is_ok();
        }
        if ok {
            Ok(())
        } else {
            Err(StorageNotice::WriteFailed)
        }
    }

    /// Milliseconds since 1970, times 1024, plus a counter: increasing across tabs and reloads.
    fn next_seq(&self) -> u64 {
        let now = (js_sys::Date::now() as u64) << 10;
        let seq = now.max(self.counter.get() + 1);
        self.counter.set(seq);
        seq
    }
}

/// Reads the whole ledger. Whatever cannot be used is reported and left in place.
pub fn load(schedule: &Schedule, today: Date) -> Loaded {
    let stuck = |notice: StorageNotice| Loaded {
        store: Store::memory_only(),
        ledger: Ledger::default(),
        notices: vec![notice],
    };
    if !available() {
        return stuck(StorageNotice::Unavailable);
    }
    let Ok(entries) = our_entries() else { return stuck(StorageNotice::Unavailable) };
    let value_of = |key: &str| entries.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let mut notices = Vec::new();

    let opening = match value_of(records::META_KEY) {
        None => Money::ZERO,
        Some(text) => match records::decode_meta(&text) {
            Ok(total) => total,
            Err(RecordError::Newer(v)) => return stuck(StorageNotice::NewerVersion(v)),
            Err(why) => match quarantine(&text) {
                Some(key) => {
                    notices.push(StorageNotice::Quarantined { key, why: why.to_string() });
                    Money::ZERO
                }
                None => {
                    return stuck(StorageNotice::LeftInPlace { key: records::META_KEY.into(), why: why.to_string() });
                }
            },
        },
    };

    let mut set_aside = Vec::new();
    let mut found: Vec<(Purchase, u64, String)> = Vec::new();
    for (key, value) in entries.iter().filter(|(k, _)| k.starts_with(records::PURCHASE_PREFIX)) {
        match records::decode_purchase(key, value) {
            Ok((purchase, seq)) => found.push((purchase, seq, key.clone())),
            Err(why) => set_aside.push((key.clone(), why.to_string())),
        }
    }
    found.sort_by(|a, b| (a.1, &a.0.id).cmp(&(b.1, &b.0.id)));

    // Replay what was read; a purchase that breaks a rule (two tabs each adding up to a
    // monthly cap, say) is set aside on its own rather than costing the whole ledger.
    let mut ledger = loop {
        let purchases = found.iter().map(|(p, _, _)| p.clone()).collect();
        match Ledger::from_parts(schedule, opening, purchases, today) {
            Ok(ledger) => break ledger,
            Err(e) => {
                let (_, _, key) = found.remove(e.index);
                set_aside.push((key, e.error.to_string()));
            }
        }
    };

    let store = Store::new(true);
    if value_of(records::LEGACY_KEY).is_some() {
        match migrate_legacy(&store, &ledger, schedule, today) {
            Ok(merged) => ledger = merged,
            Err(why) => set_aside.push((records::LEGACY_KEY.into(), why)),
        }
    }
    if !set_aside.is_empty() {
        notices.push(StorageNotice::SetAside(set_aside));
    }
    Loaded { store, ledger, notices }
}

/// Moves a ledger saved in the old single-key layout into records, removing the old key only
/// once every record is written. Old data that cannot be used is left where it is: tierup
/// never writes that key again, so leaving it is safe.
fn migrate_legacy(store: &Store, current: &Ledger, schedule: &Schedule, today: Date) -> Result<Ledger, String> {
    let text = read(records::LEGACY_KEY).ok().flatten().unwrap_or_default();
    let old = ledger_file::parse(&text, schedule, today).map_err(|e| e.to_string())?;
    let (merged, _) = current.merge(schedule, &old).map_err(|(_, e)| e.to_string())?;
    store.save(current, &merged).map_err(|e| e.to_string())?;
    LocalStorage::raw()
        .remove_item(records::LEGACY_KEY)
        .map_err(|_| "it could not be removed after copying".to_string())?;
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
