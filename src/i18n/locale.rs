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
        use super::{de, es, fr, id, it, ja, ko, pt_br, ru, zh_cn, zh_tw};
        match self {
            // As the wasm reads it, so the native tests read English that way too.
            Locale::En => english::get(text),
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
    english::get(text)
}

/// English as the wasm holds it (and native builds read it, the same code): every message in one
/// string and where each ends, two bytes a message, made at compile time from `en.rs`. A `match`
/// of string constants compiles to a pointer and a length a message (eight bytes, which compress
/// poorly): this is 73 B less gzip.
mod english {
    use super::super::en;
    use super::Text;

    const COUNT: usize = Text::ALL.len();

    const LENGTH: usize = {
        let (mut length, mut i) = (0, 0);
        while i < COUNT {
            length += en::text(Text::ALL[i]).len();
            i += 1;
        }
        assert!(length <= u16::MAX as usize, "the English messages need wider offsets");
        length
    };

    /// The messages one after another, and the offset each ends at.
    const PACKED: ([u8; LENGTH], [u16; COUNT]) = {
        let (mut bytes, mut ends) = ([0; LENGTH], [0; COUNT]);
        let (mut at, mut i) = (0, 0);
        while i < COUNT {
            let message = en::text(Text::ALL[i]).as_bytes();
            let mut k = 0;
            while k < message.len() {
                bytes[at] = message[k];
                at += 1;
                k += 1;
            }
            ends[i] = at as u16;
            i += 1;
        }
        (bytes, ends)
    };

    /// Whole messages joined, so UTF-8 stays UTF-8: a build-time check.
    static ALL: &str = match core::str::from_utf8(&PACKED.0) {
        Ok(all) => all,
        Err(_) => panic!("the English messages are not UTF-8"),
    };
    static ENDS: [u16; COUNT] = PACKED.1;

    pub fn get(text: Text) -> &'static str {
        let i = text as usize;
        let start = if i == 0 { 0 } else { ENDS[i - 1] };
        &ALL[usize::from(start)..usize::from(ENDS[i])]
    }

    #[test]
    fn every_message_is_the_one_en_rs_gives() {
        for &text in Text::ALL {
            assert_eq!(get(text), en::text(text), "{text:?}");
        }
    }
}
