//! The purchases, newest first, each with a delete button; undo for the last removal.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{Action, Undo};
use super::FieldError;
use crate::domain::Ledger;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ledger: Rc<Ledger>,
    pub error: Option<String>,
    pub undo: Option<Undo>,
    pub on_action: Callback<Action>,
}

/// Rows rendered at a time: a long history must not make every render pay for every row.
const PAGE: usize = 50;

#[component]
pub fn PurchaseList(props: &Props) -> Html {
    let shown = use_state(|| PAGE);
    let purchases = props.ledger.purchases();
    let rows = props.ledger.replay_order().into_iter().rev().take(*shown).map(|i| {
        let p = &purchases[i];
        let on_delete = {
            let (id, on_action) = (p.id.clone(), props.on_action.clone());
            Callback::from(move |_| on_action.emit(Action::Delete(id.clone())))
        };
        let label = format!("Delete the purchase of {} on {}", p.amount.usd(), p.date);
        html! {
            <li key={p.id.clone()} data-testid="purchase-row">
                <span class="date">{ p.date.to_string() }</span>
                <span class="amount">{ p.amount.usd() }</span>
                <button type="button" data-testid="delete-purchase" aria-label={label} onclick={on_delete}>{ "Delete" }</button>
            </li>
        }
    });
    let on_undo = props.on_action.reform(|_| Action::Undo);
    let on_clear = props.on_action.reform(|_| Action::Clear);
    html! {
        <div class="purchases">
            <h3>{ "Purchases" }</h3>
            if purchases.is_empty() {
                <p class="empty">{ "No purchases recorded yet." }</p>
            }
            <ul data-testid="purchase-list">{ for rows }</ul>
            if purchases.len() > *shown {
                <p class="more">
                    { format!("Showing the newest {} of {} purchases. ", *shown, purchases.len()) }
                    <button type="button" class="secondary" data-testid="show-more"
                        onclick={let shown = shown.clone(); move |_| shown.set(*shown + PAGE)}>
                        { format!("Show {} more", PAGE.min(purchases.len() - *shown)) }
                    </button>
                </p>
            }
            <FieldError id="tierup-ledger-error" testid="ledger-error" error={props.error.clone()} />
            if let Some(undo) = &props.undo {
                <p class="undo" role="status">
                    { &undo.label }{ " " }
                    <button type="button" data-testid="undo" onclick={on_undo}>{ "Undo" }</button>
                </p>
            }
            if !purchases.is_empty() {
                <button type="button" class="secondary" data-testid="clear-ledger" onclick={on_clear}>{ "Clear all purchases" }</button>
            }
        </div>
    }
}
