//! The readers' languages when they are not English: each pack is fetched once per page (the
//! loader names this build's files), and while a newly picked one loads, the standalone page
//! keeps the language it shows.

use super::browser;
use crate::i18n::{dollars, Locale, Pack, Words};
use crate::storage;

/// The language each instance asks for and the one it speaks, and the packs fetched so far.
#[derive(Clone, Debug, PartialEq)]
pub struct Languages {
    /// The language each instance asks for (on the standalone page, the one picked).
    asked: Vec<Locale>,
    /// The language each instance speaks: the one it asks for, once that one's words are here.
    spoken: Vec<Locale>,
    /// The instance with the language picker (the standalone page's), if there is one.
    standalone: Option<usize>,
    /// Each pack asked for and had: `None` when it could not be had.
    fetched: Vec<(Locale, Option<&'static Pack>)>,
    /// Each pack asked for, had yet or not: a pack is fetched once per page.
    requested: Vec<Locale>,
}

/// How an instance speaks: its words, and the language it wanted if those are English instead.
#[derive(Clone, Copy, PartialEq)]
pub struct Speech {
    pub words: Words,
    pub unavailable: Option<Locale>,
}

pub enum LanguageChange {
    /// The reader picked a language on the standalone page.
    Picked(Locale),
    /// A pack arrived, or could not be had.
    Fetched(Locale, Option<&'static Pack>),
}

impl Languages {
    /// Every instance speaking the language it asks for: `fetched` holds the pack of each one
    /// that is not English.
    pub fn new(asked: Vec<Locale>, standalone: Option<usize>, fetched: Vec<(Locale, Option<&'static Pack>)>) -> Self {
        let requested = fetched.iter().map(|(l, _)| *l).collect();
        Languages { spoken: asked.clone(), asked, standalone, fetched, requested }
    }

    /// How instance `index` speaks now.
    pub fn speech(&self, index: usize) -> Speech {
        let english = Speech { words: Words::new(Locale::En, dollars), unavailable: None };
        let locale = self.spoken[index];
        match self.fetched.iter().find(|(l, _)| *l == locale) {
            Some((_, Some(pack))) => Speech { words: Words::from_pack(pack, dollars), unavailable: None },
            Some((_, None)) => Speech { unavailable: Some(locale), ..english },
            None => english,
        }
    }

    /// The language instance `index` asks for.
    pub fn asked(&self, index: usize) -> Locale {
        self.asked[index]
    }

    /// The language the standalone page shows, if there is one: its `<html lang>` follows it.
    pub fn page_language(&self) -> Option<Locale> {
        self.standalone.map(|k| self.speech(k).words.locale)
    }

    /// Whether picking `locale` needs its pack fetched: not English, and not asked for yet.
    pub fn needs_pack(&self, locale: Locale) -> bool {
        locale != Locale::En && !self.requested.contains(&locale)
    }

    /// Takes a language picked (spoken at once if its words are here, else once its pack is) or
    /// a pack that came: every instance that asked for its language speaks it.
    pub fn change(&mut self, change: LanguageChange) {
        match change {
            LanguageChange::Picked(locale) => {
                if self.needs_pack(locale) {
                    self.requested.push(locale);
                }
                if let Some(k) = self.standalone {
                    self.asked[k] = locale;
                    if self.can_speak(locale) {
                        self.spoken[k] = locale;
                    }
                }
            }
            LanguageChange::Fetched(locale, pack) => {
                self.fetched.push((locale, pack));
                for (asked, spoken) in self.asked.iter().zip(self.spoken.iter_mut()) {
                    if *asked == locale {
                        *spoken = locale;
                    }
                }
            }
        }
    }

    fn can_speak(&self, locale: Locale) -> bool {
        locale == Locale::En || self.fetched.iter().any(|(l, _)| *l == locale)
    }
}

/// What the standalone page's picker does: a language picked is remembered across visits, and
/// its pack fetched if `languages` has not asked for it yet; `send` takes the changes.
pub fn pick(locale: Locale, languages: &Languages, send: impl Fn(LanguageChange) + 'static) {
    storage::save_locale(locale.tag());
    let fetching = languages.needs_pack(locale);
    send(LanguageChange::Picked(locale));
    if fetching {
        let pack = fetch(locale);
        wasm_bindgen_futures::spawn_local(async move { send(LanguageChange::Fetched(locale, pack.await)) });
    }
}

/// The pack of `locale`, asked for at once: `None` if there is no such file in this build, it
/// cannot be fetched, or it is not this build's pack. A pack lives as long as the page.
pub fn fetch(locale: Locale) -> impl core::future::Future<Output = Option<&'static Pack>> {
    let text = browser::pack_url(locale.tag()).map(|url| browser::fetch_text(&url));
    async move {
        let pack = Pack::parse(locale, &text?.await.ok()?).ok()?;
        Some(&*Box::leak(Box::new(pack)))
    }
}
