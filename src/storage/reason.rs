//! Why something tierup stored could not be used: a typed value, put into words by `i18n` in
//! the reader's language.

use crate::domain::LedgerError;
use crate::formats::json::JsonError;

/// Why a stored line or record is set aside (left untouched, and named to the reader).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unusable {
    /// A line of a log that is not of the form `<time> <amount> <date>` (or `-<time> <id>`).
    NotAnEvent,
    /// The time at the start of a line is not a base-36 number.
    NotATime,
    /// The amount is not a dollar amount above zero.
    NotAnAmount,
    /// The date is not a real `YYYY-MM-DD` day.
    NotADate,
    /// The purchase id is empty or holds a broken escape.
    BadId,
    /// A log key too short to end in its tab session's four-character suffix.
    NoSessionSuffix,
    /// Another purchase, with other contents, has the same id.
    IdTaken,
    /// The purchase breaks a rule of the schedule (two tabs each adding up to a cap, say).
    Rule(LedgerError),
    /// The settings record is not JSON of the expected shape.
    Json(JsonError),
    /// The settings record names a format other than tierup's storage.
    WrongFormat(String),
}

/// Where a set-aside entry is: a whole key, one line of it, or one purchase read from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Spot {
    Key,
    /// 1-based, as an editor counts.
    Line(usize),
    Purchase(String),
}

/// One stored entry that could not be used; it is kept where it is, untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    pub key: String,
    pub spot: Spot,
    pub why: Unusable,
}
