//! What an instance shows about the last action it sent: the error next to the field it
//! belongs to, and what undo would put back. Kept as values, so each instance says them in its
//! own language.

use std::rc::Rc;

use crate::domain::{AmountError, DateError, LedgerError, Money, Purchase};
use crate::formats::FileError;
use crate::i18n::{Text, Words};

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
            (Undone::Deleted, Some(p)) => words.fill(Text::UndoDeleted, &[&words.money(p.amount), &p.date.iso()]),
            (Undone::Opening(before), _) => words.fill_money(Text::UndoOpening, *before),
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
            Problem::ReadOnly => words.string(Text::ReadOnly),
            Problem::FileUnreadable => words.string(Text::FileUnreadable),
            Problem::DownloadRefused => words.string(Text::DownloadRefused),
        }
    }
}

/// Errors shown next to the part of the widget they belong to. Shared (`Rc`): the reducer
/// copies the state on every action, and a deep copy of each problem cost the wasm ~1.3 KB.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Errors {
    pub deposit: Option<Rc<Problem>>,
    pub ledger: Option<Rc<Problem>>,
    pub opening: Option<Rc<Problem>>,
    pub import: Option<Rc<Problem>>,
}
