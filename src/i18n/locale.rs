//! What each language says about itself and how it counts: its own name, the loading line, its
//! plural rules, and (natively) its compiled table of messages.

use super::text::Text;
use crate::domain::Locale;

impl Locale {
    /// The language's own name for itself, for the language picker.
    pub fn name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::De => "Deutsch",
            Locale::Id => "Bahasa Indonesia",
            Locale::It => "Italiano",
            Locale::Ja => "日本語",
            Locale::Ko => "한국어",
            Locale::PtBr => "Português (Brasil)",
            Locale::Ru => "Русский",
            Locale::ZhCn => "简体中文",
            Locale::Es => "Español",
            Locale::ZhTw => "繁體中文",
        }
    }

    /// Which of a message's `|`-separated forms counts `n` things (CLDR cardinal rules, whole
    /// numbers): one/other in most languages, one/few/many in Russian, a single form in Chinese,
    /// Indonesian, Japanese and Korean.
    pub fn plural_form(self, n: u64) -> usize {
        match self {
            Locale::En | Locale::De | Locale::It | Locale::Es => usize::from(n != 1),
            // French and Brazilian Portuguese say "0 achat", "0 compra": zero is singular.
            Locale::Fr | Locale::PtBr => usize::from(n > 1),
            Locale::Ru => match (n % 10, n % 100) {
                (1, r) if r != 11 => 0,
                (2..=4, r) if !(12..=14).contains(&r) => 1,
                _ => 2,
            },
            Locale::Id | Locale::Ja | Locale::Ko | Locale::ZhCn | Locale::ZhTw => 0,
        }
    }

    /// How many plural forms a counting message has in this language.
    pub fn plural_forms(self) -> usize {
        match self {
            Locale::Ru => 3,
            Locale::Id | Locale::Ja | Locale::Ko | Locale::ZhCn | Locale::ZhTw => 1,
            _ => 2,
        }
    }

    /// What the widget shows while it loads, before any table or pack is at hand.
    pub fn loading(self) -> &'static str {
        match self {
            Locale::En => "Loading tierup…",
            Locale::Fr => "Chargement de tierup…",
            Locale::De => "tierup wird geladen …",
            Locale::Id => "Memuat tierup…",
            Locale::It => "Caricamento di tierup…",
            Locale::Ja => "tierupを読み込んでいます…",
            Locale::Ko => "tierup을 불러오는 중…",
            Locale::PtBr => "Carregando o tierup…",
            Locale::Ru => "Загрузка tierup…",
            Locale::ZhCn => "正在加载 tierup…",
            Locale::Es => "Cargando tierup…",
            Locale::ZhTw => "正在載入 tierup…",
        }
    }

    /// The compiled template for `text` (native builds; the wasm reads packs).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn text(self, text: Text) -> &'static str {
        use super::{de, en, es, fr, id, it, ja, ko, pt_br, ru, zh_cn, zh_tw};
        match self {
            Locale::En => en::text(text),
            Locale::Fr => fr::text(text),
            Locale::De => de::text(text),
            Locale::Id => id::text(text),
            Locale::It => it::text(text),
            Locale::Ja => ja::text(text),
            Locale::Ko => ko::text(text),
            Locale::PtBr => pt_br::text(text),
            Locale::Ru => ru::text(text),
            Locale::ZhCn => zh_cn::text(text),
            Locale::Es => es::text(text),
            Locale::ZhTw => zh_tw::text(text),
        }
    }
}

/// The template for `text` from the tables compiled in.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn compiled(locale: Locale, text: Text) -> &'static str {
    locale.text(text)
}

/// The wasm compiles English only; `Words::new` never holds another language without a pack.
#[cfg(target_arch = "wasm32")]
pub(super) fn compiled(_: Locale, text: Text) -> &'static str {
    super::en::text(text)
}
