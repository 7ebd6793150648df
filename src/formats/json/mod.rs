//! JSON for tierup's small formats (the schedule, the ledger file, the storage meta record),
//! read through serde's derive without serde_json: a parser into a plain tree, and a serde
//! `Deserializer` over that tree.
//!
//! Why not serde_json: it was ~45 KB of the wasm (float parsing and printing, position tracking,
//! English error text), and its errors could only be shown in English. Here every refusal is a
//! typed [`JsonError`] naming the field by its path (`tiers[2].wait_days`), said in the reader's
//! language by `i18n`. Numbers keep their text and only whole numbers are read: amounts are
//! strings in every tierup format, and nothing tierup reads has a fraction.

mod compact;
mod de;
pub mod fields;
mod read;

pub use compact::{compact, first, without_translations};
pub use read::{parse, string_fields};

use crate::domain::text::{concat, decimal};
use crate::domain::{AmountError, Date, DateError, Money};

/// A parsed JSON value. Objects keep their fields in the order written.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number as written (`7`, `-1`, `1.5e3`).
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// What a field should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    WholeNumber,
    TrueOrFalse,
    List,
    Object,
}

/// Why JSON text was refused. `at` is the path of the field (`tiers[2].wait_days`), empty for
/// the document itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// Not JSON: it breaks at this line and column (1-based, in characters).
    Syntax { line: usize, column: usize },
    /// A field the format requires is not there.
    Missing { at: String },
    /// A field the format does not have (a typo, or another program's file).
    Unknown { at: String },
    /// A field given twice.
    Duplicate { at: String },
    /// A value of the wrong kind.
    WrongKind { at: String, expected: Kind },
    /// Text that should be an amount and is not.
    Amount { at: String, why: AmountError },
    /// Text that should be a `YYYY-MM-DD` date and is not.
    Date { at: String, why: DateError },
    /// The right kind but not a value the field allows (`"wait_days": -1`, an unknown `cap_rule`).
    BadValue { at: String },
}

impl JsonError {
    /// The path, for every variant but `Syntax`.
    fn path_mut(&mut self) -> Option<&mut String> {
        match self {
            JsonError::Syntax { .. } => None,
            JsonError::Missing { at }
            | JsonError::Unknown { at }
            | JsonError::Duplicate { at }
            | JsonError::WrongKind { at, .. }
            | JsonError::BadValue { at }
            | JsonError::Amount { at, .. }
            | JsonError::Date { at, .. } => Some(at),
        }
    }

    /// The same error seen from the enclosing object or list: `wait_days` becomes
    /// `tiers[2].wait_days` on its way out.
    pub fn within(mut self, step: Step<'_>) -> JsonError {
        if let Some(at) = self.path_mut() {
            let mut outer = match step {
                Step::Field(name) => name.to_string(),
                Step::Index(i) => concat(&["[", &decimal(i as u64), "]"]),
            };
            if !at.is_empty() && !at.starts_with('[') {
                outer.push('.');
            }
            outer.push_str(at);
            *at = outer;
        }
        self
    }
}

/// One step of a path into a document.
#[derive(Clone, Copy, Debug)]
pub enum Step<'a> {
    Field(&'a str),
    Index(usize),
}

impl std::error::Error for JsonError {}

/// Parses `text` and reads it as a `T` (a `#[derive(Deserialize)]` type).
pub fn from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    T::deserialize(parse(text)?)
}

/// Reads a parsed value as a `T`.
pub fn from_value<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, JsonError> {
    T::deserialize(value)
}

/// The text of the field at `at` as an amount in data form (`40.00`).
pub fn amount_at(text: &str, at: impl FnOnce() -> String) -> Result<Money, JsonError> {
    Money::parse_data(text).map_err(|why| JsonError::Amount { at: at(), why })
}

/// The text of the field at `at` as a `YYYY-MM-DD` date.
pub fn date_at(text: &str, at: impl FnOnce() -> String) -> Result<Date, JsonError> {
    Date::parse(text).map_err(|why| JsonError::Date { at: at(), why })
}

/// Appends `text` as a JSON string, quoted and escaped.
pub fn push_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from_digit(c as u32 >> 4, 16).unwrap_or('0'));
                out.push(char::from_digit(c as u32 & 15, 16).unwrap_or('0'));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
