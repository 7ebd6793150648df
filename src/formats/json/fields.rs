//! Reading a [`Value`] by hand, refusing exactly what serde's derive over `de.rs` refuses (the
//! same typed errors under the same paths), for the schedule: through the derive its reader was
//! ~12 KB of the wasm, every serde visitor instantiated for its fields; by hand it is a few.

use super::de::whole;
use super::{JsonError, Kind, Step, Value};

/// The fields of the object `value`, in the order written, each handed to `read` with its place
/// in `names`. A name not in `names`, or given twice, is refused; `read`'s refusals are placed
/// under their field. `names` has at most 64 entries.
pub fn object(
    value: Value,
    names: &[&str],
    mut read: impl FnMut(usize, Value) -> Result<(), JsonError>,
) -> Result<(), JsonError> {
    fields_of(value, names, false, &mut read)
}

/// As [`object`], but fields not in `names` are passed over unread (a derive without
/// `deny_unknown_fields`).
pub fn some_fields(
    value: Value,
    names: &[&str],
    mut read: impl FnMut(usize, Value) -> Result<(), JsonError>,
) -> Result<(), JsonError> {
    fields_of(value, names, true, &mut read)
}

/// A record's header, `format` (text) and `version` (a small count), read before its other
/// fields so that what a newer tierup or another program wrote is named as such rather than as
/// a shape error. The other fields are passed over here (the settings record and the ledger
/// file each judge them after).
pub fn header(value: Value) -> Result<(String, u32), JsonError> {
    let (mut format, mut version) = (None, None);
    some_fields(value, &["format", "version"], |i, value| {
        match i {
            0 => format = Some(text(value)?),
            _ => version = Some(small_count(value)?),
        }
        Ok(())
    })?;
    Ok((required(format, "format")?, required(version, "version")?))
}

/// `read` through `dyn`: one copy of this for every record read. Generic, it was compiled once for
/// each of its five callers with that caller's reader inlined (765 B gzip).
fn fields_of(
    value: Value,
    names: &[&str],
    others_allowed: bool,
    read: &mut dyn FnMut(usize, Value) -> Result<(), JsonError>,
) -> Result<(), JsonError> {
    let Value::Object(fields) = value else { return Err(value.wrong(Kind::Object)) };
    let mut seen = 0u64;
    for (key, value) in fields {
        let Some(i) = names.iter().position(|name| *name == key) else {
            if others_allowed {
                continue;
            }
            return Err(JsonError::Unknown { at: key });
        };
        if seen & (1 << i) != 0 {
            return Err(JsonError::Duplicate { at: key });
        }
        seen |= 1 << i;
        read(i, value).map_err(|e| e.within(Step::Field(&key)))?;
    }
    Ok(())
}

/// A field the format requires, once every field is read.
pub fn required<T>(value: Option<T>, name: &str) -> Result<T, JsonError> {
    value.ok_or_else(|| JsonError::Missing { at: name.to_string() })
}

/// The items of the list `value`, each read by `read`; a refusal is placed under its index.
pub fn list<T>(value: Value, mut read: impl FnMut(Value) -> Result<T, JsonError>) -> Result<Vec<T>, JsonError> {
    let Value::Array(items) = value else { return Err(value.wrong(Kind::List)) };
    items.into_iter().enumerate().map(|(i, item)| read(item).map_err(|e| e.within(Step::Index(i)))).collect()
}

pub fn text(value: Value) -> Result<String, JsonError> {
    match value {
        Value::String(text) => Ok(text),
        other => Err(other.wrong(Kind::Text)),
    }
}

/// Text, or `null` for none.
pub fn text_or_null(value: Value) -> Result<Option<String>, JsonError> {
    match value {
        Value::Null => Ok(None),
        other => text(other).map(Some),
    }
}

/// An object of texts (`{"fr": "Niveau 1"}`) as (name, text) pairs in the order written; a name
/// given twice keeps its last text (as a map would), in its first place.
pub fn texts(value: Value) -> Result<Vec<(String, String)>, JsonError> {
    let Value::Object(fields) = value else { return Err(value.wrong(Kind::Object)) };
    let mut out: Vec<(String, String)> = Vec::with_capacity(fields.len());
    for (key, value) in fields {
        let text = text(value).map_err(|e| e.within(Step::Field(&key)))?;
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = text,
            None => out.push((key, text)),
        }
    }
    Ok(out)
}

pub fn true_or_false(value: Value) -> Result<bool, JsonError> {
    match value {
        Value::Bool(b) => Ok(b),
        other => Err(other.wrong(Kind::TrueOrFalse)),
    }
}

/// A whole number from 0 to `u32::MAX`: a fraction is the wrong kind, a negative or larger
/// number a bad value.
pub fn small_count(value: Value) -> Result<u32, JsonError> {
    let number = match &value {
        Value::Number(text) => whole(text),
        _ => None,
    };
    match number {
        Some(Ok(n)) => u32::try_from(n).map_err(|_| JsonError::BadValue { at: String::new() }),
        Some(Err(_)) => Err(JsonError::BadValue { at: String::new() }),
        None => Err(value.wrong(Kind::WholeNumber)),
    }
}

/// A whole number from 0 up, or `null` for none: a fraction is the wrong kind, a negative number
/// a bad value (a number too large for 64 bits is read as the largest, as serde's `u64` did).
pub fn count_or_null(value: Value) -> Result<Option<u64>, JsonError> {
    match &value {
        Value::Null => Ok(None),
        Value::Number(text) => match whole(text) {
            Some(Ok(n)) => Ok(Some(n)),
            Some(Err(_)) => Err(JsonError::BadValue { at: String::new() }),
            None => Err(value.wrong(Kind::WholeNumber)),
        },
        _ => Err(value.wrong(Kind::WholeNumber)),
    }
}
