//! Text from a page's schedule file or an imported ledger is shown as text by construction:
//! every piece of it is a Yew text node. No file of `src/` hands the browser HTML to parse, so
//! no escape has to be remembered anywhere.

mod common;

use std::path::Path;

/// What would make the browser parse a string as markup.
const RAW_HTML: [&str; 5] = ["from_html_unchecked", "VRaw", "inner_html", "outer_html", "insert_adjacent_html"];

#[test]
fn no_source_file_writes_raw_html() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for path in common::source_files() {
        let text = std::fs::read_to_string(&path).expect("a source file is readable");
        for name in RAW_HTML.iter().filter(|n| text.contains(*n)) {
            found.push(format!("{}: {name}", path.strip_prefix(&src).unwrap().display()));
        }
    }
    assert!(found.is_empty(), "raw HTML in src:\n{}", found.join("\n"));
}
