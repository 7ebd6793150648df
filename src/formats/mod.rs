//! tierup's file formats, on top of the domain and knowing no words: the JSON reader, the ledger
//! file (export, import, CSV) and the schedule file. Each refusal is a typed value that `i18n`
//! says in the reader's language.

pub mod json;
pub mod ledger_file;
pub mod schedule_file;

pub use ledger_file::{EntryProblem, FileError};
pub use schedule_file::ScheduleError;
