//! The widget's state and the verbs that change it. The reducer asks the domain whether a
//! change is allowed and never touches storage: the app persists in one effect.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::{ledger_file, Date, Ledger, Money, Purchase, Schedule};
use crate::storage::StorageNotice;

/// What a change removed, so that undo can put it back.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub label: String,
    pub purchases: Vec<Purchase>,
    pub opening_total: Option<Money>,
}

/// Errors shown next to the part of the widget they belong to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Errors {
    pub deposit: Option<String>,
    pub ledger: Option<String>,
    pub opening: Option<String>,
    pub import: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub schedule: Rc<Schedule>,
    pub ledger: Rc<Ledger>,
    pub today: Date,
    pub errors: Errors,
    pub undo: Option<Undo>,
    /// What an import did, for the reader.
    pub import_result: Option<String>,
    pub notices: Vec<StorageNotice>,
    /// Stored data this tierup must not change (newer version, unreadable and not copyable).
    pub read_only: bool,
    /// Bumped on every accepted change to the ledger: the save effect is keyed on it.
    pub revision: u64,
    /// Bumped on every purchase added, so the form knows to clear itself.
    pub added: u64,
    /// The instance whose action produced the errors, undo and import result: only it shows them.
    pub origin: usize,
}

pub enum Action {
    Add {
        id: String,
        amount: String,
        date: String,
    },
    Delete(String),
    Undo,
    Clear,
    SetOpening(String),
    Import(String),
    /// A file could not be read (import) or offered for download (export).
    TransferFailed(String),
    /// The save effect reports the outcome of a write.
    Saved(Result<(), StorageNotice>),
    /// Another tab changed the stored ledger; this is what storage holds now.
    Reloaded(Ledger),
    /// The calendar day changed while the page was open.
    NewDay(Date),
}

impl State {
    pub fn new(schedule: Rc<Schedule>, ledger: Ledger, today: Date, notices: Vec<StorageNotice>) -> State {
        State {
            read_only: notices.iter().any(StorageNotice::is_read_only),
            schedule,
            ledger: Rc::new(ledger),
            today,
            errors: Errors::default(),
            undo: None,
            import_result: None,
            notices,
            revision: 0,
            added: 0,
            origin: 0,
        }
    }

    /// Takes an accepted ledger: clears every error and marks it for saving.
    fn accept(&mut self, ledger: Ledger) {
        self.ledger = Rc::new(ledger);
        self.errors = Errors::default();
        self.import_result = None;
        self.revision += 1;
    }

    fn add(&mut self, id: String, amount: &str, date: &str) {
        let amount = match Money::parse(amount) {
            Ok(amount) => amount,
            Err(e) => return self.errors.deposit = Some(e.to_string()),
        };
        let date = match Date::parse(date.trim()) {
            Ok(date) => date,
            Err(e) => return self.errors.deposit = Some(e.to_string()),
        };
        match self.ledger.add(&self.schedule, Purchase { id, amount, date }, self.today) {
            Ok(ledger) => {
                self.accept(ledger);
                self.undo = None;
                self.added += 1;
            }
            Err(e) => self.errors.deposit = Some(e.to_string()),
        }
    }

    fn delete(&mut self, id: &str) {
        let removed = self.ledger.purchases().iter().find(|p| p.id == id).cloned();
        match self.ledger.delete(&self.schedule, id) {
            Ok(ledger) => {
                self.accept(ledger);
                self.undo = removed.map(|p| Undo {
                    label: format!("Deleted the purchase of {} on {}.", p.amount.usd(), p.date),
                    purchases: vec![p],
                    opening_total: None,
                });
            }
            Err(e) => self.errors.ledger = Some(format!("That purchase cannot be deleted. {e}")),
        }
    }

    fn undo(&mut self) {
        let Some(undo) = self.undo.take() else { return };
        match self.ledger.restore(&self.schedule, &undo.purchases, undo.opening_total) {
            Ok(ledger) => self.accept(ledger),
            Err(e) => self.errors.ledger = Some(format!("Undo is not possible any more. {e}")),
        }
    }

    fn clear(&mut self) {
        let before = Rc::clone(&self.ledger);
        self.accept(Ledger::default());
        self.undo = Some(Undo {
            label: format!("Cleared {} purchases.", before.purchases().len()),
            purchases: before.purchases().to_vec(),
            opening_total: Some(before.opening_total()),
        });
    }

    fn set_opening(&mut self, text: &str) {
        let total = match Money::parse_non_negative(text) {
            Ok(total) => total,
            Err(e) => return self.errors.opening = Some(e.to_string()),
        };
        let before = self.ledger.opening_total();
        match self.ledger.set_opening_total(&self.schedule, total) {
            Ok(ledger) => {
                self.accept(ledger);
                self.undo = Some(Undo {
                    label: format!("Changed the opening total from {}.", before.usd()),
                    purchases: Vec::new(),
                    opening_total: Some(before),
                });
            }
            Err(e) => self.errors.opening = Some(e.to_string()),
        }
    }

    /// Takes what another tab stored. Purchases this tab could not save yet are kept on top,
    /// so a full storage never costs the reader a purchase they can see.
    fn reloaded(&mut self, stored: Ledger) {
        let unsaved = self.notices.contains(&StorageNotice::WriteFailed);
        let ledger = match unsaved {
            true => stored.restore(&self.schedule, self.ledger.purchases(), None).unwrap_or(stored),
            false => stored,
        };
        if ledger != *self.ledger {
            self.ledger = Rc::new(ledger);
            self.revision += 1;
        }
    }

    fn import(&mut self, text: &str) {
        match ledger_file::import(&self.ledger, text, &self.schedule, self.today) {
            Ok((ledger, added)) => {
                self.accept(ledger);
                self.undo = None;
                self.import_result = Some(match added {
                    0 => "Nothing new: every purchase in that file is already here.".to_string(),
                    1 => "Imported 1 purchase.".to_string(),
                    n => format!("Imported {n} purchases."),
                });
            }
            Err(e) => {
                self.errors.import = Some(format!("Nothing was imported. {e}"));
                self.import_result = None;
            }
        }
    }
}

impl Action {
    /// Whether the action asks to change the ledger (refused while read-only).
    fn changes_ledger(&self) -> bool {
        matches!(self, Self::Add { .. } | Self::Delete(_) | Self::Undo | Self::Clear | Self::SetOpening(_) | Self::Import(_))
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
            let why = "tierup is read-only here because of the notice above: nothing can be changed.".to_string();
            match action {
                Action::Add { .. } => next.errors.deposit = Some(why),
                Action::SetOpening(_) => next.errors.opening = Some(why),
                Action::Import(_) => next.errors.import = Some(why),
                _ => next.errors.ledger = Some(why),
            }
            return Rc::new(next);
        }
        match action {
            Action::Add { id, amount, date } => next.add(id, &amount, &date),
            Action::Delete(id) => next.delete(&id),
            Action::Undo => next.undo(),
            Action::Clear => next.clear(),
            Action::SetOpening(text) => next.set_opening(&text),
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
