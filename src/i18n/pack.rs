//! A language pack: one language's messages as a small text file, fetched by the widget only
//! for the languages its readers need. Only English is compiled into the wasm; the other eleven
//! tables cost every reader ~28 KB (gzip) when they were all compiled in, and a reader needs one.
//!
//! The packs are written at build time from the same compiled tables the native tests check
//! (`src/bin/i18n_packs.rs`), so a pack never lacks a message. The first line names the format,
//! the language, the number of messages and a digest of their keys; then one message a line, in
//! the order of [`Text::ALL`]. A pack made for other keys (a stale cache) is refused, never read
//! into the wrong slots.

use super::text::{Text, KEYS_DIGEST};
use super::Locale;

const MAGIC: &str = "tierup-messages 1";

/// One language's messages, in the order of [`Text::ALL`].
#[derive(Debug, PartialEq, Eq)]
pub struct Pack {
    locale: Locale,
    messages: Vec<String>,
}

/// Why a fetched pack was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackError {
    /// Not a pack, or a pack for another language.
    NotAPack,
    /// Made for another set of messages (another tierup version).
    OtherVersion,
}

impl Pack {
    /// Reads the pack of `locale`.
    pub fn parse(locale: Locale, text: &str) -> Result<Pack, PackError> {
        let mut lines = text.split('\n');
        let header = lines.next().unwrap_or_default();
        let mut fields = header.strip_prefix(MAGIC).ok_or(PackError::NotAPack)?.split(' ').skip(1);
        if fields.next() != Some(locale.tag()) {
            return Err(PackError::NotAPack);
        }
        let count = fields.next().and_then(|n| n.parse::<usize>().ok());
        let digest = fields.next().and_then(|d| u32::from_str_radix(d, 16).ok());
        if count != Some(Text::ALL.len()) || digest != Some(KEYS_DIGEST) || fields.next().is_some() {
            return Err(PackError::OtherVersion);
        }
        let messages: Vec<String> = lines.take(Text::ALL.len()).map(str::to_string).collect();
        if messages.len() != Text::ALL.len() || messages.iter().any(|m| m.trim().is_empty()) {
            return Err(PackError::NotAPack);
        }
        Ok(Pack { locale, messages })
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The template for `text`.
    pub fn get(&self, text: Text) -> &str {
        &self.messages[text as usize]
    }

    /// The pack of a language whose table is compiled in (native builds: every language).
    /// `None` when a message holds a line break, which the one-message-a-line form cannot carry.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn write(locale: Locale) -> Option<String> {
        let mut out = format!("{MAGIC} {} {} {KEYS_DIGEST:08x}\n", locale.tag(), Text::ALL.len());
        for &text in Text::ALL {
            let message = locale.text(text);
            if message.contains(['\n', '\r']) {
                return None;
            }
            out.push_str(message);
            out.push('\n');
        }
        Some(out)
    }
}
