//! The readers' languages when they are not English: each pack is fetched once per page (the
//! loader names this build's files), and while a newly picked one loads, the standalone page
//! keeps the language it shows.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use crate::i18n::{dollars, Locale, Pack, Words};
use crate::storage;

/// The language each instance asks for and the one it speaks, and the packs fetched so far.
#[derive(Clone, PartialEq)]
pub struct Languages {
    /// The language each instance asks for (on the standalone page, the one picked).
    asked: Vec<Locale>,
    /// The language each instance speaks: the one it asks for, once that one's words are here.
    spoken: Vec<Locale>,
    /// The instance with the language picker (the standalone page's), if there is one.
    standalone: Option<usize>,
    /// Each pack asked for and had: `None` when it could not be had.
    fetched: Vec<(Locale, Option<&'static Pack>)>,
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
        Languages { spoken: asked.clone(), asked, standalone, fetched }
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

    fn can_speak(&self, locale: Locale) -> bool {
        locale == Locale::En || self.fetched.iter().any(|(l, _)| *l == locale)
    }
}

impl Reducible for Languages {
    type Action = LanguageChange;

    fn reduce(self: Rc<Self>, change: LanguageChange) -> Rc<Self> {
        let mut next = (*self).clone();
        match change {
            LanguageChange::Picked(locale) => {
                if let Some(k) = next.standalone {
                    next.asked[k] = locale;
                    if next.can_speak(locale) {
                        next.spoken[k] = locale;
                    }
                }
            }
            LanguageChange::Fetched(locale, pack) => {
                next.fetched.push((locale, pack));
                for (asked, spoken) in next.asked.iter().zip(next.spoken.iter_mut()) {
                    if *asked == locale {
                        *spoken = locale;
                    }
                }
            }
        }
        Rc::new(next)
    }
}

/// The page's languages, starting from `initial`, and what the standalone page's picker calls:
/// a language picked is remembered across visits, and its pack fetched once. The standalone
/// page is tierup's own, so its `<html lang>` follows the language it shows.
#[hook]
pub fn use_languages(initial: &Languages) -> (UseReducerHandle<Languages>, Callback<Locale>) {
    let languages = use_reducer(|| initial.clone());
    let requested = use_mut_ref(|| initial.fetched.iter().map(|(l, _)| *l).collect::<Vec<_>>());
    let on_pick = use_callback(languages.dispatcher(), move |locale: Locale, dispatch| {
        storage::save_locale(locale.tag());
        if locale != Locale::En && !requested.borrow().contains(&locale) {
            requested.borrow_mut().push(locale);
            let (dispatch, pack) = (dispatch.clone(), fetch(locale));
            wasm_bindgen_futures::spawn_local(
                async move { dispatch.dispatch(LanguageChange::Fetched(locale, pack.await)) },
            );
        }
        dispatch.dispatch(LanguageChange::Picked(locale));
    });
    let page_language = languages.standalone.map(|k| languages.speech(k).words.locale);
    use_effect_with(page_language, |shown| {
        if let Some(locale) = *shown {
            browser::set_page_language(locale);
        }
    });
    (languages, on_pick)
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
