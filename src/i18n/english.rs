//! The English of every refusal, as its `Display` (logs, native tests, a detail nested in another
//! error). Written here, not beside each type: the layers below `i18n` carry typed values and
//! know no words, so their `Display` is given from above.

use core::fmt;

use super::{Locale, Words};
use crate::config::ConfigError;
use crate::domain::{AmountError, DateError, LedgerError, PlanError};
use crate::formats::json::JsonError;
use crate::formats::{FileError, ScheduleError};
use crate::storage::StorageNotice;

/// `value` said in English by `describe` (one of the `Words` methods of `messages.rs`).
pub fn english<T>(describe: impl FnOnce(&Words, &T) -> String, value: &T) -> String {
    describe(&Words::plain(Locale::En), value)
}

/// `Display` for each type, by the `Words` method that says it.
macro_rules! in_english {
    ($($type:ty => $describe:ident),* $(,)?) => {$(
        impl fmt::Display for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&english(Words::$describe, self))
            }
        }
    )*};
}

in_english! {
    AmountError => amount_error,
    DateError => date_error,
    LedgerError => ledger_error,
    PlanError => plan_error,
    FileError => file_error,
    ScheduleError => schedule_error,
    JsonError => json_error,
    ConfigError => config_error,
    StorageNotice => notice,
}
