//! The only code that touches localStorage. `records` is the layout (pure); `local` reads and
//! writes it in the browser.
//!
//! What cannot be read is never overwritten or deleted: a bad record is left where it is and
//! named in a notice, and an unreadable meta record is copied aside before its key is reused.

#[cfg(target_arch = "wasm32")]
mod local;
pub mod records;

use core::fmt;

#[cfg(target_arch = "wasm32")]
pub use local::{is_ours, load, Loaded, Store};

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
        match self {
            Self::Unavailable => f.write_str(
                "This browser does not let tierup keep data here, so your purchases will be forgotten when you close the page.",
            ),
            Self::SetAside(records) => {
                let n = records.len();
                let which = if n == 1 { "1 saved record" } else { "Some saved records" };
                write!(f, "{which} could not be used and {} kept aside, unchanged: ", if n == 1 { "is" } else { "are" })?;
                for (i, (key, why)) in records.iter().enumerate() {
                    write!(f, "{}\"{key}\" ({why})", if i > 0 { "; " } else { "" })?;
                }
                f.write_str(". Everything else is shown.")
            }
            Self::Quarantined { key, why } => write!(
                f,
                "Your saved settings could not be read ({why}). They are kept unchanged under \"{key}\"."
            ),
            Self::LeftInPlace { key, why } => write!(
                f,
                "Your saved data under \"{key}\" could not be read ({why}). It is left untouched, so tierup is read-only and changes will not be kept."
            ),
            Self::NewerVersion(v) => write!(
                f,
                "Your purchases were saved by a newer tierup (storage version {v}). They are left untouched and tierup is read-only here: update the page to make changes."
            ),
            Self::WriteFailed => f.write_str(
                "Your latest change could not be saved (browser storage is full or blocked). It is shown here, and tierup will save it with your next change once there is room.",
            ),
        }
    }
}

impl StorageNotice {
    /// Notices that mean tierup must not change anything, rather than only not keep it.
    pub fn is_read_only(&self) -> bool {
        matches!(self, Self::LeftInPlace { .. } | Self::NewerVersion(_))
    }
}
