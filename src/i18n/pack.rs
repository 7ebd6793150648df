//! A language pack: one language's messages as a small text file, fetched by the widget only
//! for the languages its readers need. Only English is compiled into the wasm; the other eleven
//! tables cost every reader ~28 KB (gzip) when they were all compiled in, and a reader needs one.
//!
//! The packs are written at build time from the same compiled tables the native tests check
//! (`src/bin/i18n_packs.rs`), so a pack never lacks a message. The first line names the format,
//! the language, the number of messages and a digest of their keys; then one message a line, in
//! the order of [`Text::ALL`]. A pack made for other keys (a stale cache) is refused, never read
//! into the wrong slots. After the messages, the default schedule's names in the language (its
//! title and tiers), a line each: the English name, a tab, the translation. The wasm's default
//! schedule is English only, so a reader downloads the names of their language alone.

use super::text::{Text, KEYS_DIGEST};
use super::Locale;
use crate::domain::text::{split, split_once, whole_number};

const MAGIC: &str = "tierup-messages 1";

/// One language's messages, in the order of [`Text::ALL`].
#[derive(Debug, PartialEq, Eq)]
pub struct Pack {
    locale: Locale,
    messages: Vec<String>,
    /// English name -> the name in this language.
    names: Vec<(String, String)>,
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
        let mut lines = split(text, '\n');
        let header = lines.next().unwrap_or_default();
        let mut fields = split(header.strip_prefix(MAGIC).ok_or(PackError::NotAPack)?, ' ').skip(1);
        if fields.next() != Some(locale.tag()) {
            return Err(PackError::NotAPack);
        }
        let count = fields.next().and_then(|n| whole_number(n, 10));
        let digest = fields.next().and_then(|d| whole_number(d, 16));
        if count != Some(Text::ALL.len() as u64) || digest != Some(KEYS_DIGEST.into()) || fields.next().is_some() {
            return Err(PackError::OtherVersion);
        }
        let messages: Vec<String> = lines.by_ref().take(Text::ALL.len()).map(str::to_string).collect();
        if messages.len() != Text::ALL.len() || messages.iter().any(|m| m.trim().is_empty()) {
            return Err(PackError::NotAPack);
        }
        let mut names = Vec::new();
        for line in lines.filter(|line| !line.is_empty()) {
            let (english, name) = split_once(line, '\t').ok_or(PackError::NotAPack)?;
            names.push((english.to_string(), name.to_string()));
        }
        Ok(Pack { locale, messages, names })
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The template for `text`.
    pub fn get(&self, text: Text) -> &str {
        &self.messages[text as usize]
    }

    /// The default schedule's name in this language for what it calls `english`.
    pub fn name(&self, english: &str) -> Option<&str> {
        self.names.iter().find(|(e, _)| e == english).map(|(_, name)| name.as_str())
    }

    /// The pack of a language whose table is compiled in (native builds: every language).
    /// `None` when a message holds a line break (or a name a tab), which its form cannot carry.
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
        let schedule = crate::domain::Schedule::default();
        let tag = locale.tag();
        let titles = [(schedule.title.as_str(), schedule.title_in(tag))];
        let tiers = schedule.tiers.iter().map(|t| (t.name.as_str(), t.name_in(tag)));
        for (english, name) in titles.into_iter().chain(tiers).filter(|(english, name)| english != name) {
            if [english, name].iter().any(|s| s.contains(['\n', '\r', '\t'])) {
                return None;
            }
            out.push_str(&[english, "\t", name, "\n"].concat());
        }
        Some(out)
    }
}
