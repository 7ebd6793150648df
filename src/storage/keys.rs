//! The keys tierup uses in localStorage:
//!
//! - `tierup.meta`            the settings record (`settings`): opening total and clear mark
//! - `tierup.b.<session>`     a tab session's log of changes, a line each (`log`)
//! - `tierup.quarantine.<n>`  an unreadable settings record, copied before its key is reused
//! - `tierup.locale`          the language picked on the standalone page

use crate::formats::json;

/// Every key tierup writes starts with this; anything else on the origin is not ours.
pub const PREFIX: &str = "tierup.";
pub const SETTINGS_KEY: &str = "tierup.meta";
pub const LOG_PREFIX: &str = "tierup.b.";
/// Where unreadable data is copied before tierup writes over its key.
pub const QUARANTINE_PREFIX: &str = "tierup.quarantine.";
/// The language picked on the standalone page (a tag such as `pt-BR`).
pub const LOCALE_KEY: &str = "tierup.locale";

/// Keys of this origin that are tierup's; other apps' keys are never read or changed.
pub fn is_ours(key: &str) -> bool {
    key.starts_with(PREFIX)
}

/// tierup's entries from a JSON object of every localStorage entry (what
/// `JSON.stringify(localStorage)` gives: the dumps the browser tests and the bench read with the
/// native tools). Other apps' values are skipped unread and never kept.
pub fn ours_from_json(text: &str) -> Result<Vec<(String, String)>, json::JsonError> {
    json::string_fields(text, is_ours)
}
