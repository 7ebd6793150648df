//! The parser: text to [`Value`], or where the text stops being JSON.

use super::{JsonError, Kind, Value};

/// Nesting deeper than this is refused (tierup's formats go three levels deep); it also keeps
/// the recursive parser and the tree's drop far from the end of the stack on hostile input.
const MAX_DEPTH: usize = 64;

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
        // Plain byte loops: std's char searchers cost the wasm more than these two lines.
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let last = before.bytes().rposition(|b| b == b'\n').map_or(before, |at| &before[at + 1..]);
        let column = last.chars().count() + 1;
        JsonError::Syntax { line, column }
    }

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.syntax());
        }
        self.space();
        match self.peek() {
            // Objects and lists in one loop: the same commas and closing, a key before each
            // value of an object.
            Some(open @ (b'{' | b'[')) => {
                self.at += 1;
                let object = open == b'{';
                let close = if object { b'}' } else { b']' };
                let (mut fields, mut items) = (Vec::new(), Vec::new());
                self.space();
                if !self.eat(close) {
                    loop {
                        self.space();
                        if object {
                            let key = self.string()?;
                            self.space();
                            self.expect(b':')?;
                            fields.push((key, self.value(depth + 1)?));
                        } else {
                            items.push(self.value(depth + 1)?);
                        }
                        self.space();
                        if self.eat(close) {
                            break;
                        }
                        self.expect(b',')?;
                    }
                }
                Ok(if object { Value::Object(fields) } else { Value::Array(items) })
            }
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            _ => self.word(),
        }
    }

    fn word(&mut self) -> Result<Value, JsonError> {
        let (word, value) = match self.peek() {
            Some(b't') => ("true", Value::Bool(true)),
            Some(b'f') => ("false", Value::Bool(false)),
            Some(b'n') => ("null", Value::Null),
            _ => return Err(self.syntax()),
        };
        if !self.text[self.at..].starts_with(word) {
            return Err(self.syntax());
        }
        self.at += word.len();
        Ok(value)
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
