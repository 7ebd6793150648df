//! The state every instance on the page shares: it starts from what start-up read, saves
//! the changes it accepts, follows other tabs, and renders each instance into its own shadow root.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::by_identity::ByIdentity;
use super::hosts::Instance;
use super::instance::{instance_view, Args};
use super::languages;
use super::startup::{Initial, Shown};
use super::state::Action;
use crate::config::View;
use crate::i18n::Locale;
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

    // Persist in one place: the changes accepted since the last save go to this session's log.
    // The reducer stays free of I/O.
    {
        let dispatch = state.dispatcher();
        let (now, store) = (state.clone(), store.clone());
        use_effect_with(state.accepted, move |&through| {
            if !now.unsaved.is_empty() {
                let outcome = store.borrow().save(&now.unsaved);
                dispatch.dispatch((None, Action::Saved { through, outcome }));
            }
        });
    }

    // Once, on the first render: other tabs (the browser tells us when they change our keys: read
    // everything again), a page left open past midnight ("today", the date field's default,
    // moves on), and the mark that the form is shown and accepts typing (benchmarks measure
    // start-up to it; the standalone page registers its service worker after it,
    // static/site/sw-register.js). One effect, not three: each effect type costs the wasm its own.
    {
        let dispatch = state.dispatcher();
        let (schedule, store) = (initial.state.schedule.clone(), store.clone());
        use_effect_with((), move |_| {
            let on_new_day = dispatch.clone();
            let listener = browser::on_storage_change(move |key| {
                if key.as_deref().is_none_or(storage::is_ours) {
                    // Storage that cannot be read now keeps what is shown rather than emptying it.
                    if let Some(stored) = store.borrow().reload(&schedule, browser::today()) {
                        dispatch.dispatch((None, Action::Reloaded(ByIdentity::new(stored))));
                    }
                }
            });
            let timer = browser::every(60_000, move || on_new_day.dispatch((None, Action::NewDay(browser::today()))));
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark("tierup:interactive"); // Without a mark: no benchmark figure, no offline copy.
            }
            move || drop((listener, timer))
        });
    }

    // An accepted purchase empties the amount field, ready for the next one: every field that
    // still holds what was added. A render that takes Yew over its time slice runs this effect
    // a task later, after the page has shown the new row: an amount typed by then is kept.
    {
        let (instances, added) = (props.instances.clone(), state.added_text.clone());
        use_effect_with(state.added, move |_| {
            for instance in instances.iter() {
                browser::empty_field_holding(&instance.container, "amount-input", &added);
            }
        });
    }

    // Deleting, clearing or undoing removes the button that had keyboard focus: focus goes to Undo
    // (or back to the list) in the instance that acted, so a keyboard user is not thrown to the
    // top of the page.
    {
        let (instances, origin, mounted) = (props.instances.clone(), state.origin, use_mut_ref(|| false));
        use_effect_with(state.undo.clone(), move |undo| {
            // Never on the first render: loading the page must not move focus (or scroll to us).
            if !mounted.replace(true) {
                return;
            }
            let testid = if undo.is_some() { "undo" } else { "purchase-list" };
            if let Some(container) = instances.get(origin).map(|i| &i.container) {
                browser::focus_if_lost(container, testid);
            }
        });
    }

    // The standalone page's picker: the language is remembered and its pack fetched once (the
    // state as drawn knows which are asked for: a pick is drawn before the next can come). The
    // page is tierup's own, so its `<html lang>` follows the language it shows.
    let on_pick = {
        let state = state.clone();
        Callback::from(move |locale: Locale| {
            let dispatch = state.dispatcher();
            languages::pick(locale, &state.languages, move |change| {
                dispatch.dispatch((None, Action::Language(change)))
            });
        })
    };
    use_effect_with(state.languages.page_language(), |shown| {
        if let Some(locale) = *shown {
            browser::set_page_language(locale);
        }
    });

    // Each instance's actions go out as its own.
    let dispatch = state.dispatcher();
    let on_actions = per_instance(props.instances.len(), move |index, action| dispatch.dispatch((Some(index), action)));

    let languages = &state.languages;
    let views = props.instances.iter().enumerate().map(|(index, instance)| {
        let picker = instance.standalone.then(|| (languages.asked(index), &on_pick));
        // The page shows the calculator once: a full view folds its own when a compact one has it.
        let compact = |(i, other): (usize, &Instance)| i != index && other.config.view == View::Compact;
        let calculator_elsewhere = props.instances.iter().enumerate().any(compact);
        let view = instance_view(&Args {
            index,
            config: &instance.config,
            state: &state,
            on_action: &on_actions[index],
            schedule_error: initial.schedule_error.as_ref(),
            speech: languages.speech(index),
            picker,
            shown: props.shown,
            calculator_elsewhere,
            inputs: state.inputs.of(index),
        });
        create_portal(view, instance.container.clone())
    });
    html! { <>{ for views }</> }
}

/// A callback for each of `count` instances, handing its index to `send` with the action.
fn per_instance(count: usize, send: impl Fn(usize, Action) + Clone + 'static) -> Vec<Callback<Action>> {
    (0..count)
        .map(|index| {
            let send = send.clone();
            Callback::from(move |value| send(index, value))
        })
        .collect()
}
