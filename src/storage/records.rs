//! The keys tierup uses in localStorage and the small records besides the batches (see
//! `journal`): pure text encoding, tested natively.
//!
//! - `tierup.meta`        `{"format":"tierup-storage","version":2,"opening_total":"0.00"}`, and
//!   `"cleared":<ms>` once "Clear all purchases" has been used
//! - `tierup.b.<session>` a tab session's batch of events (`journal`)
//! - `tierup.p.<id>`      layout 1, one key per purchase (`<amount> <date> <seq>`): read once and
//!   moved into a batch
//! - `tierup.ledger`      the single-key layout of the first builds: read once and moved too

use core::fmt;

use serde::Deserialize;

use crate::domain::{Date, Money, Purchase};
use crate::formats::json;

/// Every key tierup writes starts with this; anything else on the origin is not ours.
pub const PREFIX: &str = "tierup.";
pub const META_KEY: &str = "tierup.meta";
pub const PURCHASE_PREFIX: &str = "tierup.p.";
/// Where unreadable data is copied before tierup writes over its key.
pub const QUARANTINE_PREFIX: &str = "tierup.quarantine.";
/// The single-key layout of the first development builds; read once and moved to records.
pub const LEGACY_KEY: &str = "tierup.ledger";
/// The language picked on the standalone page (a tag such as `pt-BR`).
pub const LOCALE_KEY: &str = "tierup.locale";

const FORMAT: &str = "tierup-storage";
pub const VERSION: u32 = 2;

/// Why a stored value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// Not the `<amount> <date> <seq>` shape, or a part of it is not what it should be.
    Malformed(String),
    /// Written by a newer tierup.
    Newer(u32),
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Malformed(why) => f.write_str(why),
            Self::Newer(v) => write!(f, "written by a newer tierup (storage version {v})"),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // `format` and `version` are checked through `Header` first.
struct MetaIn {
    format: String,
    version: u32,
    opening_total: String,
    #[serde(default)]
    cleared: Option<u64>,
}

/// What the meta record holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Meta {
    pub opening_total: Money,
    /// When "Clear all purchases" was last used (ms): every event at or before it is gone.
    pub cleared: Option<u64>,
    /// 1: purchases may still be in layout 1 records.
    pub version: u32,
}

pub fn encode_meta(opening_total: Money, cleared: Option<u64>) -> String {
    let total = opening_total.to_canonical();
    match cleared {
        Some(at) => format!(r#"{{"format":"{FORMAT}","version":{VERSION},"opening_total":"{total}","cleared":{at}}}"#),
        None => format!(r#"{{"format":"{FORMAT}","version":{VERSION},"opening_total":"{total}"}}"#),
    }
}

/// The meta record, or why it cannot be read.
pub fn decode_meta(text: &str) -> Result<Meta, RecordError> {
    #[derive(Deserialize)]
    struct Header {
        format: String,
        version: u32,
    }
    let malformed = |e: json::JsonError| RecordError::Malformed(e.to_string());
    let header: Header = json::from_str(text).map_err(malformed)?;
    if header.format != FORMAT {
        return Err(RecordError::Malformed(format!("format \"{}\" is not {FORMAT}", header.format)));
    }
    if header.version > VERSION {
        return Err(RecordError::Newer(header.version));
    }
    let meta: MetaIn = json::from_str(text).map_err(malformed)?;
    let opening_total = json::amount_at(&meta.opening_total, || "opening_total".into()).map_err(malformed)?;
    Ok(Meta { opening_total, cleared: meta.cleared, version: meta.version })
}

/// A layout 1 purchase record and its place in the order of adding (milliseconds x 1024).
pub fn decode_purchase(key: &str, value: &str) -> Result<(Purchase, u64), RecordError> {
    let bad = |why: &str| RecordError::Malformed(why.to_string());
    let id = key.strip_prefix(PURCHASE_PREFIX).filter(|id| !id.is_empty()).ok_or_else(|| bad("no purchase id"))?;
    let mut parts = value.split(' ');
    let (Some(amount), Some(date), Some(seq), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Err(bad("not of the form \"<amount> <date> <seq>\""));
    };
    let amount = Money::parse_data(amount).map_err(|e| RecordError::Malformed(format!("amount: {e}")))?;
    if amount.is_zero() {
        return Err(bad("amount: zero"));
    }
    let date = Date::parse(date).map_err(|e| RecordError::Malformed(format!("date: {e}")))?;
    let seq = from_base36(seq).ok_or_else(|| bad("sequence number"))?;
    Ok((Purchase { id: id.into(), amount, date }, seq))
}

pub fn to_base36(n: u64) -> String {
    let mut out = String::with_capacity(13);
    push_base36(&mut out, n);
    out
}

/// Appends `n` in base 36 (digits and lower-case letters): ids and times are written by the
/// ten thousand, so without a temporary.
pub fn push_base36(out: &mut String, n: u64) {
    let mut digits = [0u8; 13];
    let (mut n, mut at) = (n, digits.len());
    loop {
        at -= 1;
        digits[at] = b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize];
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.push_str(core::str::from_utf8(&digits[at..]).unwrap_or_default());
}

pub fn from_base36(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 13 {
        return None;
    }
    text.chars().try_fold(0u64, |n, c| n.checked_mul(36)?.checked_add(u64::from(c.to_digit(36)?)))
}

/// tierup's entries from a JSON object of every localStorage entry (what
/// `JSON.stringify(localStorage)` gives: one call instead of two per key). Other apps' values
/// are skipped unread and never kept.
pub fn ours_from_json(text: &str) -> Result<Vec<(String, String)>, json::JsonError> {
    json::string_fields(text, |key| key.starts_with(PREFIX))
}
