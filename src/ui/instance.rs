//! One instance of the widget: the sections its `data-view` asks for, in its own shadow root
//! and its own language. A function, not a component (see `fold`): the widget renders every
//! instance each time the state changes.

use std::rc::Rc;

use yew::prelude::*;

use super::add_purchase::add_purchase;
use super::calculator;
use super::fold::fold;
use super::inputs::{Inputs, PAGE};
use super::language_picker::language_picker;
use super::languages::Speech;
use super::opening_total::opening_total;
use super::purchase_list::{self, purchase_list};
use super::schedule_note::schedule_note;
use super::startup::{ScheduleProblem, Shown};
use super::state::{Action, Problem, State};
use super::status::status_panel;
use super::transfer::transfer;
use crate::config::{Config, ConfigError, View};
use crate::i18n::{Locale, Text};
use crate::storage::StorageNotice;

/// Shown after start-up's notices while the browser refuses to save.
static WRITE_FAILED: StorageNotice = StorageNotice::WriteFailed;

/// What an instance is rendered from.
pub struct Args<'a> {
    pub index: usize,
    pub config: &'a Config,
    pub state: &'a State,
    /// Dispatches an action as this instance's, so that its errors and undo show here only.
    pub on_action: &'a Callback<Action>,
    pub schedule_error: Option<&'a (String, ScheduleProblem)>,
    pub speech: Speech,
    /// Only the standalone page offers a language picker: the language picked, and the callback.
    pub picker: Option<(Locale, &'a Callback<Locale>)>,
    /// How much is shown yet.
    pub shown: Shown,
    /// Another instance on the page shows the calculator (a compact one).
    pub calculator_elsewhere: bool,
    /// What the reader set in this instance (calculator, rows shown).
    pub inputs: Option<&'a Inputs>,
}

pub fn instance_view(props: &Args) -> Html {
    let (s, words, on_action) = (props.state, &props.speech.words, props.on_action);
    // Errors, undo and import results belong to the instance that acted.
    let mine = s.origin == props.index;
    let say = |problem: &Option<Rc<Problem>>| problem.as_ref().filter(|_| mine).map(|p| p.say(words));
    let undo = s.undo.clone().filter(|_| mine);
    let import_result = s.import_result.filter(|_| mine).map(|added| match added {
        0 => words.string(Text::NothingNew),
        n => words.count(Text::Imported, n as u64, &[]),
    });

    let mut config_errors: Vec<String> = props.config.errors.iter().map(|e| words.config_error(e)).collect();
    let target = props.config.target_tier.clone().filter(|id| s.schedule.index_of(id).is_some());
    if let Some(id) = props.config.target_tier.as_ref().filter(|_| target.is_none()) {
        config_errors.push(words.config_error(&ConfigError::UnknownTargetTier(id.clone())));
    }
    let full = props.config.view == View::Full;
    let (list, rest) = (full && props.shown >= Shown::List, full && props.shown >= Shown::All);
    // A compact instance has no list: its calculator comes right after the status.
    let calculator = props.shown >= if full { Shown::Calculator } else { Shown::Picker };
    // The standalone page (the one with the picker) is the calculator itself: its folds are open.
    let standalone = props.picker.is_some();
    let (opening_error, import_error) = (say(&s.errors.opening), say(&s.errors.import));
    let (ledger_error, deposit_error) = (say(&s.errors.ledger), say(&s.errors.deposit));
    let calculator_view = calculator.then(|| {
        calculator::calculator(&calculator::Args {
            words,
            schedule: &s.schedule,
            ledger: &s.ledger,
            today: s.today,
            target: target.as_deref(),
            heading: !(full && props.calculator_elsewhere),
            inputs: props.inputs,
            on_action,
        })
    });
    html! {
        <section class="tierup" data-testid="tierup" lang={words.locale.tag()} aria-label={words.get(Text::WidgetLabel)}>
            // The picker names languages in their own scripts: its first layout loads fonts for
            // all of them, so it comes after the first paint, into space kept for it.
            if let Some((picked, on_pick)) = props.picker.filter(|_| props.shown >= Shown::Picker) {
                { language_picker(words, picked, on_pick) }
            } else if props.picker.is_some() {
                <div class="language" aria-hidden="true"></div>
            }
            // Each optional notice is one child, shown or not (see `calculator`: a `for` splices).
            { props.speech.unavailable.map(|locale| {
                notice("status", "language-notice", words.fill(Text::LanguageUnavailable, &[locale.name()]))
            }).unwrap_or_default() }
            { for s.notices.iter().map(|n| notice("status", "storage-notice", words.notice(n))) }
            if s.write_failed {
                { notice("status", "storage-notice", words.notice(&WRITE_FAILED)) }
            }
            { props.schedule_error.map(|(url, problem)| notice("alert", "schedule-error", problem.say(url, words))).unwrap_or_default() }
            { for config_errors.into_iter().map(|e| notice("alert", "config-error", e)) }
            { status_panel(&s.schedule, &s.ledger, s.today, target.as_deref(), words) }
            if full {
                { add_purchase(words, on_action, s.today, deposit_error.as_deref(), props.shown > Shown::StatusAndForm) }
            }
            if list {
                { purchase_list(&purchase_list::Args {
                    words,
                    on_action,
                    ledger: &s.ledger,
                    error: ledger_error.as_deref(),
                    undo: undo.as_deref(),
                    open: standalone,
                    rows: props.inputs.map_or(PAGE, |i| i.rows),
                }) }
            }
            if full && props.calculator_elsewhere {
                { calculator_view.map(|view| fold(words.get(Text::HowMuchMore), "calculator-section", standalone, view)).unwrap_or_default() }
            } else {
                { calculator_view.unwrap_or_default() }
            }
            if rest {
                { fold(words.get(Text::OpeningHeading), "opening-section", standalone || opening_error.is_some(),
                    opening_total(words, on_action, s.ledger.opening_total(), opening_error.as_deref())) }
                { fold(words.get(Text::TransferHeading), "transfer-section", standalone || import_error.is_some() || import_result.is_some(),
                    transfer(words, on_action, &s.ledger, import_error.as_deref(), import_result.as_deref())) }
            }
            { schedule_note(&s.schedule, words) }
        </section>
    }
}

/// A line above the widget about the page or the browser: a `status`, or an `alert` when the
/// page asked for something tierup cannot do.
fn notice(role: &'static str, testid: &'static str, text: String) -> Html {
    html! { <p class="notice" {role} data-testid={testid}>{ text }</p> }
}
