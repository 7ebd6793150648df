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
use super::state::{Action, State, Undo};
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

    // What follows a render, in one effect (each effect hook costs the wasm Yew's machinery of
    // its own): the state's changes since the last render, acted on.
    let seen = use_mut_ref(Seen::default);
    {
        let (state, instances, store) = (state.clone(), props.instances.clone(), store.clone());
        let schedule = initial.state.schedule.clone();
        use_effect(move || {
            let seen = &mut *seen.borrow_mut();
            let now = Drawn::of(&state);
            let before = seen.last.replace(now.clone());

            // The standalone page is tierup's own: its `<html lang>` follows the language it shows.
            if let Some(locale) = now.language.filter(|_| before.as_ref().is_none_or(|b| b.language != now.language)) {
                browser::set_page_language(locale);
            }

            // Persist in one place: the changes accepted since the last save go to this
            // session's log. The reducer stays free of I/O.
            if !state.unsaved.is_empty() && before.as_ref().is_none_or(|b| b.accepted != now.accepted) {
                let outcome = store.borrow().save(&state.unsaved);
                state.dispatch((None, Action::Saved { through: state.accepted, outcome }));
            }

            let Some(before) = before else {
                // The first render: other tabs (the browser tells us when they change our keys:
                // read everything again), a page left open past midnight ("today", the date
                // field's default, moves on), and the mark that the form is shown and accepts
                // typing (benchmarks measure start-up to it; the standalone page registers its
                // service worker after it, static/site/sw-register.js).
                let (reload, new_day) = (state.dispatcher(), state.dispatcher());
                let listener = browser::on_storage_change(move |key| {
                    if key.as_deref().is_none_or(storage::is_ours) {
                        // Storage that cannot be read now keeps what is shown rather than emptying it.
                        if let Some(stored) = store.borrow().reload(&schedule, browser::today()) {
                            reload.dispatch((None, Action::Reloaded(ByIdentity::new(stored))));
                        }
                    }
                });
                let timer = browser::every(60_000, move || new_day.dispatch((None, Action::NewDay(browser::today()))));
                seen.running = (listener, Some(timer));
                browser::mark("tierup:interactive"); // Without a mark: no benchmark figure, no offline copy.
                return;
            };

            // An accepted purchase empties the amount field, ready for the next one: every field
            // that still holds what was added. A render that takes Yew over its time slice runs
            // this a task later, after the page has shown the new row: an amount typed by then
            // is kept.
            if before.added != now.added {
                for instance in instances.iter() {
                    browser::empty_field_holding(&instance.container, "amount-input", &state.added_text);
                }
            }

            // Deleting, clearing or undoing removes the button that had keyboard focus: focus goes
            // to Undo (or back to the list) in the instance that acted, so a keyboard user is not
            // thrown to the top of the page. Never on the first render: loading the page must not
            // move focus (or scroll to us).
            let origin = instances.get(state.origin).map(|i| &i.container);
            if let Some(container) = origin.filter(|_| before.undo != now.undo) {
                browser::focus_if_lost(container, if now.undo.is_some() { "undo" } else { "purchase-list" });
            }
        });
    }

    // The standalone page's picker: the language is remembered and its pack fetched once (the
    // reducer's handle reads the state as it is when the reader picks).
    let on_pick = {
        let state = state.clone();
        Callback::from(move |locale: Locale| {
            let dispatch = state.dispatcher();
            languages::pick(locale, &state.languages, move |change| {
                dispatch.dispatch((None, Action::Language(change)))
            });
        })
    };

    let languages = &state.languages;
    let views = props.instances.iter().enumerate().map(|(index, instance)| {
        let picker = instance.standalone.then(|| (languages.asked(index), &on_pick));
        // The page shows the calculator once: a full view folds its own when a compact one has it.
        let compact = |(i, other): (usize, &Instance)| i != index && other.config.view == View::Compact;
        let calculator_elsewhere = props.instances.iter().enumerate().any(compact);
        // Each instance's actions go out as its own.
        let dispatch = state.dispatcher();
        let on_action = Callback::from(move |action| dispatch.dispatch((Some(index), action)));
        let view = instance_view(&Args {
            index,
            config: &instance.config,
            state: &state,
            on_action: &on_action,
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

/// What the widget's effect keeps between renders.
#[derive(Default)]
struct Seen {
    /// What the last render showed (`None` before the first). A kept `UseReducerHandle` would
    /// not do: it reads the state as it is now, not as it was.
    last: Option<Drawn>,
    /// Started on the first render, stopped when the widget goes.
    running: (Option<browser::Listener>, Option<browser::Timer>),
}

/// The parts of a drawn state that have effects.
#[derive(Clone)]
struct Drawn {
    accepted: u64,
    added: u64,
    undo: Option<Rc<Undo>>,
    language: Option<Locale>,
}

impl Drawn {
    fn of(state: &State) -> Drawn {
        let undo = state.undo.clone();
        Drawn { accepted: state.accepted, added: state.added, undo, language: state.languages.page_language() }
    }
}
