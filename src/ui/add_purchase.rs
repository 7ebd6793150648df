//! The "Add purchase" form: an amount and a date (today unless changed).

use yew::prelude::*;

use super::field_error::{field_error, input_value};
use super::state::Action;
use crate::domain::Date;
use crate::i18n::{Text, Words};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub words: Words,
    /// Where the purchase goes (as this instance's action).
    pub on_action: Callback<Action>,
    pub today: Date,
    pub error: Option<String>,
    /// Counts accepted purchases: when it moves, the amount field empties.
    pub added: u64,
}

#[component]
pub fn AddPurchase(props: &Props) -> Html {
    let words = props.words;
    let amount = use_node_ref();
    let date = use_node_ref();
    // The date field is the reader's once they touch it: it shows today at first, and moves to
    // the new day at midnight only if it still shows the old one. (A `value` in the markup would
    // put today back on every render, over a date being typed.)
    {
        let (date, shown) = (date.clone(), use_mut_ref(|| None::<Date>));
        use_effect_with(props.today, move |&today| {
            if let Some(input) = date.cast::<web_sys::HtmlInputElement>() {
                let before = shown.replace(Some(today));
                if input.value().is_empty() || before.is_some_and(|d| input.value() == d.to_string()) {
                    input.set_value(&today.to_string());
                }
            }
        });
    }
    {
        let amount = amount.clone();
        use_effect_with(props.added, move |_| {
            if let Some(input) = amount.cast::<web_sys::HtmlInputElement>() {
                input.set_value("");
            }
        });
    }
    let onsubmit = {
        let (amount, date, on_action) = (amount.clone(), date.clone(), props.on_action.clone());
        let style = words.locale.number_style();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (amount, date) = (input_value(&amount), input_value(&date));
            on_action.emit(Action::Add { amount, date, style, at: js_sys::Date::now() as u64 });
        })
    };
    let invalid = props.error.is_some();
    let placeholder = format!("40{}00", words.locale.number_style().decimal());
    html! {
        <form class="add" {onsubmit} novalidate=true>
            <h3>{ words.get(Text::AddPurchase) }</h3>
            <label for="tierup-amount">{ words.get(Text::AmountLabel) }</label>
            <input id="tierup-amount" ref={amount} type="text" inputmode="decimal" autocomplete="off"
                {placeholder} data-testid="amount-input"
                aria-invalid={invalid.to_string()} aria-describedby="tierup-deposit-error" />
            <label for="tierup-date">{ words.get(Text::DateLabel) }</label>
            <input id="tierup-date" ref={date} type="date" data-testid="date-input" max={props.today.to_string()} />
            <button type="submit" data-testid="add-purchase">{ words.get(Text::AddPurchase) }</button>
            { field_error("tierup-deposit-error", "deposit-error", props.error.as_deref()) }
        </form>
    }
}
