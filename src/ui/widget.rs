//! The shared state of every instance on the page: loads the ledger once, saves after every
//! change, and renders each instance into its own shadow root.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::instance::InstanceView;
use super::state::{Action, State};
use super::Instance;
use crate::domain::Schedule;
use crate::storage::{self, Store};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub schedule: Rc<Schedule>,
    pub schedule_error: Option<String>,
    pub instances: Rc<Vec<Instance>>,
}

#[component]
pub fn Widget(props: &Props) -> Html {
    let store = use_mut_ref(Store::memory_only);
    let state = {
        let (schedule, store) = (props.schedule.clone(), store.clone());
        use_reducer(move || {
            let today = browser::today();
            let loaded = storage::load(&schedule, today);
            *store.borrow_mut() = loaded.store;
            State::new(schedule, loaded.ledger, today, loaded.notice)
        })
    };

    // Persist in one place, keyed on the revision: the reducer stays free of I/O.
    {
        let dispatch = state.dispatcher();
        let ledger = state.ledger.clone();
        let store = store.clone();
        use_effect_with(state.revision, move |&revision| {
            if revision > 0 {
                dispatch.dispatch((None, Action::Saved(store.borrow().save(&ledger))));
            }
        });
    }

    // Benchmarks measure start-up to this mark: the first render is done and inputs accept typing.
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("tierup:interactive"); // A missing mark only affects benchmarks.
        }
    });

    let views = props.instances.iter().enumerate().map(|(index, instance)| {
        let view = html! {
            <InstanceView {index} config={instance.config.clone()} state={state.clone()}
                schedule_error={props.schedule_error.clone()} />
        };
        create_portal(view, instance.container.clone())
    });
    html! { <>{ for views }</> }
}
