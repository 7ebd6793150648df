//! Words for people, in the help center's 12 languages: the only code that turns values into
//! words. A table per language, one file each, each an exhaustive `match` over [`Text`], so a
//! missing message does not compile. Native builds (the tests, and the tool that writes the
//! language packs) compile all twelve; the wasm compiles English only and reads the reader's
//! language from its [`Pack`], written from these tables.
//!
//! A message is a template: `{0}`, `{1}`... are filled in by [`Words`]; a message that counts
//! something holds its plural forms separated by `|`, in the order of [`Locale::plural_form`].
//! Amounts are written by the formatter a [`Words`] is made with: [`dollars`] (each language's
//! own way, as the domain's `NumberStyle` writes it) in the widget, `$1,000.00` in [`Words::plain`].
//!
//! `locale.rs` is what each language says about itself, `words.rs` fills templates,
//! `messages.rs` says each refusal and notice, and `english.rs` gives the layers below their
//! English `Display` (they cannot import words themselves).

#[cfg(not(target_arch = "wasm32"))]
mod de;
mod en;
mod english;
#[cfg(not(target_arch = "wasm32"))]
mod es;
#[cfg(not(target_arch = "wasm32"))]
mod fr;
#[cfg(not(target_arch = "wasm32"))]
mod id;
#[cfg(not(target_arch = "wasm32"))]
mod it;
#[cfg(not(target_arch = "wasm32"))]
mod ja;
#[cfg(not(target_arch = "wasm32"))]
mod ko;
mod locale;
mod messages;
mod pack;
#[cfg(not(target_arch = "wasm32"))]
mod pt_br;
#[cfg(not(target_arch = "wasm32"))]
mod ru;
mod text;
mod words;
#[cfg(not(target_arch = "wasm32"))]
mod zh_cn;
#[cfg(not(target_arch = "wasm32"))]
mod zh_tw;

/// The language is a value of the domain (amounts are read by its number style); what it says
/// is here.
pub use crate::domain::Locale;
pub use english::english;
pub use pack::{Pack, PackError};
pub use text::{Text, KEYS_DIGEST};
pub use words::{dollars, fill, FormatMoney, Words};
