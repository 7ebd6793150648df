//! The widget's stylesheet as compiled in: `static/tierup.css` minified at compile time (comments
//! out, whitespace collapsed), so that its comments and layout explain the CSS to its readers
//! without costing its users bytes.

const SOURCE: &[u8] = include_bytes!("../../static/tierup.css");
const LENGTH: usize = minify(SOURCE, &mut [0; SOURCE.len()]);
const MINIFIED: [u8; LENGTH] = {
    let mut all = [0; SOURCE.len()];
    minify(SOURCE, &mut all);
    crate::formats::json::first(&all)
};

/// The CSS each shadow root adopts.
pub const STYLESHEET: &str = match core::str::from_utf8(&MINIFIED) {
    Ok(css) => css,
    // Only ASCII bytes are dropped, so UTF-8 stays UTF-8: a build-time check.
    Err(_) => panic!("static/tierup.css is not UTF-8"),
};

/// Writes `css` into `out` without `/* ... */` comments, with each run of whitespace made one
/// space and none kept next to `{ } ; , >` or after `:` (where CSS never needs one; a space before
/// `:` is a descendant combinator and stays), and without the `;` before a `}`; quoted strings
/// are copied as they are. Returns the length written. A space stays wherever it can mean
/// something: between selectors (`.tierup .figures`) and around `+` and `-` (`calc(1em + 14px)`).
const fn minify(css: &[u8], out: &mut [u8]) -> usize {
    let (mut i, mut o) = (0, 0);
    let (mut space, mut quote) = (false, 0u8);
    while i < css.len() {
        let c = css[i];
        if quote != 0 {
            out[o] = c;
            o += 1;
            if c == quote {
                quote = 0;
            }
            i += 1;
        } else if c == b'/' && i + 1 < css.len() && css[i + 1] == b'*' {
            i += 2;
            while i + 1 < css.len() && !(css[i] == b'*' && css[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
            space = true;
        } else if c.is_ascii_whitespace() {
            space = true;
            i += 1;
        } else {
            if space && o > 0 && !tight(out[o - 1]) && out[o - 1] != b':' && !tight(c) {
                out[o] = b' ';
                o += 1;
            }
            space = false;
            if c == b'"' || c == b'\'' {
                quote = c;
            }
            // A rule's last declaration needs no `;`.
            if c == b'}' && o > 0 && out[o - 1] == b';' {
                o -= 1;
            }
            out[o] = c;
            o += 1;
            i += 1;
        }
    }
    o
}

/// Marks that need no space on either side.
const fn tight(c: u8) -> bool {
    matches!(c, b'{' | b'}' | b';' | b',' | b'>')
}
