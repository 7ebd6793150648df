//! The standalone page's language menu: each language named in itself.

use yew::prelude::*;

use super::context::use_instance;
use crate::i18n::{Locale, Text};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The language picked (shown selected even while its texts load).
    pub picked: Locale,
    pub on_pick: Callback<Locale>,
}

#[component]
pub fn LanguagePicker(props: &Props) -> Html {
    let words = use_instance().words;
    let onchange = props.on_pick.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Locale::from_tag(&select.value()).unwrap_or_default()
    });
    let options = Locale::ALL.into_iter().map(|locale| {
        html! {
            <option value={locale.tag()} lang={locale.tag()} selected={locale == props.picked}>{ locale.name() }</option>
        }
    });
    html! {
        <div class="language">
            <label for="tierup-language">{ words.get(Text::LanguageLabel) }</label>
            <select id="tierup-language" data-testid="language-picker" {onchange}>{ for options }</select>
        </div>
    }
}
