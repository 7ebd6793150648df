//! The rules of the tier ladder, in plain Rust: no browser, no clock, no randomness.
//! Everything here is tested natively with `cargo test`.
pub mod advice;
mod amount_input;
mod cap;
pub mod date;
pub mod ids;
pub mod ledger;
mod locale;
pub mod money;
pub mod number_style;
pub mod schedule;
mod standing;
pub mod text;

pub use advice::{plan, status, what_if, Plan, PlanError, Status, Step, WhatIf};
pub use date::{Date, DateError};
pub use ledger::{EntryError, Ledger, LedgerError, Purchase};
pub use locale::Locale;
pub use money::{AmountError, Money};
pub use number_style::NumberStyle;
pub use schedule::{CapRule, Schedule, Tier};
