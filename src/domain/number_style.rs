//! How each language writes an amount: its decimal mark, the separators it puts between groups of
//! three digits, and where a dollar mark may stand. This table is what typed text is read with
//! (`Money::parse_in`), the examples in refusals, and how amounts are shown ([`NumberStyle::write`]):
//! exactly as Chromium's `Intl.NumberFormat(tag, {style: "currency", currency: "USD"})` writes
//! them, without asking the browser, whose first currency format loads ICU data in a 25-70 ms task.

use super::text::{concat, one_of, push_grouped, replace_char};
use super::Money;

/// The way one language writes amounts: for reading what a person types in it, and for showing them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    tag: &'static str,
    decimal: char,
    /// Accepted between groups of three digits. `' '` stands for every space: typed text is
    /// normalised first, so a no-break (U+00A0) or narrow no-break (U+202F) space arrives as `' '`.
    groups: &'static [char],
    /// The separator shown in examples: the one `Intl.NumberFormat` writes for the language.
    shown_group: char,
    /// Dollar marks accepted before the number, a longer mark before any it contains.
    leading: &'static [&'static str],
    /// Dollar marks accepted after the number.
    trailing: &'static [&'static str],
    /// `。` read as the decimal point: a Japanese or Chinese input method types it for `.`.
    ideographic_point: bool,
    /// What stands before and after the number when it is shown (no-break spaces included).
    shown_before: &'static str,
    shown_after: &'static str,
    /// Whole dollars of fewer digits are shown ungrouped (CLDR's minimum grouping digits: Italian
    /// and Spanish write `1000,50` but `10.000,50`).
    grouped_from: usize,
}

const COMMA: &[char] = &[','];
/// Points as `Intl` writes them, and spaces as DIN 5008, the RAE and SI style write them: a space
/// is never a decimal mark, so accepting it cannot change what a number means.
const POINT_OR_SPACE: &[char] = &['.', ' '];
const SPACE: &[char] = &[' '];

/// Unmistakably US dollars wherever they stand. `$` alone is also the peso's and the Taiwan
/// dollar's sign, but the field asks for dollars and a person adds `$` to say so.
const DOLLARS: &[&str] = &["US$", "$US", "USD", "$"];

impl NumberStyle {
    /// English: exactly what `Money::parse` reads (`1,000.50`, a leading `$` only).
    pub const EN: NumberStyle = NumberStyle {
        tag: "en",
        decimal: '.',
        groups: COMMA,
        shown_group: ',',
        leading: &["$"],
        trailing: &[],
        ideographic_point: false,
        shown_before: "$",
        shown_after: "",
        grouped_from: 4,
    };
    pub const FR: NumberStyle = Self::comma_decimal("fr", SPACE, '\u{202F}').shown("", "\u{A0}$US", 4);
    pub const DE: NumberStyle = Self::comma_decimal("de", POINT_OR_SPACE, '.').shown("", "\u{A0}$", 4);
    pub const ID: NumberStyle = Self::comma_decimal("id", POINT_OR_SPACE, '.').shown("US$", "", 4);
    pub const IT: NumberStyle = Self::comma_decimal("it", POINT_OR_SPACE, '.').shown("", "\u{A0}USD", 5);
    pub const JA: NumberStyle =
        Self::point_decimal("ja", &["US$", "$US", "USD", "米ドル", "ドル", "$"], true).shown("$", "", 4);
    pub const KO: NumberStyle =
        Self::point_decimal("ko", &["US$", "$US", "USD", "달러", "$"], false).shown("US$", "", 4);
    pub const PT_BR: NumberStyle = Self::comma_decimal("pt-BR", POINT_OR_SPACE, '.').shown("US$\u{A0}", "", 4);
    pub const RU: NumberStyle = Self::comma_decimal("ru", SPACE, '\u{00A0}').shown("", "\u{A0}$", 4);
    pub const ZH_CN: NumberStyle =
        Self::point_decimal("zh-CN", &["US$", "$US", "USD", "美元", "$"], true).shown("US$", "", 4);
    pub const ES: NumberStyle = Self::comma_decimal("es", POINT_OR_SPACE, '.').shown("", "\u{A0}US$", 5);
    pub const ZH_TW: NumberStyle =
        Self::point_decimal("zh-TW", &["US$", "$US", "USD", "美元", "美金", "$"], true).shown("US$", "", 4);

    /// Every language tierup reads amounts in.
    pub const ALL: [NumberStyle; 12] = [
        Self::EN,
        Self::FR,
        Self::DE,
        Self::ID,
        Self::IT,
        Self::JA,
        Self::KO,
        Self::PT_BR,
        Self::RU,
        Self::ZH_CN,
        Self::ES,
        Self::ZH_TW,
    ];

    const fn comma_decimal(tag: &'static str, groups: &'static [char], shown_group: char) -> NumberStyle {
        NumberStyle {
            tag,
            decimal: ',',
            groups,
            shown_group,
            leading: DOLLARS,
            trailing: DOLLARS,
            ideographic_point: false,
            shown_before: "",
            shown_after: "",
            grouped_from: 4,
        }
    }

    const fn point_decimal(
        tag: &'static str,
        trailing: &'static [&'static str],
        ideographic_point: bool,
    ) -> NumberStyle {
        NumberStyle {
            tag,
            decimal: '.',
            groups: COMMA,
            shown_group: ',',
            leading: DOLLARS,
            trailing,
            ideographic_point,
            shown_before: "",
            shown_after: "",
            grouped_from: 4,
        }
    }

    const fn shown(self, before: &'static str, after: &'static str, grouped_from: usize) -> NumberStyle {
        NumberStyle { shown_before: before, shown_after: after, grouped_from, ..self }
    }

    /// The style for one of the language tags in [`NumberStyle::ALL`] (`pt-BR`, `pt_br`, `ZH-tw`).
    /// Anything else is `None`: choosing a fallback is the caller's decision, not a guess here.
    pub fn for_tag(tag: &str) -> Option<NumberStyle> {
        let tag = replace_char(tag, '_', '-');
        Self::ALL.into_iter().find(|style| style.tag.eq_ignore_ascii_case(&tag))
    }

    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// The mark before the cents: `.` or `,`.
    pub fn decimal(&self) -> char {
        self.decimal
    }

    /// The group separator as the language shows it (U+202F in French, U+00A0 in Russian).
    pub fn group(&self) -> char {
        self.shown_group
    }

    /// `money` as US dollars the way the language writes them: `$1,000.50`, `1.000,50\u{A0}$`,
    /// `1\u{202F}000,50\u{A0}$US`, `1000,50\u{A0}USD`.
    pub fn write(&self, money: Money) -> String {
        let (whole, cents) = money.split();
        let mut out = String::with_capacity(whole.len() * 2 + 12);
        out.push_str(self.shown_before);
        let grouped = whole.len() >= self.grouped_from;
        push_grouped(&mut out, &whole, Some(self.shown_group).filter(|_| grouped));
        out.push(self.decimal);
        out.push_str(&cents);
        out.push_str(self.shown_after);
        out
    }

    /// One thousand dollars fifty as the language writes it: `1,000.50`, `1.000,50`, `1 000,50`.
    pub fn example(&self) -> String {
        let (mut group, mut decimal) = ([0; 4], [0; 4]);
        concat(&["1", self.shown_group.encode_utf8(&mut group), "000", self.decimal.encode_utf8(&mut decimal), "50"])
    }

    pub(super) fn groups(&self) -> &'static [char] {
        self.groups
    }

    pub(super) fn leading(&self) -> &'static [&'static str] {
        self.leading
    }

    pub(super) fn trailing(&self) -> &'static [&'static str] {
        self.trailing
    }

    pub(super) fn reads_ideographic_point(&self) -> bool {
        self.ideographic_point
    }

    /// `.` or `,` when the language uses it neither for decimals nor for groups (the point in
    /// French and Russian): its writer meant something this language would read differently.
    pub(super) fn foreign_mark(&self) -> Option<char> {
        ['.', ','].into_iter().find(|&mark| mark != self.decimal && !one_of(mark, self.groups))
    }
}
