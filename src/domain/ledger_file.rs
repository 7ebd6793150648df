//! The ledger as JSON: the export file, the import file and what storage keeps are one format.
//!
//! `{"format":"tierup-ledger","version":1,"opening_total":"0.00",
//!   "purchases":[{"id":"...","amount":"40.00","date":"2026-11-25"}]}`

use core::fmt;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::date::Date;
use super::ledger::{Ledger, LedgerError, Purchase};
use super::money::Money;
use super::schedule::Schedule;

pub const FORMAT: &str = "tierup-ledger";
pub const VERSION: u32 = 1;

/// Why a ledger file was refused. Nothing is changed when one is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not JSON, or not an object with the fields of a ledger file.
    Json(String),
    /// The `format` field names something other than a tierup ledger.
    WrongFormat(String),
    /// Written by a newer tierup; kept as it is rather than misread.
    NewerVersion(u32),
    /// A version this tierup never wrote.
    UnknownVersion(u32),
    /// The opening total is not an amount.
    OpeningTotal(String),
    /// Purchase number `index` (0-based) with this id, if it had one, is wrong.
    Entry { index: usize, id: Option<String>, why: String },
    /// The file is fine alone but would break a purchase already recorded.
    Conflict(LedgerError),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Json(why) => write!(f, "This is not a tierup ledger file: {why}"),
            Self::WrongFormat(name) => write!(f, "This file is a \"{name}\", not a tierup ledger."),
            Self::NewerVersion(v) => {
                write!(f, "This ledger was written by a newer tierup (version {v}). Update tierup to read it.")
            }
            Self::UnknownVersion(v) => write!(f, "Ledger version {v} is not one tierup knows."),
            Self::OpeningTotal(why) => write!(f, "The opening total is wrong: {why}"),
            Self::Entry { index, id: Some(id), why } => write!(f, "Purchase {} (id \"{id}\"): {why}", index + 1),
            Self::Entry { index, id: None, why } => write!(f, "Purchase {}: {why}", index + 1),
            Self::Conflict(e) => write!(f, "{e}"),
        }
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u32,
    opening_total: Money,
    purchases: Vec<PurchaseRecord<'a>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PurchaseRecord<'a> {
    #[serde(borrow)]
    id: std::borrow::Cow<'a, str>,
    amount: Money,
    date: Date,
}

/// Read first, so a newer or foreign file is named as such rather than as a shape error.
#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn<'a> {
    #[serde(rename = "format")]
    _format: &'a str,
    #[serde(rename = "version")]
    _version: u32,
    opening_total: &'a RawValue,
    #[serde(borrow)]
    purchases: Vec<&'a RawValue>,
}

pub fn to_json(ledger: &Ledger) -> String {
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        opening_total: ledger.opening_total(),
        purchases: ledger
            .purchases()
            .iter()
            .map(|p| PurchaseRecord { id: p.id.as_str().into(), amount: p.amount, date: p.date })
            .collect(),
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// Reads a ledger file and checks it alone against the schedule (every rule, by replay).
pub fn parse(text: &str, schedule: &Schedule, today: Date) -> Result<Ledger, FileError> {
    let header: Header = serde_json::from_str(text).map_err(|e| FileError::Json(e.to_string()))?;
    if header.format != FORMAT {
        return Err(FileError::WrongFormat(header.format));
    }
    if header.version > VERSION {
        return Err(FileError::NewerVersion(header.version));
    }
    if header.version != VERSION {
        return Err(FileError::UnknownVersion(header.version));
    }
    let file: FileIn = serde_json::from_str(text).map_err(|e| FileError::Json(e.to_string()))?;
    let opening: Money =
        serde_json::from_str(file.opening_total.get()).map_err(|e| FileError::OpeningTotal(e.to_string()))?;
    let mut purchases = Vec::with_capacity(file.purchases.len());
    for (index, raw) in file.purchases.iter().enumerate() {
        let record: PurchaseRecord = serde_json::from_str(raw.get()).map_err(|e| FileError::Entry {
            index,
            id: id_of(raw.get()),
            why: e.to_string(),
        })?;
        if record.id.trim().is_empty() {
            return Err(FileError::Entry { index, id: None, why: "the id is empty".into() });
        }
        purchases.push(Purchase { id: record.id.into_owned(), amount: record.amount, date: record.date });
    }
    Ledger::from_parts(schedule, opening, purchases, today).map_err(|e| FileError::Entry {
        index: e.index,
        id: Some(e.id),
        why: e.error.to_string(),
    })
}

/// Imports a file into `current`, all or nothing. Returns the merged ledger and how many
/// purchases were new.
pub fn import(current: &Ledger, text: &str, schedule: &Schedule, today: Date) -> Result<(Ledger, usize), FileError> {
    let incoming = parse(text, schedule, today)?;
    current.merge(schedule, &incoming).map_err(|(index, e)| match index {
        Some(index) => FileError::Entry { index, id: Some(incoming.purchases()[index].id.clone()), why: e.to_string() },
        None => FileError::Conflict(e),
    })
}

/// Best effort: the id of a malformed entry, to name it in the error.
fn id_of(raw: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct JustId {
        id: String,
    }
    serde_json::from_str::<JustId>(raw).ok().map(|j| j.id)
}

/// The same ledger as CSV, for spreadsheets: one purchase a line, in date order.
pub fn to_csv(ledger: &Ledger) -> String {
    let mut out = String::from("date,amount_usd,id\n");
    for i in ledger.replay_order() {
        let p = &ledger.purchases()[i];
        out.push_str(&format!("{},{},{}\n", p.date, p.amount, csv_field(&p.id)));
    }
    out
}

/// Quotes a field that a spreadsheet would otherwise split or run as a formula.
fn csv_field(text: &str) -> String {
    let risky = text.starts_with(['=', '+', '-', '@']);
    if risky || text.contains([',', '"', '\n', '\r']) {
        let prefix = if risky { "'" } else { "" };
        format!("\"{prefix}{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}
