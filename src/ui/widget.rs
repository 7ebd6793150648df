//! The state every instance on the page shares: it starts from what start-up read, saves
//! after every change, follows other tabs, and renders each instance into its own shadow root.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::by_identity::ByIdentity;
use super::hosts::Instance;
use super::instance::InstanceView;
use super::languages::use_languages;
use super::startup::{Initial, Shown};
use super::state::Action;
use crate::config::View;
use crate::storage;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub instances: Rc<Vec<Instance>>,
    pub initial: ByIdentity<Initial>,
    /// How much of each instance is shown yet.
    pub shown: Shown,
}

#[component]
pub fn Widget(props: &Props) -> Html {
    let initial = &props.initial;
    let state = use_reducer(|| initial.state.clone());
    let store = initial.store.clone();
    // What storage holds, as far as this tab knows: saving writes the difference from it.
    let saved = use_mut_ref(|| initial.state.ledger.clone());
    let (languages, on_pick) = use_languages(&initial.languages);

    // Persist in one place, keyed on the revision: the reducer stays free of I/O.
    {
        let dispatch = state.dispatcher();
        let (ledger, clearing) = (state.ledger.clone(), state.cleared);
        let (store, saved) = (store.clone(), saved.clone());
        use_effect_with(state.revision, move |&revision| {
            if revision > 0 {
                let outcome = store.borrow().save(&saved.borrow(), &ledger, clearing);
                if outcome.is_ok() {
                    *saved.borrow_mut() = ledger;
                }
                dispatch.dispatch((None, Action::Saved(outcome)));
            }
        });
    }

    // Other tabs: the browser tells us when they change our keys; read everything again.
    {
        let dispatch = state.dispatcher();
        let (schedule, saved, store) = (initial.state.schedule.clone(), saved.clone(), store.clone());
        use_effect_with((), move |_| {
            let listener = browser::on_storage_change(move |key| {
                if key.as_deref().is_none_or(storage::is_ours) {
                    let stored = ByIdentity::new(storage::reload(&store.borrow(), &schedule, browser::today()));
                    *saved.borrow_mut() = stored.clone();
                    dispatch.dispatch((None, Action::Reloaded(stored)));
                }
            });
            move || drop(listener)
        });
    }

    // A page left open past midnight: "today" (the date field's default) moves on.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let timer = browser::every(60_000, move || dispatch.dispatch((None, Action::NewDay(browser::today()))));
            move || drop(timer)
        });
    }

    // Benchmarks measure start-up to this mark: the first render is done and inputs accept typing.
    {
        use_effect_with((), move |_| {
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark("tierup:interactive"); // A missing mark only affects benchmarks.
            }
        });
    }

    let views = props.instances.iter().enumerate().map(|(index, instance)| {
        let picker = instance.standalone.then(|| (languages.asked(index), on_pick.clone()));
        // The page shows the calculator once: a full view folds its own when a compact one has it.
        let compact = |(i, other): (usize, &Instance)| i != index && other.config.view == View::Compact;
        let calculator_elsewhere = props.instances.iter().enumerate().any(compact);
        let view = html! {
            <InstanceView {index} config={instance.config.clone()} state={state.clone()} speech={languages.speech(index)}
                {picker} schedule_error={initial.schedule_error.clone()} shown={props.shown} {calculator_elsewhere} />
        };
        create_portal(view, instance.container.clone())
    });
    html! { <>{ for views }</> }
}
