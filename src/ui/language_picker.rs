//! The standalone page's language menu: each language named in itself. A function, not a
//! component (see `fold`).

use yew::prelude::*;

use super::label::label;
use crate::i18n::{Locale, Text, Words};

/// The menu with `picked` selected (even while its texts load); a pick goes to `on_pick`.
pub fn language_picker(words: &Words, picked: Locale, on_pick: &Callback<Locale>) -> Html {
    let onchange = on_pick.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Locale::from_tag(&select.value()).unwrap_or_default()
    });
    let options = Locale::ALL.into_iter().map(|locale| {
        html! {
            <option value={locale.tag()} lang={locale.tag()} selected={locale == picked}>{ locale.name() }</option>
        }
    });
    html! {
        <div class="language">
            { label("tierup-language", words.get(Text::LanguageLabel)) }
            <select id="tierup-language" data-testid="language-picker" {onchange}>{ for options }</select>
        </div>
    }
}
