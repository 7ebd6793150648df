//! The views' written parts (`formats::markup`) are as safe as Yew's text nodes: any text, and
//! any attribute value, comes out as the same characters and never as markup; and the only
//! raw HTML the wasm hands Yew is a `Markup` (through `ui::raw`).

use std::path::Path;

use proptest::prelude::*;
use tierup::formats::markup::Markup;

/// Markup's character references read back, as a browser reads them in text and in a quoted
/// attribute value; `None` at a bare `&` or a reference Markup does not write.
fn read_back(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let reference = ["&amp;", "&lt;", "&gt;", "&quot;"].into_iter().find(|r| rest[at..].starts_with(r))?;
        out.push_str(match reference {
            "&amp;" => "&",
            "&lt;" => "<",
            "&gt;" => ">",
            _ => "\"",
        });
        rest = &rest[at + reference.len()..];
    }
    out.push_str(rest);
    Some(out)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn text_and_values_come_out_as_themselves(text in any::<String>(), value in any::<String>()) {
        let mut m = Markup::default();
        m.element("text", &[("class", &value)], &text);
        let written = m.finish();
        let inner = written.strip_prefix("<text class=\"").and_then(|w| w.strip_suffix("</text>")).unwrap();
        let (written_value, written_text) = inner.split_once("\">").unwrap();
        // Nothing that could open or close a tag or end the quoted value is left as itself.
        prop_assert!(!written_value.contains(['<', '>', '"']), "value {written_value:?}");
        prop_assert!(!written_text.contains(['<', '>', '"']), "text {written_text:?}");
        prop_assert_eq!(read_back(written_value), Some(value));
        prop_assert_eq!(read_back(written_text), Some(text));
    }
}

#[test]
fn raw_html_reaches_yew_from_markup_only() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    let mut dirs = vec![src.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file is readable");
                if ["from_html_unchecked", "VRaw", "set_inner_html", "inner_html"].iter().any(|n| text.contains(n)) {
                    found.push(path.strip_prefix(&src).unwrap().to_string_lossy().into_owned());
                }
            }
        }
    }
    assert_eq!(found, ["ui/raw.rs"], "raw HTML outside ui/raw.rs");
}
