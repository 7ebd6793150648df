//! The ledger as JSON: the export file, the import file and what storage keeps are one format.
//!
//! `{"format":"tierup-ledger","version":1,"opening_total":"0.00",
//!   "purchases":[{"id":"...","amount":"40.00","date":"2026-11-25"}]}`

use core::fmt;
use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::date::{Date, DateError};
use super::ledger::{Ledger, LedgerError, Purchase};
use super::money::{AmountError, Money};
use super::schedule::Schedule;
use crate::i18n::{english, Words};

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
    OpeningTotal(AmountError),
    /// Purchase number `index` (0-based) with this id, if it had one, is wrong.
    Entry { index: usize, id: Option<String>, why: EntryProblem },
    /// The file is fine alone but would break a purchase already recorded.
    Conflict(LedgerError),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&english(Words::file_error, self))
    }
}

/// What is wrong with one purchase of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryProblem {
    /// Not an object with exactly `id`, `amount` and `date` strings: the JSON reader's words.
    Shape(String),
    EmptyId,
    Amount(AmountError),
    Date(DateError),
    /// A well-formed purchase that breaks a rule of the schedule or the ledger.
    Rule(LedgerError),
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u32,
    opening_total: Money,
    purchases: Vec<PurchaseRecord<'a>>,
}

#[derive(Serialize)]
struct PurchaseRecord<'a> {
    id: &'a str,
    amount: Money,
    date: Date,
}

/// A purchase as read: its amount and date are checked by hand, so each refusal is typed and
/// can be said in the reader's language.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PurchaseIn<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    amount: Cow<'a, str>,
    #[serde(borrow)]
    date: Cow<'a, str>,
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
            .map(|p| PurchaseRecord { id: &p.id, amount: p.amount, date: p.date })
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
    let opening: Cow<str> =
        serde_json::from_str(file.opening_total.get()).map_err(|_| FileError::OpeningTotal(AmountError::NotANumber))?;
    let opening = Money::parse_data(&opening).map_err(FileError::OpeningTotal)?;
    let mut purchases = Vec::with_capacity(file.purchases.len());
    for (index, raw) in file.purchases.iter().enumerate() {
        let entry = |why| FileError::Entry { index, id: id_of(raw.get()), why };
        let record: PurchaseIn =
            serde_json::from_str(raw.get()).map_err(|e| entry(EntryProblem::Shape(e.to_string())))?;
        if record.id.trim().is_empty() {
            return Err(FileError::Entry { index, id: None, why: EntryProblem::EmptyId });
        }
        let amount = Money::parse_data(&record.amount).map_err(|e| entry(EntryProblem::Amount(e)))?;
        let date = Date::parse(&record.date).map_err(|e| entry(EntryProblem::Date(e)))?;
        purchases.push(Purchase { id: record.id.into_owned(), amount, date });
    }
    Ledger::from_parts(schedule, opening, purchases, today).map_err(|e| FileError::Entry {
        index: e.index,
        id: Some(e.id),
        why: EntryProblem::Rule(e.error),
    })
}

/// Imports a file into `current`, all or nothing. Returns the merged ledger and how many
/// purchases were new.
pub fn import(current: &Ledger, text: &str, schedule: &Schedule, today: Date) -> Result<(Ledger, usize), FileError> {
    let incoming = parse(text, schedule, today)?;
    current.merge(schedule, &incoming).map_err(|(index, e)| match index {
        Some(index) => {
            FileError::Entry { index, id: Some(incoming.purchases()[index].id.clone()), why: EntryProblem::Rule(e) }
        }
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

/// The same ledger as CSV, for spreadsheets: a header line naming the date, amount and id
/// columns for people (in their language), then one purchase a line, in date order. Amounts stay
/// `40.50` so every spreadsheet reads the same number.
pub fn to_csv(ledger: &Ledger, header: [&str; 3]) -> String {
    let mut out = header.map(csv_field).join(",");
    out.push('\n');
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
