//! The ledger as JSON: the export file, the import file and what storage keeps are one format.
//!
//! `{"format":"tierup-ledger","version":1,"opening_total":"0.00",
//!   "purchases":[{"id":"...","amount":"40.00","date":"2026-11-25"}]}`

use super::json::{self, fields, JsonError, Kind, Value};
use crate::domain::text::{concat, decimal, join};
use crate::domain::{AmountError, Date, DateError, Ledger, LedgerError, Money, Purchase, Schedule};

pub const FORMAT: &str = "tierup-ledger";
pub const VERSION: u32 = 1;

/// Why a ledger file was refused. Nothing is changed when one is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not JSON, or not an object with the fields of a ledger file.
    Json(JsonError),
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

/// What is wrong with one purchase of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryProblem {
    /// Not an object with exactly `id`, `amount` and `date` strings.
    Shape(JsonError),
    EmptyId,
    Amount(AmountError),
    Date(DateError),
    /// A well-formed purchase that breaks a rule of the schedule or the ledger.
    Rule(LedgerError),
}

/// A purchase as read: exactly `id`, `amount` and `date`, each text, refused as serde's derive
/// with `deny_unknown_fields` refused it (tests/ledger_reader.rs keeps the derive as the
/// reference). The amount and date are checked after, by hand, so each refusal is typed and can
/// be said in the reader's language. Read by `json::fields`, not serde: serde's deserializer
/// over `Value`, for this record and the header (`fields::header`), was 389 B gzip of the wasm.
pub fn read_purchase(value: Value) -> Result<[String; 3], JsonError> {
    let mut texts: [Option<String>; 3] = Default::default();
    fields::object(value, &["id", "amount", "date"], |i, value| {
        texts[i] = Some(fields::text(value)?);
        Ok(())
    })?;
    let [id, amount, date] = texts;
    Ok([fields::required(id, "id")?, fields::required(amount, "amount")?, fields::required(date, "date")?])
}

pub fn to_json(ledger: &Ledger) -> String {
    let mut out = String::with_capacity(96 + 64 * ledger.purchases().len());
    out.push_str("{\"format\":");
    json::push_string(&mut out, FORMAT);
    out.push_str(",\"version\":");
    out.push_str(&decimal(VERSION.into()));
    out.push_str(",\"opening_total\":");
    json::push_string(&mut out, &ledger.opening_total().to_canonical());
    out.push_str(",\"purchases\":[");
    for (i, p) in ledger.purchases().iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"id\":");
        json::push_string(&mut out, &p.id);
        out.push_str(",\"amount\":");
        json::push_string(&mut out, &p.amount.to_canonical());
        out.push_str(",\"date\":");
        json::push_string(&mut out, &p.date.iso());
        out.push('}');
    }
    out.push_str("]}");
    out
}

/// Takes the field `name` out of an object's fields; it may be there once at most.
fn take(fields: &mut Vec<(String, Value)>, name: &str) -> Result<Option<Value>, FileError> {
    let Some(at) = fields.iter().position(|(k, _)| k == name) else { return Ok(None) };
    let (_, value) = fields.remove(at);
    if fields.iter().any(|(k, _)| k == name) {
        return Err(FileError::Json(JsonError::Duplicate { at: name.into() }));
    }
    Ok(Some(value))
}

/// Reads a ledger file and checks it alone against the schedule (every rule, by replay).
pub fn parse(text: &str, schedule: &Schedule, today: Date) -> Result<Ledger, FileError> {
    let Value::Object(mut fields) = json::parse(text).map_err(FileError::Json)? else {
        return Err(FileError::Json(JsonError::WrongKind { at: String::new(), expected: Kind::Object }));
    };
    let opening = take(&mut fields, "opening_total")?;
    let entries = take(&mut fields, "purchases")?;
    // What is left may only be the header: anything else is not a field of this format (said
    // after the header's own refusals).
    let unknown = fields.iter().find(|(k, _)| k != "format" && k != "version").map(|(k, _)| k.clone());
    let (format, version) = json::fields::header(Value::Object(fields)).map_err(FileError::Json)?;
    if format != FORMAT {
        return Err(FileError::WrongFormat(format));
    }
    if version > VERSION {
        return Err(FileError::NewerVersion(version));
    }
    if version != VERSION {
        return Err(FileError::UnknownVersion(version));
    }
    if let Some(key) = unknown {
        return Err(FileError::Json(JsonError::Unknown { at: key }));
    }
    let missing = |field: &str| FileError::Json(JsonError::Missing { at: field.into() });
    let opening = match opening.ok_or_else(|| missing("opening_total"))? {
        Value::String(text) => Money::parse_data(&text).map_err(FileError::OpeningTotal)?,
        _ => return Err(FileError::OpeningTotal(AmountError::NotANumber)),
    };
    let Value::Array(entries) = entries.ok_or_else(|| missing("purchases"))? else {
        return Err(FileError::Json(JsonError::WrongKind { at: "purchases".into(), expected: Kind::List }));
    };
    let mut purchases = Vec::with_capacity(entries.len());
    for (index, raw) in entries.into_iter().enumerate() {
        let id = id_of(&raw);
        let entry = |why| FileError::Entry { index, id: id.clone(), why };
        let [given_id, amount, date] = read_purchase(raw).map_err(|e| entry(EntryProblem::Shape(e)))?;
        if given_id.trim().is_empty() {
            return Err(FileError::Entry { index, id: None, why: EntryProblem::EmptyId });
        }
        let amount = Money::parse_data(&amount).map_err(|e| entry(EntryProblem::Amount(e)))?;
        let date = Date::parse(&date).map_err(|e| entry(EntryProblem::Date(e)))?;
        purchases.push(Purchase { id: given_id.into(), amount, date });
    }
    Ledger::validated(schedule, opening, purchases, today).map_err(|e| FileError::Entry {
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
        Some(index) => FileError::Entry {
            index,
            id: Some(String::from(&*incoming.purchases()[index].id)),
            why: EntryProblem::Rule(e),
        },
        None => FileError::Conflict(e),
    })
}

/// Best effort: the id of a malformed entry, to name it in the error.
fn id_of(raw: &Value) -> Option<String> {
    let Value::Object(fields) = raw else { return None };
    fields.iter().find_map(|(k, v)| match (k.as_str(), v) {
        ("id", Value::String(id)) => Some(id.clone()),
        _ => None,
    })
}

/// The same ledger as CSV, for spreadsheets: a header line naming the date, amount and id
/// columns for people (in their language), then one purchase a line, in date order. Amounts stay
/// `40.50` so every spreadsheet reads the same number.
pub fn to_csv(ledger: &Ledger, header: [&str; 3]) -> String {
    let mut out = join(&header.map(csv_field), ",");
    out.push('\n');
    for &i in ledger.replay_order() {
        let p = &ledger.purchases()[i];
        out.push_str(&concat(&[&p.date.iso(), ",", &p.amount.to_canonical(), ",", &csv_field(&p.id), "\n"]));
    }
    out
}

/// Quotes a field that a spreadsheet would otherwise split or run as a formula.
fn csv_field(text: &str) -> String {
    // By bytes, not `starts_with([...])` and `contains([...])`: a pattern of several chars links
    // std's searcher for them.
    let risky = text.bytes().next().is_some_and(|b| matches!(b, b'=' | b'+' | b'-' | b'@'));
    if risky || text.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')) {
        let mut field = String::from(if risky { "\"'" } else { "\"" });
        for c in text.chars() {
            if c == '"' {
                field.push('"'); // A quote inside is written twice.
            }
            field.push(c);
        }
        field.push('"');
        field
    } else {
        text.to_string()
    }
}
