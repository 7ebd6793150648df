//! The "Add purchase" form: an amount and a date (today unless changed).
//!
//! A function, not a component (see `fold`): the fields are read from the submitted form, and
//! the widget's effect empties the amount once a purchase is accepted.

use yew::prelude::*;

use super::browser::field_value;
use super::field_error::field_error;
use super::label::label;
use super::state::Action;
use crate::domain::text::concat;
use crate::domain::Date;
use crate::i18n::{Text, Words};

/// The form; the purchase goes to `on_action` (as this instance's), `error` is its refusal.
///
/// The date is a text field holding today's date until `date_field`: the browser's first date
/// field took 15-25 ms to make and lay out here (its calendar and the language's date format),
/// which held up the first paint of the whole widget. The text field takes the same box and a
/// typed date (`YYYY-MM-DD`), and becomes the date field a painted frame later, keeping its value.
pub fn add_purchase(
    words: &Words,
    on_action: &Callback<Action>,
    today: Date,
    error: Option<&str>,
    date_field: bool,
) -> Html {
    let style = words.locale.number_style();
    let onsubmit = on_action.reform(move |e: SubmitEvent| {
        e.prevent_default();
        let form: web_sys::Element = e.target_unchecked_into();
        Action::Add {
            amount: field_value(&form, "#tierup-amount"),
            date: field_value(&form, "#tierup-date"),
            style,
            at: js_sys::Date::now() as u64,
        }
    });
    let placeholder = concat(&["40", style.decimal().encode_utf8(&mut [0; 4]), "00"]);
    html! {
        <form class="add" {onsubmit} novalidate=true>
            <h3>{ words.get(Text::AddPurchase) }</h3>
            { label("tierup-amount", words.get(Text::AmountLabel)) }
            <input id="tierup-amount" type="text" inputmode="decimal" autocomplete="off"
                {placeholder} data-testid="amount-input"
                aria-invalid={if error.is_some() { "true" } else { "false" }} aria-describedby="tierup-deposit-error" />
            { label("tierup-date", words.get(Text::DateLabel)) }
            // Today as the field's default (its `value` attribute), not its value: the browser
            // shows it until the reader changes the field, from the first paint on and again
            // when the day moves on at midnight. (A `value` in the markup would put today back on
            // every render, over a date being typed: Yew compares it with the field.)
            <input id="tierup-date" type={if date_field { "date" } else { "text" }} data-testid="date-input"
                max={today.iso()} ~defaultValue={today.iso()} />
            <button type="submit" data-testid="add-purchase">{ words.get(Text::AddPurchase) }</button>
            { field_error("tierup-deposit-error", "deposit-error", error) }
        </form>
    }
}
