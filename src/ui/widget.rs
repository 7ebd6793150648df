//! The shared state of every instance on the page: loads the ledger once, saves after every
//! change, and renders each instance into its own shadow root.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::app::ScheduleProblem;
use super::browser;
use super::instance::InstanceView;
use super::languages::Speech;
use super::state::{Action, State};
use super::{Instance, Shared};
use crate::domain::{Date, Schedule};
use crate::i18n::Locale;
use crate::storage::{self, Loaded, Store};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub schedule: Rc<Schedule>,
    /// The URL the page asked for and why its schedule is not in use.
    pub schedule_error: Option<(String, ScheduleProblem)>,
    pub instances: Rc<Vec<Instance>>,
    /// The language each instance asks for, in the order of `instances`.
    pub locales: Rc<Vec<Locale>>,
    /// How each instance speaks now (English where its language's pack could not be had).
    pub speech: Rc<Vec<Speech>>,
    pub on_pick: Callback<Locale>,
    /// What storage held when the page started.
    pub opened: Opened,
}

/// What storage held when the page started: read in tasks of its own, a step each, before the
/// first render (with 10,000 purchases each step takes tens of ms; together they would hold the
/// page up).
#[derive(Clone)]
pub struct Opened(Rc<RefCell<Option<(Loaded, Date)>>>);

impl PartialEq for Opened {
    fn eq(&self, other: &Opened) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Opened {
    /// Reads storage a step a task (see `storage::Reading`), then hands over what it found.
    pub fn read(schedule: Rc<Schedule>, done: impl FnOnce(Opened) + 'static) {
        let today = browser::today();
        let opened = move |loaded| Opened(Rc::new(RefCell::new(Some((loaded, today)))));
        match storage::open() {
            Err(notice) => done(opened(Loaded::memory_only(notice))),
            Ok(mut reading) => browser::next_task(move || {
                reading.parse();
                browser::next_task(move || {
                    reading.replay();
                    browser::next_task(move || done(opened(Loaded::finish(reading, &schedule, today))));
                });
            }),
        }
    }
}

/// How much of each instance is shown. The first render has the status and the form (the page
/// can take a purchase); each later stage comes after the one before is painted, so no frame
/// lays out everything at once, and sections arrive top to bottom, so none moves what is
/// already shown (the picker's place at the top is kept for it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    First,
    /// The language picker (its first layout loads fonts for every script it names).
    Picker,
    /// The purchase list.
    List,
    /// The calculator and its ladder picture.
    Calculator,
    /// The opening total and the transfer section.
    All,
}

impl Stage {
    fn next(self) -> Option<Stage> {
        match self {
            Stage::First => Some(Stage::Picker),
            Stage::Picker => Some(Stage::List),
            Stage::List => Some(Stage::Calculator),
            Stage::Calculator => Some(Stage::All),
            Stage::All => None,
        }
    }
}

#[component]
pub fn Widget(props: &Props) -> Html {
    // This tab session's storage; what the page started with until storage has been read.
    let store = use_mut_ref(Store::memory_only);
    let state = {
        let (schedule, store, opened) = (props.schedule.clone(), store.clone(), props.opened.clone());
        use_reducer(move || {
            let Some((loaded, today)) = opened.0.borrow_mut().take() else {
                let ids = store.borrow().ids();
                return State::new(schedule, Default::default(), browser::today(), Vec::new(), ids);
            };
            let Loaded { store: stored, ledger, notices } = loaded;
            let ids = stored.ids();
            *store.borrow_mut() = stored;
            State::new(schedule, ledger, today, notices, ids)
        })
    };
    // The first render has what a reader needs first; the rest follows once it is painted.
    // Later sections come a frame at a time (see `Stage`), each painted before the next.
    let stage = use_state(|| Stage::First);
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |&now| {
            if let Some(next) = now.next() {
                browser::after_paint(move || stage.set(next));
            }
        });
    }

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

    // Other tabs: the browser tells us when they change our keys; read everything again.
    {
        let dispatch = state.dispatcher();
        let (schedule, store) = (props.schedule.clone(), store.clone());
        use_effect_with((), move |_| {
            let listener = browser::on_storage_change(move |key| {
                if key.as_deref().is_none_or(storage::is_ours) {
                    // Storage that cannot be read now keeps what is shown rather than emptying it.
                    if let Some(stored) = store.borrow().reload(&schedule, browser::today()) {
                        dispatch.dispatch((None, Action::Reloaded(Shared::new(stored))));
                    }
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
        let Speech { words, unavailable } = props.speech[index];
        let picker = instance.standalone.then(|| (props.locales[index], props.on_pick.clone()));
        let view = html! {
            <InstanceView {index} config={instance.config.clone()} state={state.clone()} {words} {unavailable}
                {picker} schedule_error={props.schedule_error.clone()} stage={*stage} />
        };
        create_portal(view, instance.container.clone())
    });
    html! { <>{ for views }</> }
}
