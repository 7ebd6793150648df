//! The languages tierup speaks, as values: their tags, how a page or browser names them, and how
//! each writes numbers. What each one says (names, messages, plural rules) is `i18n`'s.

use super::number_style::NumberStyle;
use super::text::{replace_char, split};

/// A language tierup speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Fr,
    De,
    Id,
    It,
    Ja,
    Ko,
    PtBr,
    Ru,
    ZhCn,
    Es,
    ZhTw,
}

impl Locale {
    pub const ALL: [Locale; 12] = [
        Locale::En,
        Locale::Fr,
        Locale::De,
        Locale::Id,
        Locale::It,
        Locale::Ja,
        Locale::Ko,
        Locale::PtBr,
        Locale::Ru,
        Locale::ZhCn,
        Locale::Es,
        Locale::ZhTw,
    ];

    /// The BCP 47 tag, as `Intl` and `<html lang>` take it.
    pub fn tag(self) -> &'static str {
        self.number_style().tag()
    }

    pub fn number_style(self) -> NumberStyle {
        match self {
            Locale::En => NumberStyle::EN,
            Locale::Fr => NumberStyle::FR,
            Locale::De => NumberStyle::DE,
            Locale::Id => NumberStyle::ID,
            Locale::It => NumberStyle::IT,
            Locale::Ja => NumberStyle::JA,
            Locale::Ko => NumberStyle::KO,
            Locale::PtBr => NumberStyle::PT_BR,
            Locale::Ru => NumberStyle::RU,
            Locale::ZhCn => NumberStyle::ZH_CN,
            Locale::Es => NumberStyle::ES,
            Locale::ZhTw => NumberStyle::ZH_TW,
        }
    }

    /// The language for a tag a page or browser gives (`de-AT`, `pt`, `zh-Hant-HK`, `en_GB`),
    /// or `None` if tierup does not speak it. Chinese goes by script, then by region.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let mut tag = replace_char(tag.trim(), '_', '-');
        tag.make_ascii_lowercase();
        let mut parts = split(&tag, '-');
        let language = parts.next()?;
        if language == "zh" {
            let traditional = parts.any(|p| matches!(p, "hant" | "tw" | "hk" | "mo"));
            return Some(if traditional { Locale::ZhTw } else { Locale::ZhCn });
        }
        match language {
            "en" => Some(Locale::En),
            "fr" => Some(Locale::Fr),
            "de" => Some(Locale::De),
            // `in` is Indonesian's withdrawn code, still sent by old Android browsers.
            "id" | "in" => Some(Locale::Id),
            "it" => Some(Locale::It),
            "ja" => Some(Locale::Ja),
            "ko" => Some(Locale::Ko),
            "pt" => Some(Locale::PtBr),
            "ru" => Some(Locale::Ru),
            "es" => Some(Locale::Es),
            _ => None,
        }
    }

    /// The first of `preferences` (most wanted first) that tierup speaks, else English.
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Locale {
        preferences.into_iter().find_map(Locale::from_tag).unwrap_or_default()
    }
}
