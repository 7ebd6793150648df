//! The reader's language when it is not English: its pack is fetched once per page (the loader
//! names this build's files), and until it arrives an instance keeps the language it shows.

use std::rc::Rc;

use yew::Reducible;

use super::browser;
use crate::i18n::{Locale, Pack, Words};

/// The packs asked for so far: loaded, or `None` when one could not be had.
#[derive(Default, PartialEq)]
pub struct Packs {
    fetched: Vec<(Locale, Option<&'static Pack>)>,
}

impl Reducible for Packs {
    type Action = (Locale, Option<&'static Pack>);

    fn reduce(self: Rc<Self>, fetched: Self::Action) -> Rc<Self> {
        let mut next = Packs { fetched: self.fetched.clone() };
        next.fetched.push(fetched);
        Rc::new(next)
    }
}

/// How an instance speaks: its words, and the language it wanted if those are English instead.
#[derive(Clone, Copy, PartialEq)]
pub struct Speech {
    pub words: Words,
    pub unavailable: Option<Locale>,
}

impl Packs {
    /// How `locale` can be spoken now; `None` while its pack is on its way.
    pub fn speech(&self, locale: Locale) -> Option<Speech> {
        let english = Words::new(Locale::En, browser::format_usd);
        if locale == Locale::En {
            return Some(Speech { words: english, unavailable: None });
        }
        Some(match self.fetched.iter().find(|(l, _)| *l == locale)? {
            (_, Some(pack)) => Speech { words: Words::from_pack(pack, browser::format_usd), unavailable: None },
            (_, None) => Speech { words: english, unavailable: Some(locale) },
        })
    }
}

/// Fetches the pack of `locale` and hands it to `done`: `None` if there is no such file in this
/// build, it cannot be fetched, or it is not this build's pack. A pack lives as long as the page.
pub fn fetch(locale: Locale, done: impl FnOnce(Option<&'static Pack>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let text = match browser::pack_url(locale.tag()) {
            Some(url) => browser::fetch_text(&url).await.ok(),
            None => None,
        };
        let pack = text.and_then(|text| Pack::parse(locale, &text).ok());
        done(pack.map(|pack| &*Box::leak(Box::new(pack))));
    });
}
