//! The only code that touches localStorage. The layout is pure and tested natively (`keys`,
//! `settings`, `log`, `replay`, `reading`, `session`); `local` reads and writes it in the
//! browser.
//!
//! Storage persists intents: the state hands over the changes accepted since the last save
//! (`Change`), the tab session appends them to its own log, and the save rewrites that one key
//! whole. What cannot be read is never overwritten or deleted: a bad line is left where it is
//! and named in a notice, and an unreadable settings record is copied aside before its key is
//! reused.

pub mod keys;
#[cfg(target_arch = "wasm32")]
mod local;
pub mod log;
pub mod reading;
mod reason;
pub mod replay;
pub mod session;
pub mod settings;

pub use reason::{SetAside, Spot, Unusable};
pub use session::{Change, Ids};

#[cfg(target_arch = "wasm32")]
pub use local::{entry_count, is_ours, open, save_locale, saved_locale, Loaded, Store, WriteFailed};
pub use reading::Reading;

/// Something about storage the reader must know. Each keeps the widget usable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// localStorage is blocked or missing (privacy settings, a sandboxed frame): memory only.
    Unavailable,
    /// Stored entries that could not be used; they are kept, untouched, where they are.
    SetAside(Vec<SetAside>),
    /// The settings record could not be read; it was copied to `key` before anything was written.
    Quarantined { key: String, why: Unusable },
    /// Stored data could not be read nor copied aside: left as it is, and nothing is written
    /// this session (read-only).
    LeftInPlace { key: String, why: Unusable },
    /// A newer tierup wrote the data: left untouched, and tierup is read-only.
    NewerVersion(u32),
    /// The browser refused a write (storage full, or blocked since loading).
    WriteFailed,
}

impl StorageNotice {
    /// Notices that mean tierup must not change anything, rather than only not keep it.
    pub fn is_read_only(&self) -> bool {
        matches!(self, Self::LeftInPlace { .. } | Self::NewerVersion(_))
    }
}
