//! The widget's stylesheet as compiled in: `static/tierup.css` with its comments taken out at
//! compile time, so that they explain the CSS to its readers without costing its users bytes.

const SOURCE: &str = include_str!("../../static/tierup.css");
const STRIPPED: [u8; SOURCE.len()] = without_comments(SOURCE.as_bytes());

/// The CSS each shadow root adopts.
pub const STYLESHEET: &str = match core::str::from_utf8(&STRIPPED) {
    Ok(css) => css.trim_ascii_end(),
    // Removing whole `/* ... */` runs (ASCII) from UTF-8 leaves UTF-8: a build-time check only.
    Err(_) => panic!("static/tierup.css is not UTF-8"),
};

/// `css` without its `/* ... */` comments, padded with spaces to its length. The stylesheet has
/// no `/*` inside a string, so no string is cut.
const fn without_comments<const N: usize>(css: &[u8]) -> [u8; N] {
    let mut out = [b' '; N];
    let (mut i, mut o) = (0, 0);
    while i < css.len() && o < N {
        if i + 1 < css.len() && css[i] == b'/' && css[i + 1] == b'*' {
            i += 2;
            while i + 1 < css.len() && !(css[i] == b'*' && css[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
        } else {
            out[o] = css[i];
            o += 1;
            i += 1;
        }
    }
    out
}
