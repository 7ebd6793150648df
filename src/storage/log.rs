//! A tab session's log: what it changed, a line each, under `tierup.b.<start><suffix>`. Pure
//! text, tested natively.
//!
//! Why a log per session: localStorage has no transactions, so a key is only ever written by
//! the session that owns it, and tabs working at the same time never rewrite each other's
//! data. A session deletes another session's purchase with a tombstone in its own log. Why
//! lines: a line costs ~25 characters a purchase, so 10,000 purchases fit in 600 KB (UTF-16).
//!
//! Lines (`t` is milliseconds since 1970 in base 36; it orders purchases as they were added):
//!
//! - `<t> <amount> <date>`        a purchase added in this session; its id is `<t><suffix>`
//! - `<t> <amount> <date> <id>`   a purchase with an id from elsewhere (imported, restored)
//! - `-<t> <id>`                  the purchase `id` deleted at `t`
//!
//! An add is live unless a deletion of its id comes after it, or the settings record's clear
//! mark is at or after it.

use super::keys::LOG_PREFIX;
use super::Unusable;
use crate::domain::text::{concat, push_digits, split, whole_number};
use crate::domain::{Date, Money};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// Added in the log's own session: the id is `<t><suffix>`, so the line need not carry it.
    AddedHere { t: u64, amount: Money, date: Date },
    /// Added with an id from elsewhere, which the line carries.
    AddedWithId { t: u64, amount: Money, date: Date, id: String },
    /// The purchase `id` deleted.
    Deleted { t: u64, id: String },
}

impl Event {
    pub fn t(&self) -> u64 {
        match self {
            Event::AddedHere { t, .. } | Event::AddedWithId { t, .. } | Event::Deleted { t, .. } => *t,
        }
    }

    fn encode(&self, out: &mut String) {
        let purchase = |out: &mut String, t: u64, amount: &Money, date: &Date| {
            push_base36(out, t);
            out.push(' ');
            out.push_str(&amount.to_canonical());
            out.push(' ');
            out.push_str(&date.iso());
        };
        match self {
            Event::AddedHere { t, amount, date } => purchase(out, *t, amount, date),
            Event::AddedWithId { t, amount, date, id } => {
                purchase(out, *t, amount, date);
                out.push(' ');
                escape_into(out, id);
            }
            Event::Deleted { t, id } => {
                out.push('-');
                push_base36(out, *t);
                out.push(' ');
                escape_into(out, id);
            }
        }
    }

    fn decode(line: &str) -> Result<Event, Unusable> {
        if let Some(rest) = line.strip_prefix('-') {
            let (t, id) = split_space(rest).ok_or(Unusable::NotAnEvent)?;
            return Ok(Event::Deleted { t: time(t)?, id: unescape(id)? });
        }
        let (t, rest) = split_space(line).ok_or(Unusable::NotAnEvent)?;
        let (amount, rest) = split_space(rest).ok_or(Unusable::NotAnEvent)?;
        let (date, id) = split_space(rest).map_or((rest, None), |(date, id)| (date, Some(id)));
        let t = time(t)?;
        let amount = Money::parse_data(amount).ok().filter(|a| !a.is_zero()).ok_or(Unusable::NotAnAmount)?;
        let date = Date::parse(date).map_err(|_| Unusable::NotADate)?;
        Ok(match id {
            None => Event::AddedHere { t, amount, date },
            Some(id) => Event::AddedWithId { t, amount, date, id: unescape(id)? },
        })
    }
}

/// The text before the first space and the text after it. By bytes, not with a char pattern's
/// searcher: with the byte checks in `from_base36` and `Money::parse_data`, reading 10,000 lines
/// natively went from 1.69 to 1.25 ms, and they are read at start-up.
fn split_space(text: &str) -> Option<(&str, &str)> {
    let at = text.bytes().position(|b| b == b' ')?;
    Some((&text[..at], &text[at + 1..]))
}

fn time(text: &str) -> Result<u64, Unusable> {
    from_base36(text).ok_or(Unusable::NotATime)
}

/// Ids may hold anything but a line break: `\` and line breaks are escaped.
fn escape_into(out: &mut String, id: &str) {
    for c in id.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

fn unescape(text: &str) -> Result<String, Unusable> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        out.push(match (c, c == '\\') {
            (_, false) => c,
            (_, true) => match chars.next() {
                Some('\\') => '\\',
                Some('n') => '\n',
                Some('r') => '\r',
                _ => return Err(Unusable::BadId),
            },
        });
    }
    if out.is_empty() {
        return Err(Unusable::BadId);
    }
    Ok(out)
}

/// Lines of a stored log that could not be read: their number (1-based) and why.
pub type BadLines = Vec<(usize, Unusable)>;

/// One session's changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Log {
    pub key: String,
    /// The last four characters of the key: the id of a purchase added here is its time and this.
    suffix: String,
    pub events: Vec<Event>,
}

impl Log {
    /// A new session's log, started at `start` (ms), named with four base-36 characters.
    pub fn new(start: u64, suffix: &str) -> Log {
        Log { key: concat(&[LOG_PREFIX, &to_base36(start), suffix]), suffix: suffix.into(), events: Vec::new() }
    }

    /// A stored log; lines that cannot be read are returned, and left out.
    pub fn parse(key: &str, value: &str) -> Result<(Log, BadLines), Unusable> {
        let name = key.strip_prefix(LOG_PREFIX).ok_or(Unusable::NoSessionSuffix)?;
        let suffix = name.get(name.len().saturating_sub(4)..).filter(|s| s.len() == 4 && name.len() > 4);
        let suffix = suffix.ok_or(Unusable::NoSessionSuffix)?;
        let mut log = Log { key: key.into(), suffix: suffix.into(), events: Vec::new() };
        let mut bad = Vec::new();
        for (n, line) in split(value, '\n').enumerate().filter(|(_, l)| !l.is_empty()) {
            match Event::decode(line) {
                Ok(event) => log.events.push(event),
                Err(why) => bad.push((n + 1, why)),
            }
        }
        Ok((log, bad))
    }

    pub fn suffix(&self) -> &str {
        &self.suffix
    }

    pub fn text(&self) -> String {
        let mut out = String::with_capacity(self.events.len() * 26);
        for (i, event) in self.events.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            event.encode(&mut out);
        }
        out
    }

    /// The id of a purchase added in this session at `t`.
    pub fn own_id(&self, t: u64) -> String {
        own_id(t, &self.suffix)
    }

    /// The id an event adds, if it adds one.
    pub fn added_id(&self, event: &Event) -> Option<String> {
        match event {
            Event::AddedHere { t, .. } => Some(self.own_id(*t)),
            Event::AddedWithId { id, .. } => Some(id.clone()),
            Event::Deleted { .. } => None,
        }
    }
}

/// The id of a purchase a session with this suffix added at `t`.
pub fn own_id(t: u64, suffix: &str) -> String {
    let mut id = String::with_capacity(16);
    push_base36(&mut id, t);
    id.push_str(suffix);
    id
}

pub fn to_base36(n: u64) -> String {
    let mut out = String::with_capacity(13);
    push_base36(&mut out, n);
    out
}

/// Appends `n` in base 36 (digits and lower-case letters): ids and times are written by the
/// ten thousand, so without a temporary.
pub fn push_base36(out: &mut String, n: u64) {
    push_digits(out, n, 36, 1);
}

pub fn from_base36(text: &str) -> Option<u64> {
    if text.len() > 13 {
        return None;
    }
    whole_number(text, 36)
}
