//! tierup's file formats, on top of the domain and knowing no words: the JSON reader, the ledger
//! file (export, import, CSV) and the schedule file. Each refusal is a typed value that `i18n`
//! says in the reader's language.

pub mod json;
pub mod ledger_file;
pub mod schedule_file;

pub use ledger_file::{EntryProblem, FileError};
pub use schedule_file::ScheduleError;

/// `parts` with `separator` between them, as `[String]::join` makes them. std's join copies
/// through an unrolled path for each separator length (861 B of wasm for tierup's four joins);
/// this one appends, which is all a few short strings need.
pub fn join(parts: &[String], separator: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(part);
    }
    out
}
