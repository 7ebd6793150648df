//! JSON compiled in without its layout: whitespace outside strings dropped at compile time, so
//! a shipped file stays readable in the repository and costs the wasm only what it says.

/// Writes `json` into `out` without the whitespace between tokens; strings (escapes included)
/// are copied as they are. Returns the length written.
pub const fn compact(json: &[u8], out: &mut [u8]) -> usize {
    let (mut i, mut o, mut strings) = (0, 0, Strings::START);
    while i < json.len() {
        let c = json[i];
        i += 1;
        if strings.outside(c) && matches!(c, b' ' | b'\n' | b'\r' | b'\t') {
            continue;
        }
        out[o] = c;
        o += 1;
    }
    o
}

/// Where a byte-by-byte scan of JSON is: in a string or not, and just after a backslash in one.
struct Strings {
    inside: bool,
    escaped: bool,
}

impl Strings {
    const START: Strings = Strings { inside: false, escaped: false };

    /// Moves past `c`: whether it is outside every string (quotes are part of their string).
    const fn outside(&mut self, c: u8) -> bool {
        if self.inside {
            self.inside = self.escaped || c != b'"';
            self.escaped = !self.escaped && c == b'\\';
            false
        } else {
            self.inside = c == b'"';
            !self.inside
        }
    }
}

/// Writes compacted `json` into `out` without its members named `names` or `titles` (a
/// schedule's translations: the wasm reads them from the language packs). Returns the length.
pub const fn without_translations(json: &[u8], out: &mut [u8]) -> usize {
    let (mut i, mut o, mut strings) = (0, 0, Strings::START);
    while i < json.len() {
        let c = json[i];
        let member = !strings.inside && matches!(c, b'{' | b',');
        if member && (starts(json, i + 1, b"\"names\":{") || starts(json, i + 1, b"\"titles\":{")) {
            // The member goes with the comma before it, or (when first) the comma after it.
            let end = object_end(json, i + 1);
            if json[i] == b'{' {
                out[o] = b'{';
                o += 1;
                i = if end < json.len() && json[end] == b',' { end + 1 } else { end };
            } else {
                i = end;
            }
            continue;
        }
        strings.outside(c);
        out[o] = c;
        o += 1;
        i += 1;
    }
    o
}

const fn starts(json: &[u8], at: usize, prefix: &[u8]) -> bool {
    let mut k = 0;
    while k < prefix.len() {
        if at + k >= json.len() || json[at + k] != prefix[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// Where the object that follows the key at `at` ends (just after its `}`), strings skipped.
const fn object_end(json: &[u8], at: usize) -> usize {
    let (mut i, mut depth, mut key_done, mut strings) = (at, 0, false, Strings::START);
    while i < json.len() {
        let c = json[i];
        i += 1;
        if !strings.outside(c) {
            continue;
        }
        match c {
            b':' => key_done = true,
            b'{' if key_done => depth += 1,
            b'}' if key_done => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    i
}

/// The first `N` bytes of `bytes`, as an array: a compile-time result cut to its known length.
pub const fn first<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = bytes[i];
        i += 1;
    }
    out
}

/// `include_str!` of a JSON file, compacted: `compact_json!("../../static/file.json")`.
#[macro_export]
macro_rules! compact_json {
    ($path:literal) => {{
        const SOURCE: &[u8] = include_bytes!($path);
        const LENGTH: usize = $crate::formats::json::compact(SOURCE, &mut [0; SOURCE.len()]);
        const COMPACT: [u8; LENGTH] = {
            let mut all = [0; SOURCE.len()];
            $crate::formats::json::compact(SOURCE, &mut all);
            $crate::formats::json::first(&all)
        };
        // Only ASCII whitespace is dropped, so UTF-8 stays UTF-8: a build-time check.
        match core::str::from_utf8(&COMPACT) {
            Ok(json) => json,
            Err(_) => panic!(concat!($path, " is not UTF-8")),
        }
    }};
    // The same without the translations (see `without_translations`).
    ($path:literal, without_translations) => {{
        const ALL: &str = $crate::compact_json!($path);
        const LENGTH: usize = $crate::formats::json::without_translations(ALL.as_bytes(), &mut [0; ALL.len()]);
        const ENGLISH: [u8; LENGTH] = {
            let mut all = [0; ALL.len()];
            $crate::formats::json::without_translations(ALL.as_bytes(), &mut all);
            $crate::formats::json::first(&all)
        };
        // Whole members are dropped, so UTF-8 stays UTF-8: a build-time check.
        match core::str::from_utf8(&ENGLISH) {
            Ok(json) => json,
            Err(_) => panic!(concat!($path, " is not UTF-8")),
        }
    }};
}

#[cfg(test)]
mod tests {
    use super::{compact, without_translations};

    fn compacted(json: &str) -> String {
        let mut out = vec![0; json.len()];
        let n = compact(json.as_bytes(), &mut out);
        String::from_utf8(out[..n].to_vec()).unwrap()
    }

    #[test]
    fn drops_layout_and_keeps_strings() {
        assert_eq!(
            compacted("{\n  \"a b\": [ 1, 2 ],\t\"c\" : \"x \\\" y\\\\\" }\r\n"),
            r#"{"a b":[1,2],"c":"x \" y\\"}"#
        );
    }

    #[test]
    fn drops_the_translations_and_keeps_the_rest() {
        let json = r#"{"titles":{"fr":"a}{\"b"},"title":"T,\"names\":{","tiers":[{"id":"x","names":{"de":"y"}},{"names":{},"id":"z"}]}"#;
        let mut out = vec![0; json.len()];
        let n = without_translations(json.as_bytes(), &mut out);
        assert_eq!(
            std::str::from_utf8(&out[..n]).unwrap(),
            r#"{"title":"T,\"names\":{","tiers":[{"id":"x"},{"id":"z"}]}"#
        );
    }
}
