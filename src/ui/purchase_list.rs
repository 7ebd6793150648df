//! The purchases, newest first, each with a delete button; undo for the last removal.
//!
//! A function, not a component (see `fold`): how many rows are shown is kept by the widget's
//! state (`inputs`), and the widget hands focus on when a focused row goes.

use yew::prelude::*;

use super::button::button;
use super::by_identity::ByIdentity;
use super::field_error::field_error;
use super::inputs::{Input, PAGE};
use super::state::{Action, Undo};
use crate::domain::Ledger;
use crate::i18n::{Text, Words};

/// What the list is drawn from.
pub struct Args<'a> {
    pub words: &'a Words,
    /// Where deletions, undo, clearing and "Show more" go (as this instance's actions).
    pub on_action: &'a Callback<Action>,
    pub ledger: &'a ByIdentity<Ledger>,
    pub error: Option<&'a str>,
    pub undo: Option<&'a Undo>,
    /// Whether the older purchases start unfolded (the standalone page).
    pub open: bool,
    /// How many rows are shown (at most), and where "Show more" goes.
    pub rows: usize,
}

/// The newest purchases always in sight; older ones fold under "Earlier purchases".
const LATEST: usize = 3;

pub fn purchase_list(props: &Args) -> Html {
    let (words, shown) = (props.words, props.rows);
    let purchases = props.ledger.purchases();
    let rows = props.ledger.replay_order().iter().rev().take(shown).map(|&i| {
        let p = &purchases[i];
        let on_delete = {
            let id = String::from(&*p.id);
            props.on_action.reform(move |_| Action::Delete(id.clone()))
        };
        let (amount, date) = (words.money(p.amount), p.date.iso());
        let label = words.fill(Text::DeleteLabel, &[&amount, &date]);
        html! {
            <li key={p.id.clone()} data-testid="purchase-row">
                <span class="date">{ date }</span>
                <span class="amount">{ amount }</span>
                <button type="button" data-testid="delete-purchase" aria-label={label} onclick={on_delete}>{ words.get(Text::Delete) }</button>
            </li>
        }
    });
    let mut latest: Vec<Html> = rows.collect();
    let earlier = latest.split_off(LATEST.min(latest.len()));
    let on_undo = props.on_action.reform(|_| Action::Undo);
    let on_clear = props.on_action.reform(|_| Action::Clear);
    let on_more = props.on_action.reform(|_| Action::Input(Input::MoreRows));
    html! {
        <div class="purchases">
            <h3>{ words.get(Text::PurchasesHeading) }</h3>
            if purchases.is_empty() {
                <p class="empty">{ words.get(Text::NoPurchases) }</p>
            }
            <ul data-testid="purchase-list" tabindex="-1" aria-label={words.get(Text::PurchasesLabel)}>{ for latest }</ul>
            if purchases.len() > LATEST {
                <details class="earlier" data-testid="earlier-purchases" open={props.open}>
                    <summary>{ words.get(Text::EarlierPurchases) }</summary>
                    <ul aria-label={words.get(Text::EarlierPurchases)}>{ for earlier }</ul>
                    if purchases.len() > shown {
                        <p class="more">
                            { words.count(Text::ShowingNewest, purchases.len() as u64, &[&words.number(shown as u64)]) }{ " " }
                            { button("show-more", true, on_more, &words.count(Text::ShowMore, PAGE.min(purchases.len() - shown) as u64, &[])) }
                        </p>
                    }
                </details>
            }
            { field_error("tierup-ledger-error", "ledger-error", props.error) }
            if let Some(undo) = props.undo {
                <p class="undo" role="status">
                    { undo.label(words) }{ " " }
                    { button("undo", false, on_undo, words.get(Text::Undo)) }
                </p>
            }
            if !purchases.is_empty() {
                { button("clear-ledger", true, on_clear, words.get(Text::ClearAll)) }
            }
        </div>
    }
}
