//! Sentences with a date in them, laid out so that the date is never broken over two lines:
//! browsers break "2026-12-02" after a hyphen when a line runs out.

use crate::domain::text::find;
use crate::formats::markup::Markup;

/// `text` with `date` in it wrapped in a span that does not wrap.
pub fn date_whole(m: &mut Markup, text: &str, date: &str) {
    match find(text, date) {
        Some(at) => {
            m.text(&text[..at]).element("span", &[("class", "date")], date).text(&text[at + date.len()..]);
        }
        None => {
            m.text(text);
        }
    }
}
