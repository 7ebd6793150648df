//! Credits bought before tierup started tracking: they count toward tiers.

use yew::prelude::*;

use super::context::use_instance;
use super::field_error::{field_error, input_value};
use super::state::Action;
use crate::domain::Money;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub current: Money,
    pub error: Option<String>,
}

#[component]
pub fn OpeningTotal(props: &Props) -> Html {
    let context = use_instance();
    let words = context.words;
    let input = use_node_ref();
    let onsubmit = {
        let (input, on_action) = (input.clone(), context.on_action.clone());
        let style = words.locale.number_style();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_action.emit(Action::SetOpening(input_value(&input), style));
        })
    };
    let current = props.current.to_canonical().replace('.', &words.locale.number_style().decimal().to_string());
    html! {
        <form class="opening" {onsubmit} novalidate=true>
            <label for="tierup-opening">{ words.get(Text::OpeningLabel) }</label>
            <input id="tierup-opening" ref={input} type="text" inputmode="decimal" autocomplete="off"
                data-testid="opening-total-input" placeholder={current}
                aria-invalid={props.error.is_some().to_string()} aria-describedby="tierup-opening-error" />
            <button type="submit" data-testid="opening-total-save">{ words.get(Text::SaveOpening) }</button>
            { field_error("tierup-opening-error", "opening-error", props.error.as_deref()) }
        </form>
    }
}
