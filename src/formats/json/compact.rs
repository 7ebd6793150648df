//! JSON compiled in without its layout: whitespace outside strings dropped at compile time, so
//! a shipped file stays readable in the repository and costs the wasm only what it says.

/// Writes `json` into `out` without the whitespace between tokens; strings (escapes included)
/// are copied as they are. Returns the length written.
pub const fn compact(json: &[u8], out: &mut [u8]) -> usize {
    let (mut i, mut o) = (0, 0);
    let (mut in_string, mut escaped) = (false, false);
    while i < json.len() {
        let c = json[i];
        i += 1;
        if in_string {
            in_string = escaped || c != b'"';
            escaped = !escaped && c == b'\\';
        } else if matches!(c, b' ' | b'\n' | b'\r' | b'\t') {
            continue;
        } else {
            in_string = c == b'"';
        }
        out[o] = c;
        o += 1;
    }
    o
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
}

#[cfg(test)]
mod tests {
    use super::compact;

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
}
