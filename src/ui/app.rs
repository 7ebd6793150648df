//! Resolves the schedule (the default, or the page's `data-schedule`) and the language of each
//! instance (fetching its pack), then shows the widget.

use std::rc::Rc;

use yew::prelude::*;

use super::browser::{self, FetchError};
use super::languages::{self, Packs, Speech};
use super::widget::{Opened, Widget};
use super::Instance;
use crate::domain::Schedule;
use crate::formats::ScheduleError;
use crate::i18n::{Locale, Text, Words};
use crate::storage;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub instances: Rc<Vec<Instance>>,
}

/// Why the page's schedule is not the one in use.
#[derive(Clone, Debug, PartialEq)]
pub enum ScheduleProblem {
    Fetch(FetchError),
    Invalid(ScheduleError),
}

/// The schedule in use, and why it is not the one the page asked for (its URL), if it is not.
#[derive(Clone, PartialEq)]
struct Resolved {
    schedule: Rc<Schedule>,
    error: Option<(String, ScheduleProblem)>,
}

impl ScheduleProblem {
    pub fn say(&self, url: &str, words: &Words) -> String {
        let why = match self {
            ScheduleProblem::Fetch(FetchError::Unreachable) => words.get(Text::FetchUnreachable).into(),
            ScheduleProblem::Fetch(FetchError::Status(status)) => words.fill(Text::FetchStatus, &[&status.to_string()]),
            ScheduleProblem::Fetch(FetchError::Unreadable) => words.get(Text::FetchUnreadable).into(),
            ScheduleProblem::Invalid(e) => words.schedule_error(e),
        };
        words.fill(Text::ScheduleUnusable, &[url, &why])
    }
}

#[component]
pub fn App(props: &Props) -> Html {
    // One schedule per page: the first instance that names one decides.
    let url = props.instances.iter().find_map(|i| i.config.schedule_url.clone());
    // Even the built-in schedule is read after the first render, in a task of its own.
    let resolved = use_state(|| None::<Resolved>);
    {
        let resolved = resolved.clone();
        use_effect_with(url, move |url| match url.clone() {
            Some(url) => wasm_bindgen_futures::spawn_local(async move { resolved.set(Some(load_schedule(url).await)) }),
            None => browser::next_task(move || {
                resolved.set(Some(Resolved { schedule: Rc::new(Schedule::default()), error: None }));
            }),
        });
    }
    // The language picked on the standalone page, remembered across visits.
    let picked = use_state(|| storage::saved_locale().as_deref().and_then(Locale::from_tag));
    let page = use_memo((), |_| Locale::negotiate(browser::preferred_languages().iter().map(String::as_str)));
    let locales: Rc<Vec<Locale>> = Rc::new(
        props
            .instances
            .iter()
            .map(|i| match (i.standalone, *picked) {
                (true, Some(picked)) => picked,
                _ => i.config.locale.unwrap_or(*page),
            })
            .collect(),
    );
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |locale: Locale| {
            storage::save_locale(locale.tag());
            picked.set(Some(locale));
        })
    };

    // Each language but English comes in a pack, fetched once per page.
    let packs = use_reducer(Packs::default);
    {
        let (packs, asked) = (packs.dispatcher(), use_mut_ref(Vec::<Locale>::new));
        use_effect_with(locales.clone(), move |locales| {
            for &locale in locales.iter().filter(|&&l| l != Locale::En) {
                if !asked.borrow().contains(&locale) {
                    asked.borrow_mut().push(locale);
                    let packs = packs.clone();
                    languages::fetch(locale, move |pack| packs.dispatch((locale, pack)));
                }
            }
        });
    }
    // While a newly picked language loads, an instance keeps speaking the one it had.
    let shown = use_mut_ref(Vec::<Option<Speech>>::new);
    let speech: Vec<Option<Speech>> = {
        let mut shown = shown.borrow_mut();
        shown.resize(locales.len(), None);
        for (last, &locale) in shown.iter_mut().zip(locales.iter()) {
            *last = packs.speech(locale).or(*last);
        }
        shown.clone()
    };

    // The standalone page is tierup's own: its `<html lang>` follows the language shown.
    {
        let standalone = props.instances.iter().position(|i| i.standalone).and_then(|k| speech[k]);
        let shown = standalone.map(|s| s.words.locale);
        use_effect_with(shown, |shown| {
            if let Some(locale) = *shown {
                browser::set_page_language(locale);
            }
        });
    }
    // Storage is read in tasks of its own once the schedule is known, and the widget renders
    // in the next, so none holds the page up for long.
    let opened = use_state(|| None::<Opened>);
    {
        let (opened, schedule) = (opened.clone(), resolved.as_ref().map(|r| r.schedule.clone()));
        use_effect_with(schedule, move |schedule| {
            if let Some(schedule) = schedule.clone() {
                browser::next_task(move || {
                    Opened::read(schedule, move |read| browser::next_task(move || opened.set(Some(read))));
                });
            }
        });
    }
    match (&*resolved, speech.iter().all(Option::is_some), &*opened) {
        (Some(r), true, Some(opened)) => html! {
            <Widget schedule={r.schedule.clone()} schedule_error={r.error.clone()} instances={props.instances.clone()}
                speech={Rc::new(speech.into_iter().flatten().collect::<Vec<_>>())} {locales} {on_pick}
                opened={opened.clone()} />
        },
        _ => html! {
            <>{ for props.instances.iter().zip(locales.iter()).map(|(i, locale)| create_portal(
                html! { <p class="tierup loading" data-testid="tierup-loading" lang={locale.tag()}>{ locale.loading() }</p> },
                i.container.clone(),
            )) }</>
        },
    }
}

/// Fetches and validates a schedule; any failure falls back to the default, with the reason.
async fn load_schedule(url: String) -> Resolved {
    let outcome = match browser::fetch_text(&url).await {
        Ok(text) => Schedule::from_json(&text).map_err(ScheduleProblem::Invalid),
        Err(why) => Err(ScheduleProblem::Fetch(why)),
    };
    match outcome {
        Ok(schedule) => Resolved { schedule: Rc::new(schedule), error: None },
        Err(why) => Resolved { schedule: Rc::new(Schedule::default()), error: Some((url, why)) },
    }
}
