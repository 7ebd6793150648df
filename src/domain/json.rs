//! JSON for tierup's small formats (the schedule, the ledger file, the storage meta record),
//! read through serde's derive without serde_json: a parser into a plain tree, and a serde
//! `Deserializer` over that tree.
//!
//! Why not serde_json: it was ~45 KB of the wasm (float parsing and printing, position tracking,
//! English error text), and its errors could only be shown in English. Here every refusal is a
//! typed [`JsonError`] naming the field by its path (`tiers[2].wait_days`), said in the reader's
//! language by `i18n`. Numbers keep their text and only whole numbers are read: amounts are
//! strings in every tierup format, and nothing tierup reads has a fraction.

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::date::{Date, DateError};
use super::money::{AmountError, Money};

/// Nesting deeper than this is refused (tierup's formats go three levels deep); it also keeps
/// the recursive parser and the tree's drop far from the end of the stack on hostile input.
const MAX_DEPTH: usize = 64;

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
                Step::Index(i) => format!("[{i}]"),
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

impl core::fmt::Display for JsonError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&crate::i18n::english(crate::i18n::Words::json_error, self))
    }
}

impl std::error::Error for JsonError {}

impl de::Error for JsonError {
    /// Only serde's own helpers call this; the text it carries is English and is not kept.
    fn custom<T: core::fmt::Display>(_: T) -> JsonError {
        JsonError::BadValue { at: String::new() }
    }
    fn invalid_type(_: de::Unexpected<'_>, _: &dyn de::Expected) -> JsonError {
        JsonError::BadValue { at: String::new() }
    }
    fn invalid_value(_: de::Unexpected<'_>, _: &dyn de::Expected) -> JsonError {
        JsonError::BadValue { at: String::new() }
    }
    fn unknown_variant(_: &str, _: &'static [&'static str]) -> JsonError {
        JsonError::BadValue { at: String::new() }
    }
    fn unknown_field(field: &str, _: &'static [&'static str]) -> JsonError {
        JsonError::Unknown { at: field.to_string() }
    }
    fn missing_field(field: &'static str) -> JsonError {
        JsonError::Missing { at: field.to_string() }
    }
    fn duplicate_field(field: &'static str) -> JsonError {
        JsonError::Duplicate { at: field.to_string() }
    }
}

/// Parses a whole document.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let mut p = Parser { text, at: 0 };
    let value = p.value(0)?;
    p.space();
    if p.at < text.len() {
        return Err(p.syntax());
    }
    Ok(value)
}

/// Parses `text` and reads it as a `T` (a `#[derive(Deserialize)]` type).
pub fn from_str<T: de::DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    T::deserialize(parse(text)?)
}

/// Reads a parsed value as a `T`.
pub fn from_value<T: de::DeserializeOwned>(value: Value) -> Result<T, JsonError> {
    T::deserialize(value)
}

/// The string fields of a top-level object whose names pass `wanted`, in one pass that skips
/// every other value without keeping it: what `JSON.stringify(localStorage)` gives is mostly
/// other apps' data.
pub fn string_fields(text: &str, wanted: impl Fn(&str) -> bool) -> Result<Vec<(String, String)>, JsonError> {
    let mut p = Parser { text, at: 0 };
    let mut out = Vec::new();
    p.space();
    p.expect(b'{')?;
    p.space();
    if !p.eat(b'}') {
        loop {
            p.space();
            let key = p.string()?;
            p.space();
            p.expect(b':')?;
            p.space();
            if wanted(&key) {
                if p.peek() != Some(b'"') {
                    return Err(JsonError::WrongKind { at: key, expected: Kind::Text });
                }
                let value = p.string()?;
                out.push((key, value));
            } else {
                p.value(1)?;
            }
            p.space();
            if p.eat(b'}') {
                break;
            }
            p.expect(b',')?;
        }
    }
    p.space();
    if p.at < text.len() {
        return Err(p.syntax());
    }
    Ok(out)
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

struct Parser<'a> {
    text: &'a str,
    /// Byte offset of the next unread character.
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    fn expect(&mut self, byte: u8) -> Result<(), JsonError> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.syntax())
        }
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// A syntax error at the current position, as a person counts lines and columns.
    fn syntax(&self) -> JsonError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        JsonError::Syntax { line, column }
    }

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.syntax());
        }
        self.space();
        match self.peek() {
            Some(b'{') => {
                self.at += 1;
                let mut fields = Vec::new();
                self.space();
                if self.eat(b'}') {
                    return Ok(Value::Object(fields));
                }
                loop {
                    self.space();
                    let key = self.string()?;
                    self.space();
                    self.expect(b':')?;
                    fields.push((key, self.value(depth + 1)?));
                    self.space();
                    if self.eat(b'}') {
                        return Ok(Value::Object(fields));
                    }
                    self.expect(b',')?;
                }
            }
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.eat(b']') {
                    return Ok(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.space();
                    if self.eat(b']') {
                        return Ok(Value::Array(items));
                    }
                    self.expect(b',')?;
                }
            }
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            _ => self.word(),
        }
    }

    fn word(&mut self) -> Result<Value, JsonError> {
        let rest = &self.text[self.at..];
        for (word, value) in [("true", Value::Bool(true)), ("false", Value::Bool(false)), ("null", Value::Null)] {
            if rest.starts_with(word) {
                self.at += word.len();
                return Ok(value);
            }
        }
        Err(self.syntax())
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as text.
    fn number(&mut self) -> Result<String, JsonError> {
        let start = self.at;
        self.eat(b'-');
        if !self.eat(b'0') && self.digits() == 0 {
            return Err(self.syntax());
        }
        if self.eat(b'.') && self.digits() == 0 {
            return Err(self.syntax());
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _ = self.eat(b'+') || self.eat(b'-');
            if self.digits() == 0 {
                return Err(self.syntax());
            }
        }
        Ok(self.text[start..self.at].to_string())
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.expect(b'"')?;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.at..];
            // Copy the run up to the next quote, backslash or control character at once.
            let Some(run) = rest.bytes().position(|b| b == b'"' || b == b'\\' || b < 0x20) else {
                self.at = self.text.len();
                return Err(self.syntax());
            };
            out.push_str(&rest[..run]);
            self.at += run;
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                _ => return Err(self.syntax()),
            }
        }
    }

    /// The character after a backslash; `\uD83D\uDCB8` pairs become one character.
    fn escape(&mut self) -> Result<char, JsonError> {
        let simple = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let high = self.hex4()?;
                if !(0xD800..0xDC00).contains(&high) {
                    return char::from_u32(high).ok_or_else(|| self.syntax());
                }
                if !(self.eat(b'\\') && self.eat(b'u')) {
                    return Err(self.syntax());
                }
                let low = self.hex4()?;
                if !(0xDC00..0xE000).contains(&low) {
                    return Err(self.syntax());
                }
                return char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)).ok_or_else(|| self.syntax());
            }
            _ => return Err(self.syntax()),
        };
        self.at += 1;
        Ok(simple)
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let hex = self.text.get(self.at..self.at + 4).ok_or_else(|| self.syntax())?;
        let mut n = 0;
        for c in hex.chars() {
            n = n * 16 + c.to_digit(16).ok_or_else(|| self.syntax())?;
        }
        self.at += 4;
        Ok(n)
    }
}

/// A number as a whole number, if it is one (`7`, `-1`; not `7.0` or `7e0`).
fn whole(text: &str) -> Option<Result<u64, i64>> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text),
    };
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits.bytes().try_fold(0u64, |n, b| n.checked_mul(10)?.checked_add(u64::from(b - b'0')));
    match (negative, n) {
        (false, Some(n)) => Some(Ok(n)),
        (true, Some(n)) if n <= i64::MAX as u64 => Some(Err(-(n as i64))),
        // Too large for any field: refused as a value, not as a kind.
        _ => Some(Ok(u64::MAX)),
    }
}

impl Value {
    fn wrong(&self, expected: Kind) -> JsonError {
        JsonError::WrongKind { at: String::new(), expected }
    }
}

/// Fields of an object, handed to serde one at a time; an error is placed under its field.
struct Fields {
    fields: std::vec::IntoIter<(String, Value)>,
    current: Option<(String, Value)>,
}

impl<'de> de::MapAccess<'de> for Fields {
    type Error = JsonError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, JsonError> {
        let Some((key, value)) = self.fields.next() else { return Ok(None) };
        let read = seed.deserialize(key.as_str().into_deserializer());
        self.current = Some((key, value));
        read.map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, JsonError> {
        let (key, value) = self.current.take().unwrap_or((String::new(), Value::Null));
        seed.deserialize(value).map_err(|e| e.within(Step::Field(&key)))
    }
}

/// Items of a list, handed to serde one at a time; an error is placed under its index.
struct Items {
    items: std::iter::Enumerate<std::vec::IntoIter<Value>>,
}

impl<'de> de::SeqAccess<'de> for Items {
    type Error = JsonError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, JsonError> {
        let Some((i, item)) = self.items.next() else { return Ok(None) };
        seed.deserialize(item).map(Some).map_err(|e| e.within(Step::Index(i)))
    }
}

fn fields(fields: Vec<(String, Value)>) -> Fields {
    Fields { fields: fields.into_iter(), current: None }
}

impl<'de> de::Deserializer<'de> for Value {
    type Error = JsonError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Number(ref text) => match whole(text) {
                Some(Ok(n)) => visitor.visit_u64(n),
                Some(Err(n)) => visitor.visit_i64(n),
                None => Err(self.wrong(Kind::WholeNumber)),
            },
            Value::String(s) => visitor.visit_string(s),
            Value::Array(items) => visitor.visit_seq(Items { items: items.into_iter().enumerate() }),
            Value::Object(f) => visitor.visit_map(fields(f)),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self {
            Value::Bool(b) => visitor.visit_bool(b),
            other => Err(other.wrong(Kind::TrueOrFalse)),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match &self {
            Value::Number(text) => match whole(text) {
                Some(Ok(n)) => visitor.visit_u64(n),
                Some(Err(n)) => visitor.visit_i64(n),
                None => Err(self.wrong(Kind::WholeNumber)),
            },
            _ => Err(self.wrong(Kind::WholeNumber)),
        }
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self {
            Value::String(s) => visitor.visit_string(s),
            other => Err(other.wrong(Kind::Text)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self {
            Value::Null => visitor.visit_none(),
            other => visitor.visit_some(other),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self {
            Value::Array(items) => visitor.visit_seq(Items { items: items.into_iter().enumerate() }),
            other => Err(other.wrong(Kind::List)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        match self {
            Value::Object(f) => visitor.visit_map(fields(f)),
            other => Err(other.wrong(Kind::Object)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, JsonError> {
        self.deserialize_map(visitor)
    }

    /// Unit variants only (`"per_deposit"`): tierup's enums are names.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, JsonError> {
        match self {
            Value::String(s) => visitor.visit_enum(s.into_deserializer()),
            other => Err(other.wrong(Kind::Text)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsonError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u128 f32 f64 char bytes byte_buf unit unit_struct newtype_struct tuple
        tuple_struct
    }
}
