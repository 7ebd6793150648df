//! Credits bought before tierup started tracking: they count toward tiers. A function, not a
//! component (see `fold`).

use yew::prelude::*;

use super::browser::field_value;
use super::field_error::field_error;
use super::label::label;
use super::state::Action;
use crate::domain::text::replace_char;
use crate::domain::Money;
use crate::i18n::{Text, Words};

/// The form showing `current`; the amount typed goes to `on_action`, `error` is its refusal.
pub fn opening_total(words: &Words, on_action: &Callback<Action>, current: Money, error: Option<&str>) -> Html {
    let style = words.locale.number_style();
    let onsubmit = on_action.reform(move |e: SubmitEvent| {
        e.prevent_default();
        let form: web_sys::Element = e.target_unchecked_into();
        Action::SetOpening(field_value(&form, "input"), style)
    });
    let decimal = style.decimal();
    let current = replace_char(&current.to_canonical(), '.', decimal);
    html! {
        <form class="opening" {onsubmit} novalidate=true>
            { label("tierup-opening", words.get(Text::OpeningLabel)) }
            <input id="tierup-opening" type="text" inputmode="decimal" autocomplete="off"
                data-testid="opening-total-input" placeholder={current}
                aria-invalid={if error.is_some() { "true" } else { "false" }} aria-describedby="tierup-opening-error" />
            <button type="submit" data-testid="opening-total-save">{ words.get(Text::SaveOpening) }</button>
            { field_error("tierup-opening-error", "opening-error", error) }
        </form>
    }
}
