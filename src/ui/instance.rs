//! One instance of the widget: the sections its `data-view` asks for, in its own shadow root.

use yew::prelude::*;

use super::add_purchase::AddPurchase;
use super::calculator::Calculator;
use super::opening_total::OpeningTotal;
use super::purchase_list::PurchaseList;
use super::state::{Action, Errors, State};
use super::status::StatusPanel;
use super::transfer::Transfer;
use crate::config::{Config, ConfigError, View};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub index: usize,
    pub config: Config,
    pub state: UseReducerHandle<State>,
    pub schedule_error: Option<String>,
}

#[component]
pub fn InstanceView(props: &Props) -> Html {
    let s = &*props.state;
    let on_action = {
        let (dispatch, index) = (props.state.dispatcher(), props.index);
        Callback::from(move |action: Action| dispatch.dispatch((Some(index), action)))
    };
    // Errors, undo and import results belong to the instance that acted.
    let mine = s.origin == props.index;
    let no_errors = Errors::default();
    let errors = if mine { &s.errors } else { &no_errors };
    let undo = if mine { s.undo.clone() } else { None };
    let import_result = if mine { s.import_result.clone() } else { None };

    let mut config_errors: Vec<String> = props.config.errors.iter().map(ToString::to_string).collect();
    let target = props.config.target_tier.clone().filter(|id| s.schedule.index_of(id).is_some());
    if let Some(id) = props.config.target_tier.as_ref().filter(|_| target.is_none()) {
        config_errors.push(ConfigError::UnknownTargetTier(id.clone()).to_string());
    }
    let full = props.config.view == View::Full;
    html! {
        <section class="tierup" data-testid="tierup" aria-label="tierup: API usage tier calculator">
            { for s.notices.iter().map(|n| html! { <p class="notice" role="status" data-testid="storage-notice">{ n.to_string() }</p> }) }
            if let Some(error) = &props.schedule_error {
                <p class="notice" role="alert" data-testid="schedule-error">{ error }</p>
            }
            { for config_errors.iter().map(|e| html! { <p class="notice" role="alert" data-testid="config-error">{ e }</p> }) }
            <StatusPanel schedule={s.schedule.clone()} ledger={s.ledger.clone()} today={s.today} />
            if full {
                <AddPurchase today={s.today} error={errors.deposit.clone()} added={s.added} on_action={on_action.clone()} />
                <PurchaseList ledger={s.ledger.clone()} error={errors.ledger.clone()} {undo} on_action={on_action.clone()} />
            }
            <Calculator schedule={s.schedule.clone()} ledger={s.ledger.clone()} today={s.today} {target} />
            if full {
                <OpeningTotal current={s.ledger.opening_total()} error={errors.opening.clone()} on_action={on_action.clone()} />
                <Transfer ledger={s.ledger.clone()} error={errors.import.clone()} result={import_result} {on_action} />
            }
        </section>
    }
}
