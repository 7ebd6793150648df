//! tierup: where an account stands on a usage-tier ladder, and what it takes to climb it.
//!
//! `domain`, `formats`, `config` and `i18n` are pure Rust (tested natively); so is `storage`'s
//! layout, and only `storage::local` and `ui` touch the browser. ARCHITECTURE.md says which may
//! import which.
pub mod config;
pub mod domain;
pub mod formats;
pub mod i18n;
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
