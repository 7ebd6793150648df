//! Words for people, in the help center's 12 languages: a table per language, one file each,
//! each an exhaustive `match` over [`Text`], so a missing message does not compile. Native builds
//! (the tests, and the tool that writes the language packs) compile all twelve; the wasm compiles
//! English only and reads the reader's language from its [`Pack`], written from these tables.
//!
//! A message is a template: `{0}`, `{1}`... are filled in by [`Words`]; a message that counts
//! something holds its plural forms separated by `|`, in the order of [`Locale::plural_form`].
//! Amounts reach the words already formatted (by the browser's `Intl.NumberFormat` in the
//! widget), so this module stays pure and is tested natively.

#[cfg(not(target_arch = "wasm32"))]
mod de;
mod en;
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
mod messages;
mod pack;
#[cfg(not(target_arch = "wasm32"))]
mod pt_br;
#[cfg(not(target_arch = "wasm32"))]
mod ru;
mod text;
#[cfg(not(target_arch = "wasm32"))]
mod zh_cn;
#[cfg(not(target_arch = "wasm32"))]
mod zh_tw;

pub use messages::english;
pub use pack::{Pack, PackError};
pub use text::{Text, KEYS_DIGEST};

use crate::domain::{Money, NumberStyle};

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
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = tag.split('-');
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

/// Formats an amount as US dollars for a language.
pub type FormatMoney = fn(Locale, Money) -> String;

/// A language and the way amounts are written in it: everything a view needs to say things.
#[derive(Clone, Copy)]
pub struct Words {
    pub locale: Locale,
    /// Where the messages come from when they are not compiled in.
    pack: Option<&'static Pack>,
    format_money: FormatMoney,
}

impl PartialEq for Words {
    /// One formatter per build, so the language and its messages decide.
    fn eq(&self, other: &Words) -> bool {
        self.locale == other.locale && self.pack.map(core::ptr::from_ref) == other.pack.map(core::ptr::from_ref)
    }
}

impl core::fmt::Debug for Words {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Words({:?})", self.locale)
    }
}

impl Words {
    /// A language whose table is compiled in: every one natively, English only in the wasm
    /// (where any other language is English until its pack is at hand: see [`Words::from_pack`]).
    pub fn new(locale: Locale, format_money: FormatMoney) -> Words {
        let locale = if cfg!(target_arch = "wasm32") { Locale::En } else { locale };
        Words { locale, pack: None, format_money }
    }

    /// The language of a loaded pack.
    pub fn from_pack(pack: &'static Pack, format_money: FormatMoney) -> Words {
        Words { locale: pack.locale(), pack: Some(pack), format_money }
    }

    /// Without a browser: amounts as `$1,000.00` whatever the language (native tests, and the
    /// English of the domain's `Display`).
    pub fn plain(locale: Locale) -> Words {
        Words::new(locale, |_, money| money.usd())
    }

    pub fn money(&self, money: Money) -> String {
        (self.format_money)(self.locale, money)
    }

    /// A message without blanks.
    pub fn get(&self, text: Text) -> &'static str {
        match self.pack {
            Some(pack) => pack.get(text),
            None => compiled(self.locale, text),
        }
    }

    /// A message with its blanks filled in.
    pub fn fill(&self, text: Text, args: &[&str]) -> String {
        fill(self.get(text), args)
    }

    /// A counting message in the form for `n`; `{0}` is `n`, written the language's way.
    pub fn count(&self, text: Text, n: u64, args: &[&str]) -> String {
        let forms = self.get(text);
        let form = forms.split('|').nth(self.locale.plural_form(n)).unwrap_or(forms);
        let n = self.number(n);
        let mut all = vec![n.as_str()];
        all.extend_from_slice(args);
        fill(form, &all)
    }

    /// A whole number with the language's group separator: `10,000`, `10.000`, `10 000`.
    pub fn number(&self, n: u64) -> String {
        let digits = n.to_string();
        let group = self.locale.number_style().group();
        let mut out = String::with_capacity(digits.len() + 4);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(group);
            }
            out.push(digit);
        }
        out
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn compiled(locale: Locale, text: Text) -> &'static str {
    locale.text(text)
}

/// The wasm compiles English only; `Words::new` never holds another language without a pack.
#[cfg(target_arch = "wasm32")]
fn compiled(_: Locale, text: Text) -> &'static str {
    en::text(text)
}

/// Replaces `{0}`..`{9}` in `template` with `args`; a blank without an argument stays as it is.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let index = after.chars().next().and_then(|c| c.to_digit(10)).map(|d| d as usize);
        match (index, after.as_bytes().get(1)) {
            (Some(i), Some(b'}')) if i < args.len() => {
                out.push_str(args[i]);
                rest = &after[2..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
