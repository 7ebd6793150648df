//! The widget's state and the verbs that change it. The reducer asks the domain whether a
//! change is allowed and never touches storage: it records each accepted change, and the
//! widget's save effect hands them to storage.

use std::rc::Rc;

use yew::Reducible;

use super::by_identity::ByIdentity;
pub use super::feedback::{Errors, Problem, Undo, Undone};
use super::inputs::{AllInputs, Input};
use super::languages::{LanguageChange, Languages};
use crate::domain::ids::index_by_id;
use crate::domain::{Date, Ledger, Money, NumberStyle, Purchase, Schedule};
use crate::formats::ledger_file;
use crate::storage::{Change, Ids, StorageNotice, WriteFailed};

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub schedule: Rc<Schedule>,
    pub ledger: ByIdentity<Ledger>,
    pub today: Date,
    pub errors: Errors,
    pub undo: Option<Rc<Undo>>,
    /// How many purchases the last import added, for the reader.
    pub import_result: Option<usize>,
    /// What start-up found in storage: it does not change after (shared, as the errors are).
    pub notices: Rc<[StorageNotice]>,
    /// The last save was refused by the browser (shown after `notices`).
    pub write_failed: bool,
    /// Stored data this tierup must not change (newer version, unreadable and not copyable).
    pub read_only: bool,
    /// The changes accepted since the last save, in order: what the save effect stores.
    pub unsaved: Vec<Change>,
    /// How many changes were ever accepted: the save effect saves when it moves, and `unsaved` are
    /// the last of them.
    pub accepted: u64,
    /// Where new purchase ids come from (this tab session's).
    ids: Ids,
    /// Bumped on every purchase added, so the form knows to clear itself.
    pub added: u64,
    /// The amount as the reader typed it for the last purchase added: the form clears a field
    /// that still holds it, and keeps one that holds the next amount already.
    pub added_text: Rc<str>,
    /// The instance whose action produced the errors, undo and import result: only it shows them.
    pub origin: usize,
    /// What the reader set in each instance that is not the ledger (calculator, rows shown).
    pub inputs: AllInputs,
    /// The language each instance asks for and speaks, and the packs had so far.
    pub languages: Languages,
}

pub enum Action {
    /// Amounts are read the way the language of the instance that sent them writes them; `at`
    /// is when (ms since 1970), which the new purchase's id is made of.
    Add {
        amount: String,
        date: String,
        style: NumberStyle,
        at: u64,
    },
    Delete(String),
    Undo,
    Clear,
    SetOpening(String, NumberStyle),
    Import(String),
    /// A file could not be read (import) or offered for download (export).
    TransferFailed(Problem),
    /// The save effect stored the changes up to number `through` in this session's log, and
    /// how the write went: a failure is shown until a later write succeeds.
    Saved {
        through: u64,
        outcome: Result<(), WriteFailed>,
    },
    /// Another tab changed the stored ledger; this is what storage holds now.
    Reloaded(ByIdentity<Ledger>),
    /// The calendar day changed while the page was open.
    NewDay(Date),
    /// The reader set something in an instance that is not the ledger.
    Input(Input),
    /// A language picked on the standalone page, or a pack that came (or could not).
    Language(LanguageChange),
}

impl State {
    pub fn new(
        schedule: Rc<Schedule>,
        ledger: Ledger,
        today: Date,
        notices: Vec<StorageNotice>,
        ids: Ids,
        languages: Languages,
    ) -> State {
        State {
            read_only: notices.iter().any(StorageNotice::is_read_only),
            schedule,
            ledger: ByIdentity::new(ledger),
            today,
            errors: Errors::default(),
            undo: None,
            import_result: None,
            notices: notices.into(),
            write_failed: false,
            unsaved: Vec::new(),
            accepted: 0,
            ids,
            added: 0,
            added_text: "".into(),
            origin: 0,
            inputs: AllInputs::default(),
            languages,
        }
    }

    /// Takes an accepted ledger and the changes that made it: clears every error and queues
    /// the changes for saving.
    fn accept(&mut self, ledger: Ledger, mut changes: Vec<Change>) {
        self.ledger = ByIdentity::new(ledger);
        self.errors = Errors::default();
        self.import_result = None;
        self.accepted += changes.len() as u64;
        self.unsaved.append(&mut changes);
    }

    fn add(&mut self, amount_text: &str, date: &str, style: &NumberStyle, at: u64) {
        let amount = match Money::parse_in(amount_text, style) {
            Ok(amount) => amount,
            Err(e) => return self.errors.deposit = Some(Problem::Amount(e).into()),
        };
        let date = match Date::parse(date.trim()) {
            Ok(date) => date,
            Err(e) => return self.errors.deposit = Some(Problem::Date(e).into()),
        };
        let mut ids = self.ids.clone();
        let purchase = Purchase { id: ids.mint(at), amount, date };
        match self.ledger.add(&self.schedule, purchase.clone(), self.today) {
            Ok(ledger) => {
                self.ids = ids;
                self.accept(ledger, vec![Change::Added(purchase)]);
                self.undo = None;
                self.added += 1;
                self.added_text = amount_text.into();
            }
            Err(e) => self.errors.deposit = Some(Problem::Ledger(e).into()),
        }
    }

    fn delete(&mut self, id: &str) {
        let removed = self.ledger.purchases().iter().find(|p| *p.id == *id).cloned();
        match self.ledger.delete(&self.schedule, id) {
            Ok(ledger) => {
                let gone = removed.as_ref().map_or(Vec::new(), |p| vec![Change::Deleted(p.id.clone())]);
                self.accept(ledger, gone);
                self.undo =
                    removed.map(|p| Rc::new(Undo { what: Undone::Deleted, purchases: vec![p], opening_total: None }));
            }
            Err(e) => self.errors.ledger = Some(Problem::CannotDelete(e).into()),
        }
    }

    fn undo(&mut self) {
        let Some(undo) = self.undo.take() else { return };
        let before = self.ledger.clone();
        match before.restore(&self.schedule, &undo.purchases, undo.opening_total) {
            Ok(ledger) => {
                let mut changes = match undo.what {
                    // Storage takes the clear mark back: the purchases it hid are live again.
                    Undone::Cleared => vec![Change::ClearUndone],
                    _ => added(&before, &ledger),
                };
                if ledger.opening_total() != before.opening_total() {
                    changes.push(Change::OpeningTotal(ledger.opening_total()));
                }
                self.accept(ledger, changes);
            }
            Err(e) => self.errors.ledger = Some(Problem::CannotUndo(e).into()),
        }
    }

    fn clear(&mut self) {
        let before = self.ledger.clone();
        self.accept(Ledger::default(), vec![Change::Cleared]);
        self.undo = Some(Rc::new(Undo {
            what: Undone::Cleared,
            purchases: before.purchases().to_vec(),
            opening_total: Some(before.opening_total()),
        }));
    }

    fn set_opening(&mut self, text: &str, style: &NumberStyle) {
        let total = match Money::parse_non_negative_in(text, style) {
            Ok(total) => total,
            Err(e) => return self.errors.opening = Some(Problem::Amount(e).into()),
        };
        let before = self.ledger.opening_total();
        match self.ledger.set_opening_total(&self.schedule, total) {
            Ok(ledger) => {
                // Saving the total it already has is accepted (errors clear) but stores nothing.
                let change = if total != before { vec![Change::OpeningTotal(total)] } else { Vec::new() };
                self.accept(ledger, change);
                self.undo = Some(Rc::new(Undo {
                    what: Undone::Opening(before),
                    purchases: Vec::new(),
                    opening_total: Some(before),
                }));
            }
            Err(e) => self.errors.opening = Some(Problem::Ledger(e).into()),
        }
    }

    fn import(&mut self, text: &str) {
        match ledger_file::import(&self.ledger, text, &self.schedule, self.today) {
            Ok((ledger, count)) => {
                let mut changes = added(&self.ledger, &ledger);
                if ledger.opening_total() != self.ledger.opening_total() {
                    changes.push(Change::OpeningTotal(ledger.opening_total()));
                }
                self.accept(ledger, changes);
                self.undo = None;
                self.import_result = Some(count);
            }
            Err(e) => {
                self.errors.import = Some(Problem::Import(e).into());
                self.import_result = None;
            }
        }
    }

    /// The changes up to `through` are in this session's log now, written or not.
    fn saved(&mut self, through: u64, outcome: Result<(), WriteFailed>) {
        let still_unsaved = self.accepted.saturating_sub(through) as usize;
        let done = self.unsaved.len().saturating_sub(still_unsaved);
        self.unsaved.drain(..done);
        self.write_failed = outcome.is_err();
    }
}

/// The purchases of `after` that `before` does not have, in order, as changes to store.
fn added(before: &Ledger, after: &Ledger) -> Vec<Change> {
    let had = index_by_id(before.purchases());
    after.purchases().iter().filter(|p| !had.contains_key(&*p.id)).map(|p| Change::Added(p.clone())).collect()
}

impl Action {
    /// Whether the action asks to change the ledger (refused while read-only).
    fn changes_ledger(&self) -> bool {
        matches!(
            self,
            Self::Add { .. } | Self::Delete(_) | Self::Undo | Self::Clear | Self::SetOpening(..) | Self::Import(_)
        )
    }
}

impl Reducible for State {
    /// The action, and the instance it came from (`None` for the page's own effects).
    type Action = (Option<usize>, Action);

    fn reduce(self: Rc<Self>, (from, action): Self::Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // What a reader sets or picks is no change to the ledger: where errors show stays.
        if let Some(from) = from.filter(|_| !matches!(action, Action::Input(_) | Action::Language(_))) {
            next.origin = from;
        }
        if self.read_only && action.changes_ledger() {
            let why = Some(Rc::new(Problem::ReadOnly));
            match action {
                Action::Add { .. } => next.errors.deposit = why,
                Action::SetOpening(..) => next.errors.opening = why,
                Action::Import(_) => next.errors.import = why,
                _ => next.errors.ledger = why,
            }
            return Rc::new(next);
        }
        match action {
            Action::Add { amount, date, style, at } => next.add(&amount, &date, &style, at),
            Action::Delete(id) => next.delete(&id),
            Action::Undo => next.undo(),
            Action::Clear => next.clear(),
            Action::SetOpening(text, style) => next.set_opening(&text, &style),
            Action::Import(text) => next.import(&text),
            Action::TransferFailed(why) => next.errors.import = Some(why.into()),
            Action::Saved { through, outcome } => next.saved(through, outcome),
            // What this tab changed is in its own log, which reading storage includes.
            Action::Reloaded(stored) if *stored == *self.ledger => return self,
            Action::Reloaded(stored) => next.ledger = stored,
            Action::NewDay(today) if today == self.today => return self,
            Action::NewDay(today) => next.today = today,
            Action::Input(input) => next.inputs.set(from.unwrap_or_default(), input),
            Action::Language(change) => next.languages.change(change),
        }
        Rc::new(next)
    }
}
