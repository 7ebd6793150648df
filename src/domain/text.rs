//! Text put together without `core::fmt` or std's `join`: tierup's own code was the only user
//! of the formatting machinery in the wasm (about 2.7 KB of it), and std's join copies through an
//! unrolled path for each separator length (861 B). What tierup writes is plain: counts,
//! coordinates, date parts, and pieces of text one after another. And text is read by plain
//! loops: std's `str` methods with a `&str` pattern link its two-way searcher (~1.8 KB of wasm),
//! with a `char` pattern its char searcher and `memchr`, and its integer parsers a copy for each
//! type, for the few short needles, separators and numbers tierup reads. Each function here says
//! which std call it stands for, and tests/properties.rs checks the readers against it.

/// `n` in decimal digits, appended to `out`, at least `width` of them (zero-padded).
pub fn push_decimal(out: &mut String, n: u64, width: usize) {
    push_digits(out, n, 10, width);
}

/// ASCII `digits` appended to `out` with `group` before each three from the right (`1,000,000`),
/// or without marks for `None`.
pub fn push_grouped(out: &mut String, digits: &str, group: Option<char>) {
    for (i, digit) in digits.bytes().enumerate() {
        if let Some(mark) = group.filter(|_| i > 0 && (digits.len() - i).is_multiple_of(3)) {
            out.push(mark);
        }
        out.push(char::from(digit));
    }
}

/// `n` in base `radix` (2 to 36; digits, then lower-case letters), appended to `out`, at least
/// `width` digits (zero-padded). Stored ids and times are written in base 36 with this.
pub fn push_digits(out: &mut String, n: u64, radix: u64, width: usize) {
    let mut digits = [0u8; 64]; // u64::MAX has 64 binary digits
    let (mut n, mut len) = (n, 0);
    while n > 0 || len == 0 {
        digits[len] = b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % radix) as usize];
        n /= radix;
        len += 1;
    }
    for _ in len..width {
        out.push('0');
    }
    // As chars, not `from_utf8`: its validation, inlined, was most of such a function's wasm.
    for &digit in digits[..len].iter().rev() {
        out.push(char::from(digit));
    }
}

/// `n` with one more digit in base `radix` after it, `None` past `u64::MAX`: how stored
/// numbers are read. Compared with the largest `n` that can take a digit, not through
/// `checked_mul`, whose overflow check is a 128-bit multiplication in wasm (a function of
/// compiler_builtins of its own).
pub fn then_digit(n: u64, radix: u64, digit: u64) -> Option<u64> {
    (n <= (u64::MAX - digit) / radix).then(|| n * radix + digit)
}

/// `text` as a whole number in base `radix` (2 to 36: digits, then letters of either case), as
/// `u64::from_str_radix` reads it but with no sign: `None` for no digits, anything else, or a
/// number past `u64::MAX`. One reader for every number tierup reads in its own files, rather than
/// std's parser for each integer type.
pub fn whole_number(text: &str, radix: u32) -> Option<u64> {
    if text.is_empty() {
        return None;
    }
    text.bytes().try_fold(0u64, |n, b| then_digit(n, radix.into(), char::from(b).to_digit(radix)?.into()))
}

/// `n` in decimal digits.
pub fn decimal(n: u64) -> String {
    let mut out = String::new();
    push_decimal(&mut out, n, 1);
    out
}

/// `parts` one after another.
pub fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// `parts` with `separator` between them, as `[String]::join` makes them.
pub fn join(parts: &[String], separator: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(part);
    }
    out
}

/// `text` before and after the first `separator`, as `text.split_once(separator)` gives them.
///
/// Why not std's: `str` methods with a `char` pattern link its char searcher and `memchr` (with
/// `split`'s iterators, ~1.5 KB of wasm); tierup splits short texts and a log's lines.
pub fn split_once(text: &str, separator: char) -> Option<(&str, &str)> {
    let (at, _) = text.char_indices().find(|&(_, c)| c == separator)?;
    Some((&text[..at], &text[at + separator.len_utf8()..]))
}

/// The pieces of `text` between `separator`s, as `text.split(separator)` gives them.
pub fn split(text: &str, separator: char) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    core::iter::from_fn(move || {
        let text = rest?;
        let (piece, after) = split_once(text, separator).map_or((text, None), |(piece, after)| (piece, Some(after)));
        rest = after;
        Some(piece)
    })
}

/// `text` with each `from` replaced by `to`, as `text.replace(from, to)` gives it: one pass by
/// chars, in one place (`str::replace` is code of its own in the wasm).
pub fn replace_char(text: &str, from: char, to: char) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        out.push(if c == from { to } else { c });
    }
    out
}

/// Whether `c` is one of `chars`. A loop, not `[char]::contains`, whose search of a slice
/// (unrolled for speed) was code of its own in the wasm, for sets of a few chars.
#[allow(clippy::manual_contains)] // contains is what this avoids
pub fn one_of(c: char, chars: &[char]) -> bool {
    chars.iter().any(|&other| other == c)
}

/// Where `needle` first occurs in `text`, as `text.find(needle)` says.
pub fn find(text: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    // A match starts on a char boundary: `needle` starts with a char's first byte.
    text.as_bytes().windows(needle.len()).position(|w| w == needle.as_bytes())
}
