//! The only code that touches localStorage. `records` is the layout (pure); `local` reads and
//! writes it in the browser.
//!
//! What cannot be read is never overwritten or deleted: a bad record is left where it is and
//! named in a notice, and an unreadable meta record is copied aside before its key is reused.

pub mod journal;
#[cfg(target_arch = "wasm32")]
mod local;
pub mod records;

use core::fmt;

use crate::i18n::{english, Words};

#[cfg(target_arch = "wasm32")]
pub use local::{is_ours, new_id, open, reload, save_locale, saved_locale, stuck, Loaded, Opening, Store};

/// Something about storage the reader must know. Each keeps the widget usable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// localStorage is blocked or missing (privacy settings, a sandboxed frame): memory only.
    Unavailable,
    /// Stored purchases that could not be used; they are kept, untouched, under these keys.
    SetAside(Vec<(String, String)>),
    /// The meta record could not be read; it was copied to `key` before anything was written.
    Quarantined { key: String, why: String },
    /// Stored data could not be read nor copied aside: left as it is, and nothing is written
    /// this session (read-only).
    LeftInPlace { key: String, why: String },
    /// A newer tierup wrote the data: left untouched, and tierup is read-only.
    NewerVersion(u32),
    /// The browser refused a write (storage full, or blocked since loading).
    WriteFailed,
}

impl fmt::Display for StorageNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&english(Words::notice, self))
    }
}

impl StorageNotice {
    /// Notices that mean tierup must not change anything, rather than only not keep it.
    pub fn is_read_only(&self) -> bool {
        matches!(self, Self::LeftInPlace { .. } | Self::NewerVersion(_))
    }
}
