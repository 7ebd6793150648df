//! The settings record at `tierup.meta`:
//! `{"format":"tierup-storage","version":2,"opening_total":"0.00"}`, and `"cleared":<ms>` once
//! "Clear all purchases" has been used (every logged change at or before it is gone).

use super::Unusable;
use crate::domain::text::{concat, decimal};
use crate::domain::Money;
use crate::formats::json::{self, fields, JsonError, Kind, Value};

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

impl Settings {
    pub fn encode(&self) -> String {
        let total = self.opening_total.to_canonical();
        let version = decimal(VERSION.into());
        let mut out =
            concat(&[r#"{"format":""#, FORMAT, r#"","version":"#, &version, r#","opening_total":""#, &total, "\""]);
        if let Some(at) = self.cleared_at {
            out.push_str(r#","cleared":"#);
            out.push_str(&decimal(at));
        }
        out.push('}');
        out
    }

    /// The settings record, or why it cannot be read. Read by hand (`json::fields`), refusing
    /// what serde's derive refused (tests/settings_reader.rs keeps it as the reference).
    pub fn decode(text: &str) -> Result<Settings, SettingsError> {
        let bad = |e: JsonError| SettingsError::Unusable(Unusable::Json(e));
        let Value::Object(record) = json::parse(text).map_err(bad)? else {
            return Err(bad(JsonError::WrongKind { at: String::new(), expected: Kind::Object }));
        };
        // The header first, the other fields unread: what a newer tierup wrote is told apart
        // before its fields are judged. Split off, not copied: a copy links a deep clone of
        // `Value` for this alone.
        let (header, record): (Vec<_>, Vec<_>) = record.into_iter().partition(|(k, _)| k == "format" || k == "version");
        let (format, version) = fields::header(Value::Object(header)).map_err(bad)?;
        if format != FORMAT {
            return Err(SettingsError::Unusable(Unusable::WrongFormat(format)));
        }
        if version > VERSION {
            return Err(SettingsError::Newer(version));
        }
        let (mut total, mut cleared_at) = (None, None);
        fields::object(Value::Object(record), &["opening_total", "cleared"], |i, value| {
            match i {
                0 => total = Some(fields::text(value)?),
                _ => cleared_at = fields::count_or_null(value)?,
            }
            Ok(())
        })
        .map_err(bad)?;
        let total = fields::required(total, "opening_total").map_err(bad)?;
        let opening_total = json::amount_at(&total, || "opening_total".into()).map_err(bad)?;
        Ok(Settings { opening_total, cleared_at })
    }
}
