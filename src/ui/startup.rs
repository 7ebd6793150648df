//! Start-up, step by step, so that no task holds the page for long whatever the size of the
//! ledger: the language packs are asked for; the schedule is read, then storage in four steps
//! (its entries, the logs one by one, the replay, the rules); then the widget's first render, in
//! a task of its own, shows the status and the form, and the rest of each instance follows a
//! painted frame at a time (see [`Shown`]). Between the reading steps start-up yields to the page
//! once the current task has worked for [`TASK_BUDGET_MS`] (see [`Pace`]): with little stored
//! they are all the task that started the wasm; with 10,000 purchases each step is a task of its
//! own. Whenever it yields or waits for a fetch, each instance says "Loading" first.
//!
//! What start-up reads reaches the widget as plain values ([`Initial`]). Rendering is the
//! caller's (`show`), so this file needs no component and every component may use its types.

use std::cell::RefCell;
use std::rc::Rc;

use super::browser::{self, FetchError};
use super::by_identity::ByIdentity;
use super::hosts::Instance;
use super::languages::{self, Languages};
use super::state::State;
use crate::domain::text::decimal;
use crate::domain::{Date, Schedule};
use crate::formats::ScheduleError;
use crate::i18n::{Locale, Text, Words};
use crate::storage::{self, Loaded, Store};

/// What the widget starts from, as start-up read it.
pub struct Initial {
    pub state: State,
    /// Where the state is saved (memory only when storage cannot be used).
    pub store: Rc<RefCell<Store>>,
    /// The URL the page asked for and why its schedule is not in use.
    pub schedule_error: Option<(String, ScheduleProblem)>,
}

/// Why the page's schedule is not the one in use.
#[derive(Clone, Debug, PartialEq)]
pub enum ScheduleProblem {
    Fetch(FetchError),
    Invalid(ScheduleError),
}

impl ScheduleProblem {
    pub fn say(&self, url: &str, words: &Words) -> String {
        let why = match self {
            ScheduleProblem::Fetch(FetchError::Unreachable) => words.string(Text::FetchUnreachable),
            ScheduleProblem::Fetch(FetchError::Status(status)) => {
                words.fill(Text::FetchStatus, &[&decimal((*status).into())])
            }
            ScheduleProblem::Fetch(FetchError::Unreadable) => words.string(Text::FetchUnreadable),
            ScheduleProblem::Invalid(e) => words.schedule_error(e),
        };
        words.fill(Text::ScheduleUnusable, &[url, &why])
    }
}

/// How much of each instance is shown. The first render has the status and the form; each later
/// value comes after the one before is painted, so no frame lays out everything at once, and
/// sections arrive top to bottom, so none moves what is already shown (the picker's place at the
/// top is kept for it). Each includes those before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Shown {
    /// The status and the form, the first render: the page can take a purchase (the
    /// `tierup:interactive` mark). One render, not two frames apart: its task takes 12 ms here,
    /// and the mark comes a frame sooner. The form's date is a text field until the next stage
    /// (see `add_purchase`: the browser's first date field is its costliest control).
    StatusAndForm,
    /// The language picker (its first layout loads fonts for every script it names), and the
    /// form's date field in the text field's place.
    Picker,
    /// The purchase list.
    List,
    /// The calculator and its ladder picture.
    Calculator,
    /// The opening total and the transfer section.
    All,
}

/// Reads what the widget needs for `instances`, then calls `show` with it once for each
/// [`Shown`], in order.
pub async fn start(instances: &[Instance], mut show: impl FnMut(ByIdentity<Initial>, Shown)) {
    // The language picked on the standalone page, remembered across visits.
    let picked = storage::saved_locale().as_deref().and_then(Locale::from_tag);
    let page = Locale::negotiate(browser::preferred_languages().iter().map(String::as_str));
    let asked: Vec<Locale> = instances
        .iter()
        .map(|i| match (i.standalone, picked) {
            (true, Some(picked)) => picked,
            _ => i.config.locale.unwrap_or(page),
        })
        .collect();
    let mut pace = Pace::new(instances, &asked);
    // Each language but English comes in a pack: all are on their way while the rest is read.
    let mut packs = Vec::new();
    for &locale in &asked {
        if locale != Locale::En && !packs.iter().any(|(l, _)| *l == locale) {
            packs.push((locale, languages::fetch(locale)));
        }
    }
    // One schedule per page: the first instance that names one decides.
    let asked_schedule = instances.iter().find_map(|i| i.config.schedule_url.clone());
    let schedule_text = asked_schedule.map(|url| (browser::fetch_text(&url), url));

    let (schedule, schedule_error) = match schedule_text {
        None => (Schedule::default(), None),
        Some((text, url)) => match {
            pace.stop();
            text.await
        }
        .map_err(ScheduleProblem::Fetch)
        .and_then(|text| Schedule::from_json(&text).map_err(ScheduleProblem::Invalid))
        {
            Ok(schedule) => (schedule, None),
            Err(why) => (Schedule::default(), Some((url, why))),
        },
    };
    let schedule = Rc::new(schedule);
    // Storage is read whole, in one step (one consistent copy of every entry): with many entries
    // that step alone is long, so it starts a task of its own, whatever the budget left.
    if storage::entry_count() > MANY_ENTRIES {
        pace.spend();
    }
    pace.breathe().await;
    let today = browser::today();
    let loaded = read_storage(&schedule, today, &mut pace).await;
    let mut fetched = Vec::new();
    for (locale, pack) in packs {
        pace.stop();
        fetched.push((locale, pack.await));
    }

    // The first render is the largest step (12 ms here, more on a slow device): it gets a task
    // of its own. Then the rest follows a painted frame at a time.
    pace.next_task().await;
    for instance in instances {
        instance.container.set_text_content(None);
    }
    let initial = ByIdentity::new(Initial {
        state: State::new(
            schedule,
            loaded.ledger,
            today,
            loaded.notices,
            loaded.store.ids(),
            Languages::new(asked, instances.iter().position(|i| i.standalone), fetched),
        ),
        store: Rc::new(RefCell::new(loaded.store)),
        schedule_error,
    });
    show(initial.clone(), Shown::StatusAndForm);
    for shown in [Shown::Picker, Shown::List, Shown::Calculator, Shown::All] {
        browser::after_paint().await;
        show(initial.clone(), shown);
    }
}

/// What storage holds, read a step a task (see `storage::Reading`): with 10,000 purchases each
/// step takes tens of milliseconds, and together they would hold the page up.
async fn read_storage(schedule: &Schedule, today: Date, pace: &mut Pace<'_>) -> Loaded {
    let mut reading = match storage::open() {
        Ok(reading) => reading,
        Err(notice) => return Loaded::memory_only(notice),
    };
    // A log at a time: with 10,000 purchases, parsing them all in one step took up to 74 ms.
    loop {
        pace.breathe().await;
        if !reading.parse_next() {
            break;
        }
    }
    reading.replay();
    pace.breathe().await;
    Loaded::finish(reading, schedule, today)
}

/// Above this many entries in storage (a log per tab session that changed the ledger, and the
/// page's own), reading them is a step of its own: 500 holding 10,000 purchases take 12 ms here,
/// and with the work before it in the wasm's first task, that task took 22-26 ms (57 ms in one
/// load of a busy machine's bench).
const MANY_ENTRIES: u32 = 200;

/// How long start-up works before it lets the page answer input and paint: well under the 50 ms
/// that make a long task, since the step that follows a check may take tens of ms itself.
const TASK_BUDGET_MS: f64 = 10.0;

/// Start-up's pacing: [`Pace::breathe`] yields to the page only once the task has worked for
/// [`TASK_BUDGET_MS`]. A yield for every step would cost a task hop each, and a layout and paint
/// of "Loading", even when there is nearly nothing to read.
///
/// "Loading" is shown only when start-up stops: to yield or to wait for a fetch. With little
/// stored and nothing to fetch, the wasm's first task reads it all and the first render is the
/// next task: a word that would stand for one task hop is not drawn (its layout and paint took
/// 7 ms before the form).
struct Pace<'a> {
    /// When this task's budget started (`None` after a wait: at the next check).
    since: Option<f64>,
    instances: &'a [Instance],
    asked: &'a [Locale],
    loading: bool,
}

impl<'a> Pace<'a> {
    fn new(instances: &'a [Instance], asked: &'a [Locale]) -> Pace<'a> {
        Pace { since: Some(browser::now()), instances, asked, loading: false }
    }

    async fn breathe(&mut self) {
        let now = browser::now();
        match self.since {
            Some(since) if now - since >= TASK_BUDGET_MS => {
                self.stop();
                self.next_task().await;
            }
            Some(_) => {}
            None => self.since = Some(now),
        }
    }

    /// Uses up this task's budget: the next check yields.
    fn spend(&mut self) {
        self.since = Some(f64::NEG_INFINITY);
    }

    /// Goes on in a new task, with a new budget.
    async fn next_task(&mut self) {
        browser::next_task().await;
        self.since = Some(browser::now());
    }

    /// Start-up is about to yield or to wait for a fetch: "Loading" is shown (once), and the
    /// task that goes on is a new one, whose budget starts at the next check.
    fn stop(&mut self) {
        if !self.loading {
            self.loading = true;
            show_loading(self.instances, self.asked);
        }
        self.since = None;
    }
}

/// While start-up waits, each instance says so in the language it asks for (every language's
/// word for it is compiled in, so no pack is needed).
fn show_loading(instances: &[Instance], asked: &[Locale]) {
    for (instance, locale) in instances.iter().zip(asked) {
        let Some(document) = instance.container.owner_document() else { continue };
        let Ok(loading) = document.create_element("p") else { continue };
        loading.set_class_name("tierup loading");
        // Only a placeholder: a failed attribute or append costs nothing but the word.
        let _ = loading.set_attribute("data-testid", "tierup-loading");
        let _ = loading.set_attribute("lang", locale.tag());
        loading.set_text_content(Some(locale.loading()));
        let _ = instance.container.append_child(&loading);
    }
}
