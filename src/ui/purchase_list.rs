//! The purchases, newest first, each with a delete button; undo for the last removal.

use yew::prelude::*;

use super::by_identity::ByIdentity;
use super::field_error::field_error;
use super::state::{Action, Undo};
use crate::domain::Ledger;
use crate::i18n::{Text, Words};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub words: Words,
    /// Where deletions, undo and clearing go (as this instance's actions).
    pub on_action: Callback<Action>,
    pub ledger: ByIdentity<Ledger>,
    pub error: Option<String>,
    pub undo: Option<Undo>,
    /// Whether the older purchases start unfolded (the standalone page).
    pub open: bool,
}

/// Rows rendered at a time: a long history must not make every render pay for every row.
const PAGE: usize = 50;
/// The newest purchases always in sight; older ones fold under "Earlier purchases".
const LATEST: usize = 3;

#[component]
pub fn PurchaseList(props: &Props) -> Html {
    let shown = use_state(|| PAGE);
    let words = &props.words;
    let (undo_button, list) = (use_node_ref(), use_node_ref());
    {
        // Deleting, clearing or undoing removes the button that had keyboard focus; hand focus
        // to Undo (or back to the list) so a keyboard user is not thrown to the top of the page.
        let (undo_button, list, mounted) = (undo_button.clone(), list.clone(), use_mut_ref(|| false));
        use_effect_with(props.undo.clone(), move |undo| {
            // Never on the first render: loading the page must not move focus (or scroll to us).
            if !mounted.replace(true) {
                return;
            }
            let target = if undo.is_some() { undo_button } else { list };
            if let Some(element) = target.cast::<web_sys::HtmlElement>().filter(|_| focus_was_lost()) {
                let _ = element.focus(); // Only a convenience: everything stays reachable by Tab.
            }
        });
    }
    let purchases = props.ledger.purchases();
    let mut rows = props.ledger.replay_order().iter().rev().take(*shown).map(|&i| {
        let p = &purchases[i];
        let on_delete = {
            let (id, on_action) = (p.id.clone(), props.on_action.clone());
            Callback::from(move |_| on_action.emit(Action::Delete(id.to_string())))
        };
        let (amount, date) = (words.money(p.amount), p.date.to_string());
        let label = words.fill(Text::DeleteLabel, &[&amount, &date]);
        html! {
            <li key={p.id.clone()} data-testid="purchase-row">
                <span class="date">{ date }</span>
                <span class="amount">{ amount }</span>
                <button type="button" data-testid="delete-purchase" aria-label={label} onclick={on_delete}>{ words.get(Text::Delete) }</button>
            </li>
        }
    });
    let latest: Html = rows.by_ref().take(LATEST).collect();
    let earlier: Html = rows.collect();
    let on_undo = props.on_action.reform(|_| Action::Undo);
    let on_clear = props.on_action.reform(|_| Action::Clear);
    html! {
        <div class="purchases">
            <h3>{ words.get(Text::PurchasesHeading) }</h3>
            if purchases.is_empty() {
                <p class="empty">{ words.get(Text::NoPurchases) }</p>
            }
            <ul data-testid="purchase-list" ref={list} tabindex="-1" aria-label={words.get(Text::PurchasesLabel)}>{ latest }</ul>
            if purchases.len() > LATEST {
                <details class="earlier" data-testid="earlier-purchases" open={props.open}>
                    <summary>{ words.get(Text::EarlierPurchases) }</summary>
                    <ul aria-label={words.get(Text::EarlierPurchases)}>{ earlier }</ul>
                    if purchases.len() > *shown {
                        <p class="more">
                            { words.count(Text::ShowingNewest, purchases.len() as u64, &[&words.number(*shown as u64)]) }{ " " }
                            <button type="button" class="secondary" data-testid="show-more"
                                onclick={let shown = shown.clone(); move |_| shown.set(*shown + PAGE)}>
                                { words.count(Text::ShowMore, PAGE.min(purchases.len() - *shown) as u64, &[]) }
                            </button>
                        </p>
                    }
                </details>
            }
            { field_error("tierup-ledger-error", "ledger-error", props.error.as_deref()) }
            if let Some(undo) = &props.undo {
                <p class="undo" role="status">
                    { undo.label(words) }{ " " }
                    <button type="button" data-testid="undo" ref={undo_button} onclick={on_undo}>{ words.get(Text::Undo) }</button>
                </p>
            }
            if !purchases.is_empty() {
                <button type="button" class="secondary" data-testid="clear-ledger" onclick={on_clear}>{ words.get(Text::ClearAll) }</button>
            }
        </div>
    }
}

/// Whether nothing on the page has focus any more (it was on an element now removed).
fn focus_was_lost() -> bool {
    let document = web_sys::window().and_then(|w| w.document());
    match (document.as_ref().and_then(|d| d.active_element()), document.and_then(|d| d.body())) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.as_ref(),
        (Some(_), None) => false,
    }
}
