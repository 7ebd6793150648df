//! tierup: where an account stands on a usage-tier ladder, and what it takes to climb it.
//!
//! `domain`, `config`, `i18n` and `json` are pure Rust (tested natively); `storage` and `ui` are the
//! browser shell.
pub mod config;
pub mod domain;
pub mod i18n;
pub mod json;
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
