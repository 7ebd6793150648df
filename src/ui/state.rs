//! The widget's state and the verbs that change it. The reducer asks the domain whether a
//! change is allowed and never touches storage: the app persists in one effect.

use std::rc::Rc;

use yew::Reducible;

use super::by_identity::ByIdentity;
use crate::domain::{AmountError, Date, DateError, Ledger, LedgerError, Money, NumberStyle};
use crate::domain::{Purchase, Schedule};
use crate::formats::{ledger_file, FileError};
use crate::i18n::{Text, Words};
use crate::storage::StorageNotice;

/// What a change removed, so that undo can put it back.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub what: Undone,
    pub purchases: Vec<Purchase>,
    pub opening_total: Option<Money>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Undone {
    Deleted,
    Cleared,
    /// The opening total was changed from this.
    Opening(Money),
}

impl Undo {
    pub fn label(&self, words: &Words) -> String {
        match (&self.what, self.purchases.first()) {
            (Undone::Deleted, Some(p)) => words.fill(Text::UndoDeleted, &[&words.money(p.amount), &p.date.to_string()]),
            (Undone::Opening(before), _) => words.fill(Text::UndoOpening, &[&words.money(*before)]),
            _ => words.count(Text::UndoCleared, self.purchases.len() as u64, &[]),
        }
    }
}

/// A refusal, kept as what went wrong so each instance says it in its own language.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Amount(AmountError),
    Date(DateError),
    Ledger(LedgerError),
    CannotDelete(LedgerError),
    CannotUndo(LedgerError),
    Import(FileError),
    ReadOnly,
    FileUnreadable,
    DownloadRefused,
}

impl Problem {
    pub fn say(&self, words: &Words) -> String {
        match self {
            Problem::Amount(e) => words.amount_error(e),
            Problem::Date(e) => words.date_error(e),
            Problem::Ledger(e) => words.ledger_error(e),
            Problem::CannotDelete(e) => words.fill(Text::CannotDelete, &[&words.ledger_error(e)]),
            Problem::CannotUndo(e) => words.fill(Text::CannotUndo, &[&words.ledger_error(e)]),
            Problem::Import(e) => words.fill(Text::NothingImported, &[&words.file_error(e)]),
            Problem::ReadOnly => words.get(Text::ReadOnly).into(),
            Problem::FileUnreadable => words.get(Text::FileUnreadable).into(),
            Problem::DownloadRefused => words.get(Text::DownloadRefused).into(),
        }
    }
}

/// Errors shown next to the part of the widget they belong to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Errors {
    pub deposit: Option<Problem>,
    pub ledger: Option<Problem>,
    pub opening: Option<Problem>,
    pub import: Option<Problem>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub schedule: Rc<Schedule>,
    pub ledger: ByIdentity<Ledger>,
    pub today: Date,
    pub errors: Errors,
    pub undo: Option<Undo>,
    /// How many purchases the last import added, for the reader.
    pub import_result: Option<usize>,
    pub notices: Vec<StorageNotice>,
    /// Stored data this tierup must not change (newer version, unreadable and not copyable).
    pub read_only: bool,
    /// Bumped on every accepted change to the ledger: the save effect is keyed on it.
    pub revision: u64,
    /// The last accepted change was "Clear all purchases" (storage records it as one event).
    pub cleared: bool,
    /// Bumped on every purchase added, so the form knows to clear itself.
    pub added: u64,
    /// The instance whose action produced the errors, undo and import result: only it shows them.
    pub origin: usize,
}

pub enum Action {
    /// Amounts are read the way the language of the instance that sent them writes them.
    Add {
        id: String,
        amount: String,
        date: String,
        style: NumberStyle,
    },
    Delete(String),
    Undo,
    Clear,
    SetOpening(String, NumberStyle),
    Import(String),
    /// A file could not be read (import) or offered for download (export).
    TransferFailed(Problem),
    /// The save effect reports the outcome of a write.
    Saved(Result<(), StorageNotice>),
    /// Another tab changed the stored ledger; this is what storage holds now.
    Reloaded(ByIdentity<Ledger>),
    /// The calendar day changed while the page was open.
    NewDay(Date),
}

impl State {
    pub fn new(schedule: Rc<Schedule>, ledger: Ledger, today: Date, notices: Vec<StorageNotice>) -> State {
        State {
            read_only: notices.iter().any(StorageNotice::is_read_only),
            schedule,
            ledger: ByIdentity::new(ledger),
            today,
            errors: Errors::default(),
            undo: None,
            import_result: None,
            notices,
            revision: 0,
            cleared: false,
            added: 0,
            origin: 0,
        }
    }

    /// Takes an accepted ledger: clears every error and marks it for saving.
    fn accept(&mut self, ledger: Ledger) {
        self.ledger = ByIdentity::new(ledger);
        self.errors = Errors::default();
        self.import_result = None;
        self.revision += 1;
        self.cleared = false;
    }

    fn add(&mut self, id: String, amount: &str, date: &str, style: &NumberStyle) {
        let amount = match Money::parse_in(amount, style) {
            Ok(amount) => amount,
            Err(e) => return self.errors.deposit = Some(Problem::Amount(e)),
        };
        let date = match Date::parse(date.trim()) {
            Ok(date) => date,
            Err(e) => return self.errors.deposit = Some(Problem::Date(e)),
        };
        match self.ledger.add(&self.schedule, Purchase { id: id.into(), amount, date }, self.today) {
            Ok(ledger) => {
                self.accept(ledger);
                self.undo = None;
                self.added += 1;
            }
            Err(e) => self.errors.deposit = Some(Problem::Ledger(e)),
        }
    }

    fn delete(&mut self, id: &str) {
        let removed = self.ledger.purchases().iter().find(|p| *p.id == *id).cloned();
        match self.ledger.delete(&self.schedule, id) {
            Ok(ledger) => {
                self.accept(ledger);
                self.undo = removed.map(|p| Undo { what: Undone::Deleted, purchases: vec![p], opening_total: None });
            }
            Err(e) => self.errors.ledger = Some(Problem::CannotDelete(e)),
        }
    }

    fn undo(&mut self) {
        let Some(undo) = self.undo.take() else { return };
        match self.ledger.restore(&self.schedule, &undo.purchases, undo.opening_total) {
            Ok(ledger) => self.accept(ledger),
            Err(e) => self.errors.ledger = Some(Problem::CannotUndo(e)),
        }
    }

    fn clear(&mut self) {
        let before = self.ledger.clone();
        self.accept(Ledger::default());
        self.cleared = true;
        self.undo = Some(Undo {
            what: Undone::Cleared,
            purchases: before.purchases().to_vec(),
            opening_total: Some(before.opening_total()),
        });
    }

    fn set_opening(&mut self, text: &str, style: &NumberStyle) {
        let total = match Money::parse_non_negative_in(text, style) {
            Ok(total) => total,
            Err(e) => return self.errors.opening = Some(Problem::Amount(e)),
        };
        let before = self.ledger.opening_total();
        match self.ledger.set_opening_total(&self.schedule, total) {
            Ok(ledger) => {
                self.accept(ledger);
                self.undo =
                    Some(Undo { what: Undone::Opening(before), purchases: Vec::new(), opening_total: Some(before) });
            }
            Err(e) => self.errors.opening = Some(Problem::Ledger(e)),
        }
    }

    /// Takes what another tab stored. Purchases this tab could not save yet are kept on top,
    /// so a full storage never costs the reader a purchase they can see.
    fn reloaded(&mut self, stored: ByIdentity<Ledger>) {
        let unsaved = self.notices.contains(&StorageNotice::WriteFailed);
        let ledger = match unsaved {
            true => {
                stored.restore(&self.schedule, self.ledger.purchases(), None).map(ByIdentity::new).unwrap_or(stored)
            }
            false => stored,
        };
        if *ledger != *self.ledger {
            self.ledger = ledger;
            self.revision += 1;
        }
    }

    fn import(&mut self, text: &str) {
        match ledger_file::import(&self.ledger, text, &self.schedule, self.today) {
            Ok((ledger, added)) => {
                self.accept(ledger);
                self.undo = None;
                self.import_result = Some(added);
            }
            Err(e) => {
                self.errors.import = Some(Problem::Import(e));
                self.import_result = None;
            }
        }
    }
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
        if let Some(from) = from {
            next.origin = from;
        }
        if self.read_only && action.changes_ledger() {
            let why = Some(Problem::ReadOnly);
            match action {
                Action::Add { .. } => next.errors.deposit = why,
                Action::SetOpening(..) => next.errors.opening = why,
                Action::Import(_) => next.errors.import = why,
                _ => next.errors.ledger = why,
            }
            return Rc::new(next);
        }
        match action {
            Action::Add { id, amount, date, style } => next.add(id, &amount, &date, &style),
            Action::Delete(id) => next.delete(&id),
            Action::Undo => next.undo(),
            Action::Clear => next.clear(),
            Action::SetOpening(text, style) => next.set_opening(&text, &style),
            Action::Import(text) => next.import(&text),
            Action::TransferFailed(why) => next.errors.import = Some(why),
            Action::Saved(Ok(())) if next.notices.contains(&StorageNotice::WriteFailed) => {
                next.notices.retain(|n| *n != StorageNotice::WriteFailed);
            }
            Action::Saved(Ok(())) => return self,
            Action::Saved(Err(notice)) if next.notices.contains(&notice) => return self,
            Action::Saved(Err(notice)) => next.notices.push(notice),
            Action::Reloaded(stored) => next.reloaded(stored),
            Action::NewDay(today) if today == self.today => return self,
            Action::NewDay(today) => next.today = today,
        }
        Rc::new(next)
    }
}
