//! The settings record at `tierup.meta`:
//! `{"format":"tierup-storage","version":2,"opening_total":"0.00"}`, and `"cleared":<ms>` once
//! "Clear all purchases" has been used (every logged change at or before it is gone).

use serde::Deserialize;

use super::Unusable;
use crate::domain::Money;
use crate::formats::json;

const FORMAT: &str = "tierup-storage";
pub const VERSION: u32 = 2;

/// What the settings record holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub opening_total: Money,
    /// When "Clear all purchases" was last used (ms): every change at or before it is gone.
    pub cleared_at: Option<u64>,
}

/// Why the settings record cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsError {
    /// Written by a newer tierup (this storage version).
    Newer(u32),
    Unusable(Unusable),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // `format` and `version` are checked through `Header` first.
struct Stored {
    format: String,
    version: u32,
    opening_total: String,
    #[serde(default)]
    cleared: Option<u64>,
}

impl Settings {
    pub fn encode(&self) -> String {
        let total = self.opening_total.to_canonical();
        match self.cleared_at {
            Some(at) => {
                format!(r#"{{"format":"{FORMAT}","version":{VERSION},"opening_total":"{total}","cleared":{at}}}"#)
            }
            None => format!(r#"{{"format":"{FORMAT}","version":{VERSION},"opening_total":"{total}"}}"#),
        }
    }

    /// The settings record, or why it cannot be read.
    pub fn decode(text: &str) -> Result<Settings, SettingsError> {
        #[derive(Deserialize)]
        struct Header {
            format: String,
            version: u32,
        }
        let bad = |e: json::JsonError| SettingsError::Unusable(Unusable::Json(e));
        let header: Header = json::from_str(text).map_err(bad)?;
        if header.format != FORMAT {
            return Err(SettingsError::Unusable(Unusable::WrongFormat(header.format)));
        }
        if header.version > VERSION {
            return Err(SettingsError::Newer(header.version));
        }
        let stored: Stored = json::from_str(text).map_err(bad)?;
        let opening_total = json::amount_at(&stored.opening_total, || "opening_total".into()).map_err(bad)?;
        Ok(Settings { opening_total, cleared_at: stored.cleared })
    }
}
