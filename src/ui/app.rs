//! The whole widget: loads the ledger once, owns the state, saves after every change.

use std::rc::Rc;

use yew::prelude::*;

use super::add_purchase::AddPurchase;
use super::browser;
use super::calculator::Calculator;
use super::opening_total::OpeningTotal;
use super::purchase_list::PurchaseList;
use super::state::{Action, State};
use super::status::StatusPanel;
use super::transfer::Transfer;
use crate::domain::Schedule;
use crate::storage::{self, Store};

#[component]
pub fn App() -> Html {
    let store = use_mut_ref(|| Store::memory_only());
    let state = use_reducer(|| {
        let schedule = Rc::new(Schedule::default());
        let today = browser::today();
        let loaded = storage::load(&schedule, today);
        *store.borrow_mut() = loaded.store;
        State::new(schedule, loaded.ledger, today, loaded.notice)
    });

    // Persist in one place, keyed on the revision: the reducer stays free of I/O.
    {
        let dispatch = state.dispatcher();
        let ledger = state.ledger.clone();
        let store = store.clone();
        use_effect_with(state.revision, move |&revision| {
            if revision > 0 {
                dispatch.dispatch(Action::Saved(store.borrow().save(&ledger)));
            }
        });
    }

    // Benchmarks measure start-up to this mark: the first render is done and inputs accept typing.
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("tierup:interactive"); // A missing mark only affects benchmarks.
        }
    });

    let dispatch = state.dispatcher();
    let on_action = Callback::from(move |action: Action| dispatch.dispatch(action));
    let s = &*state;
    html! {
        <section class="tierup" data-testid="tierup" aria-label="tierup: API usage tier calculator">
            if let Some(notice) = &s.storage_notice {
                <p class="notice" role="status" data-testid="storage-notice">{ notice.to_string() }</p>
            }
            <StatusPanel schedule={s.schedule.clone()} ledger={s.ledger.clone()} today={s.today} />
            <AddPurchase today={s.today} error={s.errors.deposit.clone()} added={s.added} on_action={on_action.clone()} />
            <PurchaseList ledger={s.ledger.clone()} error={s.errors.ledger.clone()} undo={s.undo.clone()} on_action={on_action.clone()} />
            <Calculator schedule={s.schedule.clone()} ledger={s.ledger.clone()} today={s.today} />
            <OpeningTotal current={s.ledger.opening_total()} error={s.errors.opening.clone()} on_action={on_action.clone()} />
            <Transfer ledger={s.ledger.clone()} error={s.errors.import.clone()} result={s.import_result.clone()} on_action={on_action} />
        </section>
    }
}
