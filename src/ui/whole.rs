//! Sentences with a date in them, laid out so that the date is never broken over two lines:
//! browsers break "2026-12-02" after a hyphen when a line runs out.

use yew::prelude::*;

use crate::domain::text::find;

/// `text` with `date` in it wrapped in a span that does not wrap.
pub fn date_whole(text: &str, date: &str) -> Html {
    match find(text, date) {
        Some(at) => {
            let (before, after) = (&text[..at], &text[at + date.len()..]);
            html! { <>{ before }<span class="date">{ date }</span>{ after }</> }
        }
        None => html! { { text } },
    }
}
