//! serde's derive reading a [`Value`]: each field's refusal is typed and placed under its path.

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::{JsonError, Kind, Step, Value};
use crate::domain::text::then_digit;

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

/// A number as a whole number, if it is one (`7`, `-1`; not `7.0` or `7e0`).
pub(super) fn whole(text: &str) -> Option<Result<u64, i64>> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text),
    };
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits.bytes().try_fold(0u64, |n, b| then_digit(n, 10, u64::from(b - b'0')));
    match (negative, n) {
        (false, Some(n)) => Some(Ok(n)),
        (true, Some(n)) if n <= i64::MAX as u64 => Some(Err(-(n as i64))),
        // Too large for any field: refused as a value, not as a kind.
        _ => Some(Ok(u64::MAX)),
    }
}

impl Value {
    pub(super) fn wrong(&self, expected: Kind) -> JsonError {
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

    /// No tierup format holds a fraction (amounts are strings), so a number is never read as a
    /// float: asked for one, the reader refuses.
    fn deserialize_f32<V: Visitor<'de>>(self, _: V) -> Result<V::Value, JsonError> {
        Err(self.wrong(Kind::WholeNumber))
    }

    fn deserialize_f64<V: Visitor<'de>>(self, _: V) -> Result<V::Value, JsonError> {
        Err(self.wrong(Kind::WholeNumber))
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u128 char bytes byte_buf unit unit_struct newtype_struct tuple tuple_struct
    }
}
