//! [`Words`]: a language, where its messages come from, and how amounts are written in it;
//! the blanks of a template filled in, and counts said in the right plural form.

use super::locale::compiled;
use super::pack::Pack;
use super::text::Text;
use crate::domain::schedule::{in_language, Names, Tier};
use crate::domain::text::{decimal, push_grouped, split};
use crate::domain::{Locale, Money, Schedule};

/// Formats an amount as US dollars for a language.
pub type FormatMoney = fn(Locale, Money) -> String;

/// Amounts as each language writes US dollars (see `NumberStyle::write`): what the widget shows.
pub fn dollars(locale: Locale, money: Money) -> String {
    locale.number_style().write(money)
}

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
    /// English of every `Display`: see `english.rs`).
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

    /// A tier's name: the schedule's own in this language, else the pack's for its English name
    /// (the default schedule's names come in the packs), else the English.
    pub fn tier<'a>(&self, tier: &'a Tier) -> &'a str {
        self.name(&tier.names, &tier.name)
    }

    /// The schedule's title, as [`Words::tier`] names a tier.
    pub fn title<'a>(&self, schedule: &'a Schedule) -> &'a str {
        self.name(&schedule.titles, &schedule.title)
    }

    fn name<'a>(&self, names: &'a Names, english: &'a str) -> &'a str {
        in_language(names, self.locale.tag())
            .or_else(|| self.pack.and_then(|pack| pack.name(english)))
            .unwrap_or(english)
    }

    /// A message without blanks, as owned text: made in this one place.
    pub fn string(&self, text: Text) -> String {
        self.get(text).to_string()
    }

    /// A message with its blanks filled in.
    pub fn fill(&self, text: Text, args: &[&str]) -> String {
        fill(self.get(text), args)
    }

    /// A message whose one blank is an amount.
    pub fn fill_money(&self, text: Text, money: Money) -> String {
        self.fill(text, &[&self.money(money)])
    }

    /// A counting message in the form for `n`; `{0}` is `n`, written the language's way.
    pub fn count(&self, text: Text, n: u64, args: &[&str]) -> String {
        let forms = self.get(text);
        // skip + next, not nth: the pack reader already links this one (nth is 416 B of its own).
        #[allow(clippy::iter_skip_next)]
        let form = split(forms, '|').skip(self.locale.plural_form(n)).next().unwrap_or(forms);
        let n = self.number(n);
        let mut all = vec![n.as_str()];
        all.extend_from_slice(args);
        fill(form, &all)
    }

    /// A whole number with the language's group separator: `10,000`, `10.000`, `10 000`.
    pub fn number(&self, n: u64) -> String {
        let digits = decimal(n);
        let group = self.locale.number_style().group();
        let mut out = String::with_capacity(digits.len() + 4);
        push_grouped(&mut out, &digits, Some(group));
        out
    }
}

/// Replaces `{0}`..`{9}` in `template` with `args`; a blank without an argument stays as it is.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.bytes().position(|b| b == b'{') {
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
